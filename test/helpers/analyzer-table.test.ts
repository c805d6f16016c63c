import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runAnalyzerTable, validateTable, type TableRow } from './analyzer-table.js';

const table = suite('runAnalyzerTable');

const positive: TableRow = ['finds', 'a.ts', 'x', [1]];
const negative: TableRow = ['quiet', 'a.ts', 'y', []];

const invalid: Array<[name: string, rows: TableRow[], problem: RegExp]> = [
  ['no negative row', [positive], /no negative row/],
  ['no positive row', [negative], /no positive row/],
  ['duplicate name', [positive, negative, ['finds', 'b.ts', 'z', []]], /duplicate row name: finds/],
  ['duplicate input', [positive, negative, ['again', 'a.ts', 'y', []]], /duplicate row input: again/],
];
for (const [name, rows, problem] of invalid) {
  table(`rejects a table with ${name}`, () => {
    assert.match(validateTable(rows).join('\n'), problem);
    assert.throws(() => runAnalyzerTable(name, () => [], rows), problem);
  });
}

table('accepts a table with one positive and one negative row', () =>
  assert.equal(validateTable([positive, negative]), []),
);

table.run();
