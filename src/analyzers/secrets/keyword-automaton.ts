// The keyword prefilter runs on every byte of every staged file, so it is one pass of an
// Aho-Corasick automaton over char codes, case-folded on the fly. Measured on 9 MB of
// typescript.js with ~250 keywords: includes() per keyword 900 ms, one alternation regex 280 ms
// plus 125 ms for toLowerCase, this automaton ~30 ms.
//
// It is built as the scan walks it: a state is a run of the sorted keywords sharing a prefix, made the
// first time the scan (or a failure link) enters it, with one pass over its run to find its children's. Built whole for ~900 keywords (6,000 states, 330,000 transitions) it
// took 17-25 ms of CPU at every start of the hook, which then visits a few hundred states (issue 13);
// a full scan ends up building about what it visits, once per process.

/**
 * State s owns the row at (s + 1) × width of `jumps`; row 0 is never used, so 0 can mean "not
 * computed yet" in a table fresh from the allocator, which needs no fill.
 */
export interface KeywordAutomaton {
  /** Sorted, so the keywords sharing a prefix are one run and a prefix comes before its extensions. */
  keywords: string[];
  width: number;
  /** Character code (lower-cased ASCII) to symbol, for every UTF-16 code unit; 0 for characters no keyword holds. */
  symbolOf: Uint8Array;
  /** State s is a run of keywords sharing their first depth[s] characters. */
  depth: Int32Array;
  /**
   * Its children's runs, written when the state is made (one pass over its run): for symbol c, the
   * keywords runStart[row + c] - 1 to runEnd[row + c]; 0 where no keyword continues with c.
   */
  runStart: Int32Array;
  runEnd: Int32Array;
  states: number;
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

/** Writes the runs of the state's children: keywords from..to share `depth` characters, sorted. */
function indexChildren(automaton: KeywordAutomaton, state: number, from: number, to: number): void {
  const { keywords, symbolOf, runStart, runEnd } = automaton;
  const depth = automaton.depth[state] as number;
  const row = (state + 1) * automaton.width;
  for (let index = from; index < to; index++) {
    const keyword = keywords[index] as string;
    if (keyword.length === depth) continue; // the prefix itself sorts first
    const slot = row + (symbolOf[keyword.charCodeAt(depth)] as number);
    if (runStart[slot] === 0) runStart[slot] = index + 1;
    runEnd[slot] = index + 1;
  }
}

/** The trie child of `state` for `symbol`, made on first use; -1 when no keyword continues that way. */
function makeChild(automaton: KeywordAutomaton, state: number, symbol: number): number {
  const slot = (state + 1) * automaton.width + symbol;
  const first = (automaton.runStart[slot] as number) - 1;
  if (first === -1) return -1;
  const child = automaton.states++;
  const depth = (automaton.depth[state] as number) + 1;
  automaton.depth[child] = depth;
  indexChildren(automaton, child, first, automaton.runEnd[slot] as number);
  const fail = state === 0 ? 0 : transition(automaton, automaton.fail[state] as number, symbol);
  automaton.fail[child] = fail;
  const own = (automaton.keywords[first] as string).length === depth ? first : -1;
  const inherited = automaton.outputs[fail];
  automaton.outputs[child] = own === -1 ? inherited : inherited ? [own, ...inherited] : [own];
  automaton.accepting[child] = automaton.outputs[child] ? 1 : 0;
  return child;
}

/** The state after `state` reads `symbol`, kept in `jumps` for next time. */
function transition(automaton: KeywordAutomaton, state: number, symbol: number): number {
  const { width, jumps } = automaton;
  const slot = (state + 1) * width + symbol;
  const known = jumps[slot] as number;
  if (known !== 0) return Math.abs(known) / width - 1;
  const child = symbol === 0 ? -1 : makeChild(automaton, state, symbol);
  const target =
    child !== -1 ? child : state === 0 ? 0 : transition(automaton, automaton.fail[state] as number, symbol);
  const row = (target + 1) * width;
  jumps[slot] = automaton.accepting[target] === 1 ? -row : row;
  return target;
}

function createAutomaton(keywords: string[]): KeywordAutomaton {
  const { symbolOf, width } = buildSymbols(keywords);
  const maxStates = 1 + keywords.reduce((total, keyword) => total + keyword.length, 0);
  const automaton: KeywordAutomaton = {
    keywords,
    width,
    symbolOf,
    depth: new Int32Array(maxStates),
    runStart: new Int32Array((maxStates + 1) * width),
    runEnd: new Int32Array((maxStates + 1) * width),
    states: 1,
    fail: new Int32Array(maxStates),
    outputs: [undefined],
    accepting: new Uint8Array(maxStates),
    jumps: new Int32Array((maxStates + 1) * width),
  };
  indexChildren(automaton, 0, 0, keywords.length);
  return automaton;
}

/** Keywords must be lower-case ASCII (the rule harness and config validation check it). */
export function compileKeywords(keywords: readonly string[]): KeywordAutomaton {
  const unique = [...new Set(keywords)]
    .filter((keyword) => keyword.length > 0 && /^[\x20-\x7e]+$/.test(keyword))
    .sort();
  const key = unique.join('\0');
  let automaton = cache.get(key);
  if (!automaton) cache.set(key, (automaton = createAutomaton(unique)));
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
