import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);

// dist/src/cli/timings.js
function createTimer(env) {
  if (!env.GIT_VALUE_DEBUG)
    return () => {
    };
  const start = performance.now();
  let last = start;
  return (phase) => {
    const now = performance.now();
    process.stderr.write(`git-value: ${phase} +${(now - last).toFixed(1)}ms (${(now - start).toFixed(1)}ms total, rss ${Math.round(process.memoryUsage.rss() / 1048576)} MB)
`);
    last = now;
  };
}

export {
  createTimer
};
