import { ALNUM, BASE64URL, fakeToken, HEX, UPPER_ALNUM } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { fakeOf, fakeUuid, LOWER } from './fake-parts.js';
import { keyedRule as keyed } from './keyed-rule.js';
import { UUID } from './nearby.js';
import { prefixedRule as prefixed } from './prefixed-rule.js';

// Source hosting, code quality, build and device platforms, and security services.
const hex = (length: number) => fakeOf(HEX, length);
const alnum = (length: number) => fakeOf(ALNUM, length);

const fixedPrefix = (
  id: string,
  description: string,
  prefixes: string[],
  body: string,
  sample: () => string,
  keywords = prefixes.map((prefix) => prefix.toLowerCase()),
): SecretRule => ({
  id: `secret/${id}`,
  description,
  keywords,
  pattern: new RegExp(
    `(?<![A-Za-z0-9_-])(?:${prefixes.map((prefix) => prefix.replace(/[.]/g, '\\.')).join('|')})${body}(?![A-Za-z0-9_-])`,
  ),
  minEntropy: 3.5,
  severity: 'high',
  confidence: 0.95,
  examples: {
    positive: () => prefixes.map((prefix) => `${prefix}${sample()}`),
    negative: () =>
      prefixes.flatMap((prefix) => [`${prefix}${'x'.repeat(sample().length)}`, `tokens start with ${prefix}`]),
  },
});

