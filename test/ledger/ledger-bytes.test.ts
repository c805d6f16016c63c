import { mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatEntry, formatLedger } from '../../src/ledger/format.js';
import { fileBytes, memoryBytes } from '../../src/ledger/ledger-bytes.js';
import {
  findPathRange,
  joinPieces,
  linesIn,
  openLedgerText,
  spliceLines,
  writePieces,
} from '../../src/ledger/splice.js';
import type { LedgerEntry } from '../../src/ledger/types.js';
import { entry } from '../helpers/ledger-entry.js';

// The hook reads the ledger in 4 KB windows straight from the file; these tests use a ledger of
// several hundred KB so that searches, lines and copies cross window and stream-chunk boundaries.
const bytes = suite('ledger bytes: file windows against memory');
const dir = mkdtempSync(join(tmpdir(), 'git-value-bytes-'));
const paths = Array.from(
  { length: 1500 },
  (_, i) => `src/${'nested/'.repeat(i % 7)}file-${String(i).padStart(4, '0')}${i % 11 === 0 ? '-données' : ''}.ts`,
);
const entries: LedgerEntry[] = paths.flatMap((path, i) =>
  Array.from({ length: 1 + (i % 3) }, (_, n) =>
    entry({
      path,
      line: n + 1,
      id: `debt-${i}-${n}`,
      fingerprint: `f${i}-${n}`,
      title: `marker ${'x'.repeat(i % 97)}`,
    }),
  ),
);
const text = formatLedger(entries);
const file = join(dir, 'ledger.json');
writeFileSync(file, text);

bytes('the fixture spans many windows and stream chunks', () => {
  assert.ok(text.length > 600 * 1024, `ledger is ${text.length} bytes`);
});

bytes('slice, indexOf and lastIndexOf agree with a Buffer at every window edge', () => {
  const view = fileBytes(file);
  const buffer = Buffer.from(text, 'latin1');
  try {
    for (const at of [0, 1, 4095, 4096, 4097, 8191, 8192, 262143, 262144, buffer.length - 2, buffer.length - 1]) {
      assert.equal(view.slice(at, at + 300), buffer.subarray(at, at + 300), `slice at ${at}`);
      assert.is(view.indexOf(0x0a, at), buffer.indexOf(0x0a, at), `indexOf at ${at}`);
      assert.is(view.lastIndexOf(0x0a, at), buffer.lastIndexOf(0x0a, at), `lastIndexOf at ${at}`);
    }
    assert.is(view.lastIndexOf(0x0a, -1), -1);
    assert.equal(view.whole(), buffer);
  } finally {
    view.close();
  }
});

const edits: Array<[name: string, replacements: Map<string, LedgerEntry[]>]> = [
  [
    'replace one path in the middle',
    new Map([[paths[700]!, [entry({ path: paths[700]!, id: 'debt-new', title: 'new…' })]]]),
  ],
  [
    'remove the first and the last path',
    new Map([
      [paths[0]!, []],
      [paths[1499]!, []],
    ]),
  ],
  [
    'fifty paths spread over the file',
    new Map(
      paths.filter((_, i) => i % 30 === 5).map((path, n) => [path, n % 2 ? [] : [entry({ path, id: `debt-x${n}` })]]),
    ),
  ],
  [
    'insert new paths before, between and after',
    new Map([
      ['0.ts', [entry({ path: '0.ts', id: 'debt-a' })]],
      ['src/file-0700a.ts', [entry({ path: 'src/file-0700a.ts', id: 'debt-b' })]],
      ['zz.ts', [entry({ path: 'zz.ts', id: 'debt-c' })]],
    ]),
  ],
];
for (const [name, replacements] of edits) {
  bytes(`${name}: the file-backed edit writes the same bytes as formatting from scratch`, () => {
    const view = fileBytes(file);
    const out = join(dir, 'out.json');
    try {
      const ledger = openLedgerText(view);
      assert.ok(ledger);
      if (!ledger) return;
      for (const path of replacements.keys()) {
        const memory = openLedgerText(memoryBytes(Buffer.from(text, 'latin1')))!;
        assert.equal(linesIn(ledger, findPathRange(ledger, path)), linesIn(memory, findPathRange(memory, path)), path);
      }
      const pieces = spliceLines(
        ledger,
        new Map([...replacements].map(([path, list]) => [path, list.map(formatEntry)])),
      );
      const fd = openSync(out, 'w');
      writePieces(fd, ledger, pieces);
      closeSync(fd);
      const expected = formatLedger([
        ...entries.filter((item) => !replacements.has(item.path)),
        ...[...replacements.values()].flat(),
      ]);
      assert.is(readFileSync(out, 'latin1'), expected);
      assert.is(joinPieces(ledger, pieces).toString('latin1'), expected);
    } finally {
      view.close();
    }
  });
}

bytes('a conflict marker is found wherever it falls, including across a 256 KB stream chunk', () => {
  for (const at of [5000, 262144 - 3, 262144 + 1, text.length - 400]) {
    const lineStart = text.indexOf('\n', at);
    const conflicted = `${text.slice(0, lineStart)}\n<<<<<<< ours${text.slice(lineStart)}`;
    writeFileSync(join(dir, 'conflicted.json'), conflicted);
    const view = fileBytes(join(dir, 'conflicted.json'));
    try {
      assert.is(openLedgerText(view), undefined, `marker near ${at}`);
    } finally {
      view.close();
    }
  }
});

bytes.after(() => rmSync(dir, { recursive: true, force: true }));
bytes.run();
