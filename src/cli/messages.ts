import type { UserError } from '../findings/result.js';
import type { Finding } from '../findings/types.js';
import type { Paint } from './output.js';
import type { Note } from '../findings/note.js';
import { makeEntryId } from '../ledger/entry-id.js';

// Every user-facing sentence in one place, so tone and advice stay consistent (lint-staged's habit).

export function formatError(error: UserError, paint: Paint, debug: boolean): string {
  const lines = [`${paint('red', 'git-value:')} ${error.message}`, `${paint('bold', 'fix:')} ${error.fix}`];
  if (debug && error.cause) lines.push(`cause: ${error.cause}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Credential-shaped values passed as demo values (scott/tiger, a URL to localhost), each with why: a
 * gate that passes something says so, so a reviewer can disagree (issue 12).
 */
export function passedAsDemo(passed: readonly Finding[], listed = 10): string {
  if (passed.length === 0) return '';
  const lines = [
    `git-value: passed ${passed.length} demo value${passed.length === 1 ? '' : 's'} (credential-shaped, not blocking, not recorded):`,
    ...passed
      .slice(0, listed)
      .map((finding) => `  ${finding.path}:${finding.line}  ${finding.ruleId}: ${finding.facts?.demo}`),
  ];
  if (passed.length > listed) lines.push(`  and ${passed.length - listed} more (GIT_VALUE_DEBUG=1 lists them all)`);
  return `${lines.join('\n')}\n`;
}

export const passedAsDemoCount = (count: number): string =>
  `git-value: ${count} demo value${count === 1 ? '' : 's'} passed (credential-shaped, not recorded; GIT_VALUE_DEBUG=1 lists them with why)\n`;

/** Notes of a run: those shown in full, and a count of the rest by kind (GIT_VALUE_DEBUG=1 lists them). */
export function formatNotes(shown: readonly Note[], hidden: readonly Note[] = []): string {
  const skipped = hidden.filter((note) => note.kind === 'skipped-file').length;
  const others = hidden.length - skipped;
  const counts = [
    skipped > 0 ? `${skipped} binary or special files skipped` : '',
    others > 0 ? `${others} more note${others === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return (
    shown.map((note) => `git-value: note: ${note.text}\n`).join('') +
    (counts.length > 0 ? `git-value: ${counts.join(', ')} (GIT_VALUE_DEBUG=1 lists them)\n` : '')
  );
}

/** What a full scan did (its notes follow). */
export function treeScanned(scan: {
  files: number;
  bytes: number;
  seconds: number;
  open: number;
  written: readonly string[];
  recovered: readonly string[];
}): string {
  const [ledger, ...reports] = scan.written;
  const megabytes = (scan.bytes / 1024 / 1024).toFixed(1);
  return (
    scan.recovered.map((note) => `git-value: ${note}\n`).join('') +
    `git-value: scanned ${scan.files} files (${megabytes} MB) in ${scan.seconds.toFixed(1)}s: ${scan.open} open findings; wrote ${ledger} and ${reports.join(', ')}\n`
  );
}

/** What a history scan found: credentials to rotate, and how to record a rotation. */
export function historyScanned(scan: {
  commits: number;
  since?: string;
  seconds: number;
  open: number;
  gone: number;
  written: readonly string[];
  notes: readonly string[];
  today: string;
}): string {
  const range = scan.since ? `commits since ${scan.since.slice(0, 12)}` : 'commits';
  return (
    `git-value: scanned ${scan.commits} ${range} in ${scan.seconds.toFixed(1)}s: ` +
    `${scan.open} credentials in history to rotate (${scan.gone} no longer in the tree); wrote ${scan.written.join(', ')}\n` +
    (scan.open
      ? `git-value: rotate each, then record it: git-value allow ID --reason "rotated on ${scan.today}"\n`
      : '') +
    scan.notes.map((note) => `git-value: note: ${note}\n`).join('')
  );
}

/** A command that is not in the table. */
export function unknownCommand(name: string): string {
  return `git-value: unknown command '${name}'\nfix: run 'git-value --help' for the list of commands\n`;
}

/** A bug, not a user error: said plainly, never echoing input text (it may hold a secret). */
export function internalError(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : 'unknown error';
  return `git-value: internal error (${message})\nfix: run again with GIT_VALUE_DEBUG=1 and report it\n`;
}

/** A report written where --output said. */
export const wroteFile = (path: string): string => `git-value: wrote ${path}\n`;

/** An id that names no item, or more than one. */
export function noSuchId(id: string, candidates: readonly string[]): UserError {
  return {
    code: 'NOT_FOUND',
    message: `no finding with id '${id}'${candidates.length > 1 ? ' (ambiguous)' : ''}`,
    fix:
      candidates.length > 1
        ? `give more of the id: ${candidates.slice(0, 3).join(', ')}`
        : "copy an id from 'git-value backlog'",
  };
}

/** The merge driver left a side it could not read (or a merge it could not write) to git as a conflict. */
export const mergeLeftConflicted = (error: UserError, withFix: boolean): string =>
  `git-value merge-driver: ${error.message}; left as a conflict\n${withFix ? `fix: ${error.fix}\n` : ''}`;

/** Entries whose two sides decided differently (allowed here, done there): the user keeps one side of each. */
export function mergeConflicted(name: string, ids: readonly string[]): string {
  const entries = `${ids.length} entr${ids.length === 1 ? 'y' : 'ies'}`;
  return `${entries} of ${name} carry contradicting decisions (${ids.join(', ')}); keep one side of each, then 'git add ${name}'\n`;
}

export const mergedCleanly = (name: string): string => `${name}: both sides merge cleanly\n`;

/** What uninstall does to one file (a dry run says what it would do). */
export function removalLine(
  label: string,
  action: 'restored' | 'removed' | 'part removed' | 'changed since init',
  dryRun: boolean,
): string {
  switch (action) {
    case 'changed since init':
      return `${label}: changed since init, so only git-value's part ${dryRun ? 'would be' : 'is'} removed`;
    case 'part removed':
      return `${label}: git-value's part ${dryRun ? 'would be ' : ''}removed`;
    default:
      return `${label}: ${dryRun ? 'would be ' : ''}${action}`;
  }
}

export const stagedRemoval = (paths: readonly string[]): string =>
  `staged ${paths.join(', ')}: commit them to share the removal`;

export const keptHistory = (paths: readonly string[]): string =>
  `kept ${paths.join(', ')} (the history of your findings); delete them with 'git rm -r .value BACKLOG.md' if you do not want them`;

export const nothingInstalled = 'nothing of git-value was installed here';

export const wouldRemoveOwnState =
  "would remove .git/git-value (git-value's install record and caches) and stage the shared files it changes";

/** A dry run's last line: whether it showed a change. */
export const dryRunClosing = (changed: boolean): string =>
  changed ? 'dry run: nothing was written' : 'dry run: nothing to change';

/** The lines a setup command prints, each under its name (`git-value init: …`). */
export const setupLines = (command: string, lines: readonly string[]): string =>
  lines.map((line) => `git-value ${command}: ${line}\n`).join('');

export const blockedWhy =
  'A credential committed to git stays in its history after you delete it: anyone with a clone has it.';

/** A refused commit: nothing is committed yet, so taking the value out of the index is enough. */
export function blockedWaysOut(firstId: string, cli: string): string[] {
  return [
    '1. Remove it from the staged file (read it from an environment variable or a secret manager), then `git add` the file again.',
    `2. If it is not a live secret (test data, a revoked key): ${cli} allow ${firstId} --reason "why"`,
    '   or end that line (or the line above) with a `git-value:allow <why>` comment; the text after it is kept as the reason.',
  ];
}

export function reportNotIgnored(path: string): string {
  return `git-value: note: ${path} is not ignored by git; it is generated, so keep it out of commits: echo '${path}' >> .gitignore\n`;
}

/**
 * A refused push or range: the commits exist, so a new commit that deletes the line leaves the value
 * in the history being pushed. Rotate, rewrite the unpushed commits, or allow it by id.
 */
export function historyWaysOut(first: { id: string; commit: string; isLast: boolean }, cli: string): string[] {
  const commit = first.commit.slice(0, 12);
  return [
    'These commits are already made: a new commit that deletes the line still pushes the value in the commits before it.',
    '1. If it is a live secret, rotate it first (revoke it where it was issued and use a new one): anyone who fetched it has it.',
    '2. Rewrite the commits that are not pushed yet so that none of them holds it, then push again:',
    first.isLast
      ? `   - it is in the last commit (${commit}): remove it, \`git add\` the file, then \`git commit --amend\``
      : `   - it was added in ${commit}: \`git rebase -i ${commit}^\`, mark that commit "edit", remove it, \`git add\` the file, \`git commit --amend\`, \`git rebase --continue\``,
    '   - in many commits or files: `git filter-repo --replace-text <file of values>` (https://github.com/newren/git-filter-repo)',
    `3. If it is not a live secret (test data, a revoked key): ${cli} allow ${first.id} --reason "why"`,
    '   then commit .value/ledger.json and push again.',
  ];
}

/**
 * `done` records effort whatever the status (the fix is often committed after it), and says when the
 * ledger does not show the item as fixed yet.
 */
export function doneButNotResolved(entry: { id: string; status: string }): string {
  if (entry.status === 'open')
    return `git-value: note: ${entry.id} is still open in the ledger: commit the change that removes it (the hook marks it resolved then); the hours are kept either way.\n`;
  if (entry.status === 'allowed')
    return `git-value: note: ${entry.id} is allowed, not fixed: the hours are recorded for calibration all the same.\n`;
  return '';
}

export function allowedMany(
  entries: readonly { ruleId: string; allow?: { reason: string; by: string; at: string } }[],
  filters: { family?: string; rule?: string; path?: string },
  dryRun = false,
): string {
  const chosen = [
    filters.family && `family ${filters.family}`,
    filters.rule && `rule ${filters.rule}*`,
    filters.path && `path ${filters.path}`,
  ].filter(Boolean);
  const scope = chosen.length > 0 ? ` (${chosen.join(', ')})` : '';
  const first = entries[0]?.allow;
  if (!first)
    return `nothing to allow: no open finding in .value/ledger.json${scope} (run 'git-value scan' first to record the existing ones)\n`;
  const byFamily = new Map<string, number>();
  for (const entry of entries) {
    const family = entry.ruleId.split('/')[0] as string;
    byFamily.set(family, (byFamily.get(family) ?? 0) + 1);
  }
  const counts = [...byFamily].map(([family, count]) => `${family} ${count}`).join(', ');
  const said = `${entries.length} open finding${entries.length === 1 ? '' : 's'}${scope}: ${counts}; "${first.reason}", by ${first.by} on ${first.at}`;
  return dryRun
    ? `would allow ${said}\n`
    : `allowed ${said}\nthe ledger change is staged: commit .value/ledger.json to share the baseline\n`;
}

/** One finding allowed, or the findings of a backlog item. */
export function allowedOne(
  edit: {
    entries: readonly {
      id: string;
      ruleId: string;
      path: string;
      line: number;
      allow?: { reason: string; by: string; at: string };
    }[];
    itemId?: string;
  },
  dryRun = false,
): string {
  const entry = edit.entries[0];
  if (!entry) return '';
  const count = edit.entries.length;
  const what = edit.itemId
    ? `${edit.itemId} (${entry.ruleId} in ${entry.path}: ${count} finding${count === 1 ? '' : 's'})`
    : `${entry.id} (${entry.ruleId} in ${entry.path}:${entry.line})`;
  return `${dryRun ? 'would allow' : 'allowed'} ${what}: "${entry.allow?.reason}", by ${entry.allow?.by} on ${entry.allow?.at}\n`;
}

/** Hours recorded for an item (feeds the effort calibration). */
export function recordedHours(
  edit: { entries: readonly { id: string; effortHours?: number; done?: { hours: number } }[]; itemId?: string },
  dryRun = false,
): string {
  const entry = edit.entries[0];
  if (!entry) return '';
  const estimate = edit.entries.length === 1 ? `estimated ${entry.effortHours} h` : `${edit.entries.length} findings`;
  return `${dryRun ? 'would record' : 'recorded'} ${entry.done?.hours} h for ${edit.itemId ?? entry.id} (${estimate})\n`;
}

export function preCommitReadOnly(cli: string): string {
  return `git-value: running under the pre-commit framework (PRE_COMMIT=1): the ledger is left unchanged; run \`${cli} scan\` to update .value/ledger.json.`;
}

/** How to add git-value as a development dependency with each package manager (pnpm: at a workspace root too). */
export function addCommand(manager: 'npm' | 'pnpm' | 'yarn'): string {
  return {
    npm: 'npm install --save-dev git-value',
    pnpm: 'pnpm add --save-dev git-value (with -w at a workspace root)',
    yarn: 'yarn add --dev git-value',
  }[manager];
}

// ---- usage errors: what was wrong with the arguments (the fix is the command's synopsis unless given)

export const usageTexts = {
  checkMode: 'check needs --staged, --range A..B or --pre-push',
  allowAllArguments: 'allow --all takes no id, and needs a reason',
  allowFilters: '--family, --rule and --path select findings for allow --all',
  allowArguments: 'allow needs a finding id and a reason',
  allowFix: (synopsis: string) => `${synopsis} (the reason is kept for audits)`,
  doneHours: 'done needs the hours the item took (a positive number)',
  doneFix: 'git-value done ID --hours 1.5',
  historyOnly: '--since, --incremental and --merges go with --history',
  sinceOrIncremental: 'give --since or --incremental, not both',
  discardWithRebuild: '--discard-unreadable goes with --rebuild',
  rebuildNotHistory: "--rebuild rebuilds the tree's entries: run it without --history",
  unknownChoice: (name: string, value: string) => `unknown value '${value}' for --${name}`,
  missingArguments: (command: string, names: readonly string[]) => `${command} needs ${names.join(' ')}`,
  tooManyArguments: (command: string, max: number, extra: string) =>
    `${command} takes ${max === 0 ? 'no arguments' : `at most ${max} argument${max === 1 ? '' : 's'}`} (got '${extra}')`,
};

// ---- check: the gate's messages

/** A refused commit, push or range: each blocking finding with its id, why it blocks, and the ways out. */
export function blockedMessage(
  blocking: readonly { finding: Finding; score: number; commit?: string }[],
  paint: Paint,
  waysOut: readonly string[],
  scope = 'this commit',
): string {
  const lines = [
    `${paint(['red', 'bold'], 'git-value: blocked')} — ${scope} adds ${blocking.length} security finding${blocking.length === 1 ? '' : 's'}:`,
    '',
  ];
  for (const { finding, score, commit } of blocking) {
    const id = makeEntryId(finding.ruleId, finding.path, finding.fingerprint);
    lines.push(
      `  ${paint('bold', `${finding.path}:${finding.line}`)}  ${finding.ruleId}  ${finding.evidence ?? ''}`.trimEnd(),
    );
    lines.push(`    ${finding.title} — score ${Math.round(score)} reaches block.minScore`);
    lines.push(`    id: ${id}${commit ? `  commit: ${commit.slice(0, 12)}` : ''}`);
  }
  lines.push('', blockedWhy, ...waysOut, '');
  return lines.join('\n');
}

export const pushScope = 'the commits being pushed';
export const rangeScope = (commits: number, range: string): string => `${commits} commit(s) in ${range}`;
export const prefixedLines = (lines: readonly string[]): string => lines.map((line) => `git-value: ${line}\n`).join('');
export const stagedCounts = (files: number, findings: number): string =>
  `git-value: ${files} files analysed, ${findings} findings\n`;
export const commitsChecked = (commits: number): string => `git-value: ${commits} commits checked\n`;

// ---- refresh

export const refreshTexts = {
  noHead: 'git-value: nothing to refresh before the first commit\n',
  noBase: (since: string) =>
    `git-value: ${since} does not exist, nothing to refresh (run 'git-value scan' to rebuild everything)\n`,
  deferred: (since: string, carried: readonly string[]) =>
    carried.length > 0
      ? `git-value: refreshed after ${since}; your next commit carries ${carried.join(', ')} (the work tree stays clean until then)\n`
      : `git-value: refreshed after ${since}; nothing changed\n`,
  refreshed: (files: number, written: readonly string[]) =>
    `git-value: refreshed ${files} changed file(s); ${written.join(', ')} updated\n`,
};

// ---- init, install

export const setupTexts = {
  globalHooksPath: (scope: string, origin: string, folder: string): UserError => ({
    code: 'CONFIG_INVALID',
    message: `core.hooksPath is set in your ${scope} git config (${origin}): hooks there run for every repository, so git-value does not write into them`,
    fix: `add 'sh .value/bin/git-value check --staged' to ${folder}/pre-commit yourself (see the README), or give this repository its own hooks folder, then run git-value init again`,
  }),
  hookManager: (described: string) => `hook manager: ${described}`,
  stagedSetup: (paths: readonly string[]) => `staged ${paths.join(', ')}: commit them to share the setup`,
  nothingToChange: 'nothing to change: the setup was already in place',
  stagedScan: (paths: readonly string[]) => `staged ${paths.join(', ')}: commit them with the setup`,
  wouldRunManager: (command: string) => `would run '${command}' so the manager rewrites its hooks`,
  wouldScan: 'would run the first scan (no ledger yet): .value/ledger.json, .value/coverage.json, BACKLOG.md',
  managers: {
    husky: 'husky (git-value adds its line to each .husky/<hook>)',
    simpleGitHooks: (where: string) => `simple-git-hooks (git-value adds its commands to ${where})`,
    lefthook: (config: string) => `lefthook (git-value adds a 'git-value' command to each hook in ${config})`,
    preCommit: (config: string) => `the pre-commit framework (git-value adds a 'repo: local' entry to ${config})`,
    hooksFolder: (folder: string, tracked: boolean) =>
      `core.hooksPath = ${folder} (${tracked ? 'committed scripts: git-value adds its line' : 'git-value chains to the hooks there'})`,
    gitHooks: 'plain git hooks (git-value installs its own, running any hook that was there after it)',
  },
  alsoSeen: (others: readonly string[]) =>
    `also seen: ${others.join(', ')} (not the one git runs here: left as they are)`,
  huskyInactive: "husky is not active in this clone: run 'npx husky' (its prepare script does it on install)",
  hooksPathNotLocal: (scope: string, origin: string) =>
    `core.hooksPath comes from your ${scope} git config (${origin}): git-value installed into that folder's hooks for this repository only if it is this repository's; see 'git-value doctor'`,
  notADependency: (add: string) =>
    `git-value is not a dependency of package.json: add it so every clone gets it (${add})`,
  installOutsideRepo: 'git-value install: not inside a git work tree, nothing to do\n',
  installHooksPathNotLocal: (scope: string) =>
    `core.hooksPath comes from your ${scope} git config: run 'git-value doctor'`,
  installDone: 'git-value install: this clone is set up\n',
};

// ---- report

export const reportClientMissing: UserError = {
  code: 'NOT_FOUND',
  message: "the report's browser code (report-client.js) is missing from this installation",
  fix: 'reinstall git-value, or run `npm run build` in its checkout',
};

// ---- GIT_VALUE_DEBUG

/** One timing line: the phase, its time, the total and where memory sits. */
export function timingLine(phase: string, stepMs: number, totalMs: number, memory: NodeJS.MemoryUsage): string {
  const mb = (bytes: number) => Math.round(bytes / 1048576);
  return `git-value: ${phase} +${stepMs.toFixed(1)}ms (${totalMs.toFixed(1)}ms total, rss ${mb(memory.rss)} MB, heap ${mb(memory.heapUsed)}/${mb(memory.heapTotal)} MB, buffers ${mb(memory.arrayBuffers)} MB, external ${mb(memory.external)} MB)\n`;
}

// ---- doctor: each check's detail and fix

export const doctorTexts = {
  node: (version: string) => `${version} (needs 20.17 or later)`,
  gitMissing: 'not found',
  launcherMissing: (path: string) => `${path} is missing`,
  runInit: 'git-value init',
  runInstall: 'git-value install',
  defaultConfig: 'defaults (no .valuerc found)',
  noLedger: "none yet (run 'git-value scan')",
  ledgerEntries: (count: number, pendingRefresh: boolean) =>
    `${count} entries${pendingRefresh ? '; the next commit carries a refresh made after a merge or rebase' : ''}`,
  problems: (count: number) => `git-value doctor: ${count} problem(s)\n`,
  checkLine: (check: { ok: boolean; name: string; detail: string; fix?: string }) =>
    `${check.ok ? '✓' : '✗'} ${check.name}: ${check.detail}${check.ok || !check.fix ? '' : `\n    fix: ${check.fix}`}`,
  hookReached: (argv: readonly string[]) => `git ran it and it reached git-value (${argv.join(' ')})`,
  hookName: (hook: string, worktree?: string) => `${hook}${worktree ? ` (worktree ${worktree})` : ''}`,
  noHook: (file: string, linked: boolean) =>
    `git finds no hook at ${file}, so nothing runs${linked ? ' in this worktree' : ''}`,
  hookMissedUs: (file: string, status: number | null, output: string) =>
    `git ran ${file} but it did not reach git-value (exit ${status}${output})`,
  hookFixes: {
    notInstalled:
      'install the project’s dependencies here (npm install, pnpm install or yarn), or npm install -g git-value',
    linked: "run 'git-value install' in the main work tree (linked worktrees then use its hooks)",
    huskyActive: 'git-value init (adds its line to .husky/<hook>)',
    huskyInactive: 'npx husky (activates husky in this clone), then git-value init',
    simpleGitHooks: 'git-value init (adds git-value to the simple-git-hooks config), then npx simple-git-hooks',
    lefthook: 'git-value init (adds git-value to the lefthook config), then lefthook install',
    preCommit: 'git-value init, then pre-commit install (it installs every hook type in default_install_hook_types)',
    gitHooks: 'git-value install (re-adds the hooks of this clone; a hook that was there runs after ours)',
  },
  mergeDriver: 'merge driver',
  /** The merge probe's own ledgers: the entries' title, and the name a parse error would give it. */
  probeTitle: 'doctor probe',
  probeLedger: 'the merged test ledger',
  driverNotRegistered: 'not registered in this clone',
  attributeMissing: (path: string) => `.gitattributes does not send ${path} to it`,
  mergedProbe: (command: string) => `merged a test ledger through '${command}' (both sides and the allow kept)`,
  probeNotMerged: (command: string, status: number | null, output: string) =>
    `'${command}' did not merge a test ledger (exit ${status}${output})`,
  driverNotFound:
    'install git-value where the launcher finds it (the project’s dependencies, or npm install -g git-value)',
  driverNotLaunched: 'git-value install (registers the driver through the launcher)',
};
