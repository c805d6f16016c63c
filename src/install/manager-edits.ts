import { applyEdits, modify, parse as parseJsonc } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import { fail, ok, type Result } from '../findings/result.js';
import { HOOKS, hookCommand, isGitValueLine, LAUNCHER_PATH, type HookSpec } from './hook-specs.js';
import { appendYamlItem, insertYamlEntry, removeYamlEntry, removeYamlItems } from './yaml-edit.js';

// Pure text edits that add git-value to what a repository already runs, each with its inverse.
// Additions are whole lines or whole `&&`-joined commands, so removing them gives the text back.

export const PREPARE_COMMAND = `sh ${LAUNCHER_PATH} install`;

// ---- shell hook scripts (husky's .husky/<hook>, a committed core.hooksPath folder) ----

/** Our line first (it gates before anything else runs), after a shebang when there is one. */
export function addToHookScript(text: string | undefined, spec: HookSpec, shebang: boolean): Result<string> {
  const line = hookCommand(spec);
  if (text === undefined) return ok(`${shebang ? '#!/bin/sh\n' : ''}${line}\n`);
  const lines = text.split('\n');
  if (lines.includes(line)) return ok(text);
  const first = lines[0] ?? '';
  if (first.startsWith('#!') && !/\b(?:sh|bash|dash|zsh|ksh)\b/.test(first))
    return fail({
      code: 'CONFIG_INVALID',
      message: `the ${spec.name} hook is not a shell script (${first}), so git-value cannot add its line`,
      fix: `call '${line}' from that hook yourself, then run 'git-value doctor'`,
    });
  const kept = lines.filter((candidate) => !isGitValueLine(candidate));
  const at = kept[0]?.startsWith('#!') ? 1 : 0;
  kept.splice(at, 0, line);
  return ok(kept.join('\n'));
}

