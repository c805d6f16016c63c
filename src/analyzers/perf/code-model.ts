// The structure the perf rules need, found on masked code (strings and comments blanked): loop
// bodies with their loop variables, and regions of async or request-handler code. Offsets index
// both the raw and the masked text, which have the same length.

export type LoopKind = 'for-of' | 'for-in' | 'for' | 'for-await' | 'while' | 'do' | 'callback' | 'comprehension';

export interface LoopBlock {
  kind: LoopKind;
  /** Offset of the loop keyword (or of the `.map(` call). */
  start: number;
  bodyStart: number;
  bodyEnd: number;
  /** Names the loop binds each iteration: for-of targets, callback parameters, Python targets. */
  variables: string[];
  /** The iterated expression when it is a plain name chain (`xs`, `this.items`). */
  iterable?: string;
}

export interface CodeRegion {
  kind: 'async' | 'handler' | 'function';
  start: number;
  end: number;
}

export interface CodeModel {
  text: string;
  masked: string;
  /** Offset just past the bracket matching the one at `open`. */
  closeOf(open: number): number;
  loops: LoopBlock[];
  regions: CodeRegion[];
}

/** Loops containing `offset` in their body, innermost last. */
export function loopsAround(model: CodeModel, offset: number): LoopBlock[] {
  return model.loops
    .filter((loop) => loop.bodyStart <= offset && offset < loop.bodyEnd)
    .sort((a, b) => a.bodyStart - b.bodyStart);
}

export function regionsAround(model: CodeModel, offset: number): CodeRegion[] {
  return model.regions.filter((region) => region.start <= offset && offset < region.end);
}

const keywords = new Set([
  'this',
  'true',
  'false',
  'null',
  'undefined',
  'new',
  'typeof',
  'await',
  'async',
  'function',
  'return',
  'const',
  'let',
  'var',
  'of',
  'in',
  'None',
  'True',
  'False',
  'not',
  'and',
  'or',
  'is',
  'lambda',
  'self',
  'for',
  'if',
  'else',
]);

/** Names used in a code span, property names after `.` left out: `a.b(c)` → a, c. */
export function namesIn(code: string): string[] {
  return [...code.matchAll(/(?<![\w$.])[A-Za-z_$][\w$]{0,80}/g)]
    .map((match) => match[0])
    .filter((name) => !keywords.has(name));
}

/**
 * One pass pairing every bracket, so finding a body's end is a lookup rather than a rescan (nested
 * bodies would otherwise cost O(n × depth) on minified code). Returns the offset just past the
 * bracket matching the one at `open`, or the text's end when it is never closed.
 */
export function indexBrackets(masked: string): (open: number) => number {
  const closeAt = new Int32Array(masked.length).fill(masked.length);
  const stack: number[] = [];
  for (let at = 0; at < masked.length; at++) {
    const code = masked.charCodeAt(at);
    // ( [ {  and  ) ] }
    if (code === 40 || code === 91 || code === 123) stack.push(at);
    else if (code === 41 || code === 93 || code === 125) {
      const open = stack.pop();
      if (open !== undefined) closeAt[open] = at + 1;
    }
  }
  return (open) => closeAt[open] ?? masked.length;
}
