import { ALNUM, fakeToken, HEX } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { nearbyPattern } from './nearby.js';

// GitHub token formats: https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
// A prefix, then 36 base62 characters (the last six are a CRC32 checksum we do not verify).
const classic = (kind: string, prefix: string, description: string): SecretRule => ({
  id: `secret/github-${kind}`,
  description,
  keywords: [prefix],
  pattern: new RegExp(`\\b${prefix}[A-Za-z0-9]{36}\\b`),
  minEntropy: 3,
  severity: 'critical',
  confidence: 0.95,
  examples: {
    positive: () => [`${prefix}${fakeToken(ALNUM, 36)}`],
    negative: () => [
      `${prefix}${'x'.repeat(36)}`,
      `${prefix}${fakeToken(ALNUM, 30)}`,
      `${prefix}${fakeToken(ALNUM, 40)}`,
      `tokens that start with ${prefix} are GitHub tokens`,
    ],
  },
});

export default [
  classic('pat', 'ghp_', 'GitHub classic personal access token'),
  classic('oauth-token', 'gho_', 'GitHub OAuth access token'),
  classic('user-to-server-token', 'ghu_', 'GitHub App user-to-server token'),
  classic('server-to-server-token', 'ghs_', 'GitHub App installation (server-to-server) token'),
  {
    id: 'secret/github-refresh-token',
    description: 'GitHub App refresh token',
    keywords: ['ghr_'],
    pattern: /\bghr_[A-Za-z0-9]{36,76}\b/,
    minEntropy: 3,
    severity: 'high',
    confidence: 0.95,
    examples: {
      positive: () => [`ghr_${fakeToken(ALNUM, 76)}`, `ghr_${fakeToken(ALNUM, 36)}`],
      negative: () => [`ghr_${'x'.repeat(76)}`, `ghr_${fakeToken(ALNUM, 20)}`, 'refresh tokens start with ghr_'],
    },
  },
  {
    id: 'secret/github-fine-grained-pat',
    description: 'GitHub fine-grained personal access token',
    keywords: ['github_pat_'],
    // github_pat_ + 22 base62 (token id) + '_' + 59 base62 (secret and checksum).
    pattern: /\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\b/,
    minEntropy: 3,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [`github_pat_${fakeToken(ALNUM, 22)}_${fakeToken(ALNUM, 59)}`],
      negative: () => [
        `github_pat_${'x'.repeat(22)}_${'x'.repeat(59)}`,
        `github_pat_${fakeToken(ALNUM, 22)}_${fakeToken(ALNUM, 40)}`,
        'fine-grained tokens start with github_pat_',
      ],
    },
  },
  {
    id: 'secret/github-oauth-client-secret',
    description: 'GitHub OAuth App client secret next to the provider name',
    keywords: ['github'],
    pattern: nearbyPattern('github[^\\n]{0,30}?client_?secret', '[a-f0-9]{40}'),
    minEntropy: 3,
    severity: 'high',
    confidence: 0.75,
    examples: {
      positive: () => [
        `GITHUB_CLIENT_SECRET=${fakeToken(HEX, 40)}`,
        `github: { clientSecret: '${fakeToken(HEX, 40)}' }`,
      ],
      negative: () => [
        `GITHUB_CLIENT_SECRET=${'0'.repeat(40)}`,
        `GITHUB_CLIENT_SECRET=${fakeToken(HEX, 32)}`,
        `GITHUB_CLIENT_ID=${fakeToken(HEX, 20)}`,
        'GITHUB_CLIENT_SECRET=${{ secrets.GITHUB_CLIENT_SECRET }}',
      ],
    },
  },
] satisfies SecretRule[];
