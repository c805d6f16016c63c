// A repeat inside a repeated group, `(x+)+` or `(.*)*`, can backtrack exponentially on a line that
// almost matches; a pre-commit hook must never hang on one. This walks the pattern's source once.

interface GroupState {
  start: number;
  /** Something inside repeats, and whether some such repeat is unbounded. */
  repeats: boolean;
  unbounded: boolean;
}

/** Length of the quantifier at `at` and whether it repeats without bound, or undefined if none. */
function readQuantifier(
  source: string,
  at: number,
): { length: number; repeats: boolean; unbounded: boolean } | undefined {
  const char = source[at];
  if (char === '*' || char === '+') return { length: 1, repeats: true, unbounded: true };
  if (char === '?') return { length: 1, repeats: false, unbounded: false };
  const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at, at + 24));
  if (!braces) return undefined;
  const max = braces[2] === undefined ? Number(braces[1]) : braces[3] === '' ? Infinity : Number(braces[3]);
  return { length: braces[0].length, repeats: max > 1, unbounded: max === Infinity };
}

function skipClass(source: string, at: number): number {
  let index = at + 1;
  while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? 2 : 1;
  return index;
}

/** The first nested repetition with an unbounded side, e.g. '(x+)+', or undefined when none. */
export function findNestedQuantifier(source: string): string | undefined {
  const stack: GroupState[] = [{ start: 0, repeats: false, unbounded: false }];
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') {
      index++;
      continue;
    }
    if (char === '[') {
      index = skipClass(source, index);
      continue;
    }
    if (char === '(') {
      stack.push({ start: index, repeats: false, unbounded: false });
      continue;
    }
    const top = stack[stack.length - 1] as GroupState;
    if (char === ')' && stack.length > 1) {
      stack.pop();
      const parent = stack[stack.length - 1] as GroupState;
      const quantifier = readQuantifier(source, index + 1);
      if (quantifier?.repeats && top.repeats && (quantifier.unbounded || top.unbounded)) {
        return source.slice(top.start, index + 1 + quantifier.length);
      }
      parent.repeats ||= top.repeats || Boolean(quantifier?.repeats);
      parent.unbounded ||= top.unbounded || Boolean(quantifier?.unbounded);
      if (quantifier) index += quantifier.length;
      continue;
    }
    if (source[index - 1] === '(' && char === '?') continue;
    const quantifier = readQuantifier(source, index);
    top.repeats ||= Boolean(quantifier?.repeats);
    top.unbounded ||= Boolean(quantifier?.unbounded);
    if (quantifier) index += quantifier.length - 1;
  }
  return undefined;
}
