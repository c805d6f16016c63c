import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);

// dist/src/cli/output.js
import { styleText } from "node:util";
function useColor(stream, env) {
  return Boolean(stream.isTTY) && !("NO_COLOR" in env) && env.TERM !== "dumb";
}
function painter(color) {
  return color ? (format, text) => styleText(format, text) : (_format, text) => text;
}
var EXIT_FINDINGS = 1;
var EXIT_ERROR = 2;

// dist/src/cli/messages.js
function formatError(error, paint, debug) {
  const lines = [`${paint("red", "git-value:")} ${error.message}`, `${paint("bold", "fix:")} ${error.fix}`];
  if (debug && error.cause)
    lines.push(`cause: ${error.cause}`);
  return `${lines.join("\n")}
`;
}
var usage = `git-value \u2014 guard every commit, keep a scored backlog of the work worth doing

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
  allow ID --reason TEXT    accept a finding (recorded with who, when and why)
  done ID --hours N         record the actual effort an item took
  doctor                    check the installation

Exit codes: 0 ok, 1 blocked / findings that fail, 2 usage, config or internal error.
Environment: NO_COLOR, GIT_VALUE_DEBUG=1 (timings), GIT_VALUE_ALLOW_CODE_CONFIG=1 (permit .valuerc.js).
`;
var blockedWhy = "A credential committed to git stays in its history after you delete it: anyone with a clone has it.";
function blockedWaysOut(firstId, cli) {
  return [
    "1. Remove it from the staged file (read it from an environment variable or a secret manager), then `git add` the file again.",
    `2. If it is not a live secret (test data, a revoked key): ${cli} allow ${firstId} --reason "why"`,
    "   or end that line (or the line above) with a `git-value:allow <why>` comment; the text after it is kept as the reason."
  ];
}
function historyWaysOut(first, cli) {
  const commit = first.commit.slice(0, 12);
  return [
    "These commits are already made: a new commit that deletes the line still pushes the value in the commits before it.",
    "1. If it is a live secret, rotate it first (revoke it where it was issued and use a new one): anyone who fetched it has it.",
    "2. Rewrite the commits that are not pushed yet so that none of them holds it, then push again:",
    first.isLast ? `   - it is in the last commit (${commit}): remove it, \`git add\` the file, then \`git commit --amend\`` : `   - it was added in ${commit}: \`git rebase -i ${commit}^\`, mark that commit "edit", remove it, \`git add\` the file, \`git commit --amend\`, \`git rebase --continue\``,
    "   - in many commits or files: `git filter-repo --replace-text <file of values>` (https://github.com/newren/git-filter-repo)",
    `3. If it is not a live secret (test data, a revoked key): ${cli} allow ${first.id} --reason "why"`,
    "   then commit .value/ledger.json and push again."
  ];
}
function preCommitReadOnly(cli) {
  return `git-value: running under the pre-commit framework (PRE_COMMIT=1): the ledger is left unchanged; run \`${cli} scan\` to update .value/ledger.json.`;
}

export {
  useColor,
  painter,
  EXIT_FINDINGS,
  EXIT_ERROR,
  formatError,
  usage,
  blockedWhy,
  blockedWaysOut,
  historyWaysOut,
  preCommitReadOnly
};
