import { ALNUM, BASE64URL, fakeToken, HEX } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { DIGITS, fakeUuid, ZERO_UUID } from './fake-parts.js';
import { namedRule } from './named-rule.js';
import { nearbyPattern, UUID } from './nearby.js';
import { prefixedRule as prefixed } from './prefixed-rule.js';

const snowflake = () => `1${fakeToken(DIGITS, 18)}`;

export default [
  {
    id: 'secret/discord-bot-token',
    description: 'Discord bot token next to the provider name',
    keywords: ['discord'],
    // base64 user id . base64 timestamp . HMAC
    pattern: nearbyPattern('discord', '[MNO][A-Za-z0-9_-]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}'),
    minEntropy: 4,
    severity: 'high',
    confidence: 0.85,
    examples: {
      positive: () => [
        `DISCORD_BOT_TOKEN=M${fakeToken(BASE64URL, 25)}.${fakeToken(BASE64URL, 6)}.${fakeToken(BASE64URL, 38)}`,
      ],
      negative: () => [
        `DISCORD_BOT_TOKEN=M${'x'.repeat(25)}.${'x'.repeat(6)}.${'x'.repeat(38)}`,
        'DISCORD_BOT_TOKEN=${DISCORD_BOT_TOKEN}',
      ],
    },
  },
  {
    id: 'secret/discord-webhook-url',
    description: 'Discord webhook URL',
    keywords: ['/api/webhooks/'],
    pattern: /\bdiscord(?:app)?\.com\/api\/webhooks\/[0-9]{17,20}\/(?<secret>[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    severity: 'high',
    confidence: 0.95,
    examples: {
      positive: () => [`https://discord.com/api/webhooks/${snowflake()}/${fakeToken(BASE64URL, 68)}`],
      negative: () => [
        `https://discord.com/api/webhooks/${snowflake()}/${'x'.repeat(68)}`,
        'https://discord.com/api/webhooks/{id}/{token}',
      ],
    },
  },
  {
    id: 'secret/telegram-bot-token',
    description: 'Telegram bot API token',
    keywords: [':aa'],
    pattern: /(?<![0-9])(?<secret>[0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    severity: 'high',
    confidence: 0.9,
    examples: {
      positive: () => [
        `${fakeToken(DIGITS, 10)}:AA${fakeToken(BASE64URL, 33)}`,
        `https://api.telegram.org/bot${fakeToken(DIGITS, 10)}:AA${fakeToken(BASE64URL, 33)}/getMe`,
      ],
      negative: () => [
        `123456789:AA${'x'.repeat(33)}`,
        `${fakeToken(DIGITS, 10)}:AA${fakeToken(BASE64URL, 10)}`,
        '12:30:AA',
      ],
    },
  },
  {
    id: 'secret/twilio-api-key',
    description: 'Twilio API key SID',
    keywords: ['sk'],
    pattern: /\bSK[0-9a-fA-F]{32}\b/,
    minEntropy: 3,
    severity: 'high',
    confidence: 0.8,
    examples: {
      positive: () => [`SK${fakeToken(HEX, 32)}`],
      negative: () => [`SK${'0'.repeat(32)}`, `SK${fakeToken(HEX, 20)}`, `SK${fakeToken(HEX, 40)}`],
    },
  },
  namedRule({
    id: 'twilio-auth-token',
    description: 'Twilio auth token next to the provider name',
    keywords: ['twilio'],
    context: 'twilio',
    secret: '[a-f0-9]{32}',
    fake: () => fakeToken(HEX, 32),
    setting: 'TWILIO_AUTH_TOKEN',
    severity: 'critical',
  }),
  prefixed(
    'sendgrid-api-key',
    'SendGrid API key',
    'SG.',
    '[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}',
    () => `${fakeToken(BASE64URL, 22)}.${fakeToken(BASE64URL, 43)}`,
  ),
  {
    id: 'secret/mailgun-api-key',
    description: 'Mailgun private API key (key- format)',
    keywords: ['key-'],
    pattern: /\bkey-[0-9a-f]{32}\b/,
    minEntropy: 3,
    severity: 'high',
    confidence: 0.8,
    examples: {
      positive: () => [`key-${fakeToken(HEX, 32)}`],
      negative: () => [`key-${'0'.repeat(32)}`, `key-${fakeToken(HEX, 16)}`, 'primary-key-value'],
    },
  },
  namedRule({
    id: 'mailgun-signing-key',
    description: 'Mailgun API or webhook signing key (hex-hex-hex format) next to the provider name',
    keywords: ['mailgun'],
    context: 'mailgun',
    secret: '[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}',
    fake: () => `${fakeToken(HEX, 32)}-${fakeToken(HEX, 8)}-${fakeToken(HEX, 8)}`,
    setting: 'MAILGUN_API_KEY',
  }),
  {
    id: 'secret/mailchimp-api-key',
    description: 'Mailchimp API key',
    keywords: ['-us'],
    pattern: /\b[0-9a-f]{32}-us[0-9]{1,2}\b/,
    minEntropy: 3,
    severity: 'high',
    confidence: 0.9,
    examples: {
      positive: () => [`${fakeToken(HEX, 32)}-us${fakeToken(DIGITS, 2)}`],
      negative: () => [`${'0'.repeat(32)}-us21`, `${fakeToken(HEX, 20)}-us21`, 'en-us1'],
    },
  },
  namedRule({
    id: 'postmark-server-token',
    description: 'Postmark server or account token next to the provider name',
    keywords: ['postmark'],
    context: 'postmark',
    secret: UUID,
    fake: fakeUuid,
    setting: 'POSTMARK_SERVER_TOKEN',
  }),
  prefixed(
    'brevo-api-key',
    'Brevo (Sendinblue) API key',
    'xkeysib-',
    '[a-f0-9]{64}-[A-Za-z0-9]{16}',
    () => `${fakeToken(HEX, 64)}-${fakeToken(ALNUM, 16)}`,
  ),
  {
    id: 'secret/microsoft-teams-webhook-url',
    description: 'Microsoft Teams incoming webhook URL',
    keywords: ['webhook.office.com'],
    // Literal-led, so the engine skips ahead to '.webhook.office.com' instead of trying every offset.
    pattern: new RegExp(
      `\\.webhook\\.office\\.com/webhookb2/${UUID}@${UUID}/IncomingWebhook/(?<secret>[a-f0-9]{32})/${UUID}`,
    ),
    minEntropy: 3,
    severity: 'high',
    confidence: 0.95,
    examples: {
      positive: () => [
        `https://contoso.webhook.office.com/webhookb2/${fakeUuid()}@${fakeUuid()}/IncomingWebhook/${fakeToken(HEX, 32)}/${fakeUuid()}`,
      ],
      negative: () => [
        `https://contoso.webhook.office.com/webhookb2/${ZERO_UUID}@${ZERO_UUID}/IncomingWebhook/${'0'.repeat(32)}/${ZERO_UUID}`,
      ],
    },
  },
] satisfies SecretRule[];
