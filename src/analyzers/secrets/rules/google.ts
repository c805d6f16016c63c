import { ALNUM, BASE64, BASE64URL, fakeToken } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';

const PKCS8 = ['PRIVATE', 'KEY-----'].join(' ');
const pem = (body: string) => `-----BEGIN ${PKCS8}\\n${body}\\n-----END ${PKCS8}\\n`;
const fakePemBody = () => fakeToken(BASE64, 64) + '\\n' + fakeToken(BASE64, 64) + '\\n' + fakeToken(BASE64, 40);

export default [
  {
    id: 'secret/gcp-service-account-key',
    description: 'Google Cloud service-account JSON key (private_key field)',
    keywords: ['private_key'],
    // The key sits in JSON with escaped newlines; quotes may be escaped again when the JSON is embedded.
    pattern:
      /\\?"private_key\\?"\s{0,3}:\s{0,3}\\?"(?<secret>-----BEGIN[ ](?:RSA[ ])?PRIVATE[ ]KEY-----[A-Za-z0-9+/=\\\s]{64,8000}-----END[ ](?:RSA[ ])?PRIVATE[ ]KEY-----)/,
    minEntropy: 4,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [`"private_key": "${pem(fakePemBody())}"`],
      negative: () => [
        `"private_key": "${pem('x'.repeat(80))}"`,
        '"private_key": ""',
        '"private_key": "${GCP_PRIVATE_KEY}"',
      ],
    },
  },
  {
    id: 'secret/gcp-api-key',
    description: 'Google Cloud / Firebase / Maps API key',
    keywords: ['aiza'],
    pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/,
    minEntropy: 3,
    severity: 'high',
    confidence: 0.9,
    examples: {
      positive: () => [`AIza${fakeToken(BASE64URL, 35)}`],
      negative: () => [`AIza${'x'.repeat(35)}`, `AIza${fakeToken(BASE64URL, 20)}`, 'Google API keys start with AIza'],
    },
  },
  {
    id: 'secret/gcp-oauth-client-secret',
    description: 'Google OAuth client secret',
    keywords: ['gocspx-'],
    pattern: /\bGOCSPX-[0-9A-Za-z_-]{28}(?![0-9A-Za-z_-])/,
    minEntropy: 3,
    severity: 'high',
    confidence: 0.95,
    examples: {
      positive: () => [`GOCSPX-${fakeToken(BASE64URL, 28)}`],
      negative: () => [
        `GOCSPX-${'x'.repeat(28)}`,
        `GOCSPX-${fakeToken(BASE64URL, 10)}`,
        'client secrets start with GOCSPX-',
      ],
    },
  },
  {
    id: 'secret/google-oauth-access-token',
    description: 'Google OAuth 2.0 access token',
    keywords: ['ya29.'],
    pattern: /\bya29\.[0-9A-Za-z_-]{30,2048}(?![0-9A-Za-z_-])/,
    minEntropy: 3.5,
    severity: 'high',
    confidence: 0.85,
    examples: {
      positive: () => [`ya29.a0${fakeToken(BASE64URL, 120)}`],
      negative: () => [`ya29.${'x'.repeat(60)}`, `ya29.${fakeToken(ALNUM, 10)}`, 'access tokens start with ya29.'],
    },
  },
  {
    id: 'secret/google-oauth-refresh-token',
    description: 'Google OAuth 2.0 refresh token',
    keywords: ['1//0'],
    pattern: /(?<![0-9A-Za-z/])1\/\/0[0-9A-Za-z_-]{40,200}(?![0-9A-Za-z_-])/,
    minEntropy: 4,
    severity: 'high',
    confidence: 0.8,
    examples: {
      positive: () => [`1//0${fakeToken(BASE64URL, 100)}`],
      negative: () => [`1//0${'x'.repeat(100)}`, `1//0${fakeToken(BASE64URL, 12)}`, 'https://example.com/1//0'],
    },
  },
  {
    id: 'secret/firebase-cloud-messaging-server-key',
    description: 'Firebase Cloud Messaging legacy server key',
    keywords: [':apa91b'],
    pattern: /\bAAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    severity: 'high',
    confidence: 0.95,
    examples: {
      positive: () => [`AAAA${fakeToken(BASE64URL, 7)}:APA91b${fakeToken(BASE64URL, 134)}`],
      negative: () => [
        `AAAA${'x'.repeat(7)}:APA91b${'x'.repeat(134)}`,
        `AAAA${fakeToken(BASE64URL, 7)}:APA91b${fakeToken(BASE64URL, 30)}`,
      ],
    },
  },
] satisfies SecretRule[];
