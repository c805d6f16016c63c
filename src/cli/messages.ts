import type { UserError } from '../findings/result.js';
import type { Finding } from '../findings/types.js';
import type { Paint } from './output.js';

// Every user-facing sentence in one place, so tone and advice stay consistent (lint-staged's habit).

export function formatError(error: UserError, paint: Paint, debug: boolean): string {
  const lines = [`${paint('red', 'git-value:')} ${error.message}`, `${paint('bold', 'fix:')} ${error.fix}`];
  if (debug && error.cause) lines.push(`cause: ${error.cause}`);
  return `${lines.join('\n')}\n`;
}

export const usage = `git-value — guard every commit, keep a scored backlog of the work worth doing

Usage: git-value <command> [options]      git-value <command> --help for one command's options

Commands:
  init [--no-scan] [--ci github]          add git-value's hooks to the project's hook manager, config, merge driver, scan
  install                                 this clone's part of the setup (the package.json prepare script runs it)
  uninstall                               give the repository back as it was before init (ledger and backlog kept)
  check --staged [--no-ledger]            the pre-commit gate: analyse what the commit adds (the index, not the work tree)
  check --range A..B                      the same gate over each commit of a range (CI on pull requests)
  check --pre-push                        the pre-push gate: reads git's pre-push lines, checks commits no remote has
  scan [--format F] [--output FILE] [--rebuild]
                                          full rescan of tracked files: rebuild .value/ledger.json and BACKLOG.md
  refresh [--since REV] [--rewrite amend|rebase] [--defer]
                                          after a merge or rewrite: re-analyse the files it changed, re-render the backlog
  backlog [--format F] [--output FILE] [--by-package]
                                          print the backlog (F: md, json or sarif; FILE - is standard output)
  next                                    the next best item
  explain ID                              every term of every score of an item
  report [--html] [--output FILE]         a self-contained visual report (.value/report.html)
  allow ID --reason TEXT                  accept a finding (recorded with who, when and why), also one a refused push printed
  allow --all --reason TEXT [--family F] [--rule R] [--path GLOB]
                                          accept every open finding (or those filtered) as a baseline, each recorded
  done ID --hours N                       record the actual effort an item took
  doctor                                  run every hook and the merge driver as git would; check config and ledger
  merge-driver %O %A %B %P                the ledger's git merge driver (registered by init; git runs it)

Options of every command: --help (-h). Also: git-value --version.
Ids may be shortened to any unique prefix.
Exit codes: 0 ok, 1 blocked / findings that fail, 2 usage, config or internal error.
Environment: NO_COLOR, GIT_VALUE_DEBUG=1 (timings), GIT_VALUE_ALLOW_CODE_CONFIG=1 (permit .valuerc.js).
`;

export const reportHelp = `Usage: git-value report [--html] [--output FILE]

Writes one self-contained HTML page (no server, no network: data, scripts and styles inline) with the
trend of open items and debt over the ledger's history, their distribution by category, severity and
context, a hotspot map, the top items with every score term, documentation coverage per module and the
prediction accuracy of recorded outcomes.

Options:
  --html            the format (the only one so far)
  --output, -o F    where to write it (default .value/report.html; '-' for standard output)

The page is a build product: git-value never stages it. Keep it out of commits with
  echo '.value/report.html' >> .gitignore
`;

/**
 * `git-value <command> --help`. Every command in cli/main.ts has an entry (a test walks the table);
 * a command without one still answers with the general usage.
 */
