import type { SecretRule } from '../rule-types.js';
import { looksLikeWords } from '../value-shape.js';
import { namedRule } from './named-rule.js';
import { SETTING_GAP } from './nearby.js';

export interface KeyedOptions {
  /** The setting the examples assign (default `<NAME>_API_KEY`). */
  setting?: string;
  /** Regex source of the credential word that must follow the name in the setting (`secret|token`). */
  kind?: string;
  /** The name may not sit inside a longer word: `lob` in LOB_API_KEY, not in `global` or `blob`. */
  whole?: boolean;
  severity?: SecretRule['severity'];
  /** Characters that may not touch the value (default: those of tokens and base64). */
  edge?: string;
  validate?: (secret: string) => boolean;
  extraNegatives?: string[];
}

/** snake_case, kebab-case or dotted words (`_connection_ping_reconnects_true`): a name, not a key. */
const readsAsIdentifier = (value: string) =>
  /^[_.-]?[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)+$/.test(value) && looksLikeWords(value);

const escapeName = (name: string) => name.replace(/[.+]/g, '\\$&');

/**
 * A short name (`lob`, `wise`, `expo`) sits inside common words (`global`, `otherwise`, `export`): its
 * keywords carry the character after it, so the prefilter skips files that only hold those words.
 * Before a credential word a joiner follows (WISE_API_TOKEN; '.' would let every 'otherwise.' in
 * prose through); before a value, an operator, quote or space too.
 */
function wholeNameKeywords(names: readonly string[], beforeKind: boolean): string[] {
  const next = beforeKind ? ['_', '-'] : ['_', '.', '-', ' ', ':', '=', '"', "'"];
  return names.flatMap((name) => next.map((char) => `${name}${char}`));
}

/**
 * A key with no prefix of its own, recognised by the provider's name in the setting that holds it:
 * `TWITCH_CLIENT_SECRET=…`, `"zendesk": {"token": "…"}`. `names` are lower-case literals and serve as
 * the keywords. The gap after the name holds no '/', '#' or '@', so a URL, a lock-file checksum or an
 * e-mail address that mentions the provider is not read as its key; base64 characters may not touch
 * the value, so it is never a slice of a longer blob. A value that reads as words
 * (`_connection_ping_reconnects_true` after `sqlalchemy`) is an identifier, not a key.
 */
export function keyedRule(
  id: string,
  description: string,
  names: readonly string[],
  secret: string,
  fake: () => string,
  options: KeyedOptions = {},
): SecretRule {
  const first = names[0] as string;
  const setting = options.setting ?? `${first.replace(/[.-]/g, '_').toUpperCase()}_API_KEY`;
  const name = `(?:${names.map(escapeName).join('|')})`;
  // The name first and its boundary checked behind it: a literal start lets the regex engine skip ahead.
  const context = `${options.whole ? `${name}(?<![a-z0-9]${name})(?![a-z])` : name}${options.kind ? `[\\w.-]{0,24}?(?:${options.kind})` : ''}`;
  return namedRule({
    id,
    description,
    keywords: options.whole ? wholeNameKeywords(names, options.kind !== undefined) : [...names],
    context,
    secret,
    fake,
    setting,
    gap: SETTING_GAP,
    edge: options.edge ?? 'A-Za-z0-9_+/=-',
    ...(options.severity ? { severity: options.severity } : {}),
    validate: (value) => !readsAsIdentifier(value) && (options.validate?.(value) ?? true),
    // generated when the examples are asked for: ~220 rules drawing fake values cost the hook's start-up ~5 ms
    extraNegatives: () => [
      `# ${first} docs: https://docs.host.test/${fake()}`,
      ...(options.kind ? [`${first.replace(/[.-]/g, '_').toUpperCase()}_REGION=${fake()}`] : []),
      ...(options.extraNegatives ?? []),
    ],
  });
}
