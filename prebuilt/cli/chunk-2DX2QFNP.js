import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  dryRunClosing,
  setupLines
} from "./chunk-2M2XAZ6H.js";

// dist/src/cli/dry-run.js
async function dryRunOutcome(command, edits, steps, exitCode = 0) {
  const { renderFileDiffs } = await import("./chunk-VMOUPQQZ.js");
  const patch = await renderFileDiffs(edits.filter((edit) => edit !== void 0));
  return { exitCode, stdout: patch, stderr: setupLines(command, [...steps, dryRunClosing(patch !== "")]) };
}

export {
  dryRunOutcome
};
