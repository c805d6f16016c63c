// The keyword prefilter runs on every byte of every staged file, so it is one pass of an
// Aho-Corasick automaton over char codes, case-folded on the fly. Measured on 9 MB of
// typescript.js with ~250 keywords: includes() per keyword 900 ms, one alternation regex 280 ms
// plus 125 ms for toLowerCase, this automaton ~30 ms.

const ASCII = 128;

export interface KeywordAutomaton {
  keywords: string[];
  /** Character code (lower-cased ASCII) to symbol; 0 for every character no keyword holds. */
  symbols: Uint8Array;
  width: number;
  /** Dense transitions: next[state * width + symbol]. */
  next: Int32Array;
  /** Keyword indexes ending at each state (own and through failure links). */
  outputs: Array<number[] | undefined>;
  /** 1 where outputs has an entry: a typed-array test keeps the per-character loop tight. */
  accepting: Uint8Array;
  /**
   * The scan loop's table: for each (row, symbol) the next state's row offset (state × width), or
   * -(offset + 1) when that state ends a keyword; with a symbol for every UTF-16 code unit, one load
   * per character and a sign test replace a multiply, a range check and a second load.
   */
  jumps: Int32Array;
  symbolOf: Uint8Array;
}

const cache = new Map<string, KeywordAutomaton>();

/** Only the characters keywords use get a column: 1,500 states x ~45 columns builds in a few ms at start-up. */
function buildSymbols(keywords: readonly string[]): { symbols: Uint8Array; width: number } {
  const symbols = new Uint8Array(ASCII);
  let width = 1;
  for (const keyword of keywords)
    for (const char of keyword) if (symbols[char.charCodeAt(0)] === 0) symbols[char.charCodeAt(0)] = width++;
  for (let code = 65; code <= 90; code++) symbols[code] = symbols[code + 32] as number;
  return { symbols, width };
}

/**
 * Trie and transitions live in one preallocated Int32Array (at most one state per keyword
 * character): a typed array per state cost ~10 ms of the hook's start-up in allocations alone.
 */
function buildAutomaton(keywords: string[]): KeywordAutomaton {
  const { symbols, width } = buildSymbols(keywords);
  const maxStates = 1 + keywords.reduce((total, keyword) => total + keyword.length, 0);
  const next = new Int32Array(maxStates * width).fill(-1);
  const outputs: Array<number[] | undefined> = [undefined];
  let states = 1;
  keywords.forEach((keyword, index) => {
    let state = 0;
    for (let at = 0; at < keyword.length; at++) {
      const slot = state * width + (symbols[keyword.charCodeAt(at)] as number);
      if (next[slot] === -1) {
        next[slot] = states++;
        outputs.push(undefined);
      }
      state = next[slot] as number;
    }
    (outputs[state] ??= []).push(index);
  });
  // Breadth-first, so a state's failure target (shallower) is complete before the state itself.
  const fail = new Int32Array(states);
  const queue = new Int32Array(states);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const state = queue[head] as number;
    if (state !== 0) {
      const inherited = outputs[fail[state] as number];
      if (inherited) outputs[state] = outputs[state] ? [...(outputs[state] as number[]), ...inherited] : inherited;
    }
    for (let code = 0; code < width; code++) {
      const slot = state * width + code;
      const child = next[slot] as number;
      const fallback = state === 0 ? 0 : (next[(fail[state] as number) * width + code] as number);
      if (child === -1) {
        next[slot] = fallback;
        continue;
      }
      fail[child] = fallback;
      queue[tail++] = child;
    }
  }
  const accepting = Uint8Array.from(outputs, (ending) => (ending ? 1 : 0));
  const jumps = new Int32Array(states * width);
  for (let slot = 0; slot < jumps.length; slot++) {
    const target = next[slot] as number;
    jumps[slot] = accepting[target] ? -(target * width) - 1 : target * width;
  }
  const symbolOf = new Uint8Array(0x10000);
  symbolOf.set(symbols);
  return { keywords, symbols, width, next: next.subarray(0, states * width), outputs, accepting, jumps, symbolOf };
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
  let row = 0;
  for (let index = 0; index < text.length; index++) {
    const jump = jumps[row + (symbolOf[text.charCodeAt(index)] as number)] as number;
    if (jump >= 0) {
      row = jump;
      continue;
    }
    row = -jump - 1;
    const ending = outputs[(row / width) | 0] as number[];
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
