import { fakeToken } from './fake-token.js';
import type { ContextualRule, SecretCandidate } from './candidate.js';
import { credentialKeywords, credentialNames, passwordKeywords, passwordNames } from './credential-names.js';
import { buildAssignmentPattern, hasOperatorlessBareValue, isFlagOrDockerEnv } from './generic-pattern.js';
import { looksLikePassword, looksLikeToken } from './value-shape.js';

// The generic detector guesses from a name, so it is the top source of noise in every peer: each
// candidate must also look like a secret, and the suppressions (suppressions.ts) run on top.

const TOKEN_MIN_ENTROPY = 3;

/** Whitespace-only assignments are accepted in CLI flags and Dockerfile ENV/ARG lines only. */
function acceptsAssignment(candidate: SecretCandidate): boolean {
  const lead = candidate.lead;
  if (!hasOperatorlessBareValue(lead, candidate.quote)) return true;
  const beforeName = candidate.before.slice(0, Math.max(0, candidate.before.length - lead.length));
  return isFlagOrDockerEnv(beforeName);
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A token-like value: letters broken by digits at fixed places, so no seed can make it read as words. */
export function fakeCredentialValue(length = 32): string {
  const chunk = Math.max(2, Math.floor((length - 3) / 4));
  const parts = [0, 1, 2, 3].map((index) => fakeToken(LETTERS, index === 3 ? length - 3 - chunk * 3 : chunk));
  return parts.map((part, index) => (index < 3 ? `${part}${fakeToken('123456789', 1)}` : part)).join('');
}

/** A password mixing classes, generated so no real-looking one is committed. */
function fakePassword(): string {
  return `${fakeToken('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${fakeToken('abcdefghijkmnpqrstuvwxyz', 5)}#${fakeToken('23456789', 3)}`;
}

export const genericPassword: ContextualRule = {
  id: 'secret/generic-password',
  description: 'Hardcoded password',
  generic: true,
  keywords: passwordKeywords,
  pattern: buildAssignmentPattern(passwordNames, 8),
  severity: 'high',
  confidence: 0.6,
  validate: looksLikePassword,
  acceptsCandidate: (candidate) => looksLikePassword(candidate.secret) && acceptsAssignment(candidate),
  examples: {
    positive: () => [
      `DB_PASSWORD="${fakePassword()}"`,
      `password: '${fakePassword()}'`,
      `$dbPassword = '${fakePassword()}';`,
      `CREATE USER app IDENTIFIED BY '${fakePassword()}';`,
      `ALTER ROLE app WITH PASSWORD '${fakePassword()}';`,
      `<add name="Db" smtpPassword="${fakePassword()}" />`,
    ],
    negative: () => [
      'password = "changeme"',
      "password: ''",
      'password=',
      '<input type="password" name="pwd">',
      'password = getpass()',
      'password = input("Password: ")',
      'password = user_password',
      'passwordLabel: "Password:"',
      'password: "${DB_PASSWORD}"',
      'PASSWORD_MIN_LENGTH = 8',
      'password: "Required."',
      'the password is stored in the vault',
      'password: "hunter"',
    ],
  },
};

export const genericCredential: ContextualRule = {
  id: 'secret/generic-credential',
  description: 'Hardcoded credential',
  generic: true,
  keywords: credentialKeywords,
  pattern: buildAssignmentPattern(credentialNames, 12),
  minEntropy: TOKEN_MIN_ENTROPY,
  severity: 'high',
  confidence: 0.7,
  validate: (secret) => looksLikeToken(secret, TOKEN_MIN_ENTROPY),
  acceptsCandidate: (candidate) => looksLikeToken(candidate.secret, TOKEN_MIN_ENTROPY) && acceptsAssignment(candidate),
  examples: {
    positive: () => [
      `api_key = "${fakeCredentialValue(32)}"`,
      `"client_secret": "${fakeCredentialValue(40)}"`,
      `stripeSecretKey: '${fakeCredentialValue(24)}'`,
      `export SERVICE_AUTH_TOKEN="${fakeCredentialValue(28)}"`,
      `private_key = "${fakeCredentialValue(44)}"`,
    ],
    negative: () => [
      `api_key = "${'x'.repeat(32)}"`,
      'token = getToken()',
      'secret = os.getenv("APP_SECRET")',
      'secret_name = "my-app-secret-name"',
      'tokenizer = "wordpiece-tokenizer-base"',
      "const accessTokenHeader = 'X-Access-Token-Header'",
      'api_key: ${API_KEY}',
      'token: "{{ secrets.GITHUB_TOKEN }}"',
      'max_tokens = 4096',
      'token = this.token',
      'apiKey: process.env.SERVICE_API_KEY',
      'the token expired yesterday',
    ],
  },
};

/** Ordered by precedence: when both match one value, the password reading is the more specific. */
export const genericRules: ContextualRule[] = [genericPassword, genericCredential];
