import { ALNUM, BASE64, BASE64URL, fakeToken, HEX, LOWER_ALNUM } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { prefixedRule as prefixed } from './prefixed-rule.js';
import { fakeUuid, ZERO_UUID } from './fake-parts.js';
import { nearbyPattern, UUID } from './nearby.js';

const braintree = () => `${fakeToken(LOWER_ALNUM, 16)}$${fakeToken(HEX, 32)}`;

export default [
  {
    id: 'secret/square-access-token',
    description: 'Square production access token next to the provider name',
    keywords: ['square'],
    pattern: nearbyPattern('square', 'EAAA[A-Za-z0-9_-]{60}'),
    minEntropy: 4,
    severity: 'critical',
    confidence: 0.85,
    examples: {
      positive: () => [`SQUARE_ACCESS_TOKEN=EAAA${fakeToken(BASE64URL, 60)}`],
      negative: () => [
        `SQUARE_ACCESS_TOKEN=EAAA${'x'.repeat(60)}`,
        `SQUARE_ACCESS_TOKEN=EAAA${fakeToken(BASE64URL, 20)}`,
      ],
    },
  },
  prefixed(
    'square-legacy-access-token',
    'Square legacy access token',
    'sq0atp-',
    '[0-9A-Za-z_-]{22}',
    () => fakeToken(BASE64URL, 22),
    'critical',
  ),
  prefixed(
    'square-oauth-secret',
    'Square OAuth application secret',
    'sq0csp-',
    '[0-9A-Za-z_-]{43}',
    () => fakeToken(BASE64URL, 43),
    'critical',
  ),
  prefixed(
    'braintree-production-access-token',
    'PayPal Braintree production access token',
    'access_token$production$',
    '[0-9a-z]{16}\\$[0-9a-f]{32}',
    braintree,
    'critical',
  ),
  prefixed(
    'braintree-sandbox-access-token',
    'PayPal Braintree sandbox access token',
    'access_token$sandbox$',
    '[0-9a-z]{16}\\$[0-9a-f]{32}',
    braintree,
    'medium',
  ),
  {
    id: 'secret/adyen-api-key',
    description: 'Adyen API key next to the provider name',
    keywords: ['adyen'],
    pattern: nearbyPattern('adyen', 'AQE[A-Za-z0-9+/=._-]{80,300}', 'A-Za-z0-9+/=._-'),
    minEntropy: 4,
    severity: 'critical',
    confidence: 0.85,
    examples: {
      positive: () => [`ADYEN_API_KEY=AQE${fakeToken(BASE64, 150)}`],
      negative: () => [
        `ADYEN_API_KEY=AQE${'x'.repeat(150)}`,
        `ADYEN_API_KEY=AQE${fakeToken(BASE64, 20)}`,
        'ADYEN_API_KEY=${ADYEN_API_KEY}',
      ],
    },
  },
  {
    id: 'secret/plaid-access-token',
    description: 'Plaid item access token',
    keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
    pattern: new RegExp(`\\baccess-(?:production|development|sandbox)-${UUID}\\b`),
    minEntropy: 3,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [`access-production-${fakeUuid()}`],
      negative: () => [`access-production-${ZERO_UUID}`, 'access-production-token', 'access-production-<uuid>'],
    },
  },
  prefixed(
    'flutterwave-secret-key',
    'Flutterwave secret key',
    'FLWSECK-',
    '[a-f0-9]{32}-X',
    () => `${fakeToken(HEX, 32)}-X`,
    'critical',
  ),
  prefixed(
    'flutterwave-test-secret-key',
    'Flutterwave test secret key',
    'FLWSECK_TEST-',
    '[a-f0-9]{32}-X',
    () => `${fakeToken(HEX, 32)}-X`,
    'medium',
  ),
  {
    id: 'secret/gocardless-access-token',
    description: 'GoCardless live access token',
    keywords: ['gocardless'],
    pattern: nearbyPattern('gocardless', 'live_[A-Za-z0-9_=-]{40}', 'A-Za-z0-9_=-'),
    minEntropy: 4,
    severity: 'critical',
    confidence: 0.85,
    examples: {
      positive: () => [`GOCARDLESS_ACCESS_TOKEN=live_${fakeToken(BASE64URL, 40)}`],
      negative: () => [`GOCARDLESS_ACCESS_TOKEN=live_${'x'.repeat(40)}`, `live_${fakeToken(BASE64URL, 40)}`],
    },
  },
  prefixed(
    'shippo-live-token',
    'Shippo live API token',
    'shippo_live_',
    '[a-f0-9]{40}',
    () => fakeToken(HEX, 40),
    'high',
  ),
  prefixed(
    'easypost-api-key',
    'EasyPost production API key',
    'EZAK',
    '[a-zA-Z0-9]{54}',
    () => fakeToken(ALNUM, 54),
    'high',
  ),
  prefixed(
    'duffel-live-token',
    'Duffel live API token',
    'duffel_live_',
    '[A-Za-z0-9_=-]{43}',
    () => fakeToken(BASE64URL, 43),
    'critical',
  ),
  prefixed(
    'duffel-test-token',
    'Duffel test API token',
    'duffel_test_',
    '[A-Za-z0-9_=-]{43}',
    () => fakeToken(BASE64URL, 43),
    'medium',
  ),
] satisfies SecretRule[];
