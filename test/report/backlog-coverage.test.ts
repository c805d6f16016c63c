import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { summariseDocCoverage } from '../../src/report/backlog-coverage.js';

const summary = suite('documentation coverage in the backlog');

summary('repository and per-language totals; lowest files need 3+ symbols and a gap', () => {
  const result = summariseDocCoverage([
    { path: 'src/a.py', documented: 1, public: 4 },
    { path: 'src/b.py', documented: 3, public: 3 },
    { path: 'src/c.ts', documented: 0, public: 2 },
    { path: 'src/d.ts', documented: 2, public: 6 },
    { path: 'cmd/main.go', documented: 0, public: 5 },
  ]);
  assert.is(result.documented, 6);
  assert.is(result.public, 20);
  assert.equal(result.byLanguage, [
    { language: 'TypeScript', documented: 2, public: 8, files: 2 },
    { language: 'Python', documented: 4, public: 7, files: 2 },
    { language: 'Go', documented: 0, public: 5, files: 1 },
  ]);
  assert.equal(
    result.lowest.map((file) => file.path),
    ['cmd/main.go', 'src/a.py', 'src/d.ts'],
  );
});

summary.run();
