import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { analyze, meta, perfRules } from '../../../src/analyzers/perf/index.js';
import { runAnalyzerTable, type TableRow } from '../../helpers/analyzer-table.js';

const pathFor = { js: 'src/example.ts', py: 'app/example.py' } as const;

// Every rule's own examples: a positive gives exactly that rule's finding, a negative gives nothing.
const exampleRows: TableRow[] = perfRules.flatMap((rule) => [
  ...rule.examples.positive.map((text, index): TableRow => [
    `${rule.id} (${rule.language}) positive ${index + 1}`,
    pathFor[rule.language],
    text,
    [rule.id],
  ]),
  ...rule.examples.negative.map((text, index): TableRow => [
    `${rule.id} (${rule.language}) negative ${index + 1}`,
    pathFor[rule.language],
    text,
    [],
  ]),
]);

const extraRows: TableRow[] = [
  [
    'outside the changed lines: none',
    'src/a.js',
    'const re = "x";\nfor (const line of lines) {\n  if (new RegExp(re).test(line)) n++;\n}',
    [],
    [{ start: 1, end: 1 }],
  ],
  [
    'finding on the changed line',
    'src/a.js',
    'const re = "x";\nfor (const line of lines) {\n  if (new RegExp(re).test(line)) n++;\n}',
    [3],
    [{ start: 3, end: 3 }],
  ],
  ['pattern only in a string: none', 'src/a.js', 'for (const x of xs) log("new RegExp(p) and JSON.parse(raw)");', []],
  [
    'pattern only in a comment: none',
    'app/a.py',
    'for x in xs:\n    # re.compile("a") here would be slow\n    pass\n',
    [],
  ],
  ['not a JS or Python file: none', 'src/a.go', 'for _, x := range xs { re := regexp.MustCompile("a") }', []],
  [
    'TSX handler with typed parameters',
    'web/api.tsx',
    'router.post("/upload", (req: Request, res: Response) => {\n  fs.writeFileSync(dest, req.body);\n});',
    [2],
  ],
  [
    'nested loop: inner variable is per iteration',
    'src/a.js',
    'for (const a of as) {\n  for (const b of bs) {\n    JSON.parse(b);\n  }\n}',
    [],
  ],
  [
    'two rules on two lines',
    'app/b.py',
    'import pandas as pd\nasync def f(df):\n    time.sleep(1)\n    for _, r in df.iterrows():\n        pass\n',
    [3, 4],
  ],
  [
    'python multi-line header and slice colon',
    'app/c.py',
    'for line in open_lines(\n        path)[1:]:\n    pattern = re.compile(r"x")\n',
    [3],
  ],
];

runAnalyzerTable('perf/patterns', analyze, [...exampleRows, ...extraRows]);

const rules = suite('perf rules are data that prove themselves');

rules('ids are perf/<kebab>, unique per language, with both kinds of example', () => {
  const keys = perfRules.map((rule) => `${rule.id} ${rule.language}`);
  assert.equal(new Set(keys).size, keys.length);
  for (const rule of perfRules) {
    assert.match(rule.id, /^perf\/[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(rule.examples.positive.length > 0 && rule.examples.negative.length > 0, rule.id);
    assert.ok(rule.confidence > 0 && rule.confidence <= 1, rule.id);
  }
});

rules('every rule language is one the analyzer declares', () => {
  for (const rule of perfRules)
    assert.ok(rule.language === 'py' ? meta.languages.includes('py') : meta.languages.includes('js'), rule.id);
});

rules('titles say what and the better way', () => {
  const findings = analyze({
    path: 'a.js',
    text: 'import http from "node:http";\nasync function f(p) {\n  return readFileSync(p);\n}',
    changed: [{ start: 1, end: 3 }],
  });
  assert.equal(
    findings.map((finding) => finding.title),
    ['readFileSync blocks the event loop in an async function: use fs.promises.readFile'],
  );
});

rules.run();
