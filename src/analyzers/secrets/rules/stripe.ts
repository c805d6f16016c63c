import { ALNUM, fakeToken } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';

// Stripe API keys: https://docs.stripe.com/keys — secret (sk_) and restricted (rk_) keys, live or test.
const key = (kind: 'sk' | 'rk', mode: 'live' | 'test'): SecretRule => ({
  id: `secret/stripe-${mode}-${kind === 'sk' ? 'secret' : 'restricted'}-key`,
  description: `Stripe ${mode}-mode ${kind === 'sk' ? 'secret' : 'restricted'} API key`,
  keywords: [`${kind}_${mode}_`],
  pattern: new RegExp(`\\b${kind}_${mode}_[0-9A-Za-z]{24,247}\\b`),
  minEntropy: 3,
  // Test-mode keys cannot move money but do expose account data and configuration.
  severity: mode === 'live' ? 'critical' : 'medium',
  confidence: 0.95,
  examples: {
    positive: () => [`${kind}_${mode}_${fakeToken(ALNUM, 24)}`, `${kind}_${mode}_51${fakeToken(ALNUM, 97)}`],
    negative: () => [
      `${kind}_${mode}_${'x'.repeat(24)}`,
      `${kind}_${mode}_${fakeToken(ALNUM, 10)}`,
      `${kind}_${mode}_...`,
      `keys start with ${kind}_${mode}_`,
    ],
  },
});

export default [
  key('sk', 'live'),
  key('rk', 'live'),
  key('sk', 'test'),
  key('rk', 'test'),
  {
    id: 'secret/stripe-webhook-secret',
    description: 'Stripe webhook signing secret',
    keywords: ['whsec_'],
    pattern: /\bwhsec_[0-9A-Za-z]{32,64}\b/,
    minEntropy: 3,
    severity: 'high',
    confidence: 0.9,
    examples: {
      positive: () => [`whsec_${fakeToken(ALNUM, 32)}`],
      negative: () => [`whsec_${'x'.repeat(32)}`, `whsec_${fakeToken(ALNUM, 12)}`, 'signing secrets start with whsec_'],
    },
  },
] satisfies SecretRule[];
