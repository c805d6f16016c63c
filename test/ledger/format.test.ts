import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatLedger, parseLedger } from '../../src/ledger/format.js';
import { entry } from '../helpers/ledger-entry.js';

const format = suite('ledger format');
const history = { commits: ['a'.repeat(40)], commitCount: 1, paths: ['old/.env'], inHead: false };

format('sorted, one entry per line, keys in a fixed order: same entries, same bytes', () => {
  const a = entry({ path: 'b.ts', id: 'debt-b', facts: { tag: 'TODO', issueRef: '#1' } });
  const b = entry({ path: 'a.ts', id: 'debt-a' });
  const text = formatLedger([a, b]);
  assert.is(text, formatLedger([b, { ...a, facts: { issueRef: '#1', tag: 'TODO' } }]));
  const lines = text.split('\n').filter((line) => line.startsWith('{"path"'));
  assert.is(lines.length, 2);
  assert.ok(lines[0]?.startsWith('{"path":"a.ts"'));
});

format('a history block is written after the facts and read back as it was', () => {
  const text = formatLedger([entry({ facts: { tag: 'x' }, history, status: 'open' })]);
  assert.match(
    text,
    /"facts":\{"tag":"x"\},"history":\{"commitCount":1,"commits":\["a{40}"\],"inHead":false,"paths":\["old\/\.env"\]\}/,
  );
  const parsed = parseLedger(text, '.value/ledger.json');
  assert.equal(parsed.ok && parsed.value.entries[0]?.history, history);
});

format('the file stays ASCII: other characters are written as \\u escapes and read back intact', () => {
  const text = formatLedger([entry({ path: 'données/café.ts', evidence: 'ghp_…(40 chars)' })]);
  assert.ok(/^[\x00-\x7f]*$/.test(text));
  const parsed = parseLedger(text, '.value/ledger.json');
  assert.ok(
    parsed.ok &&
      parsed.value.entries[0]?.path === 'données/café.ts' &&
      parsed.value.entries[0]?.evidence === 'ghp_…(40 chars)',
  );
});

const parseCases: Array<[name: string, text: string, code: string | undefined]> = [
  ['canonical', formatLedger([entry()]), undefined],
  ['pretty-printed by hand', JSON.stringify({ version: 1, entries: [entry()] }, null, 2), undefined],
  ['truncated', formatLedger([entry()]).slice(0, 50), 'LEDGER_CORRUPT'],
  ['conflict markers', `<<<<<<< ours\n${formatLedger([entry()])}=======\n>>>>>>> theirs\n`, 'LEDGER_CONFLICTED'],
  ['wrong version', JSON.stringify({ version: 99, entries: [] }), 'LEDGER_CORRUPT'],
  ['entry without id', JSON.stringify({ version: 1, entries: [{ ...entry(), id: undefined }] }), 'LEDGER_CORRUPT'],
  ['unknown status', JSON.stringify({ version: 1, entries: [entry({ status: 'maybe' as never })] }), 'LEDGER_CORRUPT'],
  ['a history entry', formatLedger([entry({ history })]), undefined],
  [
    'a history block without its lists',
    JSON.stringify({ version: 1, entries: [entry({ history: { inHead: true } as never })] }),
    'LEDGER_CORRUPT',
  ],
  [
    'a history block without inHead',
    JSON.stringify({ version: 1, entries: [entry({ history: { ...history, inHead: 'yes' } as never })] }),
    'LEDGER_CORRUPT',
  ],
];
for (const [name, text, code] of parseCases) {
  format(`parseLedger: ${name}`, () => {
    const parsed = parseLedger(text, '.value/ledger.json');
    assert.is(parsed.ok ? undefined : parsed.error.code, code);
    if (!parsed.ok) {
      assert.match(parsed.error.message, '.value/ledger.json');
      assert.ok(parsed.error.fix.length > 0);
    }
  });
}

format.run();
