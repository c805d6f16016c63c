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
] satisfies SecretRule[];
