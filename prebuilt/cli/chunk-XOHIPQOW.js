import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  createTimer
} from "./chunk-RN7VGT6R.js";
import {
  discardPendingRefresh
} from "./chunk-ZICIA64G.js";
import {
  readAddedLines,
  scanTrackedFiles,
  workerCount
} from "./chunk-R7CTR3O2.js";
import "./chunk-QREBX4VN.js";
import {
  hasRenderedBacklog,
  reportOptions,
  writeReports
} from "./chunk-QP2XATKL.js";
import {
  resolveReportTarget
} from "./chunk-TBJCG5DO.js";
import "./chunk-ZGM3NAP3.js";
import {
  startBacklogHistory,
  updateCoverage
} from "./chunk-CL47BL6J.js";
import "./chunk-3SSG65XT.js";
import "./chunk-UKNR456Y.js";
import "./chunk-PDIVDX4P.js";
import "./chunk-L42DG4D7.js";
import {
  openWorkspace
} from "./chunk-H44W4G64.js";
import {
  closeLedgerSource,
  commitDate,
  editLedger,
  firstCommitAfter,
  openLedger,
  reconcileEntries,
  recoverForRebuild
} from "./chunk-AP6QHR2Z.js";
import "./chunk-UPLQ7UW6.js";
import "./chunk-MTSRII53.js";
import {
  LEDGER_PATH,
  compareEntries
} from "./chunk-TNT4O3F4.js";
import "./chunk-QDHQR4L2.js";
import "./chunk-H46VYJWE.js";
import "./chunk-R7BXTBGS.js";
import "./chunk-XLIRTYAW.js";
import "./chunk-CJEBQUOT.js";
import "./chunk-BX7BPTSK.js";
import {
  scanCommand,
  usageError
} from "./chunk-TRQOWQSB.js";
import {
  errorOutcome
} from "./chunk-RI75FPAA.js";
import {
  formatNotes,
  historyScanned,
  passedAsDemo,
  passedAsDemoCount,
  treeScanned,
  usageTexts
} from "./chunk-2M2XAZ6H.js";
import {
  ok
} from "./chunk-HUUDYLWZ.js";
import "./chunk-CM6QQNYP.js";
import {
  note
} from "./chunk-RYSKVT2F.js";
import "./chunk-27A3QD7K.js";
import "./chunk-GLXZBTI5.js";
import {
  credentialAnalyzer,
  optionsOf,
  ranDocCoverage
} from "./chunk-RGYNK77T.js";
import "./chunk-5AXYERU7.js";
import "./chunk-UUPKITBT.js";
import "./chunk-A3QA2ZQT.js";
import {
  hashParts
} from "./chunk-ONKLCXXC.js";
import "./chunk-OZTETU2B.js";
import "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/workflow/rebuild-ledger.js
function rebuildLedger(root, previous, findings, context) {
  const resolved = context.head ? { commit: context.head, at: context.headDate } : { at: context.headDate };
  const entries = reconcileEntries(previous.map((entry) => withResolvingCommit(root, entry)), findings, {
    firstSeen: context.headDate,
    resolved,
    isReconciled: (ruleId) => context.ranPrefixes.some((prefix) => ruleId.startsWith(prefix))
  });
  return [...entries].sort(compareEntries);
}
var resolvingCommits = /* @__PURE__ */ new Map();
function withResolvingCommit(root, entry) {
  const parent = entry.resolved?.parent;
  if (!entry.resolved || entry.resolved.commit || !parent)
    return entry;
  if (!resolvingCommits.has(parent))
    resolvingCommits.set(parent, firstCommitAfter(root, parent));
  const commit = resolvingCommits.get(parent);
  return commit ? { ...entry, resolved: { commit, at: entry.resolved.at } } : entry;
}

