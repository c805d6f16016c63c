import type { SecretCandidate } from './candidate.js';
import { ALNUM, BASE64, fakeToken, HEX } from './fake-token.js';
import { PASSWORD_HASH_RULES } from './rules/password-hashes.js';
import { looksLikeWords } from './value-shape.js';

/**
 * A known shape of false positive. `any` applies to every rule (a provider regex can still match a
 * documented example key); `generic` only to the generic detector, whose names are guesses.
 * Each carries lines that some rule flags without it (checked by test/analyzers/secrets/suppressions.test.ts);
 * `backstop` marks a suppression other gates already cover for the built-in rules, kept for config rules.
 */
export interface Suppression {
  id: string;
  reason: string;
  scope: 'any' | 'generic';
  matches(candidate: SecretCandidate): boolean;
  examples: () => Array<{ path: string; text: string }>;
  backstop?: boolean;
}

// Built by concatenation so a repository grep for real key shapes never hits this file.
const DOCUMENTED_KEYS = [
  'AKIA' + 'IOSFODNN7' + 'EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCY' + 'EXAMPLEKEY',
  'sk_test_' + '4eC39HqLyjWDarjtT1zdp7dc',
  // OAuth RFC 6749 and RFC 5849 examples, copied into countless library docs and tests.
  '2YotnFZFEjr1' + 'zCsicMWpAA',
  'tGzv3JOkF0XG' + '5Qx2TlKWIA',
  'czZCaGRSa3F0' + 'MzpnWDFmQmF0M2JW',
  's6BhdRkqt3' + ':gX1fBat3bV',
  'ad180jjd' + '733klru7',
  'kd94hf93' + 'k423kf44',
  'nnch734d' + '00sl2jdk',
  'pfkkdhi9' + 'sl3r4s00',
  'hh5s93j4' + 'hdidpola',
];

const CODE_LANGUAGES = new Set([
  'js',
  'ts',
  'py',
  'go',
  'java',
  'kotlin',
  'scala',
  'c',
  'cpp',
  'csharp',
  'ruby',
  'php',
  'rust',
  'swift',
  'dart',
  'lua',
  'perl',
  'vue',
  'svelte',
]);

const at = (path: string, text: string) => ({ path, text });

