import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  decodeBlob,
  skippedNote
} from "./chunk-L42DG4D7.js";
import {
  readBlobs
} from "./chunk-AP6QHR2Z.js";
import {
  runGit
} from "./chunk-TNT4O3F4.js";
import {
  fail,
  ok
} from "./chunk-HUUDYLWZ.js";
import {
  analyzeFiles,
  enabledAnalyzers
} from "./chunk-CM6QQNYP.js";
import {
  note
} from "./chunk-RYSKVT2F.js";
import {
  compileGlobs
} from "./chunk-27A3QD7K.js";

// dist/src/git/changes.js
var ZERO_SHA = /^0+$/;
function parseRawDiff(output) {
  const fields = output.split("\0");
  const changes = [];
  let at = 0;
  while (at < fields.length && fields[at] !== "") {
    const header = fields[at++];
    const match = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([AMDRCTUX])\d*$/.exec(header);
    if (!match)
      return fail({
        code: "GIT_FAILED",
        message: `unexpected 'git diff --raw' record: ${header.slice(0, 80)}`,
        fix: "report this with your git version (git --version)"
      });
    const [, oldMode, newMode, oldBlob, newBlob, status] = match;
    const twoPaths = status === "R" || status === "C";
    const first = fields[at++] ?? "";
    const second = twoPaths ? fields[at++] ?? "" : void 0;
    if (status === "U" || status === "X") {
      return fail({
        code: "GIT_FAILED",
        file: first,
        message: `${first} has an unresolved merge conflict in the index`,
        fix: "resolve the conflict and 'git add' the file, then commit again"
      });
    }
    const change = {
      status,
      path: second ?? first,
      oldMode,
      newMode
    };
    if (second !== void 0)
      change.oldPath = first;
    if (!ZERO_SHA.test(oldBlob))
      change.oldBlob = oldBlob;
    if (!ZERO_SHA.test(newBlob))
      change.newBlob = newBlob;
    changes.push(change);
  }
  return ok(changes);
}

// dist/src/git/parse-patch.js
var HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function parsePatch(patch) {
  const files = [];
  let current;
  const finish = () => {
    if (!current)
      return;
    const { hunks, pieces, hunkCount, complete, noNewlineAtEnd } = current;
    if (hunkCount === 1 && complete && !hunks.binary)
      hunks.newText = pieces.length === 0 ? "" : pieces.join("\n") + (noNewlineAtEnd ? "" : "\n");
  };
  let at = 0;
  const nextLine = () => {
    const end = patch.indexOf("\n", at);
    const line = patch.slice(at, end === -1 ? patch.length : end);
    at = end === -1 ? patch.length : end + 1;
    return line;
  };
  while (at < patch.length) {
    const line = nextLine();
    if (line.startsWith("diff --git ") || line.startsWith("diff --cc ")) {
      finish();
      current = {
        hunks: { added: [], binary: false },
        pieces: [],
        hunkCount: 0,
        complete: true,
        noNewlineAtEnd: false
      };
      files.push(current.hunks);
    } else if (current && current.hunkCount === 0 && line.startsWith("Binary files ")) {
      current.hunks.binary = true;
    } else if (current && line.startsWith("@@ ")) {
      const header = HUNK_HEADER.exec(line);
      if (!header)
        continue;
      let oldLeft = header[1] === void 0 ? 1 : Number(header[1]);
      let newLeft = header[3] === void 0 ? 1 : Number(header[3]);
      let newLine = Number(header[2]);
      current.hunkCount++;
      if (newLine !== 1 && newLeft > 0)
        current.complete = false;
      let last = "";
      while ((oldLeft > 0 || newLeft > 0 || patch.startsWith("\\", at)) && at < patch.length) {
        const kind = patch[at] === "\n" ? " " : patch[at];
        if (kind !== "+" && kind !== "-" && kind !== " " && kind !== "\\") {
          current.complete = false;
          break;
        }
        const body = nextLine();
        if (kind === "+") {
          addLine(current.hunks.added, newLine++);
          current.pieces.push(body.slice(1));
          newLeft--;
        } else if (kind === "-") {
          oldLeft--;
        } else if (kind === " ") {
          current.pieces.push(body.slice(1));
          newLine++;
          oldLeft--;
          newLeft--;
        } else if (kind === "\\") {
          if (last === "+" || last === " ")
            current.noNewlineAtEnd = true;
          continue;
        }
        last = kind;
      }
    }
  }
  finish();
  return files;
}
function addLine(ranges, line) {
  const previous = ranges[ranges.length - 1];
  if (previous && previous.end === line - 1)
    previous.end = line;
  else
    ranges.push({ start: line, end: line });
}

