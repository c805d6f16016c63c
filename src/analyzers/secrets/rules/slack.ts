import { ALNUM, fakeToken, HEX, UPPER_ALNUM } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { DIGITS } from './fake-parts.js';

// Slack token types: https://api.slack.com/authentication/token-types
const id = (length = 11) => `${fakeToken('123456789', 1)}${fakeToken(DIGITS, length - 1)}`;
const dash = (...parts: string[]) => parts.join('-');
const END = '(?![A-Za-z0-9-])';

export default [
  {
    id: 'secret/slack-bot-token',
    description: 'Slack bot token',
    keywords: ['xoxb-'],
    pattern: new RegExp(`\\bxoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24}${END}`),
    minEntropy: 3,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [dash('xoxb', id(), id(13), fakeToken(ALNUM, 24))],
      negative: () => [
        dash('xoxb', '1'.repeat(11), '1'.repeat(13), 'x'.repeat(24)),
        dash('xoxb', id(), fakeToken(ALNUM, 10)),
        'bot tokens start with xoxb-',
      ],
    },
  },
  {
    id: 'secret/slack-legacy-bot-token',
    description: 'Slack legacy bot token',
    keywords: ['xoxb-'],
    pattern: new RegExp(`\\bxoxb-[0-9]{8,14}-[A-Za-z0-9]{18,26}${END}`),
    minEntropy: 3,
    severity: 'high',
    confidence: 0.9,
    examples: {
      positive: () => [dash('xoxb', id(10), fakeToken(ALNUM, 24))],
      negative: () => [dash('xoxb', id(10), 'x'.repeat(24)), dash('xoxb', id(10), fakeToken(ALNUM, 12))],
    },
  },
  {
    id: 'secret/slack-user-token',
    description: 'Slack user token',
    keywords: ['xoxp-'],
    pattern: new RegExp(`\\bxoxp-[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[a-f0-9]{32}${END}`),
    minEntropy: 3,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [dash('xoxp', id(), id(), id(12), fakeToken(HEX, 32))],
      negative: () => [
        dash('xoxp', id(), id(), id(12), '0'.repeat(32)),
        dash('xoxp', id(), fakeToken(HEX, 32)),
        'user tokens start with xoxp-',
      ],
    },
  },
  {
    id: 'secret/slack-legacy-workspace-token',
    description: 'Slack legacy workspace (xoxa) or refresh (xoxr) token',
    keywords: ['xoxa-', 'xoxr-'],
    pattern: new RegExp(`\\bxox[ar]-(?:[0-9]-)?[A-Za-z0-9]{8,48}${END}`),
    minEntropy: 3,
    severity: 'high',
    confidence: 0.85,
    examples: {
      positive: () => [dash('xoxa', '2', fakeToken(ALNUM, 40)), dash('xoxr', fakeToken(ALNUM, 32))],
      negative: () => [dash('xoxa', '2', 'x'.repeat(40)), 'xoxa-2', dash('xoxr', fakeToken(ALNUM, 4))],
    },
  },
  {
    id: 'secret/slack-app-token',
    description: 'Slack app-level token',
    keywords: ['xapp-'],
    pattern: new RegExp(`\\bxapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,13}-[a-f0-9]{64}${END}`),
    minEntropy: 3,
    severity: 'high',
    confidence: 0.95,
    examples: {
      positive: () => [dash('xapp', '1', `A${fakeToken(UPPER_ALNUM, 10)}`, id(13), fakeToken(HEX, 64))],
      negative: () => [
        dash('xapp', '1', 'A'.repeat(11), id(13), '0'.repeat(64)),
        dash('xapp', '1', fakeToken(HEX, 64)),
      ],
    },
  },
  {
    id: 'secret/slack-config-access-token',
    description: 'Slack app configuration access token',
    keywords: ['xoxe.xoxp-', 'xoxe.xoxb-'],
    pattern: new RegExp(`\\bxoxe\\.xox[bp]-[0-9]-[A-Za-z0-9]{163,166}${END}`),
    minEntropy: 3,
    severity: 'high',
    confidence: 0.95,
    examples: {
      positive: () => [`xoxe.xoxp-1-${fakeToken(ALNUM, 164)}`],
      negative: () => [`xoxe.xoxp-1-${'x'.repeat(164)}`, `xoxe.xoxp-1-${fakeToken(ALNUM, 40)}`],
    },
  },
  {
    id: 'secret/slack-config-refresh-token',
    description: 'Slack app configuration refresh token',
    keywords: ['xoxe-'],
    pattern: new RegExp(`\\bxoxe-[0-9]-[A-Za-z0-9]{146}${END}`),
    minEntropy: 3,
    severity: 'high',
    confidence: 0.95,
    examples: {
      positive: () => [`xoxe-1-${fakeToken(ALNUM, 146)}`],
      negative: () => [`xoxe-1-${'x'.repeat(146)}`, `xoxe-1-${fakeToken(ALNUM, 60)}`],
    },
  },
  {
    id: 'secret/slack-webhook-url',
    description: 'Slack incoming webhook URL',
    keywords: ['hooks.slack.com/services/'],
    pattern:
      /\bhooks\.slack\.com\/services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/(?<secret>[A-Za-z0-9]{24})(?![A-Za-z0-9])/,
    minEntropy: 3,
    severity: 'high',
    confidence: 0.95,
    examples: {
      positive: () => [
        `https://hooks.slack.com/services/T${fakeToken(UPPER_ALNUM, 10)}/B${fakeToken(UPPER_ALNUM, 10)}/${fakeToken(ALNUM, 24)}`,
      ],
      negative: () => [
        `https://hooks.slack.com/services/T${'0'.repeat(10)}/B${'0'.repeat(10)}/${'X'.repeat(24)}`,
        'https://hooks.slack.com/services/',
      ],
    },
  },
  {
    id: 'secret/slack-workflow-webhook-url',
    description: 'Slack workflow or trigger webhook URL',
    keywords: ['hooks.slack.com/workflows/', 'hooks.slack.com/triggers/'],
    pattern:
      /\bhooks\.slack\.com\/(?:workflows|triggers)\/T[A-Z0-9]{8,12}\/A[A-Z0-9]{8,12}\/[0-9]{6,20}\/(?<secret>[A-Za-z0-9]{24,32})(?![A-Za-z0-9])/,
    minEntropy: 3,
    severity: 'high',
    confidence: 0.9,
    examples: {
      positive: () => [
        `https://hooks.slack.com/triggers/T${fakeToken(UPPER_ALNUM, 10)}/A${fakeToken(UPPER_ALNUM, 10)}/${id(12)}/${fakeToken(ALNUM, 32)}`,
      ],
      negative: () => [
        `https://hooks.slack.com/triggers/T${'0'.repeat(10)}/A${'0'.repeat(10)}/${'1'.repeat(12)}/${'x'.repeat(32)}`,
      ],
    },
  },
] satisfies SecretRule[];
