import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  runGit,
  runGitText
} from "./chunk-TNT4O3F4.js";
import {
  ok
} from "./chunk-HUUDYLWZ.js";

// dist/src/git/attributes.js
function readAttribute(cwd, path, attribute) {
  const answer = runGitText(["check-attr", attribute, "--", path], { cwd });
  if (!answer.ok)
    return answer;
  const value = answer.value.trim().split(": ").slice(2).join(": ");
  return ok(value && value !== "unspecified" ? value : void 0);
}
var LINGUIST_ATTRIBUTES = ["linguist-generated", "linguist-vendored", "linguist-documentation"];
function readLinguistAttributes(cwd, paths) {
  const found = /* @__PURE__ */ new Map();
  const safe = paths.filter((path) => !path.includes("\0"));
  if (safe.length === 0)
    return ok(found);
  const run = runGit(["check-attr", "--cached", "--stdin", "-z", ...LINGUIST_ATTRIBUTES], {
    cwd,
    input: `${safe.join("\0")}\0`
  });
  if (!run.ok)
    return run;
  const fields = run.value.stdout.toString("utf8").split("\0");
  for (let at = 0; at + 2 < fields.length; at += 3) {
    const value = readValue(fields[at + 2]);
    if (value === void 0)
      continue;
    const path = fields[at];
    const values = found.get(path) ?? {};
    values[fields[at + 1]] = value;
    found.set(path, values);
  }
  return ok(found);
}
function readValue(info) {
  if (info === "set" || info === "true")
    return true;
  if (info === "unset" || info === "false")
    return false;
  return void 0;
}
function mentionsLinguist(text) {
  return text !== void 0 && text.includes("linguist-");
}

export {
  readAttribute,
  LINGUIST_ATTRIBUTES,
  readLinguistAttributes,
  mentionsLinguist
};
