import { parseCommandArgs, renderCommandHelp, renderUsage, type ParsedArgs } from './arguments.js';
import { commandSpecs, usageFooter, usageHeader } from './command-table.js';
import { formatError, unknownCommand } from './messages.js';
import { EXIT_ERROR, painter, type CommandEnv, type Outcome } from './output.js';

// argv → the command's module → its Outcome. Nothing here writes to a stream or reads process state:
// cli/main.ts hands in the process's I/O, tests hand in their own and run every command in-process.

export interface CommandModule {
  run(args: ParsedArgs, env: CommandEnv): Promise<Outcome>;
}

// Each command is imported only when it runs: the hook pays for `check` alone.
export const commandModules: Readonly<Record<string, () => Promise<CommandModule>>> = {
  init: () => import('./init.js'),
  install: () => import('./install.js'),
  uninstall: () => import('./uninstall.js'),
  check: () => import('./check.js'),
  scan: () => import('./scan.js'),
  refresh: () => import('./refresh.js'),
  backlog: () => import('./backlog.js'),
  next: () => import('./next.js'),
  explain: () => import('./explain.js'),
  report: () => import('./report.js'),
  allow: () => import('./allow.js'),
  done: () => import('./done.js'),
  doctor: () => import('./doctor.js'),
  'merge-driver': () => import('./merge-driver.js'),
};

export const usage = renderUsage(commandSpecs, usageHeader, usageFooter);

/** What `git-value <argv>` prints and exits with, `--version` and the doctor's probe apart (main.ts). */
export async function dispatch(argv: readonly string[], env: CommandEnv): Promise<Outcome> {
  const [name, ...rest] = argv;
  const spec = commandSpecs.find((candidate) => candidate.name === name);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const topic = commandSpecs.find((candidate) => candidate.name === rest[0]);
    return { exitCode: name ? 0 : EXIT_ERROR, stdout: topic ? renderCommandHelp(topic) : usage, stderr: '' };
  }
  const load = commandModules[name];
  if (!spec || !load) return { exitCode: EXIT_ERROR, stdout: '', stderr: unknownCommand(name) };
  if (rest.includes('--help') || rest.includes('-h'))
    return { exitCode: 0, stdout: renderCommandHelp(spec), stderr: '' };
  const args = parseCommandArgs(spec, rest);
  if (!args.ok)
    return {
      exitCode: EXIT_ERROR,
      stdout: '',
      stderr: formatError(args.error, painter(env.color), Boolean(env.env.GIT_VALUE_DEBUG)),
    };
  const command = await load();
  return command.run(args.value, env);
}
