import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatCoverage, parseCoverage } from '../../src/ledger/coverage-format.js';

const coverage = suite('.value/coverage.json: format and tolerant reading');

coverage('sorted by path, one file per line, ASCII, files without public symbols left out; reads back the same', () => {
  const text = formatCoverage([
    { path: 'src/z.py', documented: 1, public: 2 },
    { path: 'src/données.ts', documented: 0, public: 3 },
    { path: 'src/a.go', documented: 4, public: 4 },
    { path: 'src/empty.ts', documented: 0, public: 0 },
  ]);
  assert.is(
    text,
    '{\n  "version": 1,\n  "docstrings": [\n{"path":"src/a.go","documented":4,"public":4},\n{"path":"src/donn\\u00e9es.ts","documented":0,"public":3},\n{"path":"src/z.py","documented":1,"public":2}\n  ]\n}\n',
  );
  assert.ok(JSON.parse(text));
  assert.equal(
    [...parseCoverage(text).values()].map((file) => file.path),
    ['src/a.go', 'src/données.ts', 'src/z.py'],
  );
  assert.is(formatCoverage([]), '{\n  "version": 1,\n  "docstrings": []\n}\n');
});

coverage('after a union merge: duplicate paths (last wins), missing commas and stray lines are tolerated', () => {
  const merged = [
    '{',
    '  "version": 1,',
    '  "docstrings": [',
    '{"path":"a.py","documented":1,"public":4},',
    '{"path":"a.py","documented":3,"public":4},',
    '{"path":"b.py","documented":2,"public":2}',
    '{"path":"c.py","documented":0,"public":1}',
    '<<<<<<< not a file line',
    '{"path":"d.py","documented":5,"public":2},',
    '{"path":"e.py", broken',
    '  ]',
    '}',
    '',
  ].join('\n');
  const files = parseCoverage(merged);
  assert.equal(
    [...files.values()],
    [
      { path: 'a.py', documented: 3, public: 4 },
      { path: 'b.py', documented: 2, public: 2 },
      { path: 'c.py', documented: 0, public: 1 },
    ],
  );
});

coverage.run();
