import type { SecretRule } from '../rule-types.js';
import { nearbyPattern } from './nearby.js';

export interface NamedRuleSpec {
  id: string;
  description: string;
  /** Lower-case words, one of which the context always contains. */
  keywords: string[];
  /** Regex source for the provider's name as it appears before the value. */
  context: string;
  /** Regex source for the value. */
  secret: string;
  fake: () => string;
  /** The setting name examples use, such as DATADOG_API_KEY. */
  setting: string;
  severity?: SecretRule['severity'];
  /** Characters that may not touch the value (see nearbyPattern). */
  edge?: string;
  /** What may sit between the name and the value (nearby.ts: GAP or SETTING_GAP). */
  gap?: string;
  /** Extra check on a candidate (e.g. must hold a digit), with the look-alike it rejects. */
  validate?: (secret: string) => boolean;
  extraNegatives?: () => readonly string[];
}

/**
 * A value with no prefix of its own (32 hex, a UUID) is a finding only with the provider's name
 * before it on the line. Negatives: the same setting holding a zeroed, truncated or referenced
 * value, and a real-looking value with no provider name near it.
 */
export function namedRule(spec: NamedRuleSpec): SecretRule {
  const { setting, fake } = spec;
  return {
    id: `secret/${spec.id}`,
    description: spec.description,
    keywords: spec.keywords,
    pattern: nearbyPattern(spec.context, spec.secret, spec.edge, spec.gap),
    minEntropy: 3,
    severity: spec.severity ?? 'high',
    confidence: 0.7,
    ...(spec.validate ? { validate: spec.validate } : {}),
    examples: {
      positive: () => [`${setting}=${fake()}`, `${setting.toLowerCase()}: "${fake()}"`],
      negative: () => [
        `${setting}=${fake().replace(/[A-Za-z0-9]/g, '0')}`,
        `${setting}=${fake().slice(0, 12)}`,
        `${setting}=\${${setting}}`,
        `value = "${fake()}"`,
        ...(spec.extraNegatives?.() ?? []),
      ],
    },
  };
}
