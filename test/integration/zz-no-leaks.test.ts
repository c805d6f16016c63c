import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { planted } from '../helpers/fake-secrets.js';
import { outputs } from '../helpers/temp-repo.js';

// Runs last (file order): every stdout and stderr of every CLI and git call made by the suite is
// searched for every fake secret the suite planted. Files written by the tool are checked in the
// tests that write them (scan.test.ts: ledger, backlog, SARIF, JSON).
test('no planted secret appears in any output of the whole suite', () => {
  assert.ok(planted.length > 0, 'the suite planted secrets');
  assert.ok(outputs.length > 0, 'the suite captured outputs');
  for (const secret of planted) {
    for (const output of outputs)
      assert.not.ok(output.includes(secret), `a planted secret was printed: ${secret.slice(0, 4)}…`);
  }
});

test.run();
