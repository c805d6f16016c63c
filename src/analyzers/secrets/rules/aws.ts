import { BASE64, fakeToken, HEX } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { BASE32_UPPER, fakeUuid } from './fake-parts.js';

// AWS documents its own example key id; assembled here so the literal never sits in the repository.
const DOCUMENTED_KEY_ID = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');

export default [
  {
    id: 'secret/aws-access-key-id',
    description: 'AWS access key id (long-term AKIA, temporary ASIA and related prefixes)',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    // Key ids are 20 characters of base32 after a four-character type prefix.
    pattern: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/,
    minEntropy: 3,
    validate: (secret) => !secret.endsWith('EXAMPLE'),
    severity: 'high',
    confidence: 0.9,
    examples: {
      positive: () => [`AKIA${fakeToken(BASE32_UPPER, 16)}`, `ASIA${fakeToken(BASE32_UPPER, 16)}`],
      negative: () => [
        DOCUMENTED_KEY_ID,
        `AKIA${'X'.repeat(16)}`,
        `AKIA${fakeToken(BASE32_UPPER, 12)}`,
        `akia${fakeToken(BASE32_UPPER, 16).toLowerCase()}`,
        'key ids start with AKIA or ASIA',
      ],
    },
  },
  {
    id: 'secret/aws-secret-access-key',
    description: 'AWS secret access key next to its setting name',
    keywords: ['aws'],
    pattern:
      /aws_?(?:secret)_?(?:access)?_?key[^\n]{0,20}?(?<![A-Za-z0-9/+])(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/i,
    minEntropy: 4,
    severity: 'critical',
    confidence: 0.85,
    examples: {
      positive: () => [
        `aws_secret_access_key = ${fakeToken(BASE64, 40)}`,
        `AWS_SECRET_ACCESS_KEY: "${fakeToken(BASE64, 40)}"`,
        `awsSecretKey=${fakeToken(BASE64, 40)}`,
      ],
      negative: () => [
        `aws_secret_access_key = ${'x'.repeat(40)}`,
        `aws_secret_access_key = ${fakeToken(BASE64, 30)}`,
        'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}',
        `secret_access_key = ${fakeToken(HEX, 12)}`,
      ],
    },
  },
  {
    id: 'secret/aws-session-token',
    description: 'AWS temporary session token next to its setting name',
    keywords: ['session_token', 'sessiontoken'],
    pattern: /aws_?session_?token[^\n]{0,20}?(?<![A-Za-z0-9/+=])(?<secret>[A-Za-z0-9/+=]{100,2000})(?![A-Za-z0-9/+=])/i,
    minEntropy: 4,
    severity: 'high',
    confidence: 0.85,
    examples: {
      positive: () => [
        `aws_session_token = IQoJb3JpZ2luX2Vj${fakeToken(BASE64, 300)}`,
        `AWS_SESSION_TOKEN="FwoGZXIvYXdzE${fakeToken(BASE64, 200)}"`,
      ],
      negative: () => [
        `aws_session_token = ${'A'.repeat(200)}`,
        `aws_session_token = ${fakeToken(BASE64, 60)}`,
        'aws_session_token = ${AWS_SESSION_TOKEN}',
      ],
    },
  },
  {
    id: 'secret/aws-mws-key',
    description: 'Amazon Marketplace Web Service auth token',
    keywords: ['amzn.mws.'],
    pattern: /\bamzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/,
    minEntropy: 3,
    severity: 'high',
    confidence: 0.95,
    examples: {
      positive: () => [`amzn.mws.${fakeUuid()}`],
      negative: () => [
        'amzn.mws.00000000-0000-0000-0000-000000000000',
        'amzn.mws.' + 'a'.repeat(32),
        'MWS tokens start with amzn.mws.',
      ],
    },
  },
] satisfies SecretRule[];