// dist/src/workflow/secret-history.js
var SECRET_HISTORY_FILE_LIMIT = 300;
async function addSecretHistory(root, findings, previous, resolveConfigs) {
  const entry = credentialAnalyzer();
  if (!entry)
    return { findings: [...findings] };
  const known = new Set(previous.map((recorded) => `${recorded.ruleId}\0${recorded.fingerprint}`));
  const key = (finding) => `${finding.ruleId}\0${finding.fingerprint}`;
  const wanted = findings.filter((finding) => finding.ruleId.startsWith(entry.rulePrefix) && !known.has(key(finding)));
  if (wanted.length === 0)
    return { findings: [...findings] };
  const paths = [...new Set(wanted.map((finding) => finding.path))];
  if (paths.length > SECRET_HISTORY_FILE_LIMIT)
    return {
      findings: [...findings],
      note: note("history", `secrets new to the ledger in ${paths.length} files: history skipped over ${SECRET_HISTORY_FILE_LIMIT} files, first seen is HEAD's date`)
    };
  const history = readAddedLines(root, paths);
  if (!history.ok)
    return { findings: [...findings], note: note("history", `secret history not read: ${history.error.message}`) };
  const configs = await resolveConfigs([...new Set(history.value.map((commit) => commit.path))]);
  if (!configs.ok)
    return { findings: [...findings] };
  const configFor = configs.value;
  const secrets = await entry.load();
  const firstAdded = /* @__PURE__ */ new Map();
  const wantedKeys = new Set(wanted.map(key));
  const copiesSoFar = /* @__PURE__ */ new Map();
  for (const commit of history.value) {
    const options = optionsOf(entry, configFor(commit.path));
    const text = commit.lines.join("\n");
    const found = secrets.analyze({
      path: commit.path,
      text,
      changed: commit.added,
      options
    });
    for (const finding of found) {
      const counted = `${commit.path}\0${key(finding)}`;
      const occurrence = copiesSoFar.get(counted) ?? 0;
      copiesSoFar.set(counted, occurrence + 1);
      const fingerprint = occurrence === 0 ? finding.fingerprint : hashParts([finding.fingerprint, String(occurrence)]);
      const dated = `${finding.ruleId}\0${fingerprint}`;
      if (wantedKeys.has(dated) && !firstAdded.has(dated))
        firstAdded.set(dated, commit.date);
    }
  }
  return {
    findings: findings.map((finding) => {
      const written = wantedKeys.has(key(finding)) ? firstAdded.get(key(finding)) : void 0;
      return written ? { ...finding, facts: { ...finding.facts, written } } : finding;
    })
  };
}

// dist/src/workflow/scan-tree.js
async function scanTree(workspace, request) {
  const { repo, config } = workspace;
  const { report } = request;
  if (report.output && report.format) {
    const target = resolveReportTarget(workspace, report.output, request.cwd, "git-value scan", report.format);
    if (!target.ok)
      return target;
  }
  const history = repo.head && (report.format || !hasRenderedBacklog(repo.gitDir)) ? startBacklogHistory(repo, config, request.now) : void 0;
  try {
    return await scanTreeWith(workspace, request, history);
  } finally {
    history?.stop();
  }
}
async function scanTreeWith(workspace, request, history) {
  const { repo, config } = workspace;
  const { mark, progress, report } = request;
  const today = request.now.toISOString().slice(0, 10);
  const headDate = repo.head ? commitDate(repo.root, repo.head) : ok(today);
  if (!headDate.ok)
    return headDate;
  const recovered = [];
  const onDamage = request.rebuild ? () => recoverForRebuild(repo, request.discardUnreadable, recovered) : void 0;
  const opened = openLedger(repo, "whole");
  const early = !opened.ok && onDamage ? onDamage() : opened;
  if (!early.ok)
    return early;
  closeLedgerSource(early.value);
  discardPendingRefresh(repo.gitDir);
  const started = performance.now();
  progress.phase("scan");
  const run2 = await scanTrackedFiles({ root: repo.root, gitDir: repo.gitDir, head: repo.head }, config, workspace.resolveConfigs, today, mark, {
    workers: request.workers,
    onProgress: (done, total, bytes) => progress.update({ done, total, unit: "files", bytes })
  });
  progress.end();
  if (!run2.ok)
    return run2;
  const scanned = run2.value;
  if (repo.head) {
    const dated = await addSecretHistory(repo.root, scanned.findings, early.value.entries ?? [], workspace.resolveConfigs);
    scanned.findings = dated.findings;
    if (dated.note)
      scanned.notes.push(dated.note);
    mark("secret history");
  }
  const written = await editLedger(repo, { check: "whole", stage: false, earlier: early.value, ...onDamage ? { onDamage } : {} }, (source) => {
    const rebuilt = rebuildLedger(repo.root, source.entries ?? [], scanned.findings, {
      ...repo.head ? { head: repo.head } : {},
      headDate: headDate.value,
      ranPrefixes: scanned.ranPrefixes
    });
    return ok({ value: void 0, write: { allEntries: rebuilt } });
  });
  if (!written.ok)
    return written;
  if (ranDocCoverage(scanned.ranPrefixes)) {
    const coverage = updateCoverage(repo.root, "all", scanned.docCoverage);
    if (!coverage.ok)
      return coverage;
  }
  mark("ledger");
  const entries = written.value.entries ?? [];
  const seconds = (performance.now() - started) / 1e3;
  const reports = await writeReports(workspace, entries, { cwd: request.cwd, now: request.now, debug: request.debug, options: report, notes: scanned.notes }, {
    tracked: scanned.tracked,
    contexts: scanned.contexts,
    backlogInputs: { gitDir: repo.gitDir, parts: [written.value.digest ?? "", repo.head ?? "", today] },
    ...history ? { history } : {}
  });
  if (!reports.ok)
    return reports;
  mark("backlog");
  return ok({
    files: scanned.files,
    bytes: scanned.bytes,
    seconds,
    open: entries.filter((entry) => entry.status === "open").length,
    written: [LEDGER_PATH, ...reports.value.written],
    stdout: reports.value.stdout,
    shownNotes: reports.value.shownNotes,
    hiddenNotes: reports.value.hiddenNotes,
    passed: scanned.passed,
    recovered: [...new Set(recovered)]
  });
}

