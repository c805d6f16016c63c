import { isContextualRule, type SecretCandidate } from './candidate.js';
import type { SecretRule } from './rule-types.js';

export interface ScanText {
  text: string;
  /** Where each keyword of a keyword-anchored (generic) rule starts, from the prefilter's pass. */
  keywordOffsets: ReadonlyMap<string, readonly number[]>;
  path: string;
  language: string;
}

/** Returns true when the candidate was taken, so the scan resumes after it instead of inside it. */
export type CandidateSink = (candidate: SecretCandidate) => boolean;

type IndexedMatch = RegExpExecArray & { indices: NonNullable<RegExpExecArray['indices']> };

const clones = { g: new WeakMap<RegExp, RegExp>(), y: new WeakMap<RegExp, RegExp>() };

/** A private copy with our flags: rule patterns are shared data, and lastIndex is state. */
function cloneWith(pattern: RegExp, mode: 'g' | 'y'): RegExp {
  let clone = clones[mode].get(pattern);
  if (!clone) {
    const flags = pattern.flags.replace(/[gy]/g, '') + (pattern.flags.includes('d') ? '' : 'd') + mode;
    clone = new RegExp(pattern.source, flags);
    clones[mode].set(pattern, clone);
  }
  return clone;
}

function secretSpan(rule: SecretRule, match: IndexedMatch): [number, number] | undefined {
  const group = rule.secretGroup;
  const named = match.indices.groups;
  if (typeof group === 'string') return named?.[group];
  if (typeof group === 'number') return match.indices[group];
  return named?.secret ?? match.indices[1] ?? match.indices[0];
}

// Context is clipped around the secret: searching a 2 MB minified line for its newline on every
// candidate made hostile input quadratic (measured: 2 s at 200 KB, 240 s at 2 MB).
const CONTEXT = 256;

function contextStart(text: string, offset: number): number {
  const from = Math.max(0, offset - CONTEXT);
  const newline = text.slice(from, offset).lastIndexOf('\n');
  return newline === -1 ? from : from + newline + 1;
}

function contextEnd(text: string, offset: number): number {
  const newline = text.slice(offset, offset + CONTEXT).indexOf('\n');
  const end = newline === -1 ? Math.min(text.length, offset + CONTEXT) : offset + newline;
  return end > offset && text[end - 1] === '\r' ? end - 1 : end;
}

function buildCandidate(rule: SecretRule, scan: ScanText, match: IndexedMatch): SecretCandidate | undefined {
  const span = secretSpan(rule, match);
  if (!span) return undefined;
  const [start, end] = span;
  const lineStart = contextStart(scan.text, start);
  const secretLineEnd = contextEnd(scan.text, start);
  return {
    rule,
    start,
    end,
    secret: scan.text.slice(start, end),
    matchStart: match.index,
    matchEnd: match.index + match[0].length,
    lineText: scan.text.slice(lineStart, Math.max(secretLineEnd, lineStart)),
    before: scan.text.slice(lineStart, start),
    after: scan.text.slice(end, contextEnd(scan.text, end)),
    lead: scan.text.slice(match.index, start),
    language: scan.language,
    path: scan.path,
    quote: isContextualRule(rule) ? (match.groups?.q ?? '') : '',
  };
}

// Several generic rules anchor on the same keywords: their merged offsets are built once per text.
const mergedOffsets = new WeakMap<ScanText, Map<readonly string[], readonly number[]>>();

/** Two ascending lists as one, in linear time. */
function mergeAscending(left: readonly number[], right: readonly number[]): number[] {
  const merged = new Array<number>(left.length + right.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < left.length && j < right.length)
    merged[k++] = (left[i] as number) <= (right[j] as number) ? (left[i++] as number) : (right[j++] as number);
  while (i < left.length) merged[k++] = left[i++] as number;
  while (j < right.length) merged[k++] = right[j++] as number;
  return merged;
}

/**
 * Offsets of every keyword occurrence, ascending: where a keyword-anchored pattern may start. Each
 * keyword's offsets come ascending from the prefilter, so they are merged, not sorted (a sort made a
 * text full of one keyword superlinear, and was redone for every rule sharing the keywords).
 */
function keywordOffsets(scan: ScanText, keywords: readonly string[]): readonly number[] {
  let byKeywords = mergedOffsets.get(scan);
  if (!byKeywords) mergedOffsets.set(scan, (byKeywords = new Map()));
  let offsets = byKeywords.get(keywords);
  if (!offsets) {
    offsets = [];
    for (const keyword of keywords) {
      const found = scan.keywordOffsets.get(keyword);
      if (found && found.length > 0) offsets = offsets.length === 0 ? found : mergeAscending(offsets, found);
    }
    byKeywords.set(keywords, offsets);
  }
  return offsets;
}

/**
 * Generic rules start with their keyword, so they run sticky at each keyword occurrence the
 * prefilter saw (far faster than a regex scanning for the first character). Other rules run global over the text.
 */
export function findCandidates(rule: SecretRule, scan: ScanText, take: CandidateSink): void {
  if (isContextualRule(rule)) {
    const sticky = cloneWith(rule.pattern, 'y');
    let resumeAt = 0;
    for (const offset of keywordOffsets(scan, rule.keywords)) {
      if (offset < resumeAt) continue;
      sticky.lastIndex = offset;
      const match = sticky.exec(scan.text) as IndexedMatch | null;
      const candidate = match && buildCandidate(rule, scan, match);
      if (match && candidate && take(candidate)) resumeAt = match.index + match[0].length;
    }
    return;
  }
  const global = cloneWith(rule.pattern, 'g');
  global.lastIndex = 0;
  for (
    let match = global.exec(scan.text) as IndexedMatch | null;
    match;
    match = global.exec(scan.text) as IndexedMatch | null
  ) {
    const candidate = buildCandidate(rule, scan, match);
    const taken = candidate !== undefined && take(candidate);
    // Resume at the rejected secret, not past it: its context may lead to another value.
    if (!taken || match[0].length === 0) global.lastIndex = Math.max(match.index + 1, candidate?.start ?? 0);
  }
}