export default [
  keyed('gitea-access-token', 'Gitea / Forgejo access token', ['gitea', 'forgejo'], '[a-f0-9]{40}', hex(40), {
    setting: 'GITEA_TOKEN',
  }),
  keyed('codacy-api-token', 'Codacy project or API token', ['codacy'], '[A-Za-z0-9]{20,32}', alnum(32), {
    setting: 'CODACY_PROJECT_TOKEN',
  }),
  keyed('coveralls-repo-token', 'Coveralls repository token', ['coveralls'], '[A-Za-z0-9]{32,37}', alnum(33), {
    setting: 'COVERALLS_REPO_TOKEN',
  }),
  prefixed('dependency-track-api-key', 'OWASP Dependency-Track API key', 'odt_', '[A-Za-z0-9]{32,64}', alnum(32)),
  prefixed('sourcegraph-cody-token', 'Sourcegraph Cody gateway token', 'slk_', '[a-f0-9]{64}', hex(64)),
  prefixed('gitlab-session-cookie', 'GitLab session cookie', '_gitlab_session=', '[a-f0-9]{32}', hex(32)),
  prefixed(
    'stackhawk-api-key',
    'StackHawk API key',
    'hawk.',
    '[A-Za-z0-9_-]{20}\\.[A-Za-z0-9_-]{20}',
    () => `${fakeToken(BASE64URL, 20)}.${fakeToken(BASE64URL, 20)}`,
  ),
  prefixed('settlemint-personal-token', 'SettleMint personal access token', 'sm_pat_', '[A-Za-z0-9]{16}', alnum(16)),
  prefixed(
    'settlemint-application-token',
    'SettleMint application access token',
    'sm_aat_',
    '[A-Za-z0-9]{16}',
    alnum(16),
  ),
  prefixed('settlemint-service-token', 'SettleMint service access token', 'sm_sat_', '[A-Za-z0-9]{16}', alnum(16)),
  prefixed(
    'defined-networking-api-token',
    'Defined Networking (Nebula) API token',
    'dnkey-',
    '[A-Za-z0-9_-]{26}-[A-Za-z0-9_-]{52}',
    () => `${fakeToken(UPPER_ALNUM, 26)}-${fakeToken(BASE64URL, 52)}`,
  ),
  fixedPrefix(
    'authress-access-key',
    'Authress service client access key',
    ['sc_', 'ext_', 'scauth_', 'authress_'],
    '[A-Za-z0-9]{5,30}\\.[A-Za-z0-9]{4,6}\\.acc[_-][A-Za-z0-9-]{10,32}\\.[A-Za-z0-9+/_=-]{30,120}',
    () => `${fakeToken(ALNUM, 12)}.${fakeToken(ALNUM, 5)}.acc_${fakeToken(ALNUM, 20)}.${fakeToken(BASE64URL, 60)}`,
    // short prefixes (sc_, ext_) are common; the '.acc_' part of the key is not
    ['.acc_', '.acc-'],
  ),
  fixedPrefix(
    'intra42-client-secret',
    '42 intra API client secret',
    ['s-s4t2ud-', 's-s4t2af-'],
    '[a-f0-9]{64}',
    hex(64),
  ),
  fixedPrefix(
    'voiceflow-api-key',
    'Voiceflow API key',
    ['VF.DM.', 'VF.WS.'],
    '[a-f0-9]{24}\\.[A-Za-z0-9]{16}',
    () => `${fakeToken(HEX, 24)}.${fakeToken(ALNUM, 16)}`,
  ),
  prefixed('ionic-api-token', 'Ionic (Appflow) API token', 'ion_', '[A-Za-z0-9]{42}', alnum(42)),
  prefixed('flexport-api-key', 'Flexport API key', 'shltm_', '[A-Za-z0-9_-]{40}', fakeOf(BASE64URL, 40)),
  prefixed('adafruit-io-key', 'Adafruit IO key', 'aio_', '[A-Za-z0-9]{28}', alnum(28)),
  prefixed('adobe-client-secret', 'Adobe developer OAuth client secret', 'p8e-', '[A-Za-z0-9-]{32}', alnum(32)),
  prefixed('ubidots-token', 'Ubidots API token', 'BBFF-', '[A-Za-z0-9]{30}', alnum(30)),
  prefixed('teamwork-api-token', 'Teamwork API token', 'tkn.v1_', '[A-Za-z0-9]{71}=', () => `${fakeToken(ALNUM, 71)}=`),
  keyed('cisco-meraki-api-key', 'Cisco Meraki Dashboard API key', ['meraki'], '[a-f0-9]{40}', hex(40), {
    severity: 'critical',
  }),
  keyed('veracode-api-key', 'Veracode API key secret', ['veracode'], '[a-f0-9]{128}', hex(128), { kind: 'key|secret' }),
  keyed('shodan-api-key', 'Shodan API key', ['shodan'], '[A-Za-z0-9]{32}', alnum(32)),
  keyed('virustotal-api-key', 'VirusTotal API key', ['virustotal', 'vt_api'], '[a-f0-9]{64}', hex(64)),
  keyed('hibp-api-key', 'Have I Been Pwned API key', ['haveibeenpwned', 'hibp'], '[a-f0-9]{32}', hex(32)),
  keyed('abuseipdb-api-key', 'AbuseIPDB API key', ['abuseipdb'], '[a-f0-9]{80}', hex(80)),
  keyed('urlscan-api-key', 'urlscan.io API key', ['urlscan'], UUID, fakeUuid),
  keyed('securitytrails-api-key', 'SecurityTrails API key', ['securitytrails'], '[A-Za-z0-9_-]{32}', alnum(32)),
  keyed('censys-api-secret', 'Censys API secret', ['censys'], '[A-Za-z0-9]{32}', alnum(32), {
    kind: 'secret',
    setting: 'CENSYS_API_SECRET',
  }),
  keyed('zerotier-api-token', 'ZeroTier Central API token', ['zerotier'], '[A-Za-z0-9]{32}', alnum(32), {
    setting: 'ZEROTIER_API_TOKEN',
  }),
  {
    id: 'secret/maxmind-license-key',
    description: 'MaxMind license key',
    keywords: ['_mmk'],
    pattern: /(?<![A-Za-z0-9_-])[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    severity: 'high',
    confidence: 0.95,
    examples: {
      positive: () => [`${fakeToken(ALNUM, 6)}_${fakeToken(ALNUM, 29)}_mmk`],
      negative: () => [`${'x'.repeat(6)}_${'x'.repeat(29)}_mmk`, 'license keys end in _mmk'],
    },
  },
  keyed(
    'gradle-publish-secret',
    'Gradle Plugin Portal publishing secret',
    ['gradle.publish.secret', 'gradle_publish_secret'],
    '[A-Za-z0-9]{32}',
    alnum(32),
    {
      setting: 'gradle.publish.secret',
    },
  ),
  keyed(
    'bitbucket-client-secret',
    'Bitbucket OAuth consumer secret',
    ['bitbucket'],
    '[A-Za-z0-9_=-]{32,64}',
    fakeOf(BASE64URL, 32),
    {
      kind: 'secret',
      setting: 'BITBUCKET_CLIENT_SECRET',
    },
  ),
  keyed(
    'bitrise-access-token',
    'Bitrise personal access token',
    ['bitrise'],
    '[A-Za-z0-9_-]{86}',
    fakeOf(BASE64URL, 86),
    {
      setting: 'BITRISE_TOKEN',
    },
  ),
  keyed(
    'appveyor-api-token',
    'AppVeyor API token',
    ['appveyor'],
    'v2\\.[a-z0-9]{20}|[a-z0-9]{20}',
    () => `v2.${fakeToken(`${LOWER}0123456789`, 20)}`,
    {
      setting: 'APPVEYOR_API_TOKEN',
    },
  ),
  keyed(
    'semaphore-api-token',
    'Semaphore CI API token',
    ['semaphore'],
    '[a-z0-9]{20}',
    fakeOf(`${LOWER}0123456789`, 20),
    {
      kind: 'token',
      setting: 'SEMAPHORE_API_TOKEN',
    },
  ),
  keyed('deepsource-dsn', 'DeepSource DSN secret', ['deepsource'], '[a-f0-9]{32}', hex(32), {
    setting: 'DEEPSOURCE_DSN',
  }),
  keyed('browserstack-access-key', 'BrowserStack access key', ['browserstack'], '[A-Za-z0-9]{20}', alnum(20), {
    kind: 'key',
    setting: 'BROWSERSTACK_ACCESS_KEY',
  }),
  keyed('saucelabs-access-key', 'Sauce Labs access key', ['sauce'], UUID, fakeUuid, {
    whole: true,
    kind: 'key',
    setting: 'SAUCE_ACCESS_KEY',
  }),
  keyed('lambdatest-access-key', 'LambdaTest access key', ['lambdatest', 'lt_access'], '[A-Za-z0-9]{50}', alnum(50), {
    kind: 'key',
    setting: 'LAMBDATEST_ACCESS_KEY',
  }),
  keyed('cypress-record-key', 'Cypress Cloud record key', ['cypress'], UUID, fakeUuid, {
    kind: 'record',
    setting: 'CYPRESS_RECORD_KEY',
  }),
  keyed('percy-token', 'Percy project token', ['percy'], '[a-f0-9]{64}|web_[a-f0-9]{64}', hex(64), {
    whole: true,
    kind: 'token',
    setting: 'PERCY_TOKEN',
  }),
  keyed(
    'chromatic-project-token',
    'Chromatic project token',
    ['chromatic'],
    'chpt_[a-f0-9]{14,16}|[a-z0-9]{12}',
    () => `chpt_${fakeToken(HEX, 15)}`,
    {
      kind: 'token',
      setting: 'CHROMATIC_PROJECT_TOKEN',
    },
  ),
  keyed('expo-access-token', 'Expo access token', ['expo'], '[A-Za-z0-9_-]{40}', fakeOf(BASE64URL, 40), {
    whole: true,
    kind: 'token',
    setting: 'EXPO_TOKEN',
  }),
  keyed(
    'sonatype-nexus-token',
    'Sonatype (OSSRH / Central) user token password',
    ['ossrh', 'sonatype'],
    '[A-Za-z0-9+/]{44}',
    fakeOf(`${ALNUM}+/`, 44),
    {
      kind: 'password|token',
      setting: 'OSSRH_TOKEN_PASSWORD',
    },
  ),
  keyed('rapidapi-key', 'RapidAPI application key', ['rapidapi'], '[A-Za-z0-9_-]{50}', fakeOf(BASE64URL, 50)),
  {
    id: 'secret/sidekiq-enterprise-credentials',
    description: 'Sidekiq Pro/Enterprise gem source credentials (contribsys)',
    keywords: ['contribsys__com', 'contribsys.com'],
    // BUNDLE_GEMS__CONTRIBSYS__COM=user:pass, or https://user:pass@gems.contribsys.com/
    pattern:
      /(?:BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM[ \t]{0,3}[=:][ \t]{0,3}["']?[a-f0-9]{8}:|https?:\/\/[a-f0-9]{8}:)(?<secret>[a-f0-9]{8})(?:@(?:gems|enterprise)\.contribsys\.com|(?![A-Za-z0-9]))/i,
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [
        `BUNDLE_GEMS__CONTRIBSYS__COM=${fakeToken(HEX, 8)}:${fakeToken(HEX, 8)}`,
        `source "https://${fakeToken(HEX, 8)}:${fakeToken(HEX, 8)}@gems.contribsys.com/"`,
      ],
      negative: () => ['BUNDLE_GEMS__CONTRIBSYS__COM=${SIDEKIQ_CREDENTIALS}', 'source "https://gems.contribsys.com/"'],
    },
  },
] satisfies SecretRule[];
