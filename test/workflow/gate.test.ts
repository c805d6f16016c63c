import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/types.js';
import { ok } from '../../src/findings/result.js';
import type { Finding } from '../../src/findings/types.js';
import { INLINE_ALLOW_BY, type LedgerEntry } from '../../src/ledger/types.js';
import { isGated, selectBlocking, type GateFacts } from '../../src/workflow/gate.js';
import { entry } from '../helpers/ledger-entry.js';

// The one predicate every gate path asks: a row per reason a finding blocks or does not.
const gate = suite('isGated');

const credential: Finding = {
  ruleId: 'secret/x',
  category: 'secret',
  severity: 'high',
  path: 'src/a.ts',
  line: 3,
  title: 'key',
  fingerprint: 'f',
  confidence: 0.9,
  effortHours: 1,
};

interface Situation {
  added?: Array<[start: number, end: number]>;
  allowed?: LedgerEntry[];
  before?: Finding[];
  config?: Config;
}

function factsOf(situation: Situation): GateFacts & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    added: new Map([['src/a.ts', (situation.added ?? [[1, 10]]).map(([start, end]) => ({ start, end }))]]),
    allowedEntries: () => {
      reads.push('ledger');
      return ok(situation.allowed ?? []);
    },
    preexistingKeys: async () => {
      reads.push('parent');
      return ok(new Set((situation.before ?? []).map((finding) => `${finding.ruleId}\0${finding.fingerprint}`)));
    },
  };
}

const allowedEntry = entry({
  ruleId: 'secret/x',
  category: 'secret',
  fingerprint: 'f',
  status: 'allowed',
  allow: { reason: 'a test key', by: 'Ana <ana@example.org>', at: '2026-01-02' },
});
const rows: Array<[name: string, finding: Finding, situation: Situation, blocks: boolean]> = [
  ['a high credential on an added line blocks', credential, {}, true],
  ['a medium credential with confidence 0.5 blocks', { ...credential, severity: 'medium', confidence: 0.5 }, {}, true],
  ['a high vulnerability pattern blocks', { ...credential, ruleId: 'vuln/eval', category: 'vuln' }, {}, true],
  [
    'a vulnerability pattern with its linter suppression written on the line does not block',
    {
      ...credential,
      ruleId: 'vuln/eval',
      category: 'vuln',
      facts: { call: 'eval', suppressed: '`# nosec B307` on line 3' },
    },
    {},
    false,
  ],
  [
    'a linter suppression blocks again with scoring.projectLinters false',
    {
      ...credential,
      ruleId: 'vuln/eval',
      category: 'vuln',
      facts: { call: 'eval', suppressed: '`# nosec B307` on line 3' },
    },
    { config: { ...defaultConfig, scoring: { ...defaultConfig.scoring, projectLinters: false } } },
    true,
  ],
  [
    'a credential is not let through by a linter suppression',
    { ...credential, facts: { suppressed: '`# noqa` on line 3' } },
    {},
    true,
  ],
  [
    'a TODO never blocks',
    { ...credential, ruleId: 'debt/todo', category: 'debt', severity: 'critical', confidence: 1 },
    {},
    false,
  ],
  [
    'a category outside block.categories never blocks',
    { ...credential, ruleId: 'perf/x', category: 'perf', severity: 'critical', confidence: 1 },
    {},
    false,
  ],
  ['an inline git-value:allow lets it through', { ...credential, inlineAllowed: true }, {}, false],
  ['on a line the commit does not add: no block', credential, { added: [[5, 9]] }, false],
  ['a multi-line finding touching an added line blocks', { ...credential, endLine: 6 }, { added: [[5, 9]] }, true],
  ['allowed in the ledger by fingerprint: no block', credential, { allowed: [allowedEntry] }, false],
  ['an allow of another value does not count', credential, { allowed: [{ ...allowedEntry, fingerprint: 'g' }] }, true],
  [
    'an allow still counts once its entry was resolved (the value someone accepted, added again)',
    credential,
    { allowed: [{ ...allowedEntry, status: 'resolved' }] },
    false,
  ],
  [
    'an entry without an allow decision is no allow',
    credential,
    { allowed: [{ ...allowedEntry, allow: undefined }] },
    true,
  ],
  [
    'an inline allow recorded in the ledger lets no copy through',
    credential,
    { allowed: [{ ...allowedEntry, allow: { reason: '', by: INLINE_ALLOW_BY, at: '2026-01-02' } }] },
    true,
  ],
  ['already on the parent side: no block', credential, { before: [credential] }, false],
  [
    'a score under block.minScore does not block',
    credential,
    { config: { ...defaultConfig, block: { ...defaultConfig.block, minScore: 101 } } },
    false,
  ],
  [
    'a package config that gates no category does not block',
    credential,
    { config: { ...defaultConfig, block: { ...defaultConfig.block, categories: [] } } },
    false,
  ],
];
for (const [name, finding, situation, blocks] of rows)
  gate(name, async () => {
    const gated = await isGated(finding, situation.config ?? defaultConfig, factsOf(situation));
    assert.equal(gated, ok(blocks));
  });

gate('facts are read only when a finding gets that far (the common commit reads nothing)', async () => {
  const marker = { ...credential, ruleId: 'debt/todo', category: 'debt' } as Finding;
  const facts = factsOf({});
  await isGated(marker, defaultConfig, facts);
  await isGated(credential, defaultConfig, factsOf({ added: [[5, 9]] }));
  assert.equal(facts.reads, []);
  await isGated(credential, defaultConfig, facts);
  assert.equal(facts.reads, ['ledger', 'parent']);
});

gate('selectBlocking keeps the blocking findings with their scores, config by path', async () => {
  const other = { ...credential, path: 'pkg/b.ts', fingerprint: 'g' };
  const lenient = { ...defaultConfig, block: { ...defaultConfig.block, minScore: 101 } };
  const facts = factsOf({});
  const added = new Map([...facts.added, ['pkg/b.ts', [{ start: 1, end: 10 }]]]);
  const blocking = await selectBlocking(
    [credential, other],
    (path) => (path.startsWith('pkg/') ? lenient : defaultConfig),
    {
      ...facts,
      added,
    },
  );
  assert.ok(blocking.ok);
  if (!blocking.ok) return;
  assert.equal(
    blocking.value.map(({ finding }) => finding.path),
    ['src/a.ts'],
  );
  assert.ok((blocking.value[0]?.score ?? 0) >= defaultConfig.block.minScore);
});

gate('a failed read stops the gate with its error (never a silent pass)', async () => {
  const facts: GateFacts = {
    ...factsOf({}),
    allowedEntries: () => ({
      ok: false,
      error: { code: 'LEDGER_CORRUPT', message: 'corrupt', fix: 'restore it' },
    }),
  };
  const gated = await isGated(credential, defaultConfig, facts);
  assert.is(gated.ok, false);
});

gate.run();
