#!/usr/bin/env node
import { EXIT_ERROR, useColor, type CommandEnv, type Outcome } from './output.js';
import { commandHelp, usage } from './messages.js';

// Each command is imported only when it runs: the hook pays for `check` alone.
const commands: Record<string, () => Promise<{ run(args: string[], env: CommandEnv): Promise<Outcome> }>> = {
  check: () => import('./check.js'),
  scan: () => import('./scan.js'),
  refresh: () => import('./refresh.js'),
  init: () => import('./init.js'),
  install: () => import('./install.js'),
  uninstall: () => import('./uninstall.js'),
  allow: () => import('./allow.js'),
  done: () => import('./done.js'),
  backlog: () => import('./backlog.js'),
  next: () => import('./next.js'),
  explain: () => import('./explain.js'),
  report: () => import('./report.js'),
  doctor: () => import('./doctor.js'),
  'merge-driver': () => import('./merge-driver.js'),
};

/** GIT_VALUE_NOW (ISO date) pins "today" for reproducible reports and tests; otherwise the clock. */
function readNow(env: NodeJS.ProcessEnv): Date {
  const pinned = env.GIT_VALUE_NOW ? new Date(env.GIT_VALUE_NOW) : undefined;
  return pinned && !Number.isNaN(pinned.getTime()) ? pinned : new Date();
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write((rest[0] && commands[rest[0]] && commandHelp[rest[0]]) || usage);
    return name ? 0 : EXIT_ERROR;
  }
  if (name === '--version' || name === '-v') {
    const { readPackageVersion } = await import('./package-files.js');
    process.stdout.write(`${readPackageVersion()}\n`);
    return 0;
  }
  const probe = process.env.GIT_VALUE_PROBE;
  if (probe && name !== 'merge-driver') return answerProbe(probe, argv);
  const load = commands[name];
  if (!load) {
    process.stderr.write(
      `git-value: unknown command '${name}'\nfix: run 'git-value --help' for the list of commands\n`,
    );
    return EXIT_ERROR;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(commandHelp[name] ?? usage);
    return 0;
  }
  const env: CommandEnv = {
    cwd: process.cwd(),
    env: process.env,
    color: useColor(process.stderr, process.env),
    now: readNow(process.env),
  };
  const command = await load();
  const outcome = await command.run(rest, env);
  if (outcome.stdout) process.stdout.write(outcome.stdout);
  if (outcome.stderr) process.stderr.write(outcome.stderr);
  return outcome.exitCode;
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
    // A bug, not a user error: say so plainly; never echo input text (it may hold a secret).
    const message = error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : 'unknown error';
    process.stderr.write(
      `git-value: internal error (${message})\nfix: run again with GIT_VALUE_DEBUG=1 and report it\n`,
    );
    if (process.env.GIT_VALUE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
    process.exitCode = EXIT_ERROR;
  },
);
