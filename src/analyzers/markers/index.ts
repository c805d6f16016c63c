import { createFinding } from '../../findings/create-finding.js';
import { touches } from '../../findings/line-ranges.js';
import { languageOf } from '../../findings/languages.js';
import type { AnalyzerInput, AnalyzerMeta, Finding } from '../../findings/types.js';
import { scanComments } from '../comments/index.js';
import { buildMarkerPattern, findMarkers, type MarkerHit } from './find-markers.js';
import { readMarkerRefs } from './issue-refs.js';
import { classifyMarker, formatCondition, type MarkerAsk } from './marker-ask.js';
import { DEFAULT_TAGS, readTags, ruleIdOf, traitsOf } from './tags.js';

export const meta = {
  id: 'debt/markers',
  category: 'debt',
  languages: 'any',
  defaultSeverity: 'low',
  description: 'TODO/FIXME/HACK/XXX/BUG/OPTIMIZE markers left in comments',
} as const satisfies AnalyzerMeta;

const TITLE_LIMIT = 120;

// Built once per tag list, not once per file (a scan analyses 20,000 files with the same tags).
const patterns = new Map<string, { mentions: RegExp; pattern: RegExp }>();

function patternsFor(tags: readonly string[]): { mentions: RegExp; pattern: RegExp } {
  const key = tags.join('|');
  let entry = patterns.get(key);
  if (!entry) patterns.set(key, (entry = { mentions: new RegExp(key, 'i'), pattern: buildMarkerPattern(tags) }));
  return entry;
}

export function analyze({ path, text, changed, options }: AnalyzerInput): Finding[] {
  const tags = readTags(options);
  if (tags.length === 0) return [];
  // Most files hold no marker at all: one case-insensitive test skips lexing them.
  const { mentions, pattern } = patternsFor(tags);
  if (!mentions.test(text)) return [];
  const lineStarts = lineStartsOf(text);
  return scanComments(text, languageOf(path))
    .filter((comment) => mentions.test(comment.text) && touches(changed, comment.line, comment.endLine))
    .flatMap((comment) => findMarkers(comment, pattern))
    .filter((hit) => touches(changed, hit.line))
    .map((hit) => toFinding(path, hit, sentenceOf(text, lineStarts, hit)));
}

/** The rule ids of the default tags (a tag added in config makes its own, `debt/<tag>`). */
export function listRuleIds(): string[] {
  return DEFAULT_TAGS.map(ruleIdOf);
}

function toFinding(path: string, hit: MarkerHit, sentence: string): Finding {
  const refs = readMarkerRefs(hit.parenthesised, sentence);
  const facts: Record<string, string> = { tag: hit.tag };
  if (refs.issueRef) facts['issueRef'] = refs.issueRef;
  if (refs.owner) facts['owner'] = refs.owner;
  const ask = classifyMarker(hit.tag, hit.parenthesised, sentence, refs.issueRef);
  Object.assign(facts, factsOf(ask));
  const traits = traitsOf(hit.tag);
  const reference = hit.parenthesised === undefined ? '' : `(${hit.parenthesised}) `;
  return createFinding(meta, {
    ruleId: ruleIdOf(hit.tag),
    path,
    line: hit.line,
    column: hit.column,
    title: truncateTitle(hit.note) || `${hit.tag} in ${path}`,
    severity: severityOf(ask, traits.severity),
    content: `${hit.tag} ${reference}${hit.note}`,
    confidence: hit.form === 'explicit' ? 0.9 : 0.7,
    effortHours: traits.effortHours,
    facts,
  });
}

/** A note or held work is information; a stated defect is medium; other work takes its tag's severity. */
function severityOf(ask: MarkerAsk, tagSeverity: Finding['severity']): Finding['severity'] {
  if (ask.kind !== 'work') return 'info';
  return ask.strength === 'bug' ? 'medium' : tagSeverity;
}

/** Only what differs from plain work is recorded: `note` (why), `heldUntil` and `waitsFor`, `ask: weak`. */
function factsOf(ask: MarkerAsk): Record<string, string> {
  if (ask.kind === 'note') return { note: ask.why };
  if (ask.kind === 'held')
    return { heldUntil: ask.condition, ...(ask.waitsFor ? { waitsFor: formatCondition(ask.waitsFor) } : {}) };
  return ask.strength === 'ask' ? {} : { ask: ask.strength };
}

const COMMENT_LINE = /^\s{0,80}(?:#|\/\/|\*(?!\/)|--|;)[\s#/*!;-]{0,20}(.*)$/;
const CONTINUATION_LINES = 3;
const NEXT_MARKER = /^@?(?:todo|fixme|xxx|hack|bug|optimize|note)\b/i;

/**
 * The marker's sentence: its note and the comment lines right under it that continue it (a comment
 * wrapped at 80 columns says "XXX we reuse the writer / because …" on two lines), while the text so far
 * does not end a sentence and the next line starts no other marker.
 */
function sentenceOf(text: string, lineStarts: () => number[], hit: MarkerHit): string {
  let sentence = hit.note;
  if (/[.?!]$/.test(sentence)) return sentence;
  let start = lineStarts()[hit.line] ?? text.length;
  for (let count = 0; count < CONTINUATION_LINES && start < text.length; count++) {
    const end = text.indexOf('\n', start);
    const body = COMMENT_LINE.exec(text.slice(start, end < 0 ? text.length : end))?.[1]?.trim() ?? '';
    if (!body || NEXT_MARKER.test(body) || startsAnotherSentence(sentence, body)) break;
    sentence = `${sentence} ${body}`;
    if (/[.?!]$/.test(body) || end < 0) break;
    start = end + 1;
  }
  return sentence;
}

// A line opening with a capital starts another sentence ("// A computed is also …" under "TODO x"),
// unless the line before stops mid-phrase ("… when we", "… the", "…,").
const MID_PHRASE =
  /(?:[,(&/-]|\b(?:a|an|the|to|and|or|of|in|on|for|with|when|once|we|is|are|be|if|that|which|by|from|as|but|than))$/i;

function startsAnotherSentence(sentence: string, next: string): boolean {
  return /^[A-Z]/.test(next) && !MID_PHRASE.test(sentence);
}

/** Offsets of each line's start (index 0 = line 1), computed once a file has a marker to read on from. */
function lineStartsOf(text: string): () => number[] {
  let starts: number[] | undefined;
  return () => {
    if (starts) return starts;
    starts = [0];
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts;
  };
}

/** Work for a later release, a note for then (see marker-ask.ts). */
export function isDeferred(note: string): boolean {
  return classifyMarker('TODO', undefined, note).kind === 'held';
}

/** At most TITLE_LIMIT characters, cut at a word boundary when there is one in the second half. */
export function truncateTitle(note: string): string {
  if (note.length <= TITLE_LIMIT) return note;
  const head = note.slice(0, TITLE_LIMIT - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > TITLE_LIMIT / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}