export const commandHelp: Readonly<Record<string, string>> = {
  init: `Usage: git-value init [--no-scan] [--ci github]

Add git-value's hooks to what the project runs (husky, simple-git-hooks, lefthook, the pre-commit
framework, a core.hooksPath folder or plain .git/hooks, whose hooks keep running), write the launcher
.value/bin/git-value, .valuerc.json from the example and the ledger's .gitattributes lines, add
"prepare": "sh .value/bin/git-value install" to package.json, set this clone up (git-value install),
then scan when there is no ledger yet. A second run, or a run on a fresh clone, changes no tracked file.
  --no-scan      skip the first scan
  --ci github    also write the GitHub Actions workflows (weekly scan, gate on pull requests), for the
                 project's package manager
`,
  install: `Usage: git-value install

This clone's part of the setup, changing no tracked file: the ledger merge driver in .git/config, the
plain hooks (a hook that was there runs after git-value's), and an absolute hooks path for linked
worktrees when core.hooksPath is relative and generated (husky's). The prepare script runs it.
`,
  uninstall: `Usage: git-value uninstall

Give back every file init and install changed (hooks, .git/config, .gitattributes, package.json, the
hook manager's config, the files they created), byte for byte when unchanged since, else without
git-value's lines only. Keeps .value/ledger.json, .value/coverage.json and BACKLOG.md.
`,
  check: `Usage: git-value check --staged [--no-ledger]
       git-value check --range A..B
       git-value check --pre-push

The gate: refuse what adds a security finding whose score reaches block.minScore.
  --staged       what the next commit adds (the index, not the work tree); updates and stages the ledger
  --no-ledger    with --staged: only check, leave .value/ledger.json as it is
  --range A..B   every commit of a range, each against its parent (CI on pull requests)
  --pre-push     the commits being pushed (git's pre-push lines on stdin, or the pre-commit framework's
                 PRE_COMMIT_FROM_REF / PRE_COMMIT_TO_REF)
Exit: 0 pass, 1 blocked, 2 error.
`,
  scan: `Usage: git-value scan [--format md|json|sarif] [--output FILE] [--rebuild]
       git-value scan --history [--since REV | --incremental] [--merges] [--format md|json|sarif] [--output FILE]

Full rescan of the tracked files: rebuild .value/ledger.json and BACKLOG.md, keeping allow and done
decisions and first-seen dates of findings that remain.
  --format F     also print the report as md, json or sarif
  --output FILE  write that report to FILE (- for standard output)
  --rebuild      start again from the committed ledger's decisions (after a corrupt ledger)

With --history: credentials in every commit reachable from any ref (branches, tags, remote-tracking
branches, the stash, notes, HEAD; not the reflog), each value once with the commits and paths that
added it and whether the tree still holds it. They enter the ledger as entries to rotate (a commit
that does not add the value again is never blocked by them); the report shows only them.
  --since REV     only the commits no ref had under REV
  --incremental   only the commits since the last history scan (.value/history-scan.json)
  --merges        also what merge commits add on their own (conflict resolutions; slower)
`,
  refresh: `Usage: git-value refresh [--since REV] [--rewrite amend|rebase] [--defer]

Re-analyse the files changed since REV (default ORIG_HEAD, as after a merge) and re-render the backlog.
  --since REV               compare with REV
  --rewrite amend|rebase    as the post-rewrite hook: HEAD@{1} after an amend, ORIG_HEAD after a rebase
  --defer                   as the post-merge and post-rewrite hooks: leave tracked files as git left
                            them; the next commit carries the refreshed ledger, coverage and backlog
`,
  backlog: `Usage: git-value backlog [--format md|json|sarif] [--output FILE] [--by-package]

Print the backlog from the ledger.
  --format F     md (default), json or sarif
  --output FILE  write it to FILE (- for standard output)
  --by-package   group open items by package (folders holding package.json, pyproject.toml, go.mod…)
`,
  next: `Usage: git-value next

The next best item of the backlog.
`,
  explain: `Usage: git-value explain ID

Every term of every score of an item, with where it came from. ID may be a unique prefix.
`,
  allow: `Usage: git-value allow ID --reason TEXT
       git-value allow --all --reason TEXT [--family F] [--rule R] [--path GLOB]

Accept findings; each decision is recorded in the ledger with who, when and why, and bound to the
finding's fingerprint (its content), not its line. The ledger change is staged: commit it.
  ID               a finding of the ledger, of the staged change, or of a commit not pushed yet (the id a
                   refused commit or push printed); a unique prefix is enough
  --reason TEXT    why (kept for audits)
  --all            every open finding: a baseline when adopting git-value
  --family F       with --all: only this family (secret, vuln, debt, quality, perf, modern)
  --rule R         with --all: only rule ids starting with R (secret/github-pat, debt/)
  --path GLOB      with --all: only these paths (** any folders, * any characters but /)
`,
  done: `Usage: git-value done ID --hours N

Record the hours an item actually took (feeds the effort calibration of the backlog). An item still open
in the ledger is recorded too, and the command says so: it is marked resolved when a commit removes it.
`,
  doctor: `Usage: git-value doctor

Run every hook as git would (git hook run, in every worktree, with your PATH), git-value answering a
probe; merge two small ledgers through the registered driver; check the config and the ledger.
Exit: 0 all well, 1 something to fix (each problem with its fix).
`,
  report: reportHelp,
  'merge-driver': `Usage: git-value merge-driver %O %A %B %P

The ledger's git merge driver (registered by install, through .value/bin/git-value): unions both sides by entry id and keeps triage
decisions. Git runs it; you do not.
`,
};

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
  return `allowed ${entries.length} open finding${entries.length === 1 ? '' : 's'}${scope}: ${counts}; "${first.reason}", by ${first.by} on ${first.at}\nthe ledger change is staged: commit .value/ledger.json to share the baseline\n`;
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
