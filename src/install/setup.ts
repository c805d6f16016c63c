import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, rmdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fail, ok, type Result } from '../findings/result.js';
import { readConfig, removeConfigSection, setConfigInFile } from '../git/hook-setup.js';
import type { FileEdit } from '../report/file-diff.js';
import { COVERAGE_PATH } from '../ledger/coverage-format.js';
import { resolveInside } from '../ledger/repo-paths.js';
import { LEDGER_PATH } from '../ledger/types.js';
import type { ProjectShape } from './detect.js';
import { HOOKS, LAUNCHER_PATH, MERGE_DRIVER, MERGE_DRIVER_COMMAND } from './hook-specs.js';
import { launcherText } from './launcher.js';
import {
  addLefthook,
  addPrepareScript,
  addPreCommitFramework,
  addSimpleGitHooks,
  addToHookScript,
  CHAINED_SUFFIX,
  chainedHookScript,
  isChainedHookScript,
} from './manager-edits.js';
import {
  digest,
  noteBefore,
  pruneRecord,
  readRecord,
  readState,
  snapshotFolder,
  writeRecord,
  writeText,
  type FileState,
} from './record.js';

// init = the shared part (committed files: launcher, attributes, config, the hook manager's config)
// + the per-clone part (install: plain hooks, merge driver, worktree hooks path). Every file either
// part may touch is snapshotted first and recorded, so uninstall can give it back byte for byte.

export const ATTRIBUTE_LINES = [`${LEDGER_PATH} merge=${MERGE_DRIVER}`, `${COVERAGE_PATH} merge=union`];

export interface Change {
  /** Absolute path. */
  file: string;
  /** Its contents after the change; null deletes it. */
  text: string | null;
  mode?: number;
  /** A file the repository shares (init stages it). */
  shared: boolean;
}

export interface SetupResult {
  /** What happened, one line each ("created .value/bin/git-value"). */
  lines: string[];
  /** Repo-relative paths of shared files written (to stage). */
  written: string[];
}

const readText = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

/** The committed part: the launcher, .gitattributes, a config, package.json#prepare, the manager's config. */
export function planShared(
  shape: ProjectShape,
  options: { exampleConfig?: string; preCommitVersion?: string },
): Result<Change[]> {
  const { root } = shape;
  const changes: Change[] = [];
  const propose = (path: string, text: string, mode?: number) => {
    const file = join(root, path);
    if (readText(file) !== text) changes.push({ file, text, shared: true, ...(mode ? { mode } : {}) });
  };
  propose(LAUNCHER_PATH, launcherText(shape.installDirs), 0o755);
  const attributes = readText(join(root, '.gitattributes')) ?? '';
  const missing = ATTRIBUTE_LINES.filter((line) => !attributes.split(/\r?\n/).includes(line));
  if (missing.length > 0)
    propose(
      '.gitattributes',
      `${attributes}${attributes && !attributes.endsWith('\n') ? '\n' : ''}${missing.join('\n')}\n`,
    );
  if (options.exampleConfig !== undefined) propose('.valuerc.json', options.exampleConfig);
  const manifest = readText(join(root, 'package.json'));
  let manifestText = manifest;
  if (manifestText !== undefined && shape.manifest) manifestText = addPrepareScript(manifestText);
  const config = shape.managerConfig;
  switch (shape.manager) {
    case 'husky':
      for (const spec of HOOKS) {
        const path = join('.husky', spec.name);
        const current = readText(join(root, path));
        const next = addToHookScript(current, spec, false);
        if (!next.ok) return next;
        propose(path, next.value, current === undefined ? 0o755 : undefined);
      }
      break;
    case 'hooks-folder':
      if (shape.hooksPathTracked && shape.hooksPath)
        for (const spec of HOOKS) {
          const path = join(shape.hooksPath.value, spec.name);
          const current = readText(join(root, path));
          const next = addToHookScript(current, spec, true);
          if (!next.ok) return next;
          propose(path, next.value, current === undefined ? 0o755 : undefined);
        }
      break;
    case 'simple-git-hooks':
      if (config === 'package.json') {
        if (manifestText !== undefined) manifestText = addSimpleGitHooks(manifestText, ['simple-git-hooks']);
      } else if (config?.endsWith('.json'))
        propose(config, addSimpleGitHooks(readText(join(root, config)) ?? '{}', []));
      else
        return fail({
          code: 'CONFIG_INVALID',
          file: config,
          message: `${config} is JavaScript, which git-value does not edit`,
          fix: `add "${HOOKS[0]?.name}": "sh ${LAUNCHER_PATH} check --staged && …" (and the other hooks in the README) to ${config}, then run git-value install`,
        });
      break;
    case 'lefthook': {
      const added = addLefthook(readText(join(root, config as string)) ?? '', config as string);
      if (!added.ok) return added;
      propose(config as string, added.value);
      break;
    }
    case 'pre-commit': {
      const added = addPreCommitFramework(
        readText(join(root, config as string)) ?? '',
        config as string,
        options.preCommitVersion,
      );
      if (!added.ok) return added;
      propose(config as string, added.value);
      break;
    }
    case 'git-hooks':
      break;
  }
  if (manifestText !== undefined && manifestText !== manifest) propose('package.json', manifestText);
  return ok(changes);
}

