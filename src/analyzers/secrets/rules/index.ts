import type { SecretRule } from '../rule-types.js';

// Every provider file's rules, in one list. Adding a provider = one file here + one import line.
export const allRules: SecretRule[] = [];
