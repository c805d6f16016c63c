import type { SecretRule } from '../rule-types.js';
import { isChosenPassword } from './url-password.js';

export interface FileSettingSpec {
  id: string;
  description: string;
  /** The files that hold it (repo-relative path). */
  paths: RegExp;
  /** Lower-case keywords: how the setting's name appears in the file. */
  keywords: string[];
  /** Regex source from the setting's name to just before the value (an optional quote follows). */
  lead: string;
  /** Regex source of the value (default: a run with no space, quote, '#', ';' or '<'). */
  value?: string;
  /** Regex flags (default 'mi': settings are line-anchored and case-insensitive). */
  flags?: string;
  severity?: SecretRule['severity'];
  /** Default isChosenPassword: placeholders, templates and words written for the reader stay out. */
  validate?: (secret: string) => boolean;
  positive: () => string[];
  negative: readonly string[];
}

const VALUE = `[^\\s'"#;<]{4,256}`;

/**
 * A password stored in a file whose format says where it is: `password = …` in .my.cnf,
 * `<Pass>…</Pass>` in FileZilla's sitemanager.xml, `set smtp_pass = …` in .muttrc. The rule runs only
 * on those files (`paths`), so the setting's name alone is enough context.
 */
export function fileSettingRule(spec: FileSettingSpec): SecretRule {
  return {
    id: `secret/${spec.id}`,
    description: spec.description,
    keywords: spec.keywords,
    paths: spec.paths,
    pattern: new RegExp(`${spec.lead}["']?(?<secret>${spec.value ?? VALUE})`, spec.flags ?? 'mi'),
    validate: spec.validate ?? isChosenPassword,
    severity: spec.severity ?? 'critical',
    confidence: 0.9,
    examples: { positive: spec.positive, negative: () => spec.negative },
  };
}