/** The per-clone part: plain hooks in the hooks folder, chained to whatever hook was there. */
export function planClone(shape: ProjectShape): Change[] {
  const plain = shape.manager === 'git-hooks' || (shape.manager === 'hooks-folder' && !shape.hooksPathTracked);
  if (!plain) return [];
  const changes: Change[] = [];
  for (const spec of HOOKS) {
    const file = join(shape.git.hooksDir, spec.name);
    const current = readText(file);
    const ours = chainedHookScript(spec);
    if (current === ours) continue;
    if (current !== undefined && !isChainedHookScript(current))
      changes.push({ file: file + CHAINED_SUFFIX, text: current, mode: statSync(file).mode & 0o777, shared: false });
    changes.push({ file, text: ours, mode: 0o755, shared: false });
  }
  return changes;
}

/** Files the per-clone configuration lives in (snapshotted like any other). */
export function cloneStateFiles(shape: ProjectShape): string[] {
  return [join(shape.git.commonDir, 'config'), worktreeConfigFile(shape)];
}

const worktreeConfigFile = (shape: ProjectShape) => join(shape.git.commonDir, 'git-value', 'worktrees.config');

/** One git config value init sets in this clone: `file` is the config file it goes to. */
export interface ConfigSetting {
  file: string;
  key: string;
  value: string;
  /** What init says once it is set; settings without one go with the line before. */
  line?: string;
}

/**
 * The merge driver, and for linked worktrees an absolute hooks path when core.hooksPath is relative
 * and generated (husky's .husky/_ is ignored by git, so a new worktree has none and no hook ran there).
 */
