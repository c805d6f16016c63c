import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import "./chunk-4K3HMJS3.js";

// dist/src/report/file-diff.js
async function renderFileDiffs(edits) {
  const { createTwoFilesPatch } = await import("./chunk-GG4ZHV3W.js");
  return edits.filter((edit) => edit.before !== edit.after).map((edit) => {
    const patch = createTwoFilesPatch(edit.before === null ? "/dev/null" : `a/${edit.path}`, edit.after === null ? "/dev/null" : `b/${edit.path}`, edit.before ?? "", edit.after ?? "", void 0, void 0, { context: 3 });
    const mode = (edit.mode ?? 420) & 73 ? "100755" : "100644";
    const kind = edit.before === null ? `new file mode ${mode}
` : edit.after === null ? `deleted file mode ${mode}
` : "";
    return `diff --git a/${edit.path} b/${edit.path}
${kind}${patch.slice(patch.indexOf("--- "))}`;
  }).join("");
}
export {
  renderFileDiffs
};
