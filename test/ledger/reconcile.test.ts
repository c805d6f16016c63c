import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Finding } from '../../src/findings/types.js';
import { reconcileEntries, type ReconcileContext } from '../../src/ledger/reconcile.js';
import { entry } from '../helpers/ledger-entry.js';

const reconcile = suite('reconcileEntries');
const context: ReconcileContext = {
  firstSeen: '2026-06-01',
  resolved: { commit: 'c0ffee', at: '2026-06-01' },
  isReconciled: (ruleId) => ruleId.startsWith('debt/'),
};

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'debt/todo',
    category: 'debt',
    severity: 'low',
    path: 'src/a.ts',
    line: 5,
    title: 'a marker',
    fingerprint: 'f1',
    confidence: 0.9,
    effortHours: 1,
    ...overrides,
  };
}

reconcile('a finding seen before keeps id, first-seen date and decisions; its line follows the code', () => {
  const previous = entry({ id: 'debt-keep', firstSeen: '2025-01-01', done: { hours: 2, at: '2025-02-01', by: 'a' } });
  const [next] = reconcileEntries([previous], [finding({ line: 9 })], context);
  assert.equal([next?.id, next?.firstSeen, next?.line, next?.done?.hours], ['debt-keep', '2025-01-01', 9, 2]);
});

reconcile('a vanished finding is resolved; an entry of an analyzer that did not run is kept as it is', () => {
  const gone = entry({ id: 'debt-gone' });
  const other = entry({ id: 'quality-x', ruleId: 'quality/complexity', fingerprint: 'q' });
  const next = reconcileEntries([gone, other], [], context);
  assert.is(next.find((item) => item.id === 'debt-gone')?.status, 'resolved');
  assert.equal(next.find((item) => item.id === 'debt-gone')?.resolved, context.resolved);
  assert.equal(
    next.find((item) => item.id === 'quality-x'),
    other,
  );
});

reconcile('history entries (scan --history) are kept as they are and never matched by a tree finding', () => {
  const history = { commits: ['c'.repeat(40)], commitCount: 1, paths: ['src/a.ts'], inHead: true };
  const leaked = entry({ id: 'debt-history', history });
  const next = reconcileEntries([leaked], [finding()], context);
  assert.equal(
    next.map((item) => [item.id === 'debt-history', item.status, item.history !== undefined]),
    [
      [true, 'open', true],
      [false, 'open', false],
    ],
  );
  assert.equal(reconcileEntries([leaked], [], context), [leaked]);
});

reconcile('a resolved finding that returns reopens; an allow survives', () => {
  const back = entry({ status: 'resolved', resolved: { commit: 'x', at: '2026-01-01' } });
  assert.is(reconcileEntries([back], [finding()], context)[0]?.status, 'open');
  const allowed = entry({ status: 'allowed', allow: { reason: 'fixture', by: 'a', at: '2026-01-01' } });
  assert.is(reconcileEntries([allowed], [finding()], context)[0]?.status, 'allowed');
});

reconcile('inline allows are recorded, and withdrawn when the comment goes', () => {
  const [inline] = reconcileEntries([], [finding({ inlineAllowed: true })], context);
  assert.is(inline?.status, 'allowed');
  assert.is(inline?.allow?.by, 'inline comment');
  assert.is(reconcileEntries([inline as never], [finding()], context)[0]?.status, 'open');
});

reconcile('a rename carries the entry (same rule + fingerprint) to the new path', () => {
  const old = entry({ path: 'old.ts', id: 'debt-moved' });
  const next = reconcileEntries([old], [finding({ path: 'new.ts' })], context);
  assert.equal(
    next.map((item) => [item.path, item.id, item.status]),
    [['new.ts', 'debt-moved', 'open']],
  );
});