export function planCloneConfig(shape: ProjectShape, program?: string): Result<ConfigSetting[]> {
  const settings: ConfigSetting[] = [];
  const { root } = shape;
  const local = join(shape.git.commonDir, 'config');
  if (program) {
    // a standalone executable or prebuilt copy that PATH may not hold: the launcher's last resort
    const noted = readConfig(root, 'git-value.program');
    if (!noted.ok) return noted;
    if (noted.value?.value !== program)
      settings.push({
        file: local,
        key: 'git-value.program',
        value: program,
        line: `this git-value noted in .git/config for the hooks: ${program}`,
      });
  }
  const driver = readConfig(root, `merge.${MERGE_DRIVER}.driver`);
  if (!driver.ok) return driver;
  if (driver.value?.value !== MERGE_DRIVER_COMMAND)
    settings.push(
      { file: local, key: `merge.${MERGE_DRIVER}.name`, value: 'git-value ledger: union by fingerprint' },
      {
        file: local,
        key: `merge.${MERGE_DRIVER}.driver`,
        value: MERGE_DRIVER_COMMAND,
        line: `merge driver: registered in .git/config (${MERGE_DRIVER_COMMAND})`,
      },
    );
  const hooksPath = readConfig(root, 'core.hooksPath');
  if (!hooksPath.ok) return hooksPath;
  const include = `includeIf.gitdir:${shape.git.commonDir}/worktrees/.path`;
  const value = hooksPath.value;
  const generated =
    value && !isAbsolute(value.value) && value.scope === 'local' && !shape.hooksPathTracked && shape.git.mainRoot;
  if (generated && value.origin !== worktreeConfigFile(shape)) {
    const absolute = join(shape.git.mainRoot as string, value.value);
    settings.push({ file: worktreeConfigFile(shape), key: 'core.hooksPath', value: absolute });
    const current = readConfig(root, include);
    if (current.ok && current.value?.value !== worktreeConfigFile(shape))
      settings.push({
        file: local,
        key: include,
        value: worktreeConfigFile(shape),
        line: `linked worktrees: hooks from ${absolute} (core.hooksPath ${value.value} is relative and not tracked)`,
      });
  }
  return ok(settings);
}

/** Applies planCloneConfig's settings; the lines say what changed. */
export function configureClone(shape: ProjectShape, program?: string): Result<string[]> {
  const settings = planCloneConfig(shape, program);
  if (!settings.ok) return settings;
  const applied = applyConfigSettings(shape.root, settings.value);
  return applied.ok ? ok(settings.value.flatMap((setting) => (setting.line ? [setting.line] : []))) : applied;
}

/** Writes each setting to its file (a copy of a config file too, for init --dry-run). */
export function applyConfigSettings(
  root: string,
  settings: readonly ConfigSetting[],
  fileFor: (file: string) => string = (file) => file,
): Result<void> {
  for (const setting of settings) {
    const file = fileFor(setting.file);
    mkdirSync(dirname(file), { recursive: true });
    const set = setConfigInFile(root, file, setting.key, setting.value);
    if (!set.ok) return set;
  }
  return ok(undefined);
}

/** Removes the per-clone configuration (the inverse of configureClone): from .git/config, or a copy of it (a dry run). */
export function unconfigureClone(shape: ProjectShape, file = join(shape.git.commonDir, 'config')): Result<void> {
  for (const section of [`merge.${MERGE_DRIVER}`, 'git-value', `includeIf.gitdir:${shape.git.commonDir}/worktrees/`]) {
    const removed = removeConfigSection(shape.root, file, section);
    if (!removed.ok) return removed;
  }
  return ok(undefined);
}

/** Applies changes between a snapshot and a record update: what was there first is kept for uninstall. */
export function recordedSetup(
  shape: ProjectShape,
  changes: readonly Change[],
  extraSteps: () => Result<string[]>,
): Result<SetupResult> {
  const record = readRecord(shape.git.commonDir);
  const watched = [...changes.map((change) => change.file), ...cloneStateFiles(shape)];
  const before = new Map<string, FileState>(snapshotFolder(shape.git.hooksDir));
  for (const file of watched) before.set(file, readState(file));
  const lines: string[] = [];
  const written: string[] = [];
  // a committed link (.value, .husky) must not carry init's writes out of the repository (issue 14):
  // every target is checked before the first is written
  for (const change of changes) {
    const inside = resolveInside(shape.root, change.file, relative(shape.root, change.file), 'allowed');
    if (!inside.ok) return inside;
  }
  for (const change of changes) {
    const wrote = writeText(change.file, change.text, change.mode);
    if (!wrote.ok) return wrote;
    const label = relative(shape.root, change.file);
    lines.push(`${label}: ${before.get(change.file)?.content === null ? 'created' : 'updated'}`);
    if (change.shared) written.push(label);
  }
  const extra = extraSteps();
  if (!extra.ok) return extra;
  lines.push(...extra.value);
  // the project's own manager (simple-git-hooks, lefthook, pre-commit) may have written new hooks
  for (const file of snapshotFolder(shape.git.hooksDir).keys())
    if (!before.has(file)) before.set(file, { content: null, mode: null });
  for (const [file, state] of before) {
    const now = digest(readState(file));
    if (now === digest(state) && record.files[file] === undefined) continue;
    noteBefore(record, file, state);
    (record.files[file] as { after: string | null }).after = now;
  }
  pruneRecord(record);
  const saved = writeRecord(shape.git.commonDir, record);
  if (!saved.ok) return saved;
  return ok({ lines, written });
}

