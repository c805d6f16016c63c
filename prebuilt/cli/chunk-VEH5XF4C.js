import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  EMPTY_TREE
} from "./chunk-MTSRII53.js";
import {
  runGit,
  runGitText
} from "./chunk-TNT4O3F4.js";
import {
  ok
} from "./chunk-HUUDYLWZ.js";

// dist/src/git/commit-list.js
function listUnpushedCommits(cwd, limit) {
  return listCommits(cwd, ["HEAD", "--not", "--remotes"], limit);
}
function listRecentCommits(cwd, limit) {
  return listCommits(cwd, ["HEAD"], limit);
}
function listCommits(cwd, revisions, limit) {
  const listed = runGitText(["rev-list", `--max-count=${limit}`, ...revisions], { cwd, okCodes: [128] });
  if (!listed.ok)
    return listed;
  return ok(listed.value.split("\n").filter((line) => /^[0-9a-f]{40,64}$/.test(line)));
}
function listCommitsOldestFirst(cwd, revisions) {
  const listed = runGitText(["rev-list", "--reverse", "--topo-order", ...revisions], { cwd });
  return listed.ok ? ok(listed.value.split("\n").filter(Boolean)) : listed;
}
function resolveCommit(cwd, revision) {
  if (revision.startsWith("-"))
    return ok(void 0);
  const resolved = runGitText(["rev-parse", "-q", "--verify", "--end-of-options", `${revision}^{commit}`], {
    cwd,
    okCodes: [1]
  });
  return resolved.ok ? ok(resolved.value.trim() || void 0) : resolved;
}
function countCommits(cwd, revisions) {
  const counted = runGitText(["rev-list", "--count", ...revisions], { cwd });
  return counted.ok ? Number(counted.value.trim()) : void 0;
}
function hasCommit(cwd, sha) {
  const probe = runGit(["cat-file", "-e", `${sha}^{commit}`], { cwd, okCodes: [1, 128] });
  return probe.ok && probe.value.status === 0;
}
function firstParentOf(cwd, commit) {
  const parent = runGitText(["rev-parse", "-q", "--verify", `${commit}^1`], { cwd, okCodes: [1] });
  if (!parent.ok)
    return parent;
  return ok(parent.value.trim() || EMPTY_TREE);
}

export {
  listUnpushedCommits,
  listRecentCommits,
  listCommitsOldestFirst,
  resolveCommit,
  countCommits,
  hasCommit,
  firstParentOf
};
