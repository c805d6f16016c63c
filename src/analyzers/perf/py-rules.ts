import { loopsAround, namesIn, regionsAround, type CodeModel, type LoopBlock } from './code-model.js';
import { findInvariantCallsInLoops, isDeclaredArray } from './invariant-calls.js';
import { variantNames } from './loop-variance.js';
import { appendsInLoop, isReportingPath, iteratesLargeInput, iteratesSmallCollection } from './loop-size.js';
import { findPyAwaitInLoop } from './py-await-in-loop.js';
import type { PerfHit, PerfRule } from './rule-types.js';

const usesPandas = /^\s{0,20}(?:import\s{1,10}pandas\b|from\s{1,10}pandas\b)/m;

function findStringConcatenation(model: CodeModel): PerfHit[] {
  const hits: PerfHit[] = [];
  // A comprehension is an expression: `msg += "\n".join(… for …)` appends once, not once per item.
  for (const loop of model.loops.filter((candidate) => candidate.kind !== 'comprehension')) {
    // CPython resizes a local str in place on `s += t` when nothing else refers to it, so the copy per
    // iteration is a real cost only on long inputs (and on PyPy, or when the string is shared): the
    // lines of a file, rows, a walk. A message over a few exceptions is not a perf item.
    if (!iteratesLargeInput(model, loopsAround(model, loop.bodyStart)) || iteratesSmallCollection(model, loop))
      continue;
    const body = model.masked.slice(loop.bodyStart, loop.bodyEnd);
    const seen = new Set<string>();
    for (const match of body.matchAll(
      /^[ \t]{0,80}([A-Za-z_]\w{0,80})\s{0,10}(?:\+=|=\s{0,10}([A-Za-z_]\w{0,80})\s{0,10}\+)/gm,
    )) {
      const name = match[1] as string;
      if (
        (match[2] !== undefined && match[2] !== name) ||
        seen.has(name) ||
        !startsAsString(model, loop, name) ||
        isResetInLoop(body, name) ||
        isReportingPath(model, loop.bodyStart, loop, [name])
      )
        continue;
      seen.add(name);
      hits.push({
        offset: loop.bodyStart + (match.index as number) + (match[0].length - match[0].trimStart().length),
        title: `String ${name} grows with += over every item of a long input: each += may copy the whole string (always on PyPy, on CPython whenever another reference to it exists); collect the parts in a list and ''.join() them`,
      });
    }
  }
  return hits;
}

/**
 * `line = word` inside the loop (not `line = line + …`): a buffer emptied as it goes (a line wrapped at
 * the terminal width, a set of flags), never longer than what one reset lets it gather.
 */
function isResetInLoop(body: string, name: string): boolean {
  return [...body.matchAll(new RegExp(`^[ \\t]{0,80}${name}\\s{0,10}=(?!=)([^\\n]{0,200})`, 'gm'))].some(
    (match) => !new RegExp(`(?<![\\w.])${name}\\b`).test(match[1] as string),
  );
}

