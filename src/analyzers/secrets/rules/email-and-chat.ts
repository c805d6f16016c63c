import { ALNUM, BASE64URL, fakeToken, HEX, UPPER_ALNUM } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { DIGITS, fakeOf, fakeUuid, HEX_UPPER, LOWER } from './fake-parts.js';
import { keyedRule as keyed } from './keyed-rule.js';
import { prefixedRule as prefixed } from './prefixed-rule.js';

// E-mail delivery, SMS and voice, realtime messaging and chat webhooks beyond messaging.ts.
const hex = (length: number) => fakeOf(HEX, length);
const alnum = (length: number) => fakeOf(ALNUM, length);

export default [
  prefixed('mailersend-api-token', 'MailerSend API token', 'mlsn.', '[a-f0-9]{64}', hex(64)),
  prefixed(
    'resend-api-key',
    'Resend API key',
    're_',
    '[A-Za-z0-9]{8}_[A-Za-z0-9]{24}',
    () => `${fakeToken(ALNUM, 8)}_${fakeToken(ALNUM, 24)}`,
  ),
  prefixed(
    'brevo-smtp-key',
    'Brevo (Sendinblue) SMTP key',
    'xsmtpsib-',
    '[a-f0-9]{64}-[A-Za-z0-9]{16}',
    () => `${fakeToken(HEX, 64)}-${fakeToken(ALNUM, 16)}`,
  ),
  keyed(
    'mandrill-api-key',
    'Mandrill (Mailchimp Transactional) API key',
    ['mandrill'],
    '[A-Za-z0-9_-]{22}',
    fakeOf(BASE64URL, 22),
  ),
  keyed('sparkpost-api-key', 'SparkPost API key', ['sparkpost'], '[a-f0-9]{40}', hex(40)),
  keyed('mailjet-api-key', 'Mailjet API key or secret', ['mailjet'], '[a-f0-9]{32}', hex(32)),
  keyed('mailerlite-api-key', 'MailerLite classic API key', ['mailerlite'], '[a-f0-9]{32}', hex(32)),
  keyed('pusher-app-secret', 'Pusher Channels app secret', ['pusher'], '[a-f0-9]{20}', hex(20), {
    kind: 'secret',
    setting: 'PUSHER_APP_SECRET',
  }),
  keyed(
    'ably-api-key',
    'Ably API key (app.key:secret)',
    ['ably'],
    '[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{43}',
    () => `${fakeToken(ALNUM, 6)}.${fakeToken(ALNUM, 6)}:${fakeToken(BASE64URL, 43)}`,
    { whole: true },
  ),
  prefixed('pubnub-secret-key', 'PubNub secret key', 'sec-c-', '[A-Za-z0-9]{40,60}', alnum(48)),
  keyed('plivo-auth-token', 'Plivo auth token', ['plivo'], '[A-Za-z0-9]{40}', alnum(40), {
    kind: 'token|secret',
    setting: 'PLIVO_AUTH_TOKEN',
  }),
  keyed('vonage-api-secret', 'Vonage (Nexmo) API secret', ['vonage', 'nexmo'], '[A-Za-z0-9]{16}', alnum(16), {
    kind: 'secret',
    setting: 'VONAGE_API_SECRET',
  }),
  keyed(
    'telnyx-api-key',
    'Telnyx API v2 key',
    ['telnyx'],
    'KEY[0-9A-Za-z_-]{55}',
    () => `KEY${fakeToken(HEX_UPPER, 32)}_${fakeToken(ALNUM, 22)}`,
  ),
  keyed(
    'messagebird-api-key',
    'MessageBird (Bird) access key',
    ['messagebird', 'message_bird'],
    '[A-Za-z0-9]{25}',
    alnum(25),
  ),
  keyed(
    'clicksend-api-key',
    'ClickSend API key',
    ['clicksend'],
    '[A-F0-9]{8}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{12}',
    () => fakeUuid().toUpperCase(),
  ),
  keyed(
    'line-channel-secret',
    'LINE Messaging API channel secret',
    ['line_channel', 'line-channel', 'linechannel'],
    '[a-f0-9]{32}',
    hex(32),
    {
      kind: 'secret',
      setting: 'LINE_CHANNEL_SECRET',
    },
  ),
  keyed(
    'webex-access-token',
    'Webex access token',
    ['webex'],
    '[A-Za-z0-9]{64}_[A-Za-z0-9]{4}_[a-f0-9-]{36}',
    () => `${fakeToken(ALNUM, 64)}_${fakeToken(UPPER_ALNUM, 4)}_${fakeUuid()}`,
  ),
  keyed(
    'customerio-api-key',
    'Customer.io tracking or app API key',
    ['customerio', 'customer_io'],
    '[a-f0-9]{20,32}',
    hex(32),
  ),
  keyed(
    'onesignal-rest-api-key',
    'OneSignal REST API key',
    ['onesignal'],
    'os_v2_app_[a-z2-7]{100,120}|[A-Za-z0-9]{48}',
    alnum(48),
    {
      kind: 'key|secret',
      setting: 'ONESIGNAL_REST_API_KEY',
    },
  ),
  {
    id: 'secret/zapier-webhook-url',
    description: 'Zapier catch-hook webhook URL',
    keywords: ['hooks.zapier.com/hooks/catch/'],
    pattern: /https:\/\/hooks\.zapier\.com\/hooks\/catch\/(?<secret>[0-9]{5,10}\/[a-z0-9]{6,8})(?![A-Za-z0-9])/,
    minEntropy: 2.5,
    severity: 'medium',
    confidence: 0.9,
    examples: {
      positive: () => [
        `https://hooks.zapier.com/hooks/catch/${fakeToken(DIGITS, 7)}/${fakeToken(`${LOWER}0123456789`, 7)}/`,
      ],
      negative: () => ['https://hooks.zapier.com/hooks/catch/', 'https://hooks.zapier.com/hooks/catch/123/abc'],
    },
  },
  {
    id: 'secret/ifttt-webhook-key',
    description: 'IFTTT Maker webhook key',
    keywords: ['maker.ifttt.com'],
    pattern:
      /maker\.ifttt\.com\/(?:trigger\/[A-Za-z0-9_-]{1,100}\/(?:json\/)?with\/)?key\/(?<secret>[A-Za-z0-9_-]{22,43})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    severity: 'high',
    confidence: 0.9,
    examples: {
      positive: () => [`https://maker.ifttt.com/trigger/door_open/with/key/${fakeToken(BASE64URL, 22)}`],
      negative: () => ['https://maker.ifttt.com/trigger/door_open/with/key/{key}', 'https://maker.ifttt.com/use/'],
    },
  },
  {
    id: 'secret/google-chat-webhook-token',
    description: 'Google Chat incoming webhook token',
    keywords: ['chat.googleapis.com'],
    pattern:
      /chat\.googleapis\.com\/v1\/spaces\/[A-Za-z0-9_-]{6,20}\/messages\?[^\s"'`<>]{0,200}?token=(?<secret>[A-Za-z0-9_-]{40,50}(?:%3D|=)?)/,
    minEntropy: 3.5,
    severity: 'high',
    confidence: 0.9,
    examples: {
      positive: () => [
        `https://chat.googleapis.com/v1/spaces/${fakeToken(ALNUM, 11)}/messages?token=${fakeToken(BASE64URL, 43)}%3D`,
      ],
      negative: () => [`https://chat.googleapis.com/v1/spaces/${fakeToken(ALNUM, 11)}/messages?token=TOKEN`],
    },
  },
  prefixed(
    'slack-client-token',
    'Slack browser client token',
    'xoxc-',
    '[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[a-f0-9]{64}',
    () => `${fakeToken(DIGITS, 12)}-${fakeToken(DIGITS, 12)}-${fakeToken(DIGITS, 13)}-${fakeToken(HEX, 64)}`,
  ),
] satisfies SecretRule[];
