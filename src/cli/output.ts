import { styleText } from 'node:util';

// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && !('NO_COLOR' in env) && env.TERM !== 'dumb';
}

export type Paint = (format: Parameters<typeof styleText>[0], text: string) => string;

export function painter(color: boolean): Paint {
  return color ? (format, text) => styleText(format, text) : (_format, text) => text;
}

export interface Outcome {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/** What a command gets from its process (cli/main.ts) or from a test running it in-process. */
export interface CommandEnv {
  cwd: string;
  env: NodeJS.ProcessEnv;
  color: boolean;
  now: Date;
  /** Standard input as text, read only by the command that needs it (pre-push: git's ref lines). */
  readStdin(): Promise<string>;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;
