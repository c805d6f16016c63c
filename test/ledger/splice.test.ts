import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatEntry, formatLedger, parseLedger } from '../../src/ledger/format.js';
import { findPathRange, joinPieces, linesIn, openLedgerText, pathAt, spliceLines } from '../../src/ledger/splice.js';
import type { LedgerEntry } from '../../src/ledger/types.js';
import { entry } from '../helpers/ledger-entry.js';

const splice = suite('text-level ledger edits');
const paths = ['a.ts', 'b "quoted".ts', 'b.ts', 'c/d.ts', 'données.ts', 'z.ts'];
const entries: LedgerEntry[] = paths.flatMap((path, index) => [
  entry({ path, id: `debt-${index}a`, line: 1 }),
  entry({ path, id: `debt-${index}b`, line: 2, fingerprint: 'f2' }),
]);
const text = formatLedger(entries);
const ledger = openLedgerText(text);

splice('every path is found by binary search, with its own lines only', () => {
  assert.ok(ledger);
  if (!ledger) return;
  for (const path of paths) {
    const lines = linesIn(ledger, findPathRange(ledger, path));
    assert.equal(
      lines.map((line) => (JSON.parse(line) as LedgerEntry).path),
      [path, path],
      path,
    );
    assert.is(pathAt(ledger.bytes, findPathRange(ledger, path).start), path);
  }
  const missing = findPathRange(ledger, 'b.zz');
  assert.is(missing.start, missing.end);
});

const edits: Array<[name: string, replacements: Map<string, LedgerEntry[]>]> = [
  ['replace the middle', new Map([['b.ts', [entry({ path: 'b.ts', id: 'debt-new', title: 'new' })]]])],
  ['remove the first path', new Map([['a.ts', []]])],
  ['remove the last path', new Map([['z.ts', []]])],
  ['insert a new path between', new Map([['bb.ts', [entry({ path: 'bb.ts', id: 'debt-bb' })]]])],
  [
    'insert before all and after all',
    new Map([
      ['0.ts', [entry({ path: '0.ts', id: 'debt-0' })]],
      ['zz.ts', [entry({ path: 'zz.ts', id: 'debt-zz' })]],
    ]),
  ],
  ['remove everything', new Map(paths.map((path) => [path, []]))],
];
for (const [name, replacements] of edits) {
  splice(`${name}: same bytes as formatting the edited list from scratch`, () => {
    if (!ledger) return;
    const spliced = joinPieces(
      ledger,
      spliceLines(ledger, new Map([...replacements].map(([path, list]) => [path, list.map(formatEntry)]))),
    );
    const expected = formatLedger([
      ...entries.filter((item) => !replacements.has(item.path)),
      ...[...replacements.values()].flat(),
    ]);
    assert.is(spliced.toString('latin1'), expected);
    assert.ok(parseLedger(spliced.toString('latin1'), 'x').ok);
  });
}

const notCanonical: Array<[name: string, input: string]> = [
  [
    'conflict markers between entry lines',
    text
      .replace('\n{"path":"b.ts"', '\n<<<<<<< ours\n{"path":"b.ts"')
      .replace('\n{"path":"c/d.ts"', '\n=======\n>>>>>>> theirs\n{"path":"c/d.ts"'),
  ],
  ['pretty-printed JSON', JSON.stringify(JSON.parse(text), null, 2)],
  ['truncated', text.slice(0, -10)],
];
for (const [name, input] of notCanonical) {
  splice(`${name}: not edited in place (the caller parses it and reports or rewrites it)`, () => {
    assert.is(openLedgerText(Buffer.from(input, 'utf8')), undefined);
  });
}

splice.run();