// dist/src/git/read-diff.js
var FULL_CONTEXT = "-U100000000";
function readDiff(cwd, diffArgs) {
  const diff = runGit([
    "diff",
    "--raw",
    "-z",
    "-p",
    FULL_CONTEXT,
    "--no-abbrev",
    "-M",
    "-C",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    ...diffArgs
  ], { cwd });
  if (!diff.ok)
    return diff;
  const out = diff.value.stdout;
  if (out.length === 0)
    return ok({ changes: [], patches: [] });
  const split = out.indexOf("\0\0");
  const rawEnd = split === -1 ? out.length : split + 1;
  const changes = parseRawDiff(out.toString("utf8", 0, rawEnd));
  if (!changes.ok)
    return changes;
  const patches = parsePatch(out.toString("latin1", Math.min(out.length, rawEnd + 1)));
  if (patches.length !== changes.value.length) {
    return fail({
      code: "GIT_FAILED",
      message: `git diff gave ${changes.value.length} changes but ${patches.length} patches`,
      fix: "report this with your git version (git --version)"
    });
  }
  return ok({ changes: changes.value, patches });
}

// dist/src/workflow/binary-strings.js
var RUN = /[\t\x20-\x7e]{8,}/g;
var WHOLE = [{ start: 1, end: Number.MAX_SAFE_INTEGER }];
function printableRuns(bytes) {
  return (bytes.toString("latin1").match(RUN) ?? []).join("\n");
}
async function noteCredentialShapes(binaries, configFor) {
  if (binaries.length === 0)
    return [];
  const files = binaries.map(({ path, text }) => ({ path, text, changed: WHOLE }));
  const run = await analyzeFiles(files, configFor, (config) => enabledAnalyzers(config, "hook").filter((entry) => entry.rulePrefix === "secret/"));
  const rulesByPath = /* @__PURE__ */ new Map();
  for (const finding of run.findings) {
    const rules = rulesByPath.get(finding.path) ?? /* @__PURE__ */ new Set();
    rulesByPath.set(finding.path, rules.add(finding.ruleId));
  }
  return [...rulesByPath].map(([path, rules]) => note("credential-shaped", `${path}: binary, so not analysed as text, yet it holds credential-shaped text (${[...rules].join(", ")}): make sure it is no real credential`));
}

// dist/src/workflow/read-changes.js
var SUBMODULE = "160000";
var SYMLINK = "120000";
async function readChanges(cwd, diffArgs, resolveConfigs) {
  const diff = readDiff(cwd, diffArgs);
  if (!diff.ok)
    return diff;
  const { changes, patches } = diff.value;
  const configs = await resolveConfigs(changes.map((change) => change.path));
  if (!configs.ok)
    return configs;
  const configFor = configs.value;
  const ignoreByConfig = /* @__PURE__ */ new Map();
  const isIgnored = (path) => {
    const config = configFor(path);
    const matcher = ignoreByConfig.get(config) ?? compileGlobs(config.ignore);
    ignoreByConfig.set(config, matcher);
    return matcher(path);
  };
  const notes = [];
  const touchedPaths = /* @__PURE__ */ new Set();
  const wanted = [];
  changes.forEach((change, index) => {
    if (isIgnored(change.path))
      return;
    touchedPaths.add(change.path);
    if (change.oldPath && change.status === "R")
      touchedPaths.add(change.oldPath);
    if (change.newMode === SUBMODULE)
      notes.push(note("skipped-file", `${change.path}: submodule, skipped (scan it in its own repository)`));
    else if (change.newMode === SYMLINK)
      notes.push(note("skipped-file", `${change.path}: symbolic link, skipped`));
    else if (change.newBlob)
      wanted.push({ change, ...patches[index] ?? { added: [], binary: false } });
  });
  const blobs = readBlobs(cwd, [
    ...new Set(wanted.filter(({ newText }) => newText === void 0).map(({ change }) => change.newBlob))
  ]);
  if (!blobs.ok)
    return blobs;
  const files = [];
  const binaryStrings = [];
  for (const { change, added, binary, newText } of wanted) {
    const bytes = newText === void 0 ? blobs.value.get(change.newBlob) : Buffer.from(newText, "latin1");
    if (!bytes)
      continue;
    const decoded = decodeBlob(bytes, configFor(change.path).maxFileBytes);
    if ("skipped" in decoded) {
      if (decoded.skipped === "too large")
        touchedPaths.delete(change.path);
      if (decoded.skipped === "binary")
        binaryStrings.push({ path: change.path, text: printableRuns(bytes) });
      notes.push(skippedNote(decoded.skipped, `${change.path}: ${decoded.skipped} (${bytes.length} bytes), skipped`));
      continue;
    }
    const addedLines = binary ? [{ start: 1, end: Number.MAX_SAFE_INTEGER }] : added;
    files.push({
      path: change.path,
      text: decoded.text,
      change,
      added: addedLines
    });
  }
  return ok({ changes, files, touchedPaths, notes, binaryStrings, configFor });
}

export {
  noteCredentialShapes,
  readChanges
};