reconcile('blame history: an older marker counts from when it was written, and the hook keeps the facts', () => {
  const [scanned] = reconcileEntries(
    [],
    [finding({ facts: { tag: 'TODO', author: 'Ana', written: '2019-03-01' } })],
    context,
  );
  assert.is(scanned?.firstSeen, '2019-03-01');
  const [hooked] = reconcileEntries([scanned as never], [finding({ line: 7, facts: { tag: 'TODO' } })], context);
  assert.equal(hooked?.facts, { tag: 'TODO', author: 'Ana', written: '2019-03-01' });
  const [future] = reconcileEntries([], [finding({ facts: { written: '2030-01-01' } })], context);
  assert.is(future?.firstSeen, context.firstSeen);
});

reconcile(
  'a copy keeps its original (same rule and fingerprint) and is a new entry with the original age and allow',
  () => {
    const original = entry({
      path: 'a.ts',
      id: 'debt-orig',
      firstSeen: '2024-01-01',
      status: 'allowed',
      allow: { reason: 'fixture', by: 'Ana', at: '2024-02-01' },
    });
    const next = reconcileEntries([original], [finding({ path: 'a.ts' }), finding({ path: 'b.ts' })], context);
    const copy = next.find((item) => item.path === 'b.ts');
    assert.is(next.find((item) => item.path === 'a.ts')?.id, 'debt-orig');
    assert.ok(copy && copy.id !== 'debt-orig');
    assert.equal([copy?.firstSeen, copy?.status, copy?.allow?.reason], ['2024-01-01', 'allowed', 'fixture']);
  },
);

reconcile('an inline allow keeps the words written after the marker as its reason', () => {
  const [inline] = reconcileEntries(
    [],
    [finding({ inlineAllowed: true, inlineAllowReason: 'revoked fixture' })],
    context,
  );
  assert.equal(inline?.allow, { reason: 'revoked fixture', by: 'inline comment', at: '2026-06-01' });
  const later = { ...context, firstSeen: '2026-07-01' };
  const kept = reconcileEntries(
    [inline as never],
    [finding({ inlineAllowed: true, inlineAllowReason: 'revoked fixture' })],
    later,
  );
  assert.is(kept[0]?.allow?.at, '2026-06-01', 'same words: the date they were first seen');
  const reworded = reconcileEntries(
    [inline as never],
    [finding({ inlineAllowed: true, inlineAllowReason: 'docs sample' })],
    later,
  );
  assert.equal(reworded[0]?.allow, { reason: 'docs sample', by: 'inline comment', at: '2026-07-01' });
});

reconcile('a new copy of a value allowed in another file is recorded allowed, as the gate lets it pass', () => {
  const decision = { reason: 'fixture', by: 'Ana <ana@example.test>', at: '2025-05-05' };
  const original = entry({ path: 'src/b.ts', status: 'allowed', allow: decision, firstSeen: '2025-05-01' });
  const [copy] = reconcileEntries([], [finding()], { ...context, copySources: [original] });
  assert.equal([copy?.status, copy?.allow, copy?.firstSeen], ['allowed', decision, '2025-05-01']);
  const [unrelated] = reconcileEntries([], [finding({ fingerprint: 'other' })], {
    ...context,
    copySources: [original],
  });
  assert.is(unrelated?.status, 'open');
});

reconcile('per-symbol docstring entries of old ledgers are dropped once the docstring analyzer runs again', () => {
  const symbol = (status: 'open' | 'resolved', name: string) =>
    entry({
      id: `quality-${name}`,
      ruleId: 'quality/docstring',
      category: 'quality',
      title: `\`${name}\` (public function) has no docstring`,
      status,
      facts: { functionName: name, kind: 'function' },
      ...(status === 'resolved' ? { resolved: { at: '2026-01-01' } } : {}),
    });
  const old = [symbol('open', 'run'), symbol('resolved', 'stop'), entry({ id: 'debt-keep' })];
  const ran = reconcileEntries(old, [], { ...context, isReconciled: (rule) => rule === 'quality/docstring' });
  assert.equal(
    ran.map((item) => item.id),
    ['debt-keep'],
  );
  const notRun = reconcileEntries(old, [], { ...context, isReconciled: () => false });
  assert.is(notRun.length, 3, 'kept as they are where the analyzer did not run (the hook)');
});

reconcile.run();
