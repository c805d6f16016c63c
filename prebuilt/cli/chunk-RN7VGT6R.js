import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  timingLine
} from "./chunk-2M2XAZ6H.js";

// dist/src/cli/timings.js
function createTimer({ env, live }) {
  if (!env.GIT_VALUE_DEBUG)
    return () => {
    };
  const start = performance.now();
  let last = start;
  return (phase) => {
    const now = performance.now();
    live.write(timingLine(phase, now - last, now - start, process.memoryUsage()));
    last = now;
  };
}

export {
  createTimer
};
