import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dispatch } from '../../src/cli/dispatch.js';
import { readNow } from '../../src/cli/output.js';

// Integration tests drive the built CLI and real git in throwaway repositories. Fake secrets are
// generated at run time; `planted` collects them so a test can prove none was printed or written.

const cliPath = fileURLToPath(new URL('../../bundle/cli/main.js', import.meta.url));
let binDir: string | undefined;

/** A folder holding a `git-value` shim, as a global or local install puts one on PATH. */
export function cliBinDir(): string {
  if (binDir) return binDir;
  binDir = mkdtempSync(join(tmpdir(), 'gv-bin-'));
  const shim = join(binDir, 'git-value');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${cliPath}" "$@"\n`);
  chmodSync(shim, 0o755);
  return binDir;
}

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

export const outputs: string[] = [];

export class TempRepo {
  readonly root: string;
  readonly env: NodeJS.ProcessEnv;

  constructor(options: { init?: boolean; parent?: string } = {}) {
    this.root = mkdtempSync(join(options.parent ?? tmpdir(), 'gv-repo-'));
    const env: NodeJS.ProcessEnv = { ...process.env };
    // FORCE_COLOR (set by CI runners) next to our NO_COLOR makes Node print a warning on stderr.
    // npm_* and INIT_CWD come from the npm or npx that started the suite: a package manager run inside
    // a test would otherwise install hooks (lefthook's postinstall) into the folder the suite ran from
    for (const key of Object.keys(env))
      if (/^(?:GIT_|npm_|INIT_CWD$|HUSKY$|PRE_COMMIT$|LEFTHOOK|FORCE_COLOR$)/.test(key)) delete env[key];
    this.env = {
      ...env,
      PATH: `${cliBinDir()}:${process.env.PATH ?? ''}`,
      HOME: this.root,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test Author',
      GIT_AUTHOR_EMAIL: 'author@example.test',
      GIT_COMMITTER_NAME: 'Test Author',
      GIT_COMMITTER_EMAIL: 'author@example.test',
      NO_COLOR: '1',
    };
    if (options.init !== false) {
      this.git('init', '-q', '-b', 'main');
      this.git('config', 'user.name', 'Test Author');
      this.git('config', 'user.email', 'author@example.test');
      this.git('config', 'commit.gpgsign', 'false');
    }
  }

  path(file: string): string {
    return join(this.root, file);
  }

  write(file: string, content: string | Buffer): this {
    mkdirSync(dirname(this.path(file)), { recursive: true });
    writeFileSync(this.path(file), content);
    return this;
  }

  read(file: string): string {
    return readFileSync(this.path(file), 'utf8');
  }

  git(...args: string[]): Run {
    return this.exec('git', args);
  }

  /** Fails the test with git's stderr when git fails. */
  gitOk(...args: string[]): string {
    const run = this.git(...args);
    if (run.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${run.stderr}`);
    return run.stdout;
  }

  /** The built CLI (dist/bundle) in its own node, as git hooks and users run it. */
  cli(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {}): Run {
    return this.exec(process.execPath, [cliPath, ...args], options);
  }

  /**
   * The same command run in this process, through cli/dispatch.ts with this repository's environment:
   * no node start-up and no bundle load (~0.1-0.3 s a call here), for behaviour that needs no git hook.
   * git calls inherit process.env, so it is this repository's for the duration of the command.
   */
  async run(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {}): Promise<Run> {
    const env: NodeJS.ProcessEnv = { ...this.env, ...options.env };
    const saved = process.env;
    process.env = env;
    let live = '';
    try {
      const outcome = await dispatch(args, {
        cwd: options.cwd ?? this.root,
        env,
        color: false,
        now: readNow(env),
        readStdin: async () => options.input ?? '',
        live: { isTTY: false, write: (text: string) => (live += text) },
      });
      const run = { status: outcome.exitCode, stdout: outcome.stdout, stderr: live + outcome.stderr };
      outputs.push(run.stdout, run.stderr);
      return run;
    } finally {
      process.env = saved;
    }
  }

  commitAll(message: string, ...extra: string[]): Run {
    this.gitOk('add', '-A');
    return this.git('commit', '-q', '-m', message, ...extra);
  }

  exec(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {}): Run {
    const child = spawnSync(command, args, {
      cwd: options.cwd ?? this.root,
      env: { ...this.env, ...options.env },
      encoding: 'utf8',
      input: options.input ?? '',
      maxBuffer: 256 * 1024 * 1024,
    });
    const run = { status: child.status ?? -1, stdout: child.stdout ?? '', stderr: child.stderr ?? '' };
    outputs.push(run.stdout, run.stderr);
    return run;
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/**
 * A repository with `files` committed, then `git-value init` run (with its first scan unless
 * `scan: false`) and committed: the starting point of most integration tests.
 */
export function createInitialisedRepo(
  files: Record<string, string>,
  options: { scan?: boolean; track?: TempRepo[] } = {},
): TempRepo {
  const repo = new TempRepo();
  options.track?.push(repo);
  for (const [file, content] of Object.entries(files)) repo.write(file, content);
  expectSuccess(repo.commitAll('first'), 'first commit');
  expectSuccess(repo.cli(options.scan === false ? ['init', '--no-scan'] : ['init']), 'git-value init');
  expectSuccess(repo.commitAll('git-value init'), 'commit of the setup');
  return repo;
}

function expectSuccess(run: Run, what: string): void {
  if (run.status !== 0) throw new Error(`${what} failed (${run.status}): ${run.stderr}`);
}
