import { timingLine } from './messages.js';
import type { CommandEnv } from './output.js';

// GIT_VALUE_DEBUG=1 prints per-phase "+Nms" timings to stderr: where the hook's time goes.
export function createTimer({ env, live }: Pick<CommandEnv, 'env' | 'live'>): (phase: string) => void {
  if (!env.GIT_VALUE_DEBUG) return () => {};
  const start = performance.now();
  let last = start;
  return (phase) => {
    const now = performance.now();
    // rss alone hides where memory sits: the JS heap, or outside it (buffers, WebAssembly parsers)
    live.write(timingLine(phase, now - last, now - start, process.memoryUsage()));
    last = now;
  };
}
