import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);

// dist/src/config/glob.js
function compileGlobs(globs) {
  if (globs.length === 0)
    return () => false;
  const pattern = new RegExp(`^(?:${globs.map(globToSource).join("|")})(?:/.*)?$`);
  return (path) => pattern.test(path);
}
var compiledLists = /* @__PURE__ */ new WeakMap();
function findMatchingGlob(path, globs) {
  let compiled = compiledLists.get(globs);
  if (!compiled)
    compiledLists.set(globs, compiled = globs.map((glob) => ({ glob, matches: compileGlobs([glob]) })));
  return compiled.find(({ matches }) => matches(path))?.glob;
}
function globToSource(glob) {
  const folder = glob.length > 1 ? glob.replace(/\/+$/, "") : glob;
  const anchored = folder.includes("/") ? folder.replace(/^\//, "") : `**/${folder}`;
  let source = "";
  for (let at = 0; at < anchored.length; at++) {
    const char = anchored[at];
    if (anchored.startsWith("**/", at)) {
      source += "(?:[^/]*/)*";
      at += 2;
    } else if (anchored.startsWith("**", at)) {
      source += ".*";
      at += 1;
    } else if (char === "*")
      source += "[^/]*";
    else if (char === "?")
      source += "[^/]";
    else if (char === "{") {
      const close = anchored.indexOf("}", at);
      if (close === -1)
        source += "\\{";
      else {
        source += `(?:${anchored.slice(at + 1, close).split(",").map(escape).join("|")})`;
        at = close;
      }
    } else
      source += escape(char);
  }
  return source;
}
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

export {
  compileGlobs,
  findMatchingGlob
};
