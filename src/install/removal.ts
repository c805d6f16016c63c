import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ok, type Result } from '../findings/result.js';
import { isTracked, stagePaths } from '../git/hook-setup.js';
import type { FileEdit } from '../report/file-diff.js';
import { readPackageText } from '../runtime/package-files.js';
import type { ProjectShape } from './detect.js';
import { HOOKS, LAUNCHER_PATH } from './hook-specs.js';
import {
  CHAINED_SUFFIX,
  isChainedHookScript,
  removeFromHookScript,
  removeLefthook,
  removePrepareScript,
  removePreCommitFramework,
  removeSimpleGitHooks,
} from './manager-edits.js';
import { digest, readRecord, readState, writeState, type FileState } from './record.js';
import { ATTRIBUTE_LINES, removeEmptyFolders, runManagerInstall, unconfigureClone } from './setup.js';

// uninstall as a plan, then applied or previewed (--dry-run): every file init or install changed and
// nobody changed since is given back byte for byte from the record in .git/git-value/install.json;
// what has changed since (or a clone with no record) loses git-value's lines only. The plan reads
// each file as the earlier steps would leave it, so the preview shows exactly what the run writes.

export type RemovalAction = 'restored' | 'removed' | 'part removed' | 'changed since init';

export interface Removal {
  /** Each file uninstall writes, as it would leave it (content null: deleted), by absolute path. */
  files: Map<string, FileState>;
  /** What happens to each file, in order, with its label (repository-relative when inside). */
  steps: { label: string; action: RemovalAction }[];
  /** Files given back or edited (the shared ones among them are staged). */
  touched: string[];
  /** The hook manager's config lost git-value's commands: its install runs again. */
  rerunsManager: boolean;
}

export function planRemoval(shape: ProjectShape): Removal {
  const { root } = shape;
  const files = new Map<string, FileState>();
  const steps: Removal['steps'] = [];
  const touched = new Set<string>();
  const current = (file: string) => files.get(file) ?? readState(file);
  const label = (file: string) => labelOf(shape, file);
  for (const [file, entry] of Object.entries(readRecord(shape.git.commonDir).files)) {
    if (digest(readState(file)) !== entry.after) {
      steps.push({ label: label(file), action: 'changed since init' });
      continue;
    }
    files.set(file, entry.before);
    touched.add(file);
    steps.push({ label: label(file), action: entry.before.content === null ? 'removed' : 'restored' });
  }
  const edited: string[] = [];
  for (const [path, change] of partRemovals(shape)) {
    const file = join(root, path);
    const state = current(file);
    if (state.content === null) continue;
    const text = Buffer.from(state.content, 'base64').toString('utf8');
    const next = change(text);
    if (next === text) continue;
    files.set(file, {
      content: next === undefined ? null : Buffer.from(next, 'utf8').toString('base64'),
      mode: state.mode,
    });
    edited.push(file);
  }
  for (const spec of HOOKS) {
    const file = join(shape.git.hooksDir, spec.name);
    const state = current(file);
    if (state.content === null || !isChainedHookScript(Buffer.from(state.content, 'base64').toString('utf8'))) continue;
    files.set(file, current(file + CHAINED_SUFFIX));
    files.set(file + CHAINED_SUFFIX, { content: null, mode: null });
    edited.push(file);
  }
  for (const file of edited) {
    touched.add(file);
    steps.push({ label: label(file), action: 'part removed' });
  }
  const managerConfig = shape.managerConfig ? join(root, shape.managerConfig) : undefined;
  return {
    files,
    steps,
    touched: [...touched],
    rerunsManager: managerConfig !== undefined && edited.includes(managerConfig),
  };
}

