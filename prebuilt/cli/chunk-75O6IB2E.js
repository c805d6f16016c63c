import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  layout
} from "./chunk-BX7BPTSK.js";

// dist/src/cli/self-command.js
import { accessSync, constants, realpathSync } from "node:fs";
import { delimiter, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
function selfInvocation() {
  if (layout === "standalone")
    return [process.execPath];
  if (layout === "prebuilt")
    return [fileURLToPath(new URL("../git-value", import.meta.url))];
  return [process.execPath, fileURLToPath(new URL("main.js", import.meta.url))];
}
function notedProgram() {
  return layout === "package" ? void 0 : selfInvocation().map(quoteForShell).join(" ");
}
function commandForPeople(repoRoot, env) {
  const invocation = selfInvocation();
  const program = invocation[invocation.length - 1];
  if (layout === "package" && isInside(program, repoRoot) && program.split(sep).includes("node_modules"))
    return "npx git-value";
  const onPath = findOnPath("git-value", env.PATH ?? "");
  if (onPath && (layout === "package" || sameFile(onPath, program)))
    return "git-value";
  return invocation.map(quoteForShell).join(" ");
}
function findOnPath(name, path) {
  for (const dir of path.split(delimiter)) {
    if (!dir)
      continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      continue;
    }
  }
  return void 0;
}
function sameFile(a, b) {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}
function isInside(file, folder) {
  const path = relative(folder, file);
  return path !== "" && !path.startsWith("..") && !path.startsWith(sep);
}
function quoteForShell(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export {
  notedProgram,
  commandForPeople
};
