// The keyword prefilter runs on every byte of every staged file, so it is one pass of an
// Aho-Corasick automaton over char codes, case-folded on the fly. Measured on 9 MB of
// typescript.js with ~250 keywords: includes() per keyword 900 ms, one alternation regex 280 ms
// plus 125 ms for toLowerCase, this automaton ~30 ms.
//
// Its transitions are filled in lazily, as the scan first takes each one: the complete table for ~900
// keywords (6,000 states x 55 symbols) took 17-25 ms of CPU to build at every start of the hook,
// which then reads a few hundred of its 330,000 cells (issue 13).

/**
 * State s owns the row at (s + 1) × width of `trie` and `jumps`; row 0 is never used, so 0 can mean
 * "no edge" and "not computed yet" in tables fresh from the allocator, which need no fill.
 */
export interface KeywordAutomaton {
  keywords: string[];
  width: number;
  /** Character code (lower-cased ASCII) to symbol, for every UTF-16 code unit; 0 for characters no keyword holds. */
  symbolOf: Uint8Array;
  /** Trie edges: the child state at trie[row + symbol], or 0 (the root is no one's child). */
  trie: Int32Array;
  /** Failure link of each state: the state of its longest proper suffix that is a keyword prefix. */
  fail: Int32Array;
  /** Keyword indexes ending at each state (own and through failure links). */
  outputs: Array<number[] | undefined>;
  /** 1 where outputs has an entry. */
  accepting: Uint8Array;
  /**
   * The scan loop's table: for each (row, symbol) the next state's row, negated when that state
   * ends a keyword, or 0 until first taken; one load per character and a sign test.
   */
  jumps: Int32Array;
}

const cache = new Map<string, KeywordAutomaton>();

/** Only the characters keywords use get a column. */
function buildSymbols(keywords: readonly string[]): { symbolOf: Uint8Array; width: number } {
  const symbolOf = new Uint8Array(0x10000);
  let width = 1;
  for (const keyword of keywords)
    for (let at = 0; at < keyword.length; at++) {
      const code = keyword.charCodeAt(at);
      if (symbolOf[code] === 0) symbolOf[code] = width++;
    }
  for (let code = 65; code <= 90; code++) symbolOf[code] = symbolOf[code + 32] as number;
  return { symbolOf, width };
}

/** The state after `state` reads `symbol`, from trie edges and failure links, kept in `jumps` for next time. */
function transition(automaton: KeywordAutomaton, state: number, symbol: number): number {
  const { width, jumps } = automaton;
  const slot = (state + 1) * width + symbol;
  const known = jumps[slot] as number;
  if (known !== 0) return Math.abs(known) / width - 1;
  const child = automaton.trie[slot] as number;
  const target = child !== 0 ? child : state === 0 ? 0 : transition(automaton, automaton.fail[state] as number, symbol);
  const row = (target + 1) * width;
  jumps[slot] = automaton.accepting[target] === 1 ? -row : row;
  return target;
}

/**
 * The trie is built one depth at a time, so states are numbered breadth-first: a failure link always
 * points to a lower number (computed before it), and the shallow states the scan visits most share
 * the start of the table.
 */
