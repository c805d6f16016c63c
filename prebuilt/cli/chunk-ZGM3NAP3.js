import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);

// dist/src/install/hook-specs.js
var LAUNCHER_PATH = ".value/bin/git-value";
var MERGE_DRIVER = "git-value-ledger";
var MERGE_DRIVER_COMMAND = `sh ${LAUNCHER_PATH} merge-driver %O %A %B %P`;
var HOOKS = [
  {
    name: "pre-commit",
    args: "check --staged",
    why: "refuse commits that add secrets; record the commit\u2019s findings in .value/ledger.json",
    readsStdin: false,
    probeArgs: []
  },
  {
    name: "pre-merge-commit",
    // git has written the merge's tree before this hook runs: a staged ledger would miss the commit
    // and stay behind in the index, so the ledger is left to post-merge
    args: "check --staged --no-ledger",
    why: "a clean automatic merge skips pre-commit: gate the merge commit here",
    readsStdin: false,
    probeArgs: []
  },
  {
    name: "post-merge",
    args: "refresh --defer",
    why: "re-analyse what the merge brought in; the next commit carries the refreshed ledger",
    readsStdin: false,
    probeArgs: ["0"]
  },
  {
    name: "post-rewrite",
    args: 'refresh --defer --rewrite "$1"',
    why: "after amend or rebase, bring the ledger in line (carried by the next commit)",
    readsStdin: false,
    probeArgs: ["amend"]
  },
  {
    name: "pre-push",
    args: 'check --pre-push "$@"',
    why: "the same gate over the commits being pushed (catches --no-verify commits)",
    readsStdin: true,
    probeArgs: ["origin", "probe"]
  }
];
function hookCommand(spec) {
  return `sh ${LAUNCHER_PATH} ${spec.args}`;
}
function isGitValueLine(line) {
  return line.includes(LAUNCHER_PATH) || /^\s*(?:npx\s+)?git-value (?:check|refresh)\b/.test(line) || /^# git-value: /.test(line);
}

export {
  LAUNCHER_PATH,
  MERGE_DRIVER,
  MERGE_DRIVER_COMMAND,
  HOOKS,
  hookCommand,
  isGitValueLine
};