/** The script without git-value's lines; undefined when nothing else was in it. */
export function removeFromHookScript(text: string): string | undefined {
  const kept = text.split('\n').filter((line) => !isGitValueLine(line));
  const rest = kept.join('\n');
  return rest.replace(/^#!.*\n?/, '').trim() === '' ? undefined : rest;
}

// ---- plain hooks in the hooks folder (per clone): ours runs, then the one that was there ----

export const CHAINED_SUFFIX = '.before-git-value';

export function chainedHookScript(spec: HookSpec): string {
  const run = `sh ${LAUNCHER_PATH} ${spec.args}`;
  const body = spec.readsStdin
    ? [
        '# git passes the refs on standard input: both hooks read the same copy',
        'input=$(mktemp) || exit 1',
        'cat > "$input"',
        `if [ -f ${LAUNCHER_PATH} ]; then ${run} < "$input" || { status=$?; rm -f "$input"; exit $status; }; fi`,
        'exec < "$input"',
        'rm -f "$input"',
      ]
    : [`if [ -f ${LAUNCHER_PATH} ]; then ${run} || exit $?; fi`];
  return [
    '#!/bin/sh',
    `# git-value: ${spec.why}.`,
    `# Written by 'git-value install'. A hook that was here before runs next, unchanged, from`,
    `# ${spec.name}${CHAINED_SUFFIX}; 'git-value uninstall' puts it back.`,
    ...body,
    `if [ -x "$0${CHAINED_SUFFIX}" ]; then exec "$0${CHAINED_SUFFIX}" "$@"; fi`,
    '',
  ].join('\n');
}

export const isChainedHookScript = (text: string) => text.includes(`# Written by 'git-value install'`);

// ---- package.json ----

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

function detectFormat(text: string): typeof FORMAT {
  const indent = /^([ \t]+)"/m.exec(text)?.[1] ?? '  ';
  return {
    formattingOptions: {
      insertSpaces: !indent.startsWith('\t'),
      tabSize: indent.startsWith('\t') ? 1 : indent.length,
      eol: text.includes('\r\n') ? '\r\n' : '\n',
    },
  };
}

function setJson(text: string, path: (string | number)[], value: unknown): string {
  return applyEdits(text, modify(text, path, value, detectFormat(text)));
}

function readJson(text: string): Record<string, unknown> {
  const parsed = parseJsonc(text) as unknown;
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
}

/** `prepare` runs on every install (npm, pnpm, yarn 1): the launcher sets this clone up. */
export function addPrepareScript(text: string): string {
  const scripts = (readJson(text).scripts ?? {}) as Record<string, unknown>;
  const prepare = typeof scripts.prepare === 'string' ? scripts.prepare : undefined;
  if (prepare?.includes(LAUNCHER_PATH)) return text;
  return setJson(text, ['scripts', 'prepare'], prepare ? `${prepare} && ${PREPARE_COMMAND}` : PREPARE_COMMAND);
}

export function removePrepareScript(text: string): string {
  const scripts = (readJson(text).scripts ?? {}) as Record<string, unknown>;
  const prepare = scripts.prepare;
  if (typeof prepare !== 'string' || !prepare.includes(LAUNCHER_PATH)) return text;
  if (prepare === PREPARE_COMMAND) {
    const removed = setJson(text, ['scripts', 'prepare'], undefined);
    return Object.keys(scripts).length === 1 ? setJson(removed, ['scripts'], undefined) : removed;
  }
  return setJson(text, ['scripts', 'prepare'], prepare.replace(` && ${PREPARE_COMMAND}`, ''));
}

// ---- simple-git-hooks (package.json#simple-git-hooks or its JSON file) ----

export function addSimpleGitHooks(text: string, at: string[]): string {
  let result = text;
  const config = (at.length ? readJson(text)[at[0] as string] : readJson(text)) as Record<string, unknown>;
  for (const spec of HOOKS) {
    const ours = hookCommand(spec);
    const current = config?.[spec.name];
    if (typeof current === 'string' && current.includes(LAUNCHER_PATH)) continue;
    result = setJson(
      result,
      [...at, spec.name],
      typeof current === 'string' && current.trim() ? `${ours} && ${current}` : ours,
    );
  }
  return result;
}

export function removeSimpleGitHooks(text: string, at: string[]): string {
  let result = text;
  const config = (at.length ? readJson(text)[at[0] as string] : readJson(text)) as Record<string, unknown>;
  for (const spec of HOOKS) {
    const current = config?.[spec.name];
    const ours = hookCommand(spec);
    if (current === ours) result = setJson(result, [...at, spec.name], undefined);
    else if (typeof current === 'string' && current.startsWith(`${ours} && `))
      result = setJson(result, [...at, spec.name], current.slice(ours.length + 4));
  }
  return result;
}

// ---- lefthook ----

/** lefthook passes the hook's arguments as {1}…; pre-push's refs come on stdin (use_stdin). */
function lefthookCommand(spec: HookSpec): Record<string, unknown> {
  const args = spec.args.replace(' "$@"', '').replace('"$1"', '{1}');
  return spec.readsStdin
    ? { run: `sh ${LAUNCHER_PATH} ${args}`, use_stdin: true }
    : { run: `sh ${LAUNCHER_PATH} ${args}` };
}

export function addLefthook(text: string, file: string): Result<string> {
  let result = text;
  for (const spec of HOOKS) {
    const added = insertYamlEntry(result, file, [spec.name, 'commands'], 'git-value', lefthookCommand(spec));
    if (!added.ok) return added;
    result = added.value;
  }
  return ok(result);
}

export function removeLefthook(text: string, file: string): string {
  let result = text;
  for (const spec of [...HOOKS].reverse()) {
    const removed = removeYamlEntry(result, file, [spec.name, 'commands'], 'git-value');
    if (removed.ok) result = removed.value;
  }
  return result;
}

// ---- the pre-commit framework: a `repo: local` entry of system hooks ----

/** Stage names: pre-commit before 3.2 calls them commit, merge-commit and push. */
export function preCommitStages(version: string | undefined): Record<string, string> {
  const [major = 99, minor = 0] = (version ?? '').split('.').map(Number);
  const old = major < 3 || (major === 3 && minor < 2);
  return {
    'pre-commit': old ? 'commit' : 'pre-commit',
    'pre-merge-commit': old ? 'merge-commit' : 'pre-merge-commit',
    'pre-push': old ? 'push' : 'pre-push',
    'post-merge': 'post-merge',
    'post-rewrite': 'post-rewrite',
  };
}

export const preCommitHookId = (spec: HookSpec) =>
  spec.name === 'pre-commit' ? 'git-value' : `git-value-${spec.name}`;

export function addPreCommitFramework(text: string, file: string, version: string | undefined): Result<string> {
  const doc = readYamlLoosely(text);
  const repos = Array.isArray(doc.repos) ? (doc.repos as { repo?: string; hooks?: { id?: string }[] }[]) : [];
  const present = repos.some((repo) => repo.repo === 'local' && repo.hooks?.some((hook) => hook.id === 'git-value'));
  let result = text;
  if (!present) {
    const stages = preCommitStages(version);
    const hooks = HOOKS.map((spec) => ({
      id: preCommitHookId(spec),
      name: `git-value (${spec.name})`,
      // the framework gives post-rewrite's kind in PRE_COMMIT_REWRITE_COMMAND and pre-push's refs in
      // PRE_COMMIT_FROM_REF/TO_REF, not as arguments or standard input
      entry: `sh ${LAUNCHER_PATH} ${spec.args.replace(/ --rewrite "\$1"| "\$@"/, '')}`,
      language: 'system',
      pass_filenames: false,
      always_run: true,
      stages: [stages[spec.name]],
    }));
    const added = appendYamlItem(result, file, ['repos'], { repo: 'local', hooks });
    if (!added.ok) return added;
    result = added.value;
  }
  if (doc.default_install_hook_types === undefined) {
    const types = insertYamlEntry(
      result,
      file,
      [],
      'default_install_hook_types',
      HOOKS.map((spec) => spec.name),
    );
    if (!types.ok) return types;
    result = types.value;
  }
  return ok(result);
}

export function removePreCommitFramework(text: string, file: string): string {
  let result = removeYamlItems(text, file, ['repos'], (item) => {
    const repo = item as { repo?: string; hooks?: { id?: string }[] };
    return repo.repo === 'local' && (repo.hooks ?? []).every((hook) => hook.id?.startsWith('git-value'));
  });
  const types = readYamlLoosely(result).default_install_hook_types;
  if (Array.isArray(types) && types.join(',') === HOOKS.map((spec) => spec.name).join(',')) {
    const removed = removeYamlEntry(result, file, [], 'default_install_hook_types');
    if (removed.ok) result = removed.value;
  }
  return result;
}

/** Reads what is already there; the structural edits above report real YAML errors. */
function readYamlLoosely(text: string): Record<string, unknown> {
  try {
    const value = parseYaml(text) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
