import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  datedMarkers
} from "./chunk-NDE3BA54.js";
import {
  errorOutcome
} from "./chunk-LHQBOPRQ.js";
import {
  COVERAGE_PATH,
  commitDate,
  listTrackedFiles,
  readPathContexts,
  renderReports,
  updateCoverage
} from "./chunk-T72P2NL2.js";
import "./chunk-ERLR2NR4.js";
import "./chunk-4QSM2DIM.js";
import "./chunk-P7OXN2SN.js";
import {
  createTimer
} from "./chunk-K32S63S4.js";
import {
  deferWrites,
  discardPendingRefresh,
  snapshotFiles,
  startFromPendingRefresh
} from "./chunk-OAJDMO3T.js";
import "./chunk-4X3BA4BC.js";
import {
  readChanges
} from "./chunk-ZVGO6UVD.js";
import "./chunk-VW4Q3NL6.js";
import {
  closeLedgerSource,
  decodeLedger,
  joinPieces,
  openWorkspace,
  readLedgerSource,
  replaceEntries,
  runGitText,
  withLedgerLock,
  writeLedger
} from "./chunk-SHS6TC54.js";
import {
  LEDGER_PATH,
  fail,
  ok,
  parseLedger
} from "./chunk-JDFRV7HZ.js";
import "./chunk-BX7BPTSK.js";
import "./chunk-R7BXTBGS.js";
import "./chunk-TL476QTD.js";
import {
  analyzeFiles,
  enabledAnalyzers
} from "./chunk-PDHTRY3U.js";
import "./chunk-IV5GIZ6B.js";
import "./chunk-27A3QD7K.js";
import {
  ranDocCoverage
} from "./chunk-UGXMGD3O.js";
import "./chunk-BG2DLXK5.js";
import "./chunk-PPIWG3NF.js";
import "./chunk-4THWTKPR.js";
import "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/cli/refresh.js
import { parseArgs } from "node:util";
async function run(args, env) {
  const result = await refresh(args, env);
  return result.ok ? result.value : errorOutcome(result, env);
}
async function refresh(args, env) {
  let since;
  let defer = false;
  try {
    const { values } = parseArgs({
      args,
      allowPositionals: true,
      options: { since: { type: "string" }, rewrite: { type: "string" }, defer: { type: "boolean" } }
    });
    const rewrite = values.rewrite ?? env.env.PRE_COMMIT_REWRITE_COMMAND;
    since = values.since ?? (rewrite === "amend" ? "HEAD@{1}" : "ORIG_HEAD");
    defer = values.defer === true;
  } catch (error) {
    return fail({
      code: "USAGE",
      message: error.message,
      fix: "git-value refresh [--since REV] [--defer]"
    });
  }
  const mark = createTimer(env.env);
  const workspace = await openWorkspace(env);
  if (!workspace.ok)
    return workspace;
  const { repo, config } = workspace.value;
  if (!repo.head)
    return ok({ exitCode: 0, stdout: "", stderr: "git-value: nothing to refresh before the first commit\n" });
  const base = runGitText(["rev-parse", "-q", "--verify", `${since}^{commit}`], { cwd: repo.root, okCodes: [1] });
  if (!base.ok)
    return base;
  if (!base.value.trim())
    return ok({
      exitCode: 0,
      stdout: "",
      stderr: `git-value: ${since} does not exist, nothing to refresh (run 'git-value scan' to rebuild everything)
`
    });
  const tracked = [LEDGER_PATH, COVERAGE_PATH, config.backlog.path];
  const before = defer ? snapshotFiles(repo.root, tracked) : void 0;
  if (!before) {
    discardPendingRefresh(repo.gitDir);
    return refreshFiles(workspace.value, base.value.trim(), env, mark);
  }
  startFromPendingRefresh(repo.root, repo.gitDir);
  const refreshed = await refreshFiles(workspace.value, base.value.trim(), env, mark);
  const deferred = deferWrites(repo.root, repo.gitDir, repo.head, before);
  if (!refreshed.ok || !deferred.ok)
    return refreshed.ok ? deferred : refreshed;
  return ok({
    exitCode: 0,
    stdout: "",
    stderr: deferred.value.length > 0 ? `git-value: refreshed after ${since}; your next commit carries ${deferred.value.join(", ")} (the work tree stays clean until then)
` : `git-value: refreshed after ${since}; nothing changed
`
  });
}
async function refreshFiles(workspace, base, env, mark) {
  const { repo, config } = workspace;
  if (!repo.head)
    return ok({ exitCode: 0, stdout: "", stderr: "" });
  const changes = await readChanges(repo.root, [base, repo.head], workspace.resolveConfigs);
  if (!changes.ok)
    return changes;
  const tracked = listTrackedFiles(repo.root);
  if (!tracked.ok)
    return tracked;
  const contexts = readPathContexts(repo.root, repo.gitDir, config, tracked.value.files);
  if (!contexts.ok)
    return contexts;
  const analysed = await analyzeFiles(changes.value.files, changes.value.configFor, (config2) => enabledAnalyzers(config2, "scan"), contexts.value);
  const dated = await datedMarkers(repo, analysed.findings, changes.value.files);
  const run2 = {
    ...analysed,
    findings: dated.findings,
    notes: [...analysed.notes, ...dated.note ? [dated.note] : []]
  };
  mark(`analyse ${changes.value.files.length} changed files`);
  const headDate = commitDate(repo.root, repo.head);
  if (!headDate.ok)
    return headDate;
  const updated = await withLedgerLock(repo.root, () => {
    const ledger = readLedgerSource(repo.root);
    if (!ledger.ok)
      return ledger;
    try {
      const next = replaceEntries(ledger.value, changes.value.touchedPaths, run2.findings, {
        firstSeen: headDate.value,
        resolved: { commit: repo.head, at: headDate.value },
        isReconciled: (ruleId) => run2.ranPrefixes.some((prefix) => ruleId.startsWith(prefix))
      });
      if (next.changed) {
        const written = writeLedger(repo.root, ledger.value.ledger, next.pieces);
        if (!written.ok)
          return written;
      }
      return ok(decodeLedger(joinPieces(ledger.value.ledger, next.pieces)));
    } finally {
      closeLedgerSource(ledger.value);
    }
  });
  if (!updated.ok)
    return updated;
  if (ranDocCoverage(run2.ranPrefixes)) {
    const coverage = updateCoverage(repo.root, changes.value.touchedPaths, run2.docCoverage);
    if (!coverage.ok)
      return coverage;
  }
  const entries = parseLedger(updated.value, LEDGER_PATH);
  if (!entries.ok)
    return entries;
  const reports = await renderReports(workspace, entries.value.entries, env, {}, [...changes.value.notes, ...run2.notes], { tracked: tracked.value, contexts: contexts.value });
  if (!reports.ok)
    return reports;
  mark("backlog");
  return ok({
    exitCode: 0,
    stdout: "",
    stderr: `git-value: refreshed ${changes.value.files.length} changed file(s); ${reports.value.written.join(", ")} updated
${reports.value.notes}`
  });
}
export {
  run
};
