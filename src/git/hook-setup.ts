import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { ok, type Result } from '../findings/result.js';
import { runGit, runGitText } from './exec.js';

// git I/O for installing, checking and removing hooks and the merge driver (init, install, doctor,
// uninstall). Nothing here is on the pre-commit path.

export interface ConfigValue {
  value: string;
  /** 'local', 'global', 'system', 'worktree' or 'command', as `git config --show-scope` says. */
  scope: string;
  /** The file it came from (an included file shows as itself). */
  origin: string;
}

/** The value git uses for `key` in this work tree (the last one wins), or undefined. */
export function readConfig(root: string, key: string): Result<ConfigValue | undefined> {
  const read = runGitText(['config', '--show-scope', '--show-origin', '--get', key], { cwd: root, okCodes: [1] });
  if (!read.ok) return read;
  const line = read.value.replace(/\n$/, '');
  if (!line) return ok(undefined);
  const [scope = '', origin = '', ...value] = line.split('\t');
  return ok({ scope, origin: origin.replace(/^file:/, ''), value: value.join('\t') });
}

/** Keys and values of one section in the repository's own config file (.git/config), in order. */
export function readLocalSection(root: string, section: string): Result<[string, string][]> {
  const read = runGitText(['config', '--local', '--null', '--get-regexp', `^${section.replace(/\./g, '\\.')}\\.`], {
    cwd: root,
    okCodes: [1],
  });
  if (!read.ok) return read;
  return ok(
    read.value
      .split('\0')
      .filter(Boolean)
      .map((record) => {
        const at = record.indexOf('\n');
        return [record.slice(0, at), record.slice(at + 1)] as [string, string];
      }),
  );
}

export function setLocalConfig(root: string, key: string, value: string): Result<void> {
  const set = runGit(['config', '--local', key, value], { cwd: root });
  return set.ok ? ok(undefined) : set;
}

export function setConfigInFile(root: string, file: string, key: string, value: string): Result<void> {
  const set = runGit(['config', '--file', file, key, value], { cwd: root });
  return set.ok ? ok(undefined) : set;
}

export function unsetLocalConfig(root: string, key: string): Result<void> {
  const unset = runGit(['config', '--local', '--unset-all', key], { cwd: root, okCodes: [5] });
  return unset.ok ? ok(undefined) : unset;
}

/** Removes a section from a config file (.git/config, or a copy of it); a section that is not there is no error. */
export function removeConfigSection(root: string, file: string, section: string): Result<void> {
  const removed = runGit(['config', '--file', file, '--remove-section', section], { cwd: root, okCodes: [128] });
  return removed.ok ? ok(undefined) : removed;
}

export interface GitLocations {
  /** The repository's shared git folder (a linked worktree's common dir), absolute. */
  commonDir: string;
  /** This work tree's own git folder, absolute. */
  gitDir: string;
  /** Where git looks for hooks in this work tree (core.hooksPath, or the common dir's hooks). */
  hooksDir: string;
  /** The main work tree's root, when the common dir is its `.git`. */
  mainRoot?: string;
}

export function locateGit(root: string): Result<GitLocations> {
  const read = runGitText(
    ['rev-parse', '--path-format=absolute', '--git-common-dir', '--git-dir', '--git-path', 'hooks'],
    { cwd: root },
  );
  if (!read.ok) return read;
  const [commonDir = '', gitDir = '', hooks = ''] = read.value.trimEnd().split('\n');
  const located: GitLocations = { commonDir, gitDir, hooksDir: isAbsolute(hooks) ? hooks : join(root, hooks) };
  if (commonDir.endsWith('/.git')) located.mainRoot = commonDir.slice(0, -'/.git'.length);
  return ok(located);
}

/** Work tree roots of the repository (the main one first). */
export function listWorktrees(root: string): Result<string[]> {
  const listed = runGitText(['worktree', 'list', '--porcelain'], { cwd: root });
  if (!listed.ok) return listed;
  return ok(
    listed.value
      .split('\n')
      .filter((line) => line.startsWith('worktree '))
      .map((line) => line.slice('worktree '.length)),
  );
}

/** True when git tracks `path` (repo-relative) in the index. */
export function isTracked(root: string, path: string): boolean {
  const listed = runGitText(['ls-files', '--error-unmatch', '--', path], { cwd: root, okCodes: [1] });
  return listed.ok && listed.value.trim() !== '';
}

/**
 * Stage paths, deletions included (init and uninstall share what they changed by staging it). Forced:
 * these are the files git-value wrote on purpose, and a project's `bin/` rule (pytest has one) must not
 * keep the launcher in .value/bin out of the commit every clone's hooks need.
 */
export function stagePaths(root: string, paths: readonly string[]): Result<void> {
  if (paths.length === 0) return ok(undefined);
  const staged = runGit(['add', '-A', '-f', '--', ...paths], { cwd: root });
  return staged.ok ? ok(undefined) : staged;
}

export interface HookRun {
  status: number;
  output: string;
}

/**
 * Runs a hook as git runs it: `git hook run` (same hooks path, work tree root, environment). A hook
 * that reads standard input (pre-push) runs through a git alias instead, which also starts from the
 * work tree's root with git's environment: `git hook run` before git 2.46 gives hooks no stdin.
 */
export function runHookAsGit(
  root: string,
  hook: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  input?: string,
): HookRun {
  if (input !== undefined) {
    const path = hookFilePath(root, hook);
    if (!path.ok || !existsSync(path.value)) return { status: 0, output: '' };
    const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
    return runShellAsGit(root, [path.value, ...args].map(quote).join(' '), env, input);
  }
  const run = runGit(['hook', 'run', '--ignore-missing', hook, '--', ...args], {
    cwd: root,
    okCodes: Array.from({ length: 255 }, (_, code) => code + 1),
    env,
    input: '',
    captureStderr: true,
  });
  if (!run.ok) return { status: 128, output: run.error.message };
  return { status: run.value.status, output: `${run.value.stdout.toString('utf8')}${run.value.stderr ?? ''}` };
}

/** Where git looks for `hook` in this work tree (core.hooksPath, a linked worktree's common dir), absolute. */
export function hookFilePath(worktree: string, hook: string): Result<string> {
  const path = runGitText(['rev-parse', '--path-format=absolute', '--git-path', `hooks/${hook}`], { cwd: worktree });
  return path.ok ? ok(path.value.trim()) : path;
}

/** `git --version`'s answer ("git version 2.47.3"). */
export function readGitVersion(cwd: string): Result<string> {
  const version = runGitText(['--version'], { cwd });
  return version.ok ? ok(version.value.trim()) : version;
}

/** Runs a merge driver command line as git does: `sh -c`, from the work tree's root. */
export function runShellAsGit(root: string, command: string, env: NodeJS.ProcessEnv, input = ''): HookRun {
  const run = runGit(['-c', `alias.gv-doctor-shell=!${command}`, 'gv-doctor-shell'], {
    cwd: root,
    okCodes: Array.from({ length: 255 }, (_, code) => code + 1),
    env,
    input,
    captureStderr: true,
  });
  if (!run.ok) return { status: 128, output: run.error.message };
  return { status: run.value.status, output: `${run.value.stdout.toString('utf8')}${run.value.stderr ?? ''}` };
}
