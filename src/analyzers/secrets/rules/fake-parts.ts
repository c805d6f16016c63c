import { shannonEntropy } from '../entropy.js';
import { fakeToken, HEX } from '../fake-token.js';

// Alphabets that fake-token.ts does not carry, for providers whose formats use them.
export const BASE32_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';
export const DIGITS = '0123456789';
export const HEX_UPPER = '0123456789ABCDEF';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A random lower-case v4-shaped UUID, the format several providers use for their keys. */
export function fakeUuid(): string {
  return [8, 4, 4, 4, 12].map((length) => fakeToken(HEX, length)).join('-');
}

/** A placeholder UUID that every rule must reject: no provider issues all-zero keys. */
export const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * A generator of fake values of one alphabet and length, for rules' examples. A short draw can come out
 * with little entropy (a real key would too, once in forty, and the rules' floors skip it): draw again,
 * so an example never depends on where the shared generator happens to stand.
 */
export const fakeOf = (alphabet: string, length: number) => () => {
  let value = fakeToken(alphabet, length);
  for (let draw = 0; draw < 20 && shannonEntropy(value) < 3.3; draw++) value = fakeToken(alphabet, length);
  return value;
};
