import { ALNUM, fakeToken } from '../../src/analyzers/secrets/fake-token.js';

// Built at run time so the repository never holds a string that looks like a live credential.
export const planted: string[] = [];

export function fakeGithubToken(): string {
  const token = `ghp_${fakeToken(ALNUM, 36)}`;
  planted.push(token);
  return token;
}

export function fakeAwsKeyId(): string {
  const key = `AKIA${fakeToken('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
  planted.push(key);
  return key;
}

/** A password a person or a generator chose (mixed classes, URL-safe), for URLs and assignments. */
export function fakeChosenPassword(): string {
  const password = `${fakeToken(ALNUM, 12)}7Qz`;
  planted.push(password);
  return password;
}
