import { baseName, hasPythonDependency, type RepoFacts } from '../maturity/repo-facts.js';
import type { ToolingGap } from './tooling-gap-rules.js';

// Without a plugin, pytest skips `async def test_…` with only a warning (or, before pytest 8.4,
// passes it without running it): the tests look green and test nothing.

const testFile = /(^|\/)(test_[\w-]{1,100}|[\w-]{1,100}_test|conftest)\.py$/;
const plugins = ['pytest-asyncio', 'anyio', 'pytest-anyio', 'pytest-trio', 'pytest-aiohttp', 'pytest-tornasync'];
const pluginConfig = /\basyncio_mode\b|\bpytest_asyncio\b|\bpytest_trio\b/;
// unittest's own async case classes and explicit anyio/trio markers run coroutines themselves.
const selfRunning = /IsolatedAsyncioTestCase|AsyncTestCase|pytest\.mark\.(anyio|trio)\b/;

export function findAsyncTestsWithoutPlugin(facts: RepoFacts): ToolingGap[] {
  if (plugins.some((plugin) => hasPythonDependency(facts, plugin))) return [];
  const configured = facts.ownFiles.some(
    (path) =>
      /(^|\/)(pyproject\.toml|pytest\.ini|setup\.cfg|tox\.ini|conftest\.py)$/.test(path) &&
      pluginConfig.test(facts.read(path) ?? ''),
  );
  if (configured) return [];
  return facts.ownFiles
    .filter((path) => testFile.test(path))
    .flatMap((path) => {
      const text = facts.read(path) ?? '';
      const lines = text.split('\n');
      const index = lines.findIndex((line) => /^\s{0,40}async\s{1,10}def\s{1,10}test_/.test(line));
      if (index < 0 || selfRunning.test(text)) return [];
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
