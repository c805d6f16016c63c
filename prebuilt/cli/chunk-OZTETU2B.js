import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);

// dist/src/findings/line-ranges.js
function touches(changed, line, endLine = line) {
  return changed === void 0 || changed.some((range) => range.start <= endLine && line <= range.end);
}
function lineStarts(text) {
  const starts = [0];
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1))
    starts.push(at + 1);
  return starts;
}
function lineAt(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (starts[mid] <= offset)
      low = mid;
    else
      high = mid - 1;
  }
  return low + 1;
}

export {
  touches,
  lineStarts,
  lineAt
};
