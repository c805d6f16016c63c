import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { analyze } from '../../../src/analyzers/markers/index.js';
import { classifyMarker } from '../../../src/analyzers/markers/marker-ask.js';
import { wholeFile } from '../../../src/findings/line-ranges.js';
import type { LedgerEntry } from '../../../src/ledger/types.js';
import { groupEntries } from '../../../src/scoring/group-items.js';
import { scoreEntry } from '../../../src/scoring/score-entry.js';
import { makeContext, makeEntry } from '../../scoring/fixtures.js';

// Real-shaped marker comments (written for this test, in the shapes the judged sample of
// bench/panel/judged/markers.md found): what each asks for.
const asks = suite('markers: item, note or held');

type Kind = 'work' | 'note' | 'held';
const table: Array<[tag: string, parenthesised: string | undefined, text: string, kind: Kind]> = [
  // imperative or modal: work
  ['XXX', undefined, 'needs a test', 'work'],
  ['XXX', undefined, 'use the encoding of the wrapped stream', 'work'],
  ['TODO', undefined, 'Remove the fallback branch', 'work'],
  ['TODO', undefined, 'this cast should not be necessary', 'work'],
  ['TODO', undefined, 'the two loops can be simplified into one', 'work'],
  ['TODO', undefined, 'it would be nice to cache the parsed header', 'work'],
  ['HACK', undefined, 'we could pass the socket through instead', 'work'],
  ['XXX', undefined, 'not implemented yet', 'work'],
  ['TODO', undefined, 'harmonize the error message with match()', 'work'],
  ['TODO', undefined, 'dedupe options', 'work'],
  // a question: work
  ['TODO', undefined, 'Is this branch reachable at all?', 'work'],
  ['XXX', undefined, 'should the digest be quoted here too?', 'work'],
  // a bug statement: work
  ['XXX', undefined, 'the width computed here is wrong for wide characters', 'work'],
  ['TODO', undefined, 'this is broken on Windows', 'work'],
  ['FIXME', undefined, 'crashes when the list is empty', 'work'],
  ['FIXME', undefined, 'totals are rounded twice', 'work'],
  ['TODO', undefined, 'the type error here is real, need to fix', 'work'],
  // an explanation: a note
  ['XXX', undefined, 'this is because the writer is shared with the reporter', 'note'],
  ['XXX', undefined, 'we do this since the loader caches modules', 'note'],
  ['XXX', undefined, 'we reuse the terminal writer so that colours survive', 'note'],
  ['HACK', undefined, 'this is a hack to keep the import order stable', 'note'],
  ['XXX', undefined, 'hackish: the class pretends to live in builtins', 'note'],
  ['TODO', undefined, 'the session is the only hook target', 'note'],
  ['XXX', undefined, 'this callback may run while output is captured', 'note'],
  ['XXX', undefined, 'evil hack', 'note'],
  ['XXX', undefined, '', 'note'],
  ['TODO', undefined, 'Note: order matters here', 'note'],
  ['TODO', undefined, 'type ignored -- the override narrows the argument', 'note'],
  // an explanation first, then an ask: the explanation leads
  ['XXX', undefined, 'needed because the fd is reopened; should go away', 'note'],
  // an ask first, then the reason: work
  ['TODO', undefined, 'remove this since the upstream bug is fixed', 'work'],
  // blocked or conditional: held
  ['TODO', 'py313', 'Replace the subclass with exit_on_error=False', 'held'],
  ['TODO', 'pytest10.1', 'Remove the warning and the branch', 'held'],
  ['TODO', 'v5', 'drop the legacy option', 'held'],
  ['TODO', undefined, 'remove when we drop Python 3.9', 'held'],
  ['TODO', undefined, 'move to typing when Python >= 3.13', 'held'],
  ['TODO', undefined, 'drop this shim once the old API is deprecated', 'held'],
  ['TODO', undefined, 'rename the option in the next major', 'held'],
  ['TODO', undefined, 'delete after v5', 'held'],
  ['TODO', undefined, 'Remove this in 3.0.0', 'held'],
  ['TODO', undefined, 'use structuredClone after dropping Node 16', 'held'],
  // not conditions: an owner, a duration, "once per"
  ['TODO', 'alice2', 'add a retry', 'work'],
  ['TODO', undefined, 'retry in 2 seconds instead of failing', 'work'],
  ['TODO', undefined, 'call the hook once per session instead', 'work'],
];

