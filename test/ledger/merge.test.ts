import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mergeLedgers } from '../../src/ledger/merge.js';
import { entry } from '../helpers/ledger-entry.js';

const merge = suite('mergeLedgers (the merge driver)');
const base = [entry({ id: 'debt-a' }), entry({ id: 'debt-b', path: 'b.ts' })];

merge('entries added on either side are all kept', () => {
  const ours = [...base, entry({ id: 'debt-ours', path: 'o.ts' })];
  const theirs = [...base, entry({ id: 'debt-theirs', path: 't.ts' })];
  const result = mergeLedgers(base, ours, theirs);
  assert.equal(result.entries.map((item) => item.id).sort(), ['debt-a', 'debt-b', 'debt-ours', 'debt-theirs']);
  assert.is(result.conflicts.length, 0);
});

merge('a side that left an entry unchanged yields to the side that changed it', () => {
  const theirs = [entry({ id: 'debt-a', line: 7 }), base[1] as never];
  assert.is(mergeLedgers(base, base, theirs).entries.find((item) => item.id === 'debt-a')?.line, 7);
});

merge('both sides changed one entry: decisions are unioned, status by precedence', () => {
  const ours = [
    entry({ id: 'debt-a', line: 3, status: 'allowed', allow: { reason: 'ok', by: 'x', at: '2026-01-01' } }),
    base[1] as never,
  ];
  const theirs = [entry({ id: 'debt-a', line: 4, done: { hours: 2, at: '2026-01-02', by: 'y' } }), base[1] as never];
  const merged = mergeLedgers(base, ours, theirs).entries.find((item) => item.id === 'debt-a');
  assert.is(merged?.status, 'allowed');
  assert.is(merged?.done?.hours, 2);
  assert.is(merged?.allow?.reason, 'ok');
});

merge('contradicting decisions on one entry are a conflict, nothing else is', () => {
  const ours = [
    entry({ id: 'debt-a', status: 'allowed', allow: { reason: 'fixture', by: 'x', at: '2026-01-01' } }),
    base[1] as never,
  ];
  const theirs = [
    entry({ id: 'debt-a', status: 'allowed', allow: { reason: 'revoked', by: 'y', at: '2026-01-02' } }),
    base[1] as never,
  ];
  const result = mergeLedgers(base, ours, theirs);
  assert.equal(
    result.conflicts.map(({ ours: item }) => item.id),
    ['debt-a'],
  );
});

merge.run();
