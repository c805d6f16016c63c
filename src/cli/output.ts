import { styleText } from 'node:util';
import type { UserError } from '../findings/result.js';
import { formatError } from './messages.js';

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
  /** Where lines that must show while the command runs go (GIT_VALUE_DEBUG timings, progress). */
  live: LiveStream;
}

export interface LiveStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** GIT_VALUE_NOW (ISO date) pins "today" for reproducible reports and tests; otherwise the clock. */
export function readNow(env: NodeJS.ProcessEnv): Date {
  const pinned = env.GIT_VALUE_NOW ? new Date(env.GIT_VALUE_NOW) : undefined;
  return pinned && !Number.isNaN(pinned.getTime()) ? pinned : new Date();
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/** A failed Result as the command's outcome: the message and its fix on stderr, exit 2. */
export function errorOutcome(result: { ok: false; error: UserError }, env: CommandEnv): Outcome {
  return {
    exitCode: EXIT_ERROR,
    stdout: '',
    stderr: formatError(result.error, painter(env.color), Boolean(env.env.GIT_VALUE_DEBUG)),
  };
}
