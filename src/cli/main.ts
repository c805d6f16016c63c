#!/usr/bin/env node
import { dispatch } from './dispatch.js';
import { internalError } from './messages.js';
import { EXIT_ERROR, readNow, useColor } from './output.js';

// The process's edge: argv, environment, clock and streams in; the outcome printed and the exit code set.

async function main(argv: string[]): Promise<number> {
  const [name] = argv;
  if (name === '--version' || name === '-v') {
    const { readPackageVersion } = await import('../runtime/package-files.js');
    process.stdout.write(`${readPackageVersion()}\n`);
    return 0;
  }
  const probe = process.env.GIT_VALUE_PROBE;
  if (probe && name !== 'merge-driver') return answerProbe(probe, argv);
  const outcome = await dispatch(argv, {
    cwd: process.cwd(),
    env: process.env,
    color: useColor(process.stderr, process.env),
    now: readNow(process.env),
    readStdin: readProcessStdin,
    live: process.stderr,
  });
  if (outcome.stdout) process.stdout.write(outcome.stdout);
  if (outcome.stderr) process.stderr.write(outcome.stderr);
  return outcome.exitCode;
}

/** Standard input as text (pre-push: git's lines); empty when there is none (run by hand). */
async function readProcessStdin(): Promise<string> {
  const { readFileSync } = await import('node:fs');
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

/**
 * doctor runs each hook the way git does, with GIT_VALUE_PROBE naming a file: reaching here proves
 * git → hook → launcher → node → git-value works. It notes the command and stops the hook (exit 97)
 * before anything else in it runs.
 */
async function answerProbe(file: string, argv: string[]): Promise<number> {
  const { appendFileSync } = await import('node:fs');
  appendFileSync(file, `${JSON.stringify({ argv, cwd: process.cwd(), bin: process.argv[1] })}\n`);
  return 97;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(internalError(error));
    if (process.env.GIT_VALUE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
    process.exitCode = EXIT_ERROR;
  },
);
