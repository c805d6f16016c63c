import type { CommandEnv } from './output.js';

// GIT_VALUE_DEBUG=1 prints per-phase "+Nms" timings to stderr: where the hook's time goes.
export function createTimer({ env, live }: Pick<CommandEnv, 'env' | 'live'>): (phase: string) => void {
  if (!env.GIT_VALUE_DEBUG) return () => {};
  const start = performance.now();
  let last = start;
  return (phase) => {
    const now = performance.now();
    // rss alone hides where memory sits: the JS heap, or outside it (buffers, WebAssembly parsers)
    const memory = process.memoryUsage();
    const mb = (bytes: number) => Math.round(bytes / 1048576);
    live.write(
      `git-value: ${phase} +${(now - last).toFixed(1)}ms (${(now - start).toFixed(1)}ms total, rss ${mb(memory.rss)} MB, heap ${mb(memory.heapUsed)}/${mb(memory.heapTotal)} MB, buffers ${mb(memory.arrayBuffers)} MB, external ${mb(memory.external)} MB)\n`,
    );
    last = now;
  };
}