// The last assignment to `name` before the loop, in the same function, must be a string literal.
function startsAsString(model: CodeModel, loop: LoopBlock, name: string): boolean {
  const scope = regionsAround(model, loop.start).at(-1)?.start ?? 0;
  const before = model.text.slice(scope, loop.start).split('\n');
  const assignment = new RegExp(`^\\s{0,80}${name}\\s{0,10}(?::\\s{0,10}str\\s{0,10})?=(?!=)\\s{0,10}(.{0,200})$`);
  const last = before
    .map((line) => assignment.exec(line)?.[1])
    .filter((value) => value !== undefined)
    .at(-1);
  return last !== undefined && (/^[rRuUfF]{0,2}(["'])/.test(last) || /^str\s{0,10}\(/.test(last));
}

function findRangeLen(model: CodeModel): PerfHit[] {
  return model.loops.flatMap((loop) => {
    const header =
      /^for\s{1,10}(\w{1,80})\s{1,10}in\s{1,10}range\s{0,10}\(\s{0,10}len\s{0,10}\(\s{0,10}([\w.]{1,120})\s{0,10}\)\s{0,10}\)/.exec(
        model.masked.slice(loop.start, loop.bodyStart),
      );
    if (!header) return [];
    const [, index, sequence] = header as unknown as [string, string, string];
    const indexed = new RegExp(`(?<![\\w.])${sequence.replace(/\./g, '\\.')}\\s{0,10}\\[\\s{0,10}${index}\\s{0,10}\\]`);
    if (!indexed.test(model.masked.slice(loop.bodyStart, loop.bodyEnd))) return [];
    return [
      {
        offset: loop.start,
        title: `for ${index} in range(len(${sequence})) indexes by position: iterate with for ${index}, item in enumerate(${sequence})`,
      },
    ];
  });
}

function findPandasRowLoops(model: CodeModel): PerfHit[] {
  if (!usesPandas.test(model.masked)) return [];
  const hits: PerfHit[] = [];
  for (const match of model.masked.matchAll(/\.\s{0,10}(iterrows|itertuples|apply)\s{0,10}\(/g)) {
    const method = match[1] as string;
    const open = (match.index as number) + match[0].length - 1;
    if (
      method === 'apply' &&
      !/\baxis\s{0,10}=\s{0,10}(?:1\b|["']columns["'])/.test(model.text.slice(open, model.closeOf(open)))
    )
      continue;
    const what =
      method === 'apply' ? '.apply(..., axis=1) calls Python once per row' : `.${method}() loops over rows in Python`;
    hits.push({
      offset: match.index as number,
      title: `pandas ${what}: use vectorised column operations (or numpy) instead`,
    });
  }
  return hits;
}

const blockingPython =
  /(?<![\w.])(time\.sleep|requests\.(?:get|post|put|patch|delete|head|request)|subprocess\.(?:run|call|check_call|check_output)|urllib\.request\.urlopen|urlopen)\s{0,10}\(/g;
const asyncAlternatives: Record<string, string> = {
  'time.sleep': 'await asyncio.sleep()',
  urlopen: 'an async HTTP client (httpx, aiohttp)',
};

function findBlockingInAsync(model: CodeModel): PerfHit[] {
  return [...model.masked.matchAll(blockingPython)].flatMap((match) => {
    // The innermost def decides: a sync helper nested in an async def may be run in an executor.
    if (regionsAround(model, match.index as number).at(-1)?.kind !== 'async') return [];
    const call = match[1] as string;
    const better =
      asyncAlternatives[call] ??
      (call.startsWith('requests')
        ? 'an async HTTP client (httpx, aiohttp)'
        : call.startsWith('subprocess')
          ? 'asyncio.create_subprocess_exec()'
          : asyncAlternatives.urlopen);
    return [
      { offset: match.index as number, title: `${call}() blocks the event loop inside async def: use ${better}` },
    ];
  });
}

function findMembershipInLoop(model: CodeModel): PerfHit[] {
  const hits: PerfHit[] = [];
  for (const match of model.masked.matchAll(
    /\b(?:if|elif|and|or)\s{1,10}(?:not\s{1,10})?([A-Za-z_][\w.]{0,80})\s{1,10}(?:not\s{1,10})?in\s{1,10}([A-Za-z_]\w{0,80})\b(?!\s{0,10}[.([])/g,
  )) {
    const offset = match.index as number;
    const loop = loopsAround(model, offset).at(-1);
    const [, item, list] = match as unknown as [string, string, string];
    const scope = loop && declarationScope(model, offset, list);
    if (!loop || !scope || !isDeclaredArray(model, list, 'py', scope)) continue;
    const variant = variantNames(model, loop, 'py');
    if (variant.has(list) || !namesIn(item).some((name) => variant.has(name))) continue;
    if (iteratesSmallCollection(model, loop) || isReportingPath(model, offset, loop, [list])) continue;
    // `if x not in seen: seen.append(x)` keeps the first of each value in order; over a few values (a
    // report's keys, a jar's domains) the scan is cheaper than a set. Only a long input makes it a cost.
    if (appendsInLoop(model, loop, list, 'py') && !iteratesLargeInput(model, loopsAround(model, offset))) continue;
    hits.push({
      offset,
      title: `\`${item} in ${list}\` scans the list ${list} on every iteration (O(n×m)): build a set once, before the loop`,
    });
  }
  return hits;
}

/**
 * Where `name` is declared for code at `offset`: the enclosing def when it assigns the name, its
 * header when the name is a parameter annotated as a list; the module's top level when the def does
 * not bind it. An unannotated (or otherwise annotated) parameter could be anything: undefined.
 */
function declarationScope(
  model: CodeModel,
  offset: number,
  name: string,
): { start: number; end: number; moduleLevel?: boolean } | undefined {
  const def = regionsAround(model, offset)
    .filter((region) => region.kind !== 'handler')
    .at(-1);
  if (!def) return { start: 0, end: model.masked.length, moduleLevel: true };
  const headerStart = model.masked.lastIndexOf('def', def.start);
  const header = model.masked.slice(Math.max(0, headerStart), def.start);
  const parameter = new RegExp(`[(,]\\s{0,10}\\*{0,2}${name}\\s{0,10}(?::\\s{0,10}([^,=)]{1,120}))?(?=[,=)])`).exec(
    header,
  );
  if (parameter)
    return /^(?:list|List)\b/.test(parameter[1]?.trim() ?? '') ? { start: headerStart, end: def.end } : undefined;
  const body = model.masked.slice(def.start, def.end);
  if (new RegExp(`^[ \\t]{0,80}${name}\\s{0,10}(?::[^=\\n]{1,120})?=(?!=)`, 'm').test(body))
    return { start: def.start, end: def.end };
  return { start: 0, end: model.masked.length, moduleLevel: true };
}

export const pyRules: PerfRule[] = [
  {
    id: 'perf/await-in-loop',
    language: 'py',
    confidence: 0.7,
    keyword: /\bawait\b/,
    title:
      'await inside a loop runs independent calls one at a time: start them together with asyncio.gather() (or a TaskGroup)',
    find: findPyAwaitInLoop,
    examples: {
      positive: [
        'async def load(urls):\n    pages = []\n    for url in urls:\n        pages.append(await fetch(url))\n    return pages\n',
      ],
      negative: [
        'async def load(urls):\n    await asyncio.gather(*(fetch(url) for url in urls))\n',
        'async def walk(api):\n    cursor = None\n    for _ in range(10):\n        cursor = await api.next(cursor)\n',
        'async def drain(stream):\n    async for chunk in stream:\n        await handle(chunk)\n',
        'async def first(urls):\n    for url in urls:\n        if await ok(url):\n            return url\n',
        'async def polite(urls):\n    for url in urls:\n        await fetch(url)\n        await asyncio.sleep(1)\n',
        // one session or connection runs one statement at a time
        'async def insert_all(session, rows):\n    for row in rows:\n        await session.execute(insert(table).values(row))\n',
        'async def load(self, ids):\n    for id in ids:\n        await self.conn.fetchrow(QUERY, id)\n',
        // progress printed per item reads in order: sequential by design
        'async def publish(packages):\n    for name in packages:\n        print(f"publishing {name}")\n        await upload(name)\n',
      ],
    },
  },
  {
    id: 'perf/regex-in-loop',
    language: 'py',
    confidence: 0.8,
    keyword: /\bre\s{0,10}\.\s{0,10}compile/,
    title: 're.compile() of the same pattern runs on every iteration: compile it once at module level',
    find: (model) => findInvariantCallsInLoops(model, /\bre\s{0,10}\.\s{0,10}compile\s{0,10}\(/g, 'py'),
    examples: {
      positive: ['for line in lines:\n    if re.compile(r"^\\d+$").match(line):\n        n += 1\n'],
      negative: [
        'DIGITS = re.compile(r"^\\d+$")\nfor line in lines:\n    if DIGITS.match(line):\n        n += 1\n',
        'for word in words:\n    pattern = re.compile(re.escape(word))\n',
        'for word in words:\n    hits.append(re.compile(f"^{word}$"))\n',
      ],
    },
  },
  {
    id: 'perf/json-parse-in-loop',
    language: 'py',
    confidence: 0.8,
    keyword: /\bjson\s{0,10}\.\s{0,10}loads/,
    title: 'json.loads() of the same value runs on every iteration: parse it once before the loop',
    find: (model) => findInvariantCallsInLoops(model, /\bjson\s{0,10}\.\s{0,10}loads\s{0,10}\(/g, 'py'),
    examples: {
      positive: ['for user in users:\n    settings = json.loads(raw_settings)\n    apply(user, settings)\n'],
      negative: [
        'for line in lines:\n    records.append(json.loads(line))\n',
        'settings = json.loads(raw)\nfor user in users:\n    apply(user, settings)\n',
      ],
    },
  },
  {
    id: 'perf/str-concat-in-loop',
    language: 'py',
    confidence: 0.7,
    keyword: /\+/,
    title:
      'String built with += over every item of a long input (the lines of a file, rows): collect the parts in a list and join them',
    find: findStringConcatenation,
    examples: {
      positive: [
        'out = ""\nfor row in rows:\n    out += format_row(row)\n',
        'def render(path):\n    html = "<ul>"\n    for line in open(path):\n        html = html + f"<li>{line}</li>"\n    return html\n',
        'def strip(text):\n    out = ""\n    for line in text.splitlines():\n        if not line.startswith("#"):\n            out += line + "\\n"\n    return out\n',
      ],
      negative: [
        'total = 0\nfor row in rows:\n    total += row.amount\n',
        'parts = []\nfor row in rows:\n    parts.append(format_row(row))\nout = "".join(parts)\n',
        'out = ""\nout += header\n',
        'names = []\nfor row in rows:\n    names += [row.name]\n',
        // a comprehension in the same statement is not a loop around the +=
        'msg = "error"\nif extra:\n    msg += "\\n".join(f"{k}: {v}" for k, v in extra.items())\n',
        // a line buffer reset inside the loop stays one line long
        'line = ""\nfor word in words:\n    if len(line) + len(word) > width:\n        emit(line)\n        line = word\n    else:\n        line += " " + word\n',
        // nothing says the loop is long: CPython extends a local str in place, a few items cost nothing
        'def render(items):\n    html = "<ul>"\n    for item in items:\n        html = html + f"<li>{item}</li>"\n    return html\n',
        // a failure message over the exceptions that did not match
        'def check(failed, rows):\n    s = ""\n    for i in failed:\n        s += f"\\n  {rows[i]!r}"\n    return s\n',
        // small by construction: a literal tuple, an exception\'s notes
        'out = ""\nfor line in ("a", "b", "c"):\n    out += line\n',
        'def describe(exc, lines):\n    text = ""\n    for note in exc.__notes__:\n        text += note\n    return text\n',
        // a repr, a formatting function, an except block
        'def format_lines(self, lines):\n    out = ""\n    for line in lines:\n        out += "  " + line\n    return out\n',
        'def __repr__(self):\n    s = "<"\n    for line in self.lines:\n        s += line\n    return s + ">"\n',
        'try:\n    run()\nexcept Exception:\n    msg = ""\n    for line in log_lines:\n        msg += line\n    print(msg)\n',
      ],
    },
  },
  {
    id: 'perf/range-len-loop',
    language: 'py',
    confidence: 0.6,
    keyword: /range\s{0,10}\(\s{0,10}len/,
    title: 'for i in range(len(x)) indexes by position: iterate with enumerate()',
    find: findRangeLen,
    examples: {
      positive: ['for i in range(len(items)):\n    print(i, items[i])\n'],
      negative: [
        'for i, item in enumerate(items):\n    print(i, item)\n',
        'for i in range(len(items)):\n    items2[i] = 0\n',
        'for i in range(len(a) - 1):\n    print(a[i])\n',
      ],
    },
  },
  {
    id: 'perf/pandas-row-loop',
    language: 'py',
    confidence: 0.7,
    keyword: /\.\s{0,10}(iterrows|itertuples|apply)\b/,
    title: 'pandas row loop: use vectorised column operations instead',
    find: findPandasRowLoops,
    examples: {
      positive: [
        'import pandas as pd\nfor _, row in df.iterrows():\n    total += row["a"]\n',
        'import pandas as pd\nfor row in df.itertuples():\n    print(row.a)\n',
        'import pandas as pd\ndf["c"] = df.apply(lambda r: r.a + r.b, axis=1)\n',
      ],
      negative: [
        'import pandas as pd\ndf["c"] = df["a"] + df["b"]\n',
        'import pandas as pd\ndf["a"] = df["a"].apply(str.strip)\n',
        'for _, row in table.iterrows():\n    pass\n',
      ],
    },
  },
  {
    id: 'perf/blocking-call-in-async',
    language: 'py',
    confidence: 0.8,
    keyword: /\basync\s{1,10}def\b/,
    title: 'A blocking call inside async def stalls the event loop: use its asyncio form',
    find: findBlockingInAsync,
    examples: {
      positive: [
        'async def poll():\n    time.sleep(1)\n',
        'async def fetch(url):\n    return requests.get(url).json()\n',
      ],
      negative: [
        'def poll():\n    time.sleep(1)\n',
        'async def poll():\n    await asyncio.sleep(1)\n',
        'async def fetch(url):\n    def work():\n        return requests.get(url)\n    return await asyncio.to_thread(work)\n',
      ],
    },
  },
  {
    id: 'perf/quadratic-lookup',
    language: 'py',
    confidence: 0.7,
    keyword: /\bin\b/,
    title: 'Membership test on a list inside a loop is O(n×m): build a set once before the loop',
    find: findMembershipInLoop,
    examples: {
      positive: [
        'seen = []\nfor line in open(path):\n    if line not in seen:\n        seen.append(line)\n',
        'def keep(names, rows):\n    allowed = list(rows)\n    return [n for n in names if n in allowed]\n',
        'def dedupe(values: list[str], text):\n    for value in text.splitlines():\n        if value not in values:\n            values.append(value)\n',
        'def known(ids, wanted):\n    found = list(ids)\n    for w in wanted:\n        if w in found:\n            yield w\n',
        // `options` named as an argument does not make the iterable small
        'def pick(rows, options):\n    found = list(load())\n    for row in read(rows, options):\n        if row in found:\n            yield row\n',
        // a depth-first stack that grows and shrinks is not a record of values seen
        'def cycles(edges, nodes):\n    for start in nodes:\n        stack = [start]\n        while stack:\n            top = stack.pop()\n            for node in edges[top]:\n                if node in stack:\n                    found(node)\n                stack.append(node)\n',
      ],
      negative: [
        // order-preserving de-duplication of a few values: a set would not be faster
        'seen = []\nfor x in xs:\n    if x not in seen:\n        seen.append(x)\n',
        'def list_domains(self):\n    domains = []\n    for cookie in iter(self):\n        if cookie.domain not in domains:\n            domains.append(cookie.domain)\n    return domains\n',
        'def multiple(self):\n    domains = []\n    for cookie in iter(self):\n        if cookie.domain in domains:\n            return True\n        domains.append(cookie.domain)\n    return False\n',
        // a small iterable by construction, a failure message
        'def pick(found: list[str]):\n    for name in ("a", "b"):\n        if name in found:\n            return name\n',
        'def message(failed: list[int], raised):\n    for i, exc in enumerate(raised):\n        if i in failed:\n            print(exc)\n',
        'def check(options, seen: list[str]):\n    for key in options:\n        if key in seen:\n            warn(key)\n',
        'def bases(cls, found: list[type]):\n    for base in cls.__bases__:\n        if base in found:\n            return base\n',
        'def _repr_groups(self, found: list[str], names):\n    for name in names:\n        if name in found:\n            yield name\n',
        'allowed = {"a", "b", "c"}\nfor name in names:\n    if name in allowed:\n        keep.append(name)\n',
        'allowed = ["a", "b"]\nif name in allowed:\n    go()\n',
        'allowed = ["a", "b", "c"]\nfor name in names:\n    if name in allowed:\n        keep.append(name)\n',
        'for line in lines:\n    if "x" in line:\n        n += 1\n',
        // another function's `items: list` says nothing about this function's parameter (a dict here)
        'def collect(items: list[str]) -> None:\n    pass\n\ndef pick(items: dict[str, None], keys):\n    return [k for k in keys if k in items]\n',
        'def pick(items, keys):\n    return [k for k in keys if k in items]\n',
      ],
    },
  },
];
