import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  runGitText
} from "./chunk-TNT4O3F4.js";
import {
  fail,
  ok
} from "./chunk-HUUDYLWZ.js";

// dist/src/git/repo.js
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
var EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
function openRepo(cwd) {
  const found = findPlainRepo(cwd);
  if (found)
    return ok(found);
  const withHead = runGitText(["rev-parse", "--show-toplevel", "--absolute-git-dir", "--verify", "HEAD^{commit}"], {
    cwd,
    okCodes: [128]
  });
  if (withHead.ok) {
    const [root2, gitDir2, head2] = withHead.value.trimEnd().split("\n");
    if (root2 && gitDir2 && head2 && /^[0-9a-f]{40,64}$/.test(head2))
      return ok({ root: root2, gitDir: gitDir2, head: head2 });
  }
  const located = runGitText(["rev-parse", "--show-toplevel", "--absolute-git-dir"], { cwd });
  if (!located.ok) {
    return fail({
      code: "NOT_A_REPO",
      file: cwd,
      message: `${cwd} is not inside a git work tree`,
      fix: "run git-value inside a repository (or 'git init' first)",
      cause: located.error.cause
    });
  }
  const [root, gitDir] = located.value.trimEnd().split("\n");
  if (!root || !gitDir)
    return fail({
      code: "NOT_A_REPO",
      file: cwd,
      message: `${cwd} has no work tree`,
      fix: "run git-value in a checkout, not a bare repository"
    });
  const head = runGitText(["rev-parse", "-q", "--verify", "HEAD^{commit}"], { cwd: root, okCodes: [1] });
  if (!head.ok)
    return head;
  const sha = head.value.trim();
  return ok(sha ? { root, gitDir, head: sha } : { root, gitDir });
}
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var OVERRIDES = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_COMMON_DIR",
  "GIT_CEILING_DIRECTORIES",
  "GIT_DISCOVERY_ACROSS_FILESYSTEM"
];
function findPlainRepo(cwd) {
  if (OVERRIDES.some((name) => process.env[name] !== void 0))
    return void 0;
  try {
    let root = cwd;
    while (!existsSync(join(root, ".git"))) {
      const parent = dirname(root);
      if (parent === root)
        return void 0;
      root = parent;
    }
    const gitDir = join(root, ".git");
    if (!statSync(gitDir).isDirectory())
      return void 0;
    const config = readFileSync(join(gitDir, "config"), "utf8");
    if (/^\s*(?:worktree|bare\s*=\s*true|refstorage)\b/im.test(config))
      return void 0;
    const head = readFileSync(join(gitDir, "HEAD"), "latin1").trim();
    if (SHA.test(head))
      return { root, gitDir, head };
    const ref = /^ref: (refs\/[^\s]+)$/.exec(head)?.[1];
    if (!ref || ref.includes(".."))
      return void 0;
    const sha = readRef(gitDir, ref);
    if (sha === null)
      return void 0;
    return sha ? { root, gitDir, head: sha } : { root, gitDir };
  } catch {
    return void 0;
  }
}
function readRef(gitDir, ref) {
  const loose = join(gitDir, ref);
  if (existsSync(loose)) {
    const sha = readFileSync(loose, "latin1").trim();
    return SHA.test(sha) ? sha : null;
  }
  const packedFile = join(gitDir, "packed-refs");
  if (!existsSync(packedFile))
    return "";
  for (const line of readFileSync(packedFile, "latin1").split("\n")) {
    if (line.endsWith(` ${ref}`)) {
      const sha = line.slice(0, line.indexOf(" "));
      return SHA.test(sha) ? sha : null;
    }
  }
  return "";
}

export {
  EMPTY_TREE,
  openRepo
};
