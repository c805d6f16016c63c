import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ok, type Result } from '../findings/result.js';
import { isTracked, stagePaths } from '../git/hook-setup.js';
import { openRepo } from '../git/repo.js';
import { detectProject, type ProjectShape } from '../install/detect.js';
import { HOOKS, LAUNCHER_PATH } from '../install/hook-specs.js';
import {
  CHAINED_SUFFIX,
  isChainedHookScript,
  removeFromHookScript,
  removeLefthook,
  removePrepareScript,
  removePreCommitFramework,
  removeSimpleGitHooks,
} from '../install/manager-edits.js';
import { digest, readRecord, readState, writeState, writeText } from '../install/record.js';
import { ATTRIBUTE_LINES, removeEmptyFolders, runManagerInstall, unconfigureClone } from '../install/setup.js';
import { readPackageText } from '../runtime/package-files.js';
import { errorOutcome, type CommandEnv, type Outcome } from './output.js';
import type { ParsedArgs } from './arguments.js';
import { setupLines } from './messages.js';

// Gives the repository back as it was before init: every file init or install changed and nobody
// changed since is restored byte for byte from the record kept in .git/git-value/install.json. What
// has changed since (or a clone with no record) loses git-value's lines only. The ledger, coverage
// and BACKLOG.md are the repository's history of findings: kept, and said so.
export async function run(_args: ParsedArgs, env: CommandEnv): Promise<Outcome> {
  const repo = openRepo(env.cwd);
  if (!repo.ok) return errorOutcome(repo, env);
  const shape = detectProject(repo.value.root, env.cwd);
  if (!shape.ok) return errorOutcome(shape, env);
  const result = uninstall(shape.value);
  if (!result.ok) return errorOutcome(result, env);
  return { exitCode: 0, stdout: '', stderr: setupLines('uninstall', result.value) };
}

function uninstall(shape: ProjectShape): Result<string[]> {
  const { root } = shape;
  const lines: string[] = [];
  const touched = new Set<string>();
  const label = (file: string) => (file.startsWith(root + '/') ? relative(root, file) : file);
  const record = readRecord(shape.git.commonDir);
  for (const [file, entry] of Object.entries(record.files)) {
    if (digest(readState(file)) !== entry.after) {
      lines.push(`${label(file)}: changed since init, so only git-value's part is removed`);
      continue;
    }
    const restored = writeState(file, entry.before);
    if (!restored.ok) return restored;
    touched.add(file);
    lines.push(`${label(file)}: ${entry.before.content === null ? 'removed' : 'restored'}`);
  }
  const edited = removeGitValueParts(shape);
  if (!edited.ok) return edited;
  for (const file of edited.value) {
    touched.add(file);
    lines.push(`${label(file)}: git-value's part removed`);
  }
  const unconfigured = unconfigureClone(shape);
  if (!unconfigured.ok) return unconfigured;
  if (shape.managerConfig && edited.value.includes(join(root, shape.managerConfig)))
    lines.push(...runManagerInstall(shape));
  for (const folder of new Set([shape.git.commonDir, shape.git.gitDir]))
    rmSync(join(folder, 'git-value'), { recursive: true, force: true });
  removeEmptyFolders(root, ['.value/bin']);
  const shared = [...touched]
    .filter((file) => file.startsWith(root + '/') && !file.startsWith(shape.git.commonDir + '/'))
    .map((file) => relative(root, file))
    .filter((path) => existsSync(join(root, path)) || isTracked(root, path));
  const staged = stagePaths(root, shared);
  if (!staged.ok) return staged;
  if (shared.length > 0) lines.push(`staged ${shared.join(', ')}: commit them to share the removal`);
  const kept = ['.value/ledger.json', '.value/coverage.json', 'BACKLOG.md'].filter((path) =>
    existsSync(join(root, path)),
  );
  if (kept.length > 0)
    lines.push(
      `kept ${kept.join(', ')} (the history of your findings); delete them with 'git rm -r .value BACKLOG.md' if you do not want them`,
    );
  if (lines.length === 0) lines.push('nothing of git-value was installed here');
  return ok(lines);
}

/** Removes git-value's lines from whatever the record did not restore; returns the files changed. */
function removeGitValueParts(shape: ProjectShape): Result<string[]> {
  const { root } = shape;
  const changed: string[] = [];
  const edit = (path: string, change: (text: string) => string | undefined): Result<void> => {
    const file = join(root, path);
    if (!existsSync(file)) return ok(undefined);
    const text = readFileSync(file, 'utf8');
    const next = change(text);
    if (next === text) return ok(undefined);
    changed.push(file);
    return writeText(file, next ?? null);
  };
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
  for (const [path, change] of steps) {
    const done = edit(path, change);
    if (!done.ok) return done;
  }
  for (const spec of HOOKS) {
    const file = join(shape.git.hooksDir, spec.name);
    if (!existsSync(file) || !isChainedHookScript(readFileSync(file, 'utf8'))) continue;
    const chained = readState(file + CHAINED_SUFFIX);
    const moved = writeState(file, chained);
    if (!moved.ok) return moved;
    rmSync(file + CHAINED_SUFFIX, { force: true });
    changed.push(file);
  }
  return ok(changed);
}
