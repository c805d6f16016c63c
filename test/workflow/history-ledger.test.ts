import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Finding } from '../../src/findings/types.js';
import { makeHistoryEntryId, mergeHistoryEntries } from '../../src/workflow/history-ledger.js';
import type { HistorySecret } from '../../src/workflow/history-secrets.js';
import { entry } from '../helpers/ledger-entry.js';

const merge = suite('history entries merged into the ledger');
const today = '2026-06-01';

function finding(fingerprint: string, path = 'config/deploy.env'): Finding {
  return {
    ruleId: 'secret/github-pat',
    category: 'secret',
    severity: 'critical',
    path,
    line: 2,
    title: `GitHub personal access token in ${path}`,
    evidence: 'ghp_…(40 chars)',
    fingerprint,
    confidence: 0.9,
    effortHours: 2,
  };
}

function secret(fingerprint: string, commits: [string, string][], paths = ['config/deploy.env']): HistorySecret {
  return {
    finding: finding(fingerprint, paths[0]),
    commits: commits.map(([commit, date]) => ({ commit, date })),
    paths,
  };
}

const key = (fingerprint: string) => `secret/github-pat\0${fingerprint}`;

merge('one entry per value, apart from the tree, with the oldest date, commits, paths and inHead', () => {
  const tree = entry({ path: 'src/a.py', ruleId: 'secret/github-pat', category: 'secret', fingerprint: 'v1' });
  const entries = mergeHistoryEntries(
    [tree],
    [
      secret('v1', [
        ['a1', '2024-01-02'],
        ['b2', '2024-03-04'],
      ]),
    ],
    {
      complete: true,
      inHead: new Set([key('v1')]),
      today,
    },
  );
  assert.is(entries.length, 2);
  const history = entries.find((candidate) => candidate.history);
  assert.is(history?.id, makeHistoryEntryId('secret/github-pat', 'v1'));
  assert.is.not(history?.id, tree.id);
  assert.is(history?.firstSeen, '2024-01-02');
  assert.equal(history?.history, { commits: ['a1', 'b2'], commitCount: 2, paths: ['config/deploy.env'], inHead: true });
  assert.match(history?.title ?? '', 'committed to history: rotate it');
});

merge('a value allowed in the tree is allowed in history with the same decision; triage is kept', () => {
  const allow = { reason: 'a documented fake', by: 'Ana <ana@example.test>', at: '2026-01-01' };
  const tree = entry({
    ruleId: 'secret/github-pat',
    category: 'secret',
    fingerprint: 'fake',
    status: 'allowed',
    allow,
  });
  const [, history] = mergeHistoryEntries([tree], [secret('fake', [['a1', '2024-01-02']])], {
    complete: true,
    inHead: new Set(),
    today,
  });
  assert.is(history?.status, 'allowed');
  assert.equal(history?.allow, allow);
  const done = { hours: 1, at: '2026-02-01', by: 'Ana' };
  const rotated = { reason: 'rotated on 2026-02-01', by: 'Ana', at: '2026-02-01' };
  const again = mergeHistoryEntries(
    [{ ...(history as NonNullable<typeof history>), allow: rotated, done }],
    [secret('fake', [['a1', '2024-01-02']])],
    { complete: true, inHead: new Set(), today },
  );
  assert.equal(again[0]?.allow, rotated);
  assert.equal(again[0]?.done, done);
});

merge('an incremental scan adds commits and paths; a complete one resolves a value no ref holds any more', () => {
  const [first] = mergeHistoryEntries([], [secret('v1', [['a1', '2024-01-02']])], {
    complete: true,
    inHead: new Set(),
    today,
  });
  const [later] = mergeHistoryEntries(
    [first as NonNullable<typeof first>],
    [secret('v1', [['c3', '2025-05-05']], ['other/place.env'])],
    { complete: false, inHead: new Set([key('v1')]), today },
  );
  assert.equal(later?.history, {
    commits: ['a1', 'c3'],
    commitCount: 2,
    paths: ['config/deploy.env', 'other/place.env'],
    inHead: true,
  });
  assert.is(later?.path, 'config/deploy.env', 'still where it was first added');
  const kept = mergeHistoryEntries([later as NonNullable<typeof later>], [], {
    complete: false,
    inHead: new Set(),
    today,
  });
  assert.is(kept[0]?.status, 'open', 'an incremental scan does not see every commit: nothing is resolved');
  assert.is(kept[0]?.history?.inHead, false);
  const gone = mergeHistoryEntries([later as NonNullable<typeof later>], [], {
    complete: true,
    inHead: new Set(),
    today,
  });
  assert.is(gone[0]?.status, 'resolved');
  assert.equal(gone[0]?.resolved, { at: today });
});

merge.run();
