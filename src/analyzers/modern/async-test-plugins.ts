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
  /\b(?:run_until_complete|asyncio\.run|asyncio\.Runner|anyio\.run|trio\.run|run_coroutine_threadsafe|start_blocking_portal)\s{0,10}\(/;

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
  const isRunner = findRunners(facts, python);
  return candidates.flatMap(({ path, text }) => {
    const lines = text.split('\n');
    const index = lines.findIndex((_, at) => isUnrunTest(lines, at, isRunner));
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

/**
 * Whether a function defined in the repository drives a coroutine, itself or through the functions it
 * calls (a test decorator usually hands the coroutine to a helper that owns the event loop); by name,
 * a few calls deep. A name that also means something else only ever silences the finding.
 * Only the files defining a name the search reaches are taken apart: doing it to every function of
 * every file up front cost a large repository (~20 MB of Python) ~50 MB of memory.
 */
function findRunners(facts: RepoFacts, python: readonly string[]): (name: string) => boolean {
  const texts = python.map((path) => facts.read(path) ?? '');
  const definedIn = new Map<string, Set<number>>();
  texts.forEach((text, index) => {
    for (const def of text.matchAll(DEF_LINE)) {
      const name = def[1] as string;
      const files = definedIn.get(name);
      if (files) files.add(index);
      else definedIn.set(name, new Set([index]));
    }
  });
  const functionsOf = new Map<number, Map<string, FunctionFacts[]>>();
  const bodiesOf = (name: string): FunctionFacts[] =>
    [...(definedIn.get(name) ?? [])].flatMap((index) => {
      let functions = functionsOf.get(index);
      if (!functions) functionsOf.set(index, (functions = readFunctions(texts[index] as string)));
      return functions.get(name) ?? [];
    });
  const known = new Map<string, boolean>();
  const drives = (name: string, depth: number): boolean => {
    const cached = known.get(name);
    if (cached !== undefined) return cached;
    known.set(name, false); // a cycle ends here
    const records = bodiesOf(name);
    const result =
      records.some((record) => record.drives) ||
      (depth < 4 &&
        records.some((record) =>
          record.calls.some((call) => call !== name && definedIn.has(call) && drives(call, depth + 1)),
        ));
    known.set(name, result);
    return result;
  };
  return (name) => drives(name, 0);
}

// what the line-by-line reading below takes for a def (`^` after any line break; `[^\S\n]` keeps to one line)
const DEF_LINE = /^[^\S\n]{0,40}(?:async[^\S\n]{1,10})?def[^\S\n]{1,10}(\w{1,80})[^\S\n]{0,10}\(/gm;

interface FunctionFacts {
  drives: boolean;
  calls: string[];
}

/** Each def of a Python file, by name: does its body (up to 80 lines) drive a coroutine, whom does it call. */
function readFunctions(text: string): Map<string, FunctionFacts[]> {
  const functions = new Map<string, FunctionFacts[]>();
  const lines = text.split('\n');
  lines.forEach((line, at) => {
    const def = /^(\s{0,40})(?:async\s{1,10})?def\s{1,10}(\w{1,80})\s{0,10}\(/.exec(line);
    if (!def) return;
    const indent = (def[1] as string).length;
    const body: string[] = [];
    for (let next = at + 1; next < lines.length && body.length < 80; next++) {
      const text = lines[next] as string;
      if (text.trim() !== '' && (/^\s*/.exec(text)?.[0].length ?? 0) <= indent) break;
      body.push(text);
    }
    const name = def[2] as string;
    const joined = body.join('\n');
    const record = {
      drives: drivesCoroutine.test(joined),
      calls: [...new Set([...joined.matchAll(/(\w{1,80})\s{0,10}\(/g)].map((call) => call[1] as string))],
    };
    const list = functions.get(name);
    if (list) list.push(record);
    else functions.set(name, [record]);
  });
  return functions;
}

/** Decorator names above the def or class on line `at`, multi-line decorator arguments included. */
function decoratorsAbove(lines: readonly string[], at: number): string[] {
  const indent = indentOf(lines[at] as string);
  const names: string[] = [];
  for (let above = at - 1; above >= 0; above--) {
    const line = lines[above] as string;
    if (line.trim() === '') break;
    const lead = indentOf(line);
    const decorator = lead === indent ? /^\s*@([\w.]{1,200})/.exec(line) : null;
    if (decorator) names.push((decorator[1] as string).split('.').at(-1) as string);
    else if (lead < indent || (lead === indent && !/^\s*[)\]}]/.test(line))) break;
  }
  return names;
}

function indentOf(line: string): number {
  return /^\s*/.exec(line)?.[0].length ?? 0;
}

/**
 * The block holding the def on line `at`: 'module', 'class' (with its line) or 'function'. An
 * `async def test_…` nested in a function is a helper, not a test pytest collects.
 */
function enclosingBlock(lines: readonly string[], at: number): { kind: 'module' | 'class' | 'function'; line: number } {
  const indent = indentOf(lines[at] as string);
  for (let above = at - 1; above >= 0 && indent > 0; above--) {
    const line = lines[above] as string;
    if (line.trim() === '' || indentOf(line) >= indent || /^\s*[)\]}@#]/.test(line)) continue;
    if (/^\s*class\s/.test(line)) return { kind: 'class', line: above };
    if (/^\s*(?:async\s+)?def\s/.test(line)) return { kind: 'function', line: above };
  }
  return { kind: 'module', line: -1 };
}

/** Whether pytest would collect the async test on line `at` and nothing of the project's runs it. */
function isUnrunTest(lines: readonly string[], at: number, isRunner: (name: string) => boolean): boolean {
  if (!/^\s{0,40}async\s{1,10}def\s{1,10}test_/.test(lines[at] as string)) return false;
  const block = enclosingBlock(lines, at);
  if (block.kind === 'function') return false;
  const runBy = (line: number) => decoratorsAbove(lines, line).some(isRunner);
  return !runBy(at) && !(block.kind === 'class' && runBy(block.line));
}
