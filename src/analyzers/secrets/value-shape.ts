import { shannonEntropy } from './entropy.js';

/** How many of lower, upper, digit and symbol a value mixes; `-_.` join words, so they are no symbol. */
export function countCharacterClasses(value: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9_.-]/].filter((pattern) => pattern.test(value)).length;
}

/** A piece of an identifier that reads as a word or an acronym: `Token`, `header`, `URL`, `Jsx`. */
function isWordPiece(piece: string): boolean {
  if (!/^[A-Z]?[a-z]+$|^[A-Z]+$/.test(piece)) return false;
  return piece.length <= 3 || (/[aeiouy]/i.test(piece) && !/[^aeiouy]{5}/i.test(piece));
}

/**
 * Identifiers, labels and snake/kebab names (`accessTokenHeader`, `my-app-secret-v2`) are made of
 * pronounceable pieces; random tokens break into many one- and two-letter pieces instead.
 */
export function looksLikeWords(value: string): boolean {
  // Constants such as ECC_NIST_P521: short upper-case segments, often acronyms without vowels.
  if (/^[A-Z0-9]{1,10}(?:_[A-Z0-9]{1,10})+$/.test(value)) return true;
  // Words carry digits in a run or two (cachedvol112233, v2); random tokens scatter them.
  if ((value.match(/[0-9]+/g)?.length ?? 0) > 2) return false;
  const pieces = value
    .split(/[^A-Za-z]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/)
    .filter((piece) => piece.length > 0);
  const letters = pieces.reduce((sum, piece) => sum + piece.length, 0);
  const inTinyPieces = pieces.filter((piece) => piece.length <= 2).reduce((sum, piece) => sum + piece.length, 0);
  // Only case humps cut random text into tiny pieces; between separators (my-app-v2) they are words.
  const mixedCase = /[a-z]/.test(value) && /[A-Z]/.test(value);
  return (
    (!mixedCase || inTinyPieces <= letters * 0.2) && pieces.every((piece) => piece.length <= 2 || isWordPiece(piece))
  );
}

/** A high-entropy value: random-looking, not a name; mixed case stands in for digits in long ones. */
export function looksLikeToken(value: string, minEntropy: number): boolean {
  const mixed = /[0-9]/.test(value) || (value.length >= 16 && /[a-z]/.test(value) && /[A-Z]/.test(value));
  return mixed && /[A-Za-z]/.test(value) && shannonEntropy(value) >= minEntropy && !looksLikeWords(value);
}

/**
 * A real password: 8+ characters mixing 3 classes with a digit, not a label that names itself
 * (`Password:`), so UI strings and field names stay out.
 */
export function looksLikePassword(value: string): boolean {
  return (
    value.length >= 8 &&
    value.length <= 128 &&
    /[0-9]/.test(value) &&
    /[A-Za-z]/.test(value) &&
    countCharacterClasses(value) >= 3 &&
    !/passw|secret|token/i.test(value)
  );
}
