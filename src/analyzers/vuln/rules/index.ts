import type { VulnRule } from '../rule-types.js';
import { codeExecutionRules } from './code-execution.js';
import { commandInjectionRules } from './command-injection.js';
import { corsRules } from './cors.js';
import { debugSettingsRules } from './debug-settings.js';
import { deserializationRules } from './deserialization.js';
import { insecureRandomnessRules } from './insecure-randomness.js';
import { pathTraversalRules } from './path-traversal.js';
import { sqlInjectionRules } from './sql-injection.js';
import { tlsVerificationRules } from './tls-verification.js';
import { weakCryptoRules } from './weak-crypto.js';

// Every family's rules in one list. Adding a family = one file here + one import line.
export const vulnRules: readonly VulnRule[] = [
  ...codeExecutionRules,
  ...commandInjectionRules,
  ...sqlInjectionRules,
  ...deserializationRules,
  ...weakCryptoRules,
  ...insecureRandomnessRules,
  ...tlsVerificationRules,
  ...corsRules,
  ...pathTraversalRules,
  ...debugSettingsRules,
];