for (const [tag, parenthesised, text, kind] of table) {
  asks(`${tag}${parenthesised ? `(${parenthesised})` : ''}: ${text || '(bare)'} → ${kind}`, () => {
    const ask = classifyMarker(tag, parenthesised, text);
    assert.is(ask.kind, kind, ask.why);
  });
}

asks('a note citing a tracker issue is work someone filed', () => {
  assert.is(classifyMarker('TODO', undefined, 'this is a hell of a hack', '#4569').kind, 'work');
});

asks('runtime conditions are recorded: requires at least, or drops', () => {
  const requires = classifyMarker('TODO', 'py313', 'use exit_on_error');
  const drops = classifyMarker('TODO', undefined, 'remove when we drop Python 3.9');
  assert.equal(requires.kind === 'held' ? requires.waitsFor : undefined, {
    runtime: 'python',
    relation: '>=',
    version: [3, 13],
  });
  assert.equal(drops.kind === 'held' ? drops.waitsFor : undefined, {
    runtime: 'python',
    relation: '>',
    version: [3, 9],
  });
});

function scan(text: string, path = 'a.py') {
  return analyze({ path, text, changed: wholeFile(text) });
}

asks('the sentence continues on the comment lines under the marker', () => {
  const [wrapped] = scan('# XXX the header is parsed twice\n# because the proxy rewrites it\nx = 1\n');
  assert.is(wrapped?.severity, 'info');
  assert.match(String(wrapped?.facts?.['note']), /because/);
  const [linked] = scan('# todo: this is a hell of a hack\n# https://github.com/o/r/issues/4569\nx = 1\n');
  assert.is(linked?.facts?.['issueRef'], '#4569');
  assert.is(linked?.severity, 'low');
  // a finished sentence does not read on into the next comment
  const [ended] = scan('# XXX the header is parsed twice.\n# Remove the second parse\n');
  assert.is(ended?.severity, 'info');
});

asks('XXX is no more severe than TODO: a stated defect is medium, an ask low, a note info', () => {
  const found = scan('# XXX use a set here\n# TODO: use a set here\n# XXX this is wrong\n# XXX since v2 we copy\n');
  assert.equal(
    found.map((finding) => finding.severity),
    ['low', 'low', 'medium', 'info'],
  );
});

function entryOf(finding: ReturnType<typeof scan>[number], index: number): LedgerEntry {
  return makeEntry({
    id: `debt-${String(index).padStart(10, '0')}`,
    ruleId: finding.ruleId,
    severity: finding.severity,
    path: finding.path,
    line: finding.line,
    title: finding.title,
    fingerprint: finding.fingerprint,
    effortHours: finding.effortHours,
    ...(finding.facts ? { facts: finding.facts } : {}),
  });
}

asks('a grouped item is headed by its most actionable marker, not its first line', () => {
  const text = '# XXX maybe try harder here\nx = 1\n# XXX needs a test\ny = 2\n#    # XXX\n';
  const [item] = groupEntries(scan(text).map(entryOf));
  assert.is(item?.line, 3);
  assert.match(item?.title ?? '', /^needs a test \(and 2 more in this file\)$/);
  const cited = '# TODO: maybe cache this\n# TODO: rework the parser, see #12\n';
  assert.is(groupEntries(scan(cited).map(entryOf))[0]?.line, 2);
});

asks('notes and held markers are held as metrics, with the reason; a met runtime condition is work now', () => {
  const ctx = makeContext({ today: '2026-12-02' });
  const [note] = groupEntries(scan('# XXX we copy because the buffer is reused\n').map(entryOf));
  assert.match(scoreEntry(note!, ctx).held ?? '', /a note, not work: explains the code/);
  const [blocked] = groupEntries(scan('# TODO(py313): use exit_on_error\n').map(entryOf));
  assert.match(scoreEntry(blocked!, ctx).held ?? '', /until the project requires Python 3.13/);
  assert.is(scoreEntry(blocked!, { ...ctx, runtimeMinimum: { python: [3, 13] } }).held, undefined);
  // Python 3.9 reached its end of life in 2025: dropping it is work today
  const [dropped] = groupEntries(scan('# TODO: remove when we drop Python 3.9\n').map(entryOf));
  const scored = scoreEntry(dropped!, ctx);
  assert.is(scored.held, undefined);
  assert.ok(scored.breakdown.some((term) => /past its end of life/.test(term.source)));
  const [later] = groupEntries(scan('# TODO: remove when we drop Python 3.14\n').map(entryOf));
  assert.match(scoreEntry(later!, ctx).held ?? '', /drops Python 3.14/);
});

asks.run();