/** The project's own hook manager, run so the hooks it writes include git-value's (lefthook, simple-git-hooks, pre-commit). */
export function runManagerInstall(shape: ProjectShape): string[] {
  const { root } = shape;
  const local = (bin: string) =>
    [...shape.installDirs, '.']
      .map((dir) => join(root, dir, 'node_modules', '.bin', bin))
      .find((file) => existsSync(file));
  const onPath = (bin: string) => spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' }).stdout.trim();
  const run = (label: string, command: string | undefined, args: string[], fix: string): string => {
    if (!command) return `${label}: not installed here, so its hooks were not rewritten: run '${fix}'`;
    const child = spawnSync(command, args, { cwd: root, encoding: 'utf8', env: process.env });
    return child.status === 0
      ? `${label}: hooks rewritten ('${fix}')`
      : `${label}: '${fix}' failed (${(child.stderr || child.stdout || '').trim().split('\n')[0] ?? ''}): run it yourself`;
  };
  switch (shape.manager) {
    case 'simple-git-hooks':
      return [run('simple-git-hooks', local('simple-git-hooks'), [], 'npx simple-git-hooks')];
    case 'lefthook':
      return [run('lefthook', local('lefthook') ?? (onPath('lefthook') || undefined), ['install'], 'lefthook install')];
    case 'pre-commit':
      return [run('pre-commit', onPath('pre-commit') || undefined, ['install'], 'pre-commit install')];
    default:
      return [];
  }
}

/** The command that makes the project's hook manager write its hooks, when it has one to run. */
export function managerInstallCommand(shape: ProjectShape): string | undefined {
  return {
    'simple-git-hooks': 'npx simple-git-hooks',
    lefthook: 'lefthook install',
    'pre-commit': 'pre-commit install',
  }[shape.manager as string];
}

/**
 * What the planned changes and config settings would do to each file, nothing written (init
 * --dry-run): config settings are applied to copies of their files in a temporary folder.
 */
export function previewSetup(
  shape: ProjectShape,
  changes: readonly Change[],
  settings: readonly ConfigSetting[],
): Result<FileEdit[]> {
  const label = (file: string) => relative(shape.root, file);
  const edits: FileEdit[] = changes.map((change) => ({
    path: label(change.file),
    before: readText(change.file) ?? null,
    after: change.text,
    ...(change.mode === undefined ? {} : { mode: change.mode }),
  }));
  const folder = mkdtempSync(join(tmpdir(), 'git-value-dry-run-'));
  try {
    const copies = new Map<string, string>();
    for (const file of new Set(settings.map((setting) => setting.file))) {
      const copy = join(folder, String(copies.size));
      if (existsSync(file)) copyFileSync(file, copy);
      copies.set(file, copy);
    }
    const applied = applyConfigSettings(shape.root, settings, (file) => copies.get(file) as string);
    if (!applied.ok) return applied;
    for (const [file, copy] of copies)
      edits.push({ path: label(file), before: readText(file) ?? null, after: readText(copy) ?? null });
    return ok(edits);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Removes folders git-value created that are left empty. */
export function removeEmptyFolders(root: string, folders: readonly string[]): void {
  for (const folder of folders) {
    try {
      rmdirSync(join(root, folder));
    } catch {
      // not empty, or not there: both mean keep it
    }
  }
}
