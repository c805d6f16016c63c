// What a file says of itself beyond its path: that it was copied from another project (pytest's
// _io/pprint.py "imported from the cpython standard library"), or that its own metadata puts it in
// maintenance only (ESLint's rules with `frozen: true` take bug fixes only). Copied code is someone
// else's design, kept close to upstream: it counts as vendored. Frozen code ships but is not
// refactored: its debt, complexity and docs work is demoted like deprecated code.
import { readDeprecatedMark } from './context.js';

const HEADER_LINES = 30;
// a comment line (#, //, /*, *) or a line of a module docstring, before the code starts
const COMMENT = /^\s*(?:#|\/\/|\/\*|\*)/;
const DOCSTRING_QUOTES = /^\s*[rRuUbB]?("""|''')/;
// "copied from", "adapted from CPython", "vendored from", "ported from Go", "imported from the cpython
// standard library", "forked from"; not "derived from this software" (BSD licence text) nor "taken
// from" (ideas are taken from places too)
const COPIED =
  /\b(?:copied|adapted|vendored|vendorized|ported|forked|imported|borrowed|lifted)\s+(?:(?!this\b)[\w.'’-]+\s+){0,3}?from\s+(?!this\b|here\b)\S/i;
// "a (modified) copy of x", but not licence boilerplate: "obtain a copy of the License" (Apache, in
// every cobra file), "a copy of the GNU General Public License", "obtaining a copy of this software" (MIT)
// "adapted from the no-trailing-spaces rule" names another part of the same project
const OWN_PART = /\bfrom\s+(?:the|our|its)\s+[\w.-]+\s+(?:rule|function|method|class|helper|test|module in this)\b/i;
const COPY_OF = /\b(?:a|an)\s+(?:\w+\s+)?copy\s+of\s+\S/i;
const LICENCE_TEXT = /licen[cs]e|\bthis software\b|warrant/i;

/** Pure: a line of the file's header comment saying it was copied from another project (why), or undefined. */
export function readCopiedMark(text: string): string | undefined {
  let inDocstring: string | undefined;
  let start = 0;
  for (let line = 0; line < HEADER_LINES && start < text.length; line++) {
    const end = text.indexOf('\n', start);
    const content = text.slice(start, end === -1 ? text.length : Math.min(end, start + 300));
    const opens = DOCSTRING_QUOTES.exec(content)?.[1];
    const isHeader = inDocstring !== undefined || opens !== undefined || COMMENT.test(content) || content.trim() === '';
    // the header ends where code starts: `"use strict"`, an import, a statement
    if (!isHeader && !/^\s*['"]use strict/.test(content)) break;
    if ((COPIED.test(content) && !OWN_PART.test(content)) || (COPY_OF.test(content) && !LICENCE_TEXT.test(content)))
      return `its header says it was copied from another project ('${content
        .trim()
        .replace(/^(?:#|\/\/|\/\*\*?|\*)\s*/, '')
        .slice(0, 80)}')`;
    if (opens !== undefined && inDocstring === undefined) {
      const rest = content.slice(content.indexOf(opens) + 3);
      if (!rest.includes(opens)) inDocstring = opens;
    } else if (inDocstring !== undefined && content.includes(inDocstring)) inDocstring = undefined;
    if (end === -1) break;
    start = end + 1;
  }
  return undefined;
}

// `meta: { … frozen: true … }` (ESLint: "frozen rules" take bug fixes only) or `deprecated: true` /
// `deprecated: { … }` in a module's metadata object; Python: importing the module warns it is deprecated
const META_OPEN = /\bmeta\s*[:=]\s*\{/;
const META_FROZEN = /\b(frozen)\s*:\s*true\b|\b(deprecated)\s*:\s*(?:true\b|\{)/;
const META_SPAN = 20_000;
const PYTHON_MODULE_DEPRECATION = /^warnings\.warn\([^)]{0,400}?\b(?:Pending)?DeprecationWarning\b/m;

/** Pure: why the file is in maintenance only by its own word (header, metadata), or undefined. */
export function readFrozenMark(text: string): string | undefined {
  if (readDeprecatedMark(text) !== undefined) return 'its header marks it deprecated (frozen until removed)';
  const meta = META_OPEN.exec(text);
  if (meta) {
    const found = META_FROZEN.exec(objectAt(text, meta.index + meta[0].length - 1));
    if (found?.[1]) return 'its metadata says `frozen: true` (bug fixes only, no refactoring)';
    if (found) return 'its metadata marks it deprecated (frozen until removed)';
  }
  if (PYTHON_MODULE_DEPRECATION.test(text)) return 'importing it warns that it is deprecated (frozen until removed)';
  return undefined;
}

/** The object literal opening at `open` (a `{`), braces inside strings skipped; cut at META_SPAN. */
function objectAt(text: string, open: number): string {
  let depth = 0;
  let quote: string | undefined;
  const stop = Math.min(text.length, open + META_SPAN);
  for (let at = open; at < stop; at++) {
    const char = text[at] as string;
    if (quote) {
      if (char === '\\') at++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return text.slice(open, at + 1);
  }
  return text.slice(open, stop);
}
