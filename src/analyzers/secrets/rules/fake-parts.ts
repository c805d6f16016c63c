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

/** A generator of fake values of one alphabet and length, for rules' examples. */
export const fakeOf = (alphabet: string, length: number) => () => fakeToken(alphabet, length);
