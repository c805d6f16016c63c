import type { UserError } from '../findings/result.js';
import type { Paint } from './output.js';

// Every user-facing sentence in one place, so tone and advice stay consistent (lint-staged's habit).

export function formatError(error: UserError, paint: Paint, debug: boolean): string {
  const lines = [`${paint('red', 'git-value:')} ${error.message}`, `${paint('bold', 'fix:')} ${error.fix}`];
  if (debug && error.cause) lines.push(`cause: ${error.cause}`);
  return `${lines.join('\n')}\n`;
}

export const usage = `git-value — guard every commit, keep a scored backlog of the work worth doing

Usage: git-value <command> [options]

Commands:
  init                      install the hooks (husky), write .valuerc.json, register the ledger merge driver, scan
  check --staged            the pre-commit gate: analyse what the commit adds (the index, not the work tree)
  check --range A..B        the same gate over commits (pre-push, CI)
  scan                      full rescan of tracked files: rebuild .value/ledger.json and BACKLOG.md
  refresh                   after a merge: re-analyse files changed in ORIG_HEAD..HEAD, re-render the backlog
  backlog                   print the backlog (--format md|json|sarif, --output FILE)
  next                      the next best item
  explain ID                every term of every score of an item
  report --html             a self-contained visual report (.value/report.html; --output FILE)
  allow ID --reason TEXT    accept a finding (recorded with who, when and why)
  done ID --hours N         record the actual effort an item took
  doctor                    check the installation

Exit codes: 0 ok, 1 blocked / findings that fail, 2 usage, config or internal error.
Environment: NO_COLOR, GIT_VALUE_DEBUG=1 (timings), GIT_VALUE_ALLOW_CODE_CONFIG=1 (permit .valuerc.js).
`;

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

export function preCommitReadOnly(cli: string): string {
  return `git-value: running under the pre-commit framework (PRE_COMMIT=1): the ledger is left unchanged; run \`${cli} scan\` to update .value/ledger.json.`;
}