/** Writes the plan, removes the clone's configuration and git-value's own folders; stages the shared files. */
export function applyRemoval(
  shape: ProjectShape,
  removal: Removal,
): Result<{ managerLines: string[]; staged: string[] }> {
  const { root } = shape;
  for (const [file, state] of removal.files) {
    const written = writeState(file, state);
    if (!written.ok) return written;
  }
  const unconfigured = unconfigureClone(shape);
  if (!unconfigured.ok) return unconfigured;
  const managerLines = removal.rerunsManager ? runManagerInstall(shape) : [];
  for (const folder of ownFolders(shape)) rmSync(folder, { recursive: true, force: true });
  removeEmptyFolders(root, ['.value/bin']);
  const shared = removal.touched
    .filter((file) => file.startsWith(root + '/') && !file.startsWith(shape.git.commonDir + '/'))
    .map((file) => relative(root, file))
    .filter((path) => existsSync(join(root, path)) || isTracked(root, path));
  const staged = stagePaths(root, shared);
  return staged.ok ? ok({ managerLines, staged: shared }) : staged;
}

/**
 * What the plan would do to each file, nothing written: .git/config's sections are removed from a copy
 * of it as the plan leaves it. git-value's own folders (.git/git-value) are left out: they go whole.
 */
export function previewRemoval(shape: ProjectShape, removal: Removal): Result<FileEdit[]> {
  const own = ownFolders(shape).map((folder) => folder + '/');
  const text = (state: FileState) =>
    state.content === null ? null : Buffer.from(state.content, 'base64').toString('utf8');
  const after = new Map(removal.files);
  const config = join(shape.git.commonDir, 'config');
  const folder = mkdtempSync(join(tmpdir(), 'git-value-dry-run-'));
  try {
    const copy = join(folder, 'config');
    const state = after.get(config) ?? readState(config);
    const written = writeState(copy, state.content === null ? { content: '', mode: 0o644 } : state);
    if (!written.ok) return written;
    const unconfigured = unconfigureClone(shape, copy);
    if (!unconfigured.ok) return unconfigured;
    after.set(config, readState(copy));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const edits: FileEdit[] = [];
  for (const [file, state] of after) {
    if (own.some((prefix) => file.startsWith(prefix))) continue;
    const before = readState(file);
    if (digest(before) === digest(state)) continue;
    edits.push({
      path: labelOf(shape, file),
      before: text(before),
      after: text(state),
      ...((state.mode ?? before.mode) === null ? {} : { mode: (state.mode ?? before.mode) as number }),
    });
  }
  return ok(edits);
}

/** Where git-value keeps its own state in this clone (the install record, caches): removed whole. */
export function ownFolders(shape: ProjectShape): string[] {
  return [...new Set([shape.git.commonDir, shape.git.gitDir])].map((folder) => join(folder, 'git-value'));
}

const labelOf = (shape: ProjectShape, file: string) =>
  file.startsWith(shape.root + '/') ? relative(shape.root, file) : file;

/** git-value's part of each file it may have edited, by repository path: what is left (undefined: delete it). */
function partRemovals(shape: ProjectShape): [string, (text: string) => string | undefined][] {
  const steps: [string, (text: string) => string | undefined][] = [
    [LAUNCHER_PATH, () => undefined],
    [
      '.gitattributes',
      (text) => {
        const kept = text.split('\n').filter((line) => !ATTRIBUTE_LINES.includes(line.replace(/\r$/, '')));
        return kept.join('\n').trim() === '' ? undefined : kept.join('\n');
      },
    ],
    [
      'package.json',
      (text) => {
        const removed = removePrepareScript(text);
        return shape.managerConfig === 'package.json' ? removeSimpleGitHooks(removed, ['simple-git-hooks']) : removed;
      },
    ],
    ['.valuerc.json', (text) => (text === readPackageText('.valuerc.example.json') ? undefined : text)],
  ];
  const config = shape.managerConfig;
  if (config && config !== 'package.json') {
    if (shape.manager === 'simple-git-hooks') steps.push([config, (text) => removeSimpleGitHooks(text, [])]);
    if (shape.manager === 'lefthook') steps.push([config, (text) => removeLefthook(text, config)]);
    if (shape.manager === 'pre-commit') steps.push([config, (text) => removePreCommitFramework(text, config)]);
  }
  const scriptFolder =
    shape.manager === 'husky' ? '.husky' : shape.hooksPathTracked ? shape.hooksPath?.value : undefined;
  if (scriptFolder) for (const spec of HOOKS) steps.push([join(scriptFolder, spec.name), removeFromHookScript]);
  return steps;
}
