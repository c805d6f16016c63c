import { createFinding } from '../../findings/create-finding.js';
import { touches } from '../../findings/line-ranges.js';
import { languageOf } from '../../findings/languages.js';
import type { AnalyzerInput, AnalyzerMeta, Finding } from '../../findings/types.js';
import { scanComments } from '../comments/index.js';
import { buildMarkerPattern, findMarkers, type MarkerHit } from './find-markers.js';
import { readMarkerRefs } from './issue-refs.js';
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
  return scanComments(text, languageOf(path))
    .filter((comment) => mentions.test(comment.text) && touches(changed, comment.line, comment.endLine))
    .flatMap((comment) => findMarkers(comment, pattern))
    .filter((hit) => touches(changed, hit.line))
    .map((hit) => toFinding(path, hit));
}

/** The rule ids of the default tags (a tag added in config makes its own, `debt/<tag>`). */
export function listRuleIds(): string[] {
  return DEFAULT_TAGS.map(ruleIdOf);
}

function toFinding(path: string, hit: MarkerHit): Finding {
  const refs = readMarkerRefs(hit.parenthesised, hit.note);
  const facts: Record<string, string> = { tag: hit.tag };
  if (refs.issueRef) facts['issueRef'] = refs.issueRef;
  if (refs.owner) facts['owner'] = refs.owner;
  const traits = traitsOf(hit.tag);
  const reference = hit.parenthesised === undefined ? '' : `(${hit.parenthesised}) `;
  return createFinding(meta, {
    ruleId: ruleIdOf(hit.tag),
    path,
    line: hit.line,
    column: hit.column,
    title: truncateTitle(hit.note) || `${hit.tag} in ${path}`,
    severity: isDeferred(hit.note) ? 'info' : traits.severity,
    content: `${hit.tag} ${reference}${hit.note}`,
    confidence: hit.form === 'explicit' ? 0.9 : 0.7,
    effortHours: traits.effortHours,
    facts,
  });
}

// Work a marker schedules for a later release ("Remove this in 3.0.0", "move to typing when Python >=
// 3.13", "should be removed in a version 2") cannot be done today without breaking what the release
// promises: a note for that release (severity info), not an item to rank now. A version must be written
// as one (v2, version 2, 3.0): "in 2 steps" or "for 1.5 s" are not releases.
const DEFERRED =
  /\b(?:in|until|when|once|after|by)\s+(?:(?:a|an|the|next)\s+)?(?:(?:major|minor)\s+)?(?:(?:v|version|release)\s*\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*)\b(?!\s*(?:s|ms|seconds?|minutes?|%|px|mb|kb|gb)\b)|\bfor\s+(?:(?:a|the|next)\s+)?(?:v|version\s*)\d|\bnext major\b|\bwhen\s+(?:python|node(?:\.?js)?|go|java)\b[^.\n]{0,20}?\d+\.\d+/i;

export function isDeferred(note: string): boolean {
  return DEFERRED.test(note);
}

/** At most TITLE_LIMIT characters, cut at a word boundary when there is one in the second half. */
export function truncateTitle(note: string): string {
  if (note.length <= TITLE_LIMIT) return note;
  const head = note.slice(0, TITLE_LIMIT - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > TITLE_LIMIT / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}
