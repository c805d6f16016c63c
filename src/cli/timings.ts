// GIT_VALUE_DEBUG=1 prints per-phase "+Nms" timings to stderr: where the hook's time goes.
export function createTimer(env: NodeJS.ProcessEnv): (phase: string) => void {
  if (!env.GIT_VALUE_DEBUG) return () => {};
  const start = performance.now();
  let last = start;
  return (phase) => {
    const now = performance.now();
    process.stderr.write(
      `git-value: ${phase} +${(now - last).toFixed(1)}ms (${(now - start).toFixed(1)}ms total, rss ${Math.round(process.memoryUsage.rss() / 1048576)} MB)\n`,
    );
    last = now;
  };
}
