import { loopsAround, type CodeModel } from './code-model.js';
import { isLoopInvariant, readArguments, variantNames } from './loop-variance.js';
import type { PerfHit } from './rule-types.js';

/** Calls matching `pattern` (ending at their `(`) inside a loop whose arguments never change per iteration. */
export function findInvariantCallsInLoops(model: CodeModel, pattern: RegExp, language: 'js' | 'py'): PerfHit[] {
  const hits: PerfHit[] = [];
  for (const match of model.masked.matchAll(pattern)) {
    const offset = match.index as number;
    const loop = loopsAround(model, offset).at(-1);
    if (!loop) continue;
    const args = readArguments(model, offset + match[0].length - 1);
    if (isLoopInvariant(args, variantNames(model, loop, language))) hits.push({ offset });
  }
  return hits;
}

// Up to this many literal elements a linear scan is as fast as hashing: not worth a finding.
const SMALL_LITERAL = 16;

/**
 * A name the file shows to be an array (JS) or list (Python) of unknown or large size: built by a
 * call, typed as an array, a literal of more than SMALL_LITERAL elements, or a literal that grows.
 */
export function isDeclaredArray(
  model: CodeModel,
  name: string,
  language: 'js' | 'py',
  within: { start: number; end: number; moduleLevel?: boolean } = { start: 0, end: model.masked.length },
): boolean {
  const escaped = name.replace(/\$/g, '\\$');
  const indent = within.moduleLevel ? '' : '[ \\t]{0,80}';
  const text = model.masked.slice(within.start, within.end);
  const shapes =
    language === 'js'
      ? [
          `\\b(?:const|let|var)\\s{1,10}${escaped}\\s{0,10}(?::[^=;]{1,120})?=\\s{0,10}(\\[|new\\s{1,10}Array\\b|Array\\.(?:from|of)\\s{0,10}\\(|Object\\.(?:keys|values|entries)\\s{0,10}\\(|[\\w$.]{1,120}\\.(?:map|filter|slice|concat|flat|flatMap|split|sort|toSorted)\\s{0,10}\\()`,
          `(?<![\\w$])${escaped}\\s{0,10}\\??:\\s{0,10}(?:readonly\\s{1,10})?(?:[\\w$.]{1,80}(?:<[^<>]{0,80}>)?\\[\\]|(?:Readonly)?Array<)`,
          `\\bthis\\.${escaped}\\s{0,10}=\\s{0,10}(\\[)`,
        ]
      : [
          `^${indent}${escaped}\\s{0,10}(?::\\s{0,10}list\\b[^=\\n]{0,80})?=\\s{0,10}(\\[|list\\s{0,10}\\(|sorted\\s{0,10}\\()`,
          `${within.moduleLevel ? '^' : '(?<![\\w])'}${escaped}\\s{0,10}:\\s{0,10}(?:list|List)\\b`,
        ];
  return shapes.some((shape) => {
    const match = new RegExp(shape, 'md').exec(text);
    if (!match) return false;
    if (match[1] !== '[') return true;
    const open = within.start + (match.indices?.[1] as [number, number])[0];
    return (
      isLargeLiteral(model, open) ||
      new RegExp(
        `(?<![\\w$.])${escaped}\\s{0,10}(?:\\.\\s{0,10}(?:push|append|extend|unshift|insert)\\s{0,10}\\(|\\+=)`,
      ).test(text)
    );
  });
}

function isLargeLiteral(model: CodeModel, open: number): boolean {
  const inside = model.masked.slice(open + 1, model.closeOf(open) - 1);
  // Commas of nested literals and calls count too: an overestimate, so only more findings near the limit.
  return inside.split(',').length > SMALL_LITERAL;
}