/** The full name a value is assigned to (`NextContinuationToken`), read back from before the value. */
export function assignedName(before: string): string {
  return /([\w.-]*)["'`]?\]?[ \t]*(?:=>|:=|[:=>])?[ \t]*["'`]?$/.exec(before)?.[1] ?? '';
}

// Names that hold something about a secret, or a token that is no credential: ids, types, URLs,
// lengths, pagination cursors, idempotency and CSRF tokens.
const DESCRIPTIVE_SUFFIX =
  /(?:id|ids|name|type|spec|url|uri|endpoint|path|file|header|field|label|length|len|size|count|policy|arn|prefix|suffix|format|pattern|regex|hint|ttl|timeout|version|mode)$/i;
const HARMLESS_TOKEN =
  /(?:next|page|continuation|pagination|cursor|sync|cancellation|idempotency|client|csrf|xsrf)[_.-]?token$/i;

export const suppressions: Suppression[] = [
  {
    id: 'template-placeholder',
    scope: 'any',
    reason: 'templating fills the value at deploy time',
    matches: ({ secret }) => /\$\{|\{\{|\}\}|%\(|<%|#\{|\$\(|^\$[A-Za-z_]|^<[^>]*>$|^%[A-Za-z_]+%$/.test(secret),
    examples: () => [at('config.yml', 'api_token: "${SVC_K8S_TKN_9F2X}"'), at('.env', 'DB_PASSWORD=$Xy7_Kq2#')],
  },
  {
    id: 'masked-value',
    scope: 'any',
    reason: 'runs of x, * or #, and ellipses, mask or cut a value in docs and logs',
    matches: ({ secret }) => /([xX*#•])\1{3}|\.\.\.|…/.test(secret),
    examples: () => [
      at('config.yml', 'password: "Pa55****"'),
      at('app.py', 'token = "XXXX-9f8e7d6c5b4a"'),
      at('api.json', `"purchase_token": "${fakeToken(ALNUM, 26)}..."`),
    ],
  },
  {
    id: 'documented-example',
    scope: 'any',
    reason: 'keys published in provider documentation',
    matches: ({ secret }) => /EXAMPLE/.test(secret) || DOCUMENTED_KEYS.some((key) => secret.includes(key)),
    examples: () => DOCUMENTED_KEYS.map((key, index) => at('.env', `EXAMPLE_SECRET_${index}=${key}`)),
  },
  {
    id: 'marked-fake',
    scope: 'any',
    reason: 'values that say they are fake, samples or placeholders',
    matches: ({ secret }) =>
      /fake|dummy|example|sample|placeholder|redacted|change[_-]?me|replace[_-]?me|your[_-]?[a-z_-]{0,20}(?:key|token|secret|password)|not[_-]?a[_-]?real/i.test(
        secret,
      ),
    examples: () => [
      at('app.py', `api_key = "fake_${fakeToken(ALNUM, 20)}"`),
      at('config.yml', 'password: "Dummy-Pass1"'),
      at('config.yml', 'api_key: your_api_key_here_1'),
    ],
  },
  {
    id: 'test-value',
    scope: 'generic',
    reason: 'values named as test data under a guessed name',
    matches: ({ secret }) => /test/i.test(secret),
    examples: () => [
      at('config.yml', 'password: "Test1234!"'),
      at('app.ts', `const token = "test_${fakeToken(ALNUM, 16)}";`),
    ],
  },
  {
    id: 'regex-definition',
    scope: 'any',
    reason: "a scanner's own patterns are regexes, not secrets",
    matches: ({ secret }) =>
      /\\[bdwsBDWS]|\[[A-Za-z0-9]-[A-Za-z0-9]|\{\d+(?:,\d*)?\}|\(\?[:=!<]|\[\^|\.\*|\.\+/.test(secret),
    examples: () => [
      at('rules.py', 'token_rule = "ghp_[A-Za-z0-9]{36}"'),
      at('rules.ts', "const apiKeyRegex = '\\\\bsk_live_\\\\w{24}';"),
    ],
  },
  {
    id: 'lockfile-integrity',
    scope: 'any',
    reason: 'subresource integrity hashes in lockfiles and HTML',
    matches: ({ secret, lineText }) =>
      /^sha(?:1|256|384|512)-[A-Za-z0-9+/]+={0,2}$/.test(secret) || /^h1:/.test(secret) || /integrity/i.test(lineText),
    examples: () => [
      at('yarn.lock', `  secret-integrity sha512-${fakeToken(BASE64, 86)}==`),
      at('package-lock.json', `"token-integrity": "sha1-${fakeToken(BASE64, 27)}="`),
    ],
  },
  {
    id: 'git-sha',
    scope: 'any',
    reason: 'commit ids in commit, sha, rev or hash contexts',
    // a password hash read from its own format (pwdump's user:RID:LM:NT:::) is no commit id, "hash" nearby or not
    matches: ({ rule, secret, lineText }) =>
      !PASSWORD_HASH_RULES.has(rule.id) &&
      /^[0-9a-f]{7,64}$/.test(secret) &&
      /(?<![a-z])(?:commit|sha\d{0,3}|rev(?:ision)?|hash|digest|checksum|etag)(?![a-z])/i.test(lineText),
    examples: () => [at('deploy.yml', `secret_rotation_commit: "${fakeToken(HEX, 40)}"`)],
  },
  {
    id: 'uuid',
    scope: 'generic',
    reason: 'UUIDs are identifiers; providers whose keys are UUIDs have their own rules',
    matches: ({ secret }) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(secret),
    examples: () => [
      at('config.json', `"client_secret": "${[8, 4, 4, 4, 12].map((length) => fakeToken(HEX, length)).join('-')}"`),
    ],
  },
  {
    id: 'data-uri-or-image',
    scope: 'any',
    reason: 'inline images and data URIs are long base64, not keys',
    matches: ({ secret, lineText }) =>
      /data:[\w.+-]+\/[\w.+-]+;base64,/.test(lineText) ||
      /^(?:iVBORw0KGgo|\/9j\/|R0lGOD|PHN2Zy|UklGR|AAABAA)/.test(secret),
    examples: () => [at('icons.ts', `const tokenIcon = "iVBORw0KGgo${fakeToken(BASE64, 60)}";`)],
  },
  {
    id: 'hex-colour',
    scope: 'any',
    reason: 'colour tables are hex, often under theme "token" names',
    matches: ({ secret, lineText }) =>
      /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(secret) ||
      (lineText.match(/#[0-9a-f]{6}\b/gi)?.length ?? 0) >= 3,
    examples: () => [at('theme.yml', 'password_colour: "#A1B2C3FF"')],
  },
  {
    id: 'path-or-url',
    scope: 'generic',
    reason: 'file paths and URLs without credentials name where a secret lives',
    matches: ({ secret }) =>
      /^(?:\/|\.\.?\/|~\/|[A-Za-z]:\\)/.test(secret) || /^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i.test(secret),
    examples: () => [
      at('config.yml', 'token_source: https://login.microsoftonline.com/common/oauth2/v2.0/token'),
      at('config.yml', 'secret_from: /run/secrets/db_password_v2/Current'),
    ],
  },
  {
    id: 'timestamp-or-version',
    scope: 'generic',
    reason: 'dates and versions mix digits, letters and symbols',
    matches: ({ secret }) => /^\d{4}-\d{2}-\d{2}/.test(secret) || /^v?\d+\.\d+\.\d+/.test(secret),
    examples: () => [at('state.yml', 'password_changed_at: 2024-01-31T10:00:00Z')],
  },
  {
    id: 'descriptive-name',
    scope: 'generic',
    reason: 'names of ids, types, URLs, lengths, cursors and CSRF tokens hold no credential',
    matches: ({ before }) => DESCRIPTIVE_SUFFIX.test(assignedName(before)) || HARMLESS_TOKEN.test(assignedName(before)),
    examples: () => [
      at('api.json', `"NextContinuationToken": "${fakeToken(ALNUM, 40)}"`),
      at('kms.json', '"CustomerMasterKeySpec": "ECC_NIST_P521x9"'),
      at('app.py', `secret_arn_id = "${fakeToken(ALNUM, 24)}"`),
      at('form.html', `<input name="csrf" csrf_token="${fakeToken(ALNUM, 32)}">`),
    ],
  },
  {
    id: 'cloud-resource-id',
    scope: 'generic',
    reason: 'ARNs and region-scoped resource ids name a secret, they are not one',
    matches: ({ secret }) => /^arn:/.test(secret) || /^(?:us|eu|ap|sa|ca|me|af|il|cn|us-gov)-[a-z]+-\d:/.test(secret),
    examples: () => [at('lambda.json', 'secret_ref: arn:aws:secretsmanager:us-east-1:123456789012:secret:db-Ab3xQ9')],
  },
  {
    id: 'path-expression',
    scope: 'generic',
    reason: 'JMESPath, JSONPath and config keys (Jobs[-1].JobId, auth.api.token) point at a value',
    matches: ({ secret }) =>
      /^[A-Za-z_$][\w$]*(?:\[[^\]]{0,20}\])+(?:\.[A-Za-z_$][\w$]*|\[[^\]]{0,20}\])*$/.test(secret) ||
      (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(secret) && secret.split('.').every(looksLikeWords)),
    examples: () => [
      at('paginators.json', '"output_token": "Jobs[-1].JobId9"'),
      at('settings.json', '"api_key": "services.Payments2.apiKey7"'),
    ],
  },
  {
    id: 'code-reference',
    scope: 'generic',
    reason: 'a bare value in code is a variable, not a literal',
    matches: ({ secret, quote, language }) =>
      quote === '' &&
      (CODE_LANGUAGES.has(language) ||
        /^(?:process\.env|os\.environ|ENV|System\.getenv|this|self|config|settings|params|props|options|args|env)\b|^[@$]/.test(
          secret,
        ) ||
        /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(secret)),
    examples: () => [
      at('app.py', 'password = dbUser_Pw1x'),
      at('config.yml', 'token: this.k8s7Qz2Lw9Xp4Rt'),
      at('values.yml', 'api_key: process.env.K8S_API_KEY_202'),
    ],
  },
];

/** The first suppression that explains a candidate away, or undefined when it stands. */
export function findSuppression(
  candidate: SecretCandidate,
  generic: boolean,
  list: readonly Suppression[] = suppressions,
): Suppression | undefined {
  return list.find((suppression) => (generic || suppression.scope === 'any') && suppression.matches(candidate));
}