function buildAutomaton(keywords: string[]): KeywordAutomaton {
  const { symbolOf, width } = buildSymbols(keywords);
  const maxStates = 1 + keywords.reduce((total, keyword) => total + keyword.length, 0);
  const trie = new Int32Array((maxStates + 1) * width);
  const parent = new Int32Array(maxStates);
  const symbolIn = new Int32Array(maxStates);
  const own: Array<number[] | undefined> = [undefined];
  // longest first, so each depth walks only the keywords that reach it
  const byLength = keywords.map((_, index) => index).sort((a, b) => keywords[b]!.length - keywords[a]!.length);
  const at = new Int32Array(keywords.length);
  let states = 1;
  for (let depth = 0, reaching = byLength.length; reaching > 0; depth++) {
    while (reaching > 0 && keywords[byLength[reaching - 1]!]!.length <= depth) reaching--;
    for (let rank = 0; rank < reaching; rank++) {
      const index = byLength[rank] as number;
      const keyword = keywords[index] as string;
      const from = at[index] as number;
      const symbol = symbolOf[keyword.charCodeAt(depth)] as number;
      const slot = (from + 1) * width + symbol;
      if (trie[slot] === 0) {
        trie[slot] = states;
        parent[states] = from;
        symbolIn[states] = symbol;
        own.push(undefined);
        states++;
      }
      const state = trie[slot] as number;
      at[index] = state;
      if (depth === keyword.length - 1) (own[state] ??= []).push(index);
    }
  }
  const automaton: KeywordAutomaton = {
    keywords,
    width,
    symbolOf,
    trie: trie.subarray(0, (states + 1) * width),
    fail: new Int32Array(states),
    outputs: own,
    accepting: new Uint8Array(states),
    jumps: new Int32Array((states + 1) * width),
  };
  const { fail, outputs, accepting } = automaton;
  for (let state = 1; state < states; state++) {
    const from = parent[state] as number;
    fail[state] = from === 0 ? 0 : transition(automaton, fail[from] as number, symbolIn[state] as number);
    const inherited = outputs[fail[state] as number];
    if (inherited) outputs[state] = outputs[state] ? [...(outputs[state] as number[]), ...inherited] : inherited;
    accepting[state] = outputs[state] ? 1 : 0;
  }
  return automaton;
}

/** Keywords must be lower-case ASCII (the rule harness and config validation check it). */
export function compileKeywords(keywords: readonly string[]): KeywordAutomaton {
  const unique = [...new Set(keywords)]
    .filter((keyword) => keyword.length > 0 && /^[\x20-\x7e]+$/.test(keyword))
    .sort();
  const key = unique.join('\0');
  let automaton = cache.get(key);
  if (!automaton) cache.set(key, (automaton = buildAutomaton(unique)));
  return automaton;
}

export interface KeywordHits {
  present: Set<string>;
  /** Start offsets of the keywords asked for, ascending. */
  offsets: Map<string, number[]>;
}

// Short keywords match every few characters in code (~240 hits per KB of typescript.js): the hit path
// works on flags indexed by keyword, and only the anchor keywords record offsets.
const anchorFlagsCache = new WeakMap<ReadonlySet<string>, WeakMap<KeywordAutomaton, Uint8Array>>();

function anchorFlags(automaton: KeywordAutomaton, withOffsets: ReadonlySet<string>): Uint8Array {
  let byAutomaton = anchorFlagsCache.get(withOffsets);
  if (!byAutomaton) anchorFlagsCache.set(withOffsets, (byAutomaton = new WeakMap()));
  let flags = byAutomaton.get(automaton);
  if (!flags)
    byAutomaton.set(
      automaton,
      (flags = Uint8Array.from(automaton.keywords, (keyword) => (withOffsets.has(keyword) ? 1 : 0))),
    );
  return flags;
}

export function scanKeywords(text: string, automaton: KeywordAutomaton, withOffsets: ReadonlySet<string>): KeywordHits {
  const { jumps, symbolOf, outputs, keywords, width } = automaton;
  const anchors = anchorFlags(automaton, withOffsets);
  const seen = new Uint8Array(keywords.length);
  const found: Array<number[] | undefined> = [];
  let row = width;
  for (let index = 0; index < text.length; index++) {
    const symbol = symbolOf[text.charCodeAt(index)] as number;
    let jump = jumps[row + symbol] as number;
    if (jump > 0) {
      row = jump;
      continue;
    }
    if (jump === 0) {
      transition(automaton, row / width - 1, symbol);
      jump = jumps[row + symbol] as number;
      if (jump > 0) {
        row = jump;
        continue;
      }
    }
    row = -jump;
    const ending = outputs[row / width - 1] as number[];
    for (let at = 0; at < ending.length; at++) {
      const keywordIndex = ending[at] as number;
      seen[keywordIndex] = 1;
      if (anchors[keywordIndex] === 1)
        (found[keywordIndex] ??= []).push(index - (keywords[keywordIndex] as string).length + 1);
    }
  }
  const present = new Set<string>();
  const offsets = new Map<string, number[]>();
  for (let keywordIndex = 0; keywordIndex < keywords.length; keywordIndex++) {
    if (seen[keywordIndex] === 0) continue;
    const keyword = keywords[keywordIndex] as string;
    present.add(keyword);
    const list = found[keywordIndex];
    if (list) offsets.set(keyword, list);
  }
  return { present, offsets };
}
