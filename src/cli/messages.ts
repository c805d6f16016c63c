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

export function blockedWaysOut(firstId: string): string[] {
  return [
    '1. Remove it from the staged file (read it from an environment variable or a secret manager), then `git add` the file again.',
    `2. If it is not a live secret (test data, a revoked key): git-value allow ${firstId} --reason "why"`,
    '   or put a `git-value:allow` comment on that line.',
  ];
}

export const preCommitReadOnly =
  'git-value: running under the pre-commit framework (PRE_COMMIT=1): the ledger is left unchanged; run `git-value scan` (or use the husky hooks from `git-value init`) to update .value/ledger.json.';

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
