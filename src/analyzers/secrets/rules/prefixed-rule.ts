import { ALNUM, fakeToken } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';

const TOKEN_CHAR = 'A-Za-z0-9_-';
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The most common rule shape: a provider's fixed prefix then a body of known alphabet and length.
 * Its negatives are the look-alikes every such rule must reject: the prefix with a placeholder body,
 * a body too short, and the prefix named in prose.
 */
export function prefixedRule(
  id: string,
  description: string,
  prefix: string,
  body: string,
  fake: () => string,
  severity: SecretRule['severity'] = 'high',
): SecretRule {
  return {
    id: `secret/${id}`,
    description,
    keywords: [prefix.toLowerCase()],
    pattern: new RegExp(`(?<![${TOKEN_CHAR}])${escapeRegex(prefix)}${body}(?![${TOKEN_CHAR}])`),
    minEntropy: 3.5,
    severity,
    confidence: 0.95,
    examples: {
      positive: () => [`${prefix}${fake()}`],
      negative: () => [
        `${prefix}${'x'.repeat(fake().length)}`,
        `${prefix}${fakeToken(ALNUM, 6)}`,
        `tokens start with ${prefix}`,
      ],
    },
  };
}
