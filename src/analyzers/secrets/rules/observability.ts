import { ALNUM, BASE64, fakeToken, HEX, UPPER_ALNUM } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { fakeUuid, ZERO_UUID } from './fake-parts.js';
import { namedRule } from './named-rule.js';
import { UUID } from './nearby.js';
import { prefixedRule as prefixed } from './prefixed-rule.js';

const hex = (length: number) => () => fakeToken(HEX, length);

export default [
  namedRule({
    id: 'datadog-api-key',
    description: 'Datadog API key next to the provider name',
    keywords: ['datadog', 'dd_api_key'],
    context: 'datadog|\\bdd_api_key',
    secret: '[a-f0-9]{32}',
    fake: hex(32),
    setting: 'DATADOG_API_KEY',
  }),
  namedRule({
    id: 'datadog-app-key',
    description: 'Datadog application key next to the provider name',
    keywords: ['datadog', 'dd_app_key'],
    context: 'datadog|\\bdd_app_key',
    secret: '[a-f0-9]{40}',
    fake: hex(40),
    setting: 'DATADOG_APP_KEY',
  }),
  prefixed('new-relic-user-api-key', 'New Relic user API key', 'NRAK-', '[A-Z0-9]{27}', () =>
    fakeToken(UPPER_ALNUM, 27),
  ),
  prefixed('new-relic-insert-key', 'New Relic insights insert key', 'NRII-', '[A-Za-z0-9_-]{32}', () =>
    fakeToken(ALNUM, 32),
  ),
  prefixed('new-relic-browser-api-key', 'New Relic browser API token', 'NRJS-', '[a-f0-9]{19}', hex(19), 'medium'),
  {
    id: 'secret/new-relic-license-key',
    description: 'New Relic ingest license key',
    keywords: ['nral'],
    // 36 hex (or EU-region "eu01xx" + 34 hex) ending in NRAL.
    pattern: /\b(?:eu01xx)?[a-f0-9]{36}NRAL\b/,
    minEntropy: 3,
    severity: 'high',
    confidence: 0.9,
    examples: {
      positive: () => [`${fakeToken(HEX, 36)}NRAL`],
      negative: () => [`${'0'.repeat(36)}NRAL`, `${fakeToken(HEX, 20)}NRAL`, 'license keys end in NRAL'],
    },
  },
  {
    id: 'secret/sentry-dsn-secret',
    description: 'Sentry DSN that still carries the legacy secret key',
    keywords: ['sentry'],
    pattern:
      /\bhttps?:\/\/[a-f0-9]{32}:(?<secret>[a-f0-9]{32})@[A-Za-z0-9.-]{0,80}sentry[A-Za-z0-9.-]{0,80}(?::[0-9]{1,5})?\/[0-9]{1,10}\b/,
    minEntropy: 3,
    severity: 'high',
    confidence: 0.9,
    examples: {
      positive: () => [
        `https://${fakeToken(HEX, 32)}:${fakeToken(HEX, 32)}@o${fakeToken('123456789', 6)}.ingest.sentry.io/${fakeToken('123456789', 7)}`,
      ],
      negative: () => [
        `https://${fakeToken(HEX, 32)}@o123456.ingest.sentry.io/1234567`,
        `https://${'0'.repeat(32)}:${'0'.repeat(32)}@sentry.example.com/1`,
      ],
    },
  },
  prefixed('sentry-user-token', 'Sentry user auth token', 'sntryu_', '[a-f0-9]{64}', hex(64)),
  // Organization tokens: sntrys_ + base64 JSON ({"iat":...}) + "_" + 43-character secret.
  prefixed(
    'sentry-org-token',
    'Sentry organization auth token',
    'sntrys_',
    'eyJ[A-Za-z0-9+/=]{40,400}_[A-Za-z0-9+/]{43}',
    () => `eyJ${fakeToken(BASE64, 120)}_${fakeToken(BASE64, 43)}`,
  ),
  prefixed('grafana-cloud-token', 'Grafana Cloud access policy token', 'glc_', '[A-Za-z0-9+/]{32,400}={0,2}', () =>
    fakeToken(BASE64, 120),
  ),
  prefixed(
    'grafana-service-account-token',
    'Grafana service account token',
    'glsa_',
    '[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}',
    () => `${fakeToken(ALNUM, 32)}_${fakeToken(HEX, 8)}`,
  ),
  // Legacy API keys are base64 of {"k":"...
  prefixed('grafana-api-key', 'Grafana legacy API key', 'eyJrIjoi', '[A-Za-z0-9]{70,400}={0,2}', () =>
    fakeToken(ALNUM, 90),
  ),
  namedRule({
    id: 'honeycomb-api-key',
    description: 'Honeycomb API key next to the provider name',
    keywords: ['honeycomb'],
    context: 'honeycomb',
    secret: '[A-Za-z0-9]{22}|[a-f0-9]{32}',
    fake: () => fakeToken(ALNUM, 22),
    setting: 'HONEYCOMB_API_KEY',
  }),
  namedRule({
    id: 'splunk-hec-token',
    description: 'Splunk HTTP Event Collector token next to the product name',
    keywords: ['splunk', 'hec_token'],
    context: 'splunk|\\bhec_token',
    secret: UUID,
    fake: fakeUuid,
    setting: 'SPLUNK_HEC_TOKEN',
  }),
  {
    id: 'secret/dynatrace-api-token',
    description: 'Dynatrace API token',
    keywords: ['dt0c01.'],
    pattern: /\bdt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}\b/,
    minEntropy: 3.5,
    severity: 'high',
    confidence: 0.95,
    examples: {
      positive: () => [`dt0c01.${fakeToken(UPPER_ALNUM, 24)}.${fakeToken(UPPER_ALNUM, 64)}`],
      negative: () => [`dt0c01.${'X'.repeat(24)}.${'X'.repeat(64)}`, 'dt0c01.ABC.DEF'],
    },
  },
  namedRule({
    id: 'pagerduty-api-key',
    description: 'PagerDuty REST API key next to the provider name',
    keywords: ['pagerduty'],
    context: 'pagerduty',
    secret: 'u\\+[A-Za-z0-9_+-]{18}|[A-Za-z0-9_-]{20}',
    fake: () => `${fakeToken(ALNUM, 12)}4${fakeToken(ALNUM, 6)}a`,
    setting: 'PAGERDUTY_API_KEY',
    // keys mix letters and digits; a 20-letter identifier in a PagerDuty schema is not one
    validate: (secret) => /\d/.test(secret) && /[A-Za-z]/.test(secret),
    extraNegatives: () => ['"PagerDutyIntegration": "EnableWebhookUpdates"'],
  }),
  namedRule({
    id: 'rollbar-access-token',
    description: 'Rollbar access token next to the provider name',
    keywords: ['rollbar'],
    context: 'rollbar',
    secret: '[a-f0-9]{32}',
    fake: hex(32),
    setting: 'ROLLBAR_ACCESS_TOKEN',
  }),
  namedRule({
    id: 'bugsnag-api-key',
    description: 'Bugsnag API key next to the provider name',
    keywords: ['bugsnag'],
    context: 'bugsnag',
    secret: '[a-f0-9]{32}',
    fake: hex(32),
    setting: 'BUGSNAG_API_KEY',
    severity: 'medium',
  }),
  {
    id: 'secret/axiom-token',
    description: 'Axiom API or personal token',
    keywords: ['xaat-', 'xapt-'],
    pattern: new RegExp(`\\bxa[ap]t-${UUID}\\b`),
    minEntropy: 3,
    severity: 'high',
    confidence: 0.95,
    examples: {
      positive: () => [`xaat-${fakeUuid()}`],
      negative: () => [`xaat-${ZERO_UUID}`, 'tokens start with xaat-'],
    },
  },
] satisfies SecretRule[];
