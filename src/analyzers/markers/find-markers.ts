import type { CommentSpan } from '../comments/index.js';

export interface MarkerHit {
  /** Upper-case tag as configured, e.g. 'FIXME'. */
  tag: string;
  line: number;
  column: number;
  /** `TODO(…)` content, if any. */
  parenthesised?: string;
  /** The rest of the comment line after the marker (and its `(…)`, `:`), trimmed. */
  note: string;
  /** 'explicit' = upper-case at the start or with ':'/'(', or `@todo`; 'lower' = `todo:` at the start. */
  form: 'explicit' | 'lower';
}

// Comment decoration before the text: `//`, `#`, ` * `, `--`, `;`, `!` (bounded so it stays linear).
const DECORATION = /^[\s*#/!;-]{0,80}/;
const TITLE_CUT = /^(?:\(([^)\n]{0,80})\))?[\s:\-–—]{0,10}/;

export function buildMarkerPattern(tags: readonly string[]): RegExp {
  // Whole words only: not `todoList`, `TODO_ITEMS`, `BUGFIX`, `Todos`, `BUG-123` or `TODO.md`;
  // and not quoted in a comment that documents the syntax (a tag right after a backtick or quote).
  return new RegExp(`(?<![\\w$@\`'"-])(@?)(${tags.join('|')})(?![\\w$]|[-.]\\w)`, 'gi');
}

/** Markers in one comment, at most one per line (the first), each on its own line. */
export function findMarkers(comment: CommentSpan, pattern: RegExp): MarkerHit[] {
  const hits: MarkerHit[] = [];
  const lines = comment.text.split('\n');
  lines.forEach((rawLine, index) => {
    const from = index === 0 ? comment.openLength : 0;
    const to = index === lines.length - 1 ? rawLine.length - comment.closeLength : rawLine.length;
    const body = rawLine.slice(from, Math.max(from, to)).replace(/\r$/, '');
    const decoration = (DECORATION.exec(body) as RegExpExecArray)[0].length;
    const hit = firstMarker(body, decoration, pattern);
    if (hit) {
      const column = index === 0 ? comment.column + from + hit.index : hit.index + 1;
      hits.push({ ...hit.marker, line: comment.line + index, column });
    }
  });
  return hits;
}

function firstMarker(
  body: string,
  textStart: number,
  pattern: RegExp,
): { index: number; marker: Omit<MarkerHit, 'line' | 'column'> } | undefined {
  pattern.lastIndex = textStart;
  for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
    const [whole, at, word] = match as unknown as [string, string, string];
    const after = body.slice(match.index + whole.length);
    const form = formOf(at, word, match.index === textStart, after);
    if (form) {
      const cut = TITLE_CUT.exec(after) as RegExpExecArray;
      const marker = { tag: word.toUpperCase(), note: after.slice(cut[0].length).trim(), form };
      return { index: match.index, marker: cut[1] === undefined ? marker : { ...marker, parenthesised: cut[1] } };
    }
  }
  return undefined;
}

/** Upper-case at the comment's start or before ':'/'('; `@todo` anywhere; lower-case only as `todo:` at the start. */
function formOf(at: string, word: string, isAtStart: boolean, after: string): MarkerHit['form'] | undefined {
  if (at) return 'explicit';
  const isTagged = after.startsWith(':') || after.startsWith('(');
  if (word === word.toUpperCase()) return isAtStart || isTagged ? 'explicit' : undefined;
  return isAtStart && after.startsWith(':') ? 'lower' : undefined;
}
