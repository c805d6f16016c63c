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
