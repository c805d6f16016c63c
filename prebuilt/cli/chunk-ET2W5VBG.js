import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  readChanges
} from "./chunk-W3HHBYGT.js";
import {
  createTimer
} from "./chunk-RN7VGT6R.js";
import {
  deferWrites,
  discardPendingRefresh,
  snapshotFiles,
  startFromPendingRefresh
} from "./chunk-ZICIA64G.js";
import {
  datedMarkers,
  gatherFileInputs
} from "./chunk-QREBX4VN.js";
import {
  resolveCommit
} from "./chunk-VEH5XF4C.js";
import {
  writeReports
} from "./chunk-QP2XATKL.js";
import "./chunk-TBJCG5DO.js";
import "./chunk-ZGM3NAP3.js";
import {
  listTrackedFiles,
  readPathContexts,
  updateCoverage
} from "./chunk-CL47BL6J.js";
import "./chunk-3SSG65XT.js";
import "./chunk-UKNR456Y.js";
import {
  COVERAGE_PATH
} from "./chunk-PDIVDX4P.js";
import "./chunk-L42DG4D7.js";
import {
  openWorkspace
} from "./chunk-H44W4G64.js";
import {
  commitDate,
  editLedger,
  replaceEntries
} from "./chunk-AP6QHR2Z.js";
import "./chunk-UPLQ7UW6.js";
import "./chunk-MTSRII53.js";
import {
  LEDGER_PATH
} from "./chunk-TNT4O3F4.js";
import "./chunk-QDHQR4L2.js";
import "./chunk-H46VYJWE.js";
import "./chunk-R7BXTBGS.js";
import "./chunk-XLIRTYAW.js";
import "./chunk-CJEBQUOT.js";
import "./chunk-BX7BPTSK.js";
import {
  errorOutcome
} from "./chunk-RI75FPAA.js";
import {
  formatNotes,
  refreshTexts
} from "./chunk-2M2XAZ6H.js";
import {
  ok
} from "./chunk-HUUDYLWZ.js";
import {
  analyzeFiles,
  enabledAnalyzers
} from "./chunk-CM6QQNYP.js";
import "./chunk-RYSKVT2F.js";
import "./chunk-27A3QD7K.js";
import "./chunk-GLXZBTI5.js";
import {
  ranDocCoverage
} from "./chunk-RGYNK77T.js";
import "./chunk-5AXYERU7.js";
import "./chunk-UUPKITBT.js";
import "./chunk-A3QA2ZQT.js";
import "./chunk-ONKLCXXC.js";
import "./chunk-OZTETU2B.js";
import "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/workflow/refresh-changes.js
async function refreshAfter(workspace, request) {
  const { repo, config } = workspace;
  if (!repo.head)
    return ok({ kind: "no-head" });
  const base = resolveCommit(repo.root, request.since);
  if (!base.ok)
    return base;
  if (!base.value)
    return ok({ kind: "no-base", since: request.since });
  const tracked = [LEDGER_PATH, COVERAGE_PATH, config.backlog.path];
  const before = request.defer ? snapshotFiles(repo.root, tracked) : void 0;
  if (!before) {
    discardPendingRefresh(repo.gitDir);
    return refreshChanges(workspace, base.value, repo.head, request);
  }
  const started = startFromPendingRefresh(repo.root, repo.gitDir);
  if (!started.ok)
    return started;
  const refreshed = await refreshChanges(workspace, base.value, repo.head, request);
  const deferred = deferWrites(repo.root, repo.gitDir, repo.head, before);
  if (!refreshed.ok)
    return refreshed;
  if (!deferred.ok)
    return deferred;
  return ok({ kind: "deferred", since: request.since, carried: deferred.value });
}
async function refreshChanges(workspace, base, head, request) {
  const { repo, config } = workspace;
  const { mark } = request;
  const changes = await readChanges(repo.root, [base, head], workspace.resolveConfigs);
  if (!changes.ok)
    return changes;
  const tracked = listTrackedFiles(repo.root);
  if (!tracked.ok)
    return tracked;
  const contexts = readPathContexts(repo.root, repo.gitDir, config, tracked.value.files);
  if (!contexts.ok)
    return contexts;
  const inputs = await gatherFileInputs(repo.root, tracked.value.files, config, contexts.value, changes.value.files.map((file) => file.path));
  const analysed = await analyzeFiles(changes.value.files, (path) => inputs.withInputs(changes.value.configFor(path)), (scope) => enabledAnalyzers(scope, "scan"), contexts.value);
  const dated = await datedMarkers(repo, analysed.findings, changes.value.files);
  const notes = [...changes.value.notes, ...analysed.notes, ...dated.note ? [dated.note] : []];
  mark(`analyse ${changes.value.files.length} changed files`);
  const headDate = commitDate(repo.root, head);
  if (!headDate.ok)
    return headDate;
  const updated = await editLedger(repo, { check: "whole", stage: false }, (source) => {
    const next = replaceEntries(source, changes.value.touchedPaths, dated.findings, {
      firstSeen: headDate.value,
      resolved: { commit: head, at: headDate.value },
      isReconciled: (ruleId) => analysed.ranPrefixes.some((prefix) => ruleId.startsWith(prefix))
    });
    return ok({ value: void 0, write: { pieces: next.pieces } });
  });
  if (!updated.ok)
    return updated;
  if (ranDocCoverage(analysed.ranPrefixes)) {
    const coverage = updateCoverage(repo.root, changes.value.touchedPaths, analysed.docCoverage);
    if (!coverage.ok)
      return coverage;
  }
  const reports = await writeReports(workspace, updated.value.entries ?? [], { cwd: request.cwd, now: request.now, debug: request.debug, options: {}, notes }, { tracked: tracked.value, contexts: contexts.value });
  if (!reports.ok)
    return reports;
  mark("backlog");
  return ok({ kind: "refreshed", files: changes.value.files.length, ...reports.value });
}

// dist/src/cli/refresh.js
async function run({ values }, env) {
  const rewrite = values.rewrite ?? env.env.PRE_COMMIT_REWRITE_COMMAND;
  const since = values.since ?? (rewrite === "amend" ? "HEAD@{1}" : "ORIG_HEAD");
  const mark = createTimer(env);
  const workspace = await openWorkspace(env);
  if (!workspace.ok)
    return errorOutcome(workspace, env);
  const refreshed = await refreshAfter(workspace.value, {
    since,
    defer: values.defer === true,
    cwd: env.cwd,
    now: env.now,
    debug: Boolean(env.env.GIT_VALUE_DEBUG),
    mark
  });
  return refreshed.ok ? { exitCode: 0, stdout: "", stderr: describeRefresh(refreshed.value) } : errorOutcome(refreshed, env);
}
function describeRefresh(refresh) {
  switch (refresh.kind) {
    case "no-head":
      return refreshTexts.noHead;
    case "no-base":
      return refreshTexts.noBase(refresh.since);
    case "deferred":
      return refreshTexts.deferred(refresh.since, refresh.carried);
    case "refreshed":
      return refreshTexts.refreshed(refresh.files, refresh.written) + formatNotes(refresh.shownNotes, refresh.hiddenNotes);
  }
}
export {
  run
};
