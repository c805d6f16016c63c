import { ALNUM, BASE64URL, fakeToken, HEX } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { DIGITS, fakeOf, fakeUuid, LETTERS } from './fake-parts.js';
import { keyedRule as keyed } from './keyed-rule.js';
import { UUID } from './nearby.js';
import { prefixedRule as prefixed } from './prefixed-rule.js';

// Logging, monitoring, alerting, product analytics and feature flags beyond observability.ts.
const hex = (length: number) => fakeOf(HEX, length);
const alnum = (length: number) => fakeOf(ALNUM, length);

export default [
  prefixed('coralogix-api-key', 'Coralogix send-your-data or API key', 'cxtp_', '[A-Za-z0-9]{30}', alnum(30)),
  prefixed('posthog-personal-api-key', 'PostHog personal API key', 'phx_', '[A-Za-z0-9_]{43,47}', alnum(43)),
  prefixed('honeybadger-personal-token', 'Honeybadger personal auth token', 'hbp_', '[A-Za-z0-9]{36}', alnum(36)),
  keyed(
    'logzio-token',
    'Logz.io shipping or API token',
    ['logzio', 'logz_io', 'logz.io'],
    '[A-Za-z]{32}|' + UUID,
    fakeOf(LETTERS, 32),
    {
      setting: 'LOGZIO_TOKEN',
    },
  ),
  keyed('loggly-token', 'Loggly customer token', ['loggly'], UUID, fakeUuid, { setting: 'LOGGLY_TOKEN' }),
  keyed('papertrail-api-token', 'Papertrail API token', ['papertrail'], '[A-Za-z0-9]{20}', alnum(20), {
    setting: 'PAPERTRAIL_API_TOKEN',
  }),
  keyed('sumologic-access-key', 'Sumo Logic access key', ['sumo'], '[A-Za-z0-9]{64}', alnum(64), {
    whole: true,
    kind: 'key|secret',
    setting: 'SUMO_ACCESS_KEY',
  }),
  keyed('opsgenie-api-key', 'Opsgenie API key', ['opsgenie'], UUID, fakeUuid),
  keyed(
    'betterstack-token',
    'Better Stack (Logtail) source or API token',
    ['betterstack', 'better_stack', 'logtail'],
    '[A-Za-z0-9]{24}',
    alnum(24),
    {
      setting: 'BETTERSTACK_TOKEN',
    },
  ),
  keyed('airbrake-api-key', 'Airbrake project or user key', ['airbrake'], '[a-f0-9]{32}|[A-Za-z0-9]{40}', hex(32)),
  keyed(
    'uptimerobot-api-key',
    'UptimeRobot API key',
    ['uptimerobot'],
    '[umr][0-9]{6,8}-[a-f0-9]{24}',
    () => `u${fakeToken(DIGITS, 7)}-${fakeToken(HEX, 24)}`,
  ),
  keyed('mixpanel-api-secret', 'Mixpanel API secret', ['mixpanel'], '[a-f0-9]{32}', hex(32), {
    kind: 'secret',
    setting: 'MIXPANEL_API_SECRET',
  }),
  keyed('amplitude-secret-key', 'Amplitude secret key', ['amplitude'], '[a-f0-9]{32}', hex(32), {
    kind: 'secret',
    setting: 'AMPLITUDE_SECRET_KEY',
  }),
  keyed(
    'statsig-server-secret',
    'Statsig server secret key',
    ['statsig'],
    'secret-[A-Za-z0-9]{43}',
    () => `secret-${fakeToken(ALNUM, 43)}`,
    {
      setting: 'STATSIG_SERVER_SECRET',
    },
  ),
  keyed('statuspage-api-key', 'Atlassian Statuspage API key', ['statuspage'], UUID, fakeUuid),
  keyed('appoptics-api-token', 'AppOptics API token', ['appoptics'], '[A-Za-z0-9_-]{64,71}', fakeOf(BASE64URL, 64), {
    setting: 'APPOPTICS_TOKEN',
  }),
  keyed('cronitor-api-key', 'Cronitor API key', ['cronitor'], '[a-f0-9]{32}', hex(32)),
  keyed('raygun-api-key', 'Raygun API key', ['raygun'], '[A-Za-z0-9]{22}', alnum(22)),
  keyed('instana-api-token', 'Instana API token', ['instana'], '[A-Za-z0-9_-]{22}', fakeOf(BASE64URL, 22), {
    setting: 'INSTANA_API_TOKEN',
  }),
  keyed(
    'lightstep-access-token',
    'Lightstep / ServiceNow Cloud Observability access token',
    ['lightstep'],
    '[A-Za-z0-9+/]{84}',
    fakeOf(`${ALNUM}+/`, 84),
    {
      setting: 'LIGHTSTEP_ACCESS_TOKEN',
    },
  ),
  keyed(
    'checkly-api-key',
    'Checkly API key',
    ['checkly'],
    'cu_[a-f0-9]{32}|[a-f0-9]{32}',
    () => `cu_${fakeToken(HEX, 32)}`,
  ),
  keyed(
    'split-io-api-key',
    'Split.io server-side API key',
    ['split.io', 'splitio', 'split_io'],
    '[a-z0-9]{36}',
    fakeOf('abcdefghijklmnopqrstuvwxyz0123456789', 36),
  ),
  keyed(
    'flagsmith-server-key',
    'Flagsmith server-side environment key',
    ['flagsmith'],
    'ser\\.[A-Za-z0-9]{22}',
    () => `ser.${fakeToken(ALNUM, 22)}`,
  ),
  keyed(
    'optimizely-api-token',
    'Optimizely personal API token',
    ['optimizely'],
    '[0-9]:[A-Za-z0-9_-]{40,60}',
    () => `2:${fakeToken(BASE64URL, 45)}`,
    {
      setting: 'OPTIMIZELY_API_TOKEN',
    },
  ),
  keyed('heap-api-key', 'Heap API key', ['heap'], UUID, fakeUuid, { whole: true, kind: 'key|secret' }),
  keyed(
    'fullstory-api-key',
    'FullStory API key',
    ['fullstory'],
    'na1\\.[A-Za-z0-9+/]{100}|[A-Za-z0-9+/]{40,100}={0,2}',
    () => `na1.${fakeToken(ALNUM, 1)}${fakeToken(`${ALNUM}+/`, 99)}`,
  ),
  keyed('bugsnag-session-key', 'Bugsnag data access token', ['bugsnag'], '[a-f0-9]{40}', hex(40), {
    kind: 'token|auth',
    setting: 'BUGSNAG_AUTH_TOKEN',
  }),
  keyed('smartlook-api-key', 'Smartlook API key', ['smartlook'], UUID, fakeUuid),
  keyed('gitguardian-api-key', 'GitGuardian API key', ['gitguardian'], '[A-Za-z0-9]{69,71}', alnum(71)),
  keyed('scout-apm-key', 'Scout APM agent key', ['scout'], '[A-Za-z0-9]{20}', alnum(20), {
    whole: true,
    kind: 'key',
    setting: 'SCOUT_KEY',
  }),
  keyed('logdna-ingestion-key', 'Mezmo (LogDNA) ingestion key', ['logdna', 'mezmo'], '[a-f0-9]{32}', hex(32)),
  keyed(
    'elastic-apm-secret-token',
    'Elastic APM secret token',
    ['elastic_apm', 'elastic-apm'],
    '[A-Za-z0-9]{20,40}',
    alnum(24),
    {
      kind: 'token',
      setting: 'ELASTIC_APM_SECRET_TOKEN',
    },
  ),
  keyed('sentry-auth-token-legacy', 'Sentry legacy auth token (64 hex)', ['sentry'], '[a-f0-9]{64}', hex(64), {
    kind: 'token',
    setting: 'SENTRY_AUTH_TOKEN',
  }),
] satisfies SecretRule[];
