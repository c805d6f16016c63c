import { baseName, hasPythonDependency, type RepoFacts } from '../maturity/repo-facts.js';
import type { ToolingGap } from './tooling-gap-rules.js';

// Without a plugin, pytest skips `async def test_…` with only a warning (or, before pytest 8.4,
// passes it without running it): the tests look green and test nothing.

const testFile = /(^|\/)(test_[\w-]{1,100}|[\w-]{1,100}_test|conftest)\.py$/;
const plugins = ['pytest-asyncio', 'anyio', 'pytest-anyio', 'pytest-trio', 'pytest-aiohttp', 'pytest-tornasync'];
const pluginConfig = /\basyncio_mode\b|\bpytest_asyncio\b|\bpytest_trio\b/;
// unittest's own async case classes and explicit anyio/trio markers run coroutines themselves.
const selfRunning = /IsolatedAsyncioTestCase|AsyncTestCase|pytest\.mark\.(anyio|trio)\b/;
// A project's own runner: the hook pytest calls to run a test function (what the plugins implement),
// or a decorator whose body drives the coroutine on an event loop.
const ownHook = /^[ \t]{0,40}def[ \t]{1,10}pytest_pyfunc_call\b/m;
const drivesCoroutine =
  /\b(?:run_until_complete|asyncio\.run|anyio\.run|trio\.run|run_coroutine_threadsafe|greenlet_spawn|await_only|start_blocking_portal)\s{0,10}\(/;

export function findAsyncTestsWithoutPlugin(facts: RepoFacts): ToolingGap[] {
  if (plugins.some((plugin) => hasPythonDependency(facts, plugin))) return [];
  const configured = facts.ownFiles.some(
    (path) =>
      /(^|\/)(pyproject\.toml|pytest\.ini|setup\.cfg|tox\.ini|conftest\.py)$/.test(path) &&
      pluginConfig.test(facts.read(path) ?? ''),
  );
  if (configured) return [];
  const candidates = facts.ownFiles
    .filter((path) => testFile.test(path))
    .map((path) => ({ path, text: facts.read(path) ?? '' }))
    .filter(({ text }) => /^\s{0,40}async\s{1,10}def\s{1,10}test_/m.test(text) && !selfRunning.test(text));
  if (candidates.length === 0) return [];
  const python = facts.ownFiles.filter((path) => path.endsWith('.py'));
  if (python.some((path) => ownHook.test(facts.read(path) ?? ''))) return [];
  const runners = findRunnerDecorators(facts, python);
  return candidates.flatMap(({ path, text }) => {
    const lines = text.split('\n');
    const index = lines.findIndex(
      (line, at) => /^\s{0,40}async\s{1,10}def\s{1,10}test_/.test(line) && !isRunBy(lines, at, runners),
    );
    if (index < 0) return [];
    return [
      {
        path,
        line: index + 1,
        title: `Async tests in ${baseName(path)} without an async plugin: add pytest-asyncio (or anyio) or they never run`,
        content: (lines[index] as string).trim(),
      },
    ];
  });
}

/** Names of functions defined in the repository whose body drives a coroutine (`@async_test`). */
function findRunnerDecorators(facts: RepoFacts, python: readonly string[]): Set<string> {
  const runners = new Set<string>();
  for (const path of python) {
    const text = facts.read(path) ?? '';
    if (!drivesCoroutine.test(text)) continue;
    const lines = text.split('\n');
    lines.forEach((line, at) => {
      const def = /^(\s{0,40})def\s{1,10}(\w{1,80})\s{0,10}\(/.exec(line);
      if (!def) return;
      const indent = (def[1] as string).length;
      const body: string[] = [];
      for (let next = at + 1; next < lines.length && body.length < 80; next++) {
        const text = lines[next] as string;
        if (text.trim() !== '' && (/^\s*/.exec(text)?.[0].length ?? 0) <= indent) break;
        body.push(text);
      }
      if (drivesCoroutine.test(body.join('\n'))) runners.add(def[2] as string);
    });
  }
  return runners;
}

/** A decorator on the test, or on the class around it, that is one of the repository's runners. */
function isRunBy(lines: readonly string[], at: number, runners: ReadonlySet<string>): boolean {
  if (runners.size === 0) return false;
  const decorated = (index: number) => {
    for (let above = index - 1; above >= 0 && /^\s*@/.test(lines[above] as string); above--) {
      const name = /^\s*@([\w.]{1,200})/
        .exec(lines[above] as string)?.[1]
        ?.split('.')
        .at(-1);
      if (name && runners.has(name)) return true;
    }
    return false;
  };
  if (decorated(at)) return true;
  const indent = /^\s*/.exec(lines[at] as string)?.[0].length ?? 0;
  for (let above = at - 1; above >= 0 && indent > 0; above--) {
    const line = lines[above] as string;
    const lead = /^\s*/.exec(line)?.[0].length ?? 0;
    if (line.trim() === '' || lead >= indent) continue;
    return /^\s*class\s/.test(line) && decorated(above);
  }
  return false;
}
