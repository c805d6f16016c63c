import { ALNUM, BASE64, fakeToken, HEX } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';

// Web frameworks' own signing and encryption secrets: whoever holds one forges sessions and cookies
// (and, for Laravel's APP_KEY, decrypts what the app encrypted).
const DJANGO_ALPHABET = `${ALNUM}!@%^&-_=+`;

export default [
  {
    id: 'secret/django-secret-key',
    description: 'Django / Flask SECRET_KEY literal',
    keywords: ['secret_key'],
    // SECRET_KEY = '…', "SECRET_KEY": '…', or the default of os.environ.get('SECRET_KEY', '…')
    pattern:
      /\b(?:DJANGO_)?SECRET_KEY\b['"]?[ \t]{0,4}[=:,][ \t]{0,4}(?:[A-Za-z_.]{1,40}\([^,\n]{1,60},[ \t]{0,4})?['"](?<secret>[^'"\s]{32,100})['"]/,
    minEntropy: 4,
    severity: 'high',
    confidence: 0.85,
    examples: {
      positive: () => [
        `SECRET_KEY = 'django-insecure-${fakeToken(DJANGO_ALPHABET, 50)}'`,
        `SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY', '${fakeToken(DJANGO_ALPHABET, 50)}')`,
      ],
      negative: () => [
        "SECRET_KEY = os.environ['SECRET_KEY']",
        "SECRET_KEY = 'dev'",
        `SECRET_KEY = '${'x'.repeat(50)}'`,
      ],
    },
  },
  {
    id: 'secret/laravel-app-key',
    description: 'Laravel APP_KEY (the application encryption key)',
    keywords: ['app_key'],
    pattern: /\bAPP_KEY[ \t]{0,4}[=:][ \t]{0,4}["']?base64:(?<secret>[A-Za-z0-9+/]{43}=)/,
    minEntropy: 4,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [`APP_NAME=Shop\nAPP_ENV=production\nAPP_KEY=base64:${fakeToken(BASE64, 43)}=`],
      negative: () => ['APP_KEY=', 'APP_KEY=base64:', `APP_KEY=base64:${'A'.repeat(43)}=`],
    },
  },
  {
    id: 'secret/rails-secret-key-base',
    description: 'Rails (or Phoenix) secret_key_base',
    keywords: ['secret_key_base'],
    pattern:
      /\bsecret_key_base\b['"]?[ \t]{0,4}(?::|=>?|,)[ \t]{0,4}['"]?(?<secret>[a-f0-9]{128}|[A-Za-z0-9+/]{64})(?![A-Za-z0-9+/=])/i,
    minEntropy: 3.5,
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [
        `production:\n  secret_key_base: ${fakeToken(HEX, 128)}`,
        `config :shop, ShopWeb.Endpoint, secret_key_base: "${fakeToken(ALNUM, 64)}"`,
      ],
      negative: () => ['  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>', `secret_key_base: ${'0'.repeat(128)}`],
    },
  },
] satisfies SecretRule[];
