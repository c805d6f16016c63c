import { ALNUM, BASE64URL, fakeToken } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { isBasicCredential } from './basic-credential.js';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const base64 = (text: string) => Buffer.from(text).toString('base64');

const fakeJwt = () =>
  [
    base64url({ alg: 'HS256', typ: 'JWT' }),
    base64url({ sub: fakeToken(ALNUM, 12), role: 'service', iat: 1700000000 }),
    fakeToken(BASE64URL, 43),
  ].join('.');

export default [
  {
    id: 'secret/jwt',
    description: 'Signed JSON Web Token (header.payload.signature)',
    keywords: ['eyj'],
    // Both JSON segments start with '{"' (eyJ in base64url); the signature must be present.
    pattern: /\beyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,8000}\.[A-Za-z0-9_-]{20,1000}(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    severity: 'medium',
    confidence: 0.7,
    examples: {
      positive: () => [fakeJwt()],
      negative: () => [
        base64url({ alg: 'HS256', typ: 'JWT' }),
        `${base64url({ alg: 'none' })}.${base64url({ sub: 'x' })}.`,
        `eyJ${'x'.repeat(20)}.eyJ${'x'.repeat(20)}.${'x'.repeat(30)}`,
        'a JWT starts with eyJ',
      ],
    },
  },
  {
    id: 'secret/http-basic-auth-header',
    description: 'HTTP Authorization header with Basic credentials',
    keywords: ['basic '],
    pattern:
      /\bauthorization\\?["']?\s{0,3}[:=,]\s{0,3}\\?["']?\s{0,3}basic\s{1,3}(?<secret>[A-Za-z0-9+/]{12,400}={0,2})(?![A-Za-z0-9+/=])/i,
    minEntropy: 3,
    validate: isBasicCredential,
    severity: 'high',
    confidence: 0.8,
    examples: {
      positive: () => [
        `Authorization: Basic ${base64(`deploy:${fakeToken(ALNUM, 20)}`)}`,
        `curl -H "Authorization: Basic ${base64(`ci-bot:${fakeToken(ALNUM, 16)}`)}" https://example.com`,
      ],
      negative: () => [
        'Authorization: Basic <credentials>',
        'Authorization: Basic ${BASIC_AUTH}',
        `Authorization: Basic ${base64('just a long string without a colon')}`,
        `Authorization: Basic ${base64('username:')}`,
        `Authorization: Bearer ${fakeToken(ALNUM, 30)}`,
      ],
    },
  },
  {
    id: 'secret/curl-auth-header',
    description: 'curl with a bearer token or API key header',
    keywords: ['curl'],
    // one command, backslash-newline continuations included
    pattern:
      /\bcurl\b(?:[^\n]|\\\n){0,400}?(?:-H|--header)[ \t]{0,4}=?[ \t]{0,4}["'](?:Authorization:[ \t]{0,4}(?:Bearer|Token|token|Bot)[ \t]{1,4}|(?:X-)?(?:[A-Za-z]{1,20}-)?(?:Api-?Key|API-Key|Token|Auth-Token|Access-Token|Private-Token)[ \t]{0,4}:[ \t]{0,4})(?<secret>[A-Za-z0-9._~+/=-]{16,1024})["']/i,
    minEntropy: 3.5,
    validate: (secret) => /[0-9]/.test(secret) && /[A-Za-z]/.test(secret),
    severity: 'high',
    confidence: 0.8,
    examples: {
      positive: () => [
        `curl -H "Authorization: Bearer ${fakeToken(ALNUM, 40)}" https://api.corp.internal/v1/items`,
        `curl -X POST https://api.corp.internal/v1/jobs \\\n  -H 'X-API-Key: ${fakeToken(ALNUM, 32)}' -d @job.json`,
      ],
      negative: () => [
        'curl -H "Authorization: Bearer $TOKEN" https://api.corp.internal',
        'curl -H "Authorization: Bearer <token>" https://api.corp.internal',
        'curl -H "Content-Type: application/json" https://api.corp.internal',
      ],
    },
  },
  {
    id: 'secret/jwt-base64',
    description: 'Base64-encoded JSON Web Token (a JWT wrapped once more)',
    keywords: ['zxlk'],
    pattern: /\bZXlK[A-Za-z0-9+/]{60,8192}={0,2}(?![A-Za-z0-9+/=])/,
    minEntropy: 4,
    validate: (secret) =>
      /^eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{20,}/.test(
        Buffer.from(secret, 'base64').toString('latin1'),
      ),
    severity: 'medium',
    confidence: 0.8,
    examples: {
      positive: () => [Buffer.from(fakeJwt()).toString('base64')],
      negative: () => [Buffer.from(`eyJ${'x'.repeat(60)}`).toString('base64'), 'ZXlK is base64 for eyJ'],
    },
  },
] satisfies SecretRule[];