// dist/src/workflow/progress.js
var silentProgress = { shown: false, phase() {
}, update() {
}, end() {
} };

// dist/src/cli/progress.js
var REDRAW_MS = 100;
var FIRST_DRAW_MS = 500;
function isProgressShown(stream, env) {
  return Boolean(stream.isTTY) && env.GIT_VALUE_PROGRESS !== "0" && env.TERM !== "dumb" && !env.CI;
}
function createProgress(env, stream) {
  if (!isProgressShown(stream, env))
    return silentProgress;
  const started = performance.now();
  let label = "";
  let phaseStart = started;
  let lastDraw = 0;
  let drawn = false;
  return {
    shown: true,
    phase(name) {
      label = name;
      phaseStart = performance.now();
    },
    update(snapshot) {
      const now = performance.now();
      if (now - started < FIRST_DRAW_MS || now - lastDraw < REDRAW_MS)
        return;
      lastDraw = now;
      const line = describe(label, snapshot, (now - phaseStart) / 1e3);
      const width = Math.max(40, (stream.columns || 80) - 1);
      stream.write(`\r${line.slice(0, width)}\x1B[K`);
      drawn = true;
    },
    end() {
      if (drawn)
        stream.write("\r\x1B[K");
      drawn = false;
    }
  };
}
function describe(label, snapshot, seconds) {
  const { done, total, unit, bytes } = snapshot;
  const parts = [`git-value: ${label} ${count(done)}${total !== void 0 ? `/${count(total)}` : ""} ${unit}`];
  if (bytes !== void 0) {
    const megabytes = bytes / 1048576;
    parts.push(`${megabytes.toFixed(1)} MB${seconds > 0.2 ? ` at ${(megabytes / seconds).toFixed(1)} MB/s` : ""}`);
  }
  if (total !== void 0 && done > 0 && done < total && seconds > 0.5) {
    const left = seconds * (total - done) / done;
    parts.push(`about ${left < 60 ? `${Math.ceil(left)} s` : `${Math.round(left / 60)} min`} left`);
  }
  return parts.join(", ");
}
function count(value) {
  return value.toLocaleString("en-US");
}

// dist/src/cli/scan.js
async function run(args, env) {
  const result = await scan(args, env);
  return result.ok ? result.value : errorOutcome(result, env);
}
function scanOptions({ values }) {
  const history = Boolean(values.history);
  if (!history && (values.since !== void 0 || values.incremental || values.merges))
    return usageError(scanCommand, usageTexts.historyOnly);
  if (values.since !== void 0 && values.incremental)
    return usageError(scanCommand, usageTexts.sinceOrIncremental);
  const discardUnreadable = Boolean(values["discard-unreadable"]);
  if (discardUnreadable && !values.rebuild)
    return usageError(scanCommand, usageTexts.discardWithRebuild);
  if (history && values.rebuild)
    return usageError(scanCommand, usageTexts.rebuildNotHistory);
  return ok({
    report: reportOptions(values),
    rebuild: Boolean(values.rebuild),
    discardUnreadable,
    history,
    incremental: Boolean(values.incremental),
    merges: Boolean(values.merges),
    ...values.since !== void 0 ? { since: values.since } : {}
  });
}
async function scan(args, env) {
  const options = scanOptions(args);
  if (!options.ok)
    return options;
  const mark = createTimer(env);
  const workspace = await openWorkspace(env);
  if (!workspace.ok)
    return workspace;
  const { report, rebuild, discardUnreadable, history, since, incremental, merges } = options.value;
  const common = {
    report,
    cwd: env.cwd,
    now: env.now,
    debug: Boolean(env.env.GIT_VALUE_DEBUG),
    mark,
    progress: createProgress(env.env, env.live)
  };
  if (history) {
    const { scanHistory } = await import("./chunk-VMWCRH4Z.js");
    const scanned2 = await scanHistory(workspace.value, {
      ...common,
      incremental,
      merges,
      ...since !== void 0 ? { since } : {}
    });
    return scanned2.ok ? ok({ exitCode: 0, stdout: scanned2.value.stdout, stderr: historyScanned(scanned2.value) }) : scanned2;
  }
  const scanned = await scanTree(workspace.value, {
    ...common,
    rebuild,
    discardUnreadable,
    workers: workerCount(env.env)
  });
  if (!scanned.ok)
    return scanned;
  const { passed } = scanned.value;
  const demoNote = common.debug ? passedAsDemo(passed, Number.POSITIVE_INFINITY) : passed.length > 0 ? passedAsDemoCount(passed.length) : "";
  const notes = formatNotes(scanned.value.shownNotes, scanned.value.hiddenNotes);
  return ok({ exitCode: 0, stdout: scanned.value.stdout, stderr: treeScanned(scanned.value) + demoNote + notes });
}
export {
  run
};
