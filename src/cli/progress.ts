import { silentProgress, type Progress, type ProgressSnapshot } from '../workflow/progress.js';
import type { LiveStream } from './output.js';

export { silentProgress, type Progress };

// Progress on a terminal for commands that can take more than a second: one line on stderr, redrawn at
// most every REDRAW_MS and erased at the end, so the command's own output is left as it would be.
// Silent when stderr is not a terminal (pipes, CI logs, tests) and with GIT_VALUE_PROGRESS=0.

const REDRAW_MS = 100;
/** Nothing is drawn before this: a command that ends sooner never shows a progress line. */
const FIRST_DRAW_MS = 500;

export function isProgressShown(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && env.GIT_VALUE_PROGRESS !== '0' && env.TERM !== 'dumb' && !env.CI;
}

export function createProgress(env: NodeJS.ProcessEnv, stream: LiveStream): Progress {
  if (!isProgressShown(stream, env)) return silentProgress;
  const started = performance.now();
  let label = '';
  let phaseStart = started;
  let lastDraw = 0;
  let drawn = false;
  return {
    shown: true,
    phase(name) {
      label = name;
      phaseStart = performance.now();
    },
    update(snapshot) {
      const now = performance.now();
      if (now - started < FIRST_DRAW_MS || now - lastDraw < REDRAW_MS) return;
      lastDraw = now;
      const line = describe(label, snapshot, (now - phaseStart) / 1000);
      const width = Math.max(40, (stream.columns || 80) - 1);
      stream.write(`\r${line.slice(0, width)}\x1b[K`);
      drawn = true;
    },
    end() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}

/** "git-value: history 1,234/18,934 commits, 12.3 MB at 8.1 MB/s, about 14 s left" */
export function describe(label: string, snapshot: ProgressSnapshot, seconds: number): string {
  const { done, total, unit, bytes } = snapshot;
  const parts = [`git-value: ${label} ${count(done)}${total !== undefined ? `/${count(total)}` : ''} ${unit}`];
  if (bytes !== undefined) {
    const megabytes = bytes / 1048576;
    parts.push(`${megabytes.toFixed(1)} MB${seconds > 0.2 ? ` at ${(megabytes / seconds).toFixed(1)} MB/s` : ''}`);
  }
  if (total !== undefined && done > 0 && done < total && seconds > 0.5) {
    const left = (seconds * (total - done)) / done;
    parts.push(`about ${left < 60 ? `${Math.ceil(left)} s` : `${Math.round(left / 60)} min`} left`);
  }
  return parts.join(', ');
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}
