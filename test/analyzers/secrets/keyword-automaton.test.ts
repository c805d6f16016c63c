import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { compileKeywords, scanKeywords } from '../../../src/analyzers/secrets/keyword-automaton.js';
import { fakeToken } from '../../../src/analyzers/secrets/fake-token.js';

// The prefilter decides which rules run: a keyword it misses is a secret never looked for. Its
// transitions are computed lazily, so each row checks against the plain definition (indexOf on the
// lower-cased text) rather than a fixed answer.
const automaton = suite('secrets/keyword-automaton');

/** Every start offset of each keyword in the ASCII-lower-cased text, the slow and obvious way. */
function expectedHits(keywords: readonly string[], text: string): Map<string, number[]> {
  const folded = text.replace(/[A-Z]/g, (char) => char.toLowerCase());
  const hits = new Map<string, number[]>();
  for (const keyword of new Set(keywords)) {
    const offsets: number[] = [];
    for (let at = folded.indexOf(keyword); at !== -1; at = folded.indexOf(keyword, at + 1)) offsets.push(at);
    if (offsets.length) hits.set(keyword, offsets);
  }
  return hits;
}

function assertHits(keywords: readonly string[], text: string): void {
  const compiled = compileKeywords(keywords);
  const expected = expectedHits(keywords, text);
  // twice: the second scan reads the transitions the first one filled in
  for (const pass of [1, 2]) {
    const hits = scanKeywords(text, compiled, new Set(keywords));
    assert.equal([...hits.present].sort(), [...expected.keys()].sort(), `present, pass ${pass}: ${text.slice(0, 60)}`);
    assert.equal(new Map([...hits.offsets].sort()), new Map([...expected].sort()), `offsets, pass ${pass}`);
  }
}

const rows: Array<[name: string, keywords: string[], text: string]> = [
  ['overlapping keywords through failure links', ['he', 'she', 'his', 'hers'], 'ushers and his shehe'],
  ['a keyword inside another', ['pass', 'password', 'word'], 'PASSWORD=x; passw; words'],
  ['upper case folds to the lower-case keyword', ['ghp_', 'api_key'], 'GHP_abc API_KEY Api_Key'],
  ['no keyword present', ['token', 'secret'], 'nothing to see here'],
  ['non-ASCII text around keywords', ['key'], 'clé=ключ key\u{1F511}KEY'],
  ['one character keywords and repeats', ['a', 'aa', 'aaa'], 'aaaa b aa'],
  ['punctuation keywords', ['://', ':$2', '-----begin'], 'https://u:$2b$ -----BEGIN x'],
  ['empty text', ['key'], ''],
];
for (const [name, keywords, text] of rows) automaton(name, () => assertHits(keywords, text));

automaton('random texts over a small alphabet agree with indexOf', () => {
  const keywords = Array.from({ length: 40 }, (_, index) => fakeToken('abc_:', 1 + (index % 6)));
  for (let round = 0; round < 30; round++) assertHits(keywords, fakeToken('abcABC_: x', 400));
});

automaton('the same keywords share one automaton', () => {
  assert.is(compileKeywords(['b', 'a']), compileKeywords(['a', 'b', 'a']));
});

automaton.run();
