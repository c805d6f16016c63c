import { ALNUM, BASE64, fakeToken, HEX } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { isChosenPassword } from './url-password.js';

// Alphabets of the hashes htpasswd writes (crypt's base64 uses . and /).
const CRYPT64 = `./${ALNUM}`;
// WordPress salts mix punctuation; this subset avoids characters that mark templates or regexes.
const SALT = `${ALNUM}!@^&-_=+;:,<>/~|`;
const define = (name: string, value: string) => `define( '${name}', '${value}' );`;

export default [
  {
    id: 'secret/htpasswd-hash',
    description: 'Apache .htpasswd password hash (bcrypt, apr1-MD5, SHA-1 or SHA-crypt)',
    keywords: [':$2', ':$apr1$', ':{sha}', ':$5$', ':$6$'],
    paths: /(?:^|\/)\.htpasswd$/,
    // The leading '$' stays outside the secret so template-placeholder checks do not read it as $VAR.
    pattern:
      /^[^:\s#]{1,255}:\$?(?<secret>2[aby]\$[0-9]{2}\$[./A-Za-z0-9]{53}|apr1\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}|\{SHA\}[A-Za-z0-9+/]{27}=|[56]\$[^\s:$]{1,16}\$[./A-Za-z0-9]{43,86})$/m,
    severity: 'high',
    confidence: 0.9,
    examples: {
      positive: () => [
        `admin:$2y$10$${fakeToken(CRYPT64, 53)}`,
        `deploy:$apr1$${fakeToken(CRYPT64, 8)}$${fakeToken(CRYPT64, 22)}`,
        `# ci user\nci:{SHA}${fakeToken(BASE64, 27)}=`,
      ],
      negative: () => ['admin:', '# user:$apr1$salt$hash', 'admin:plaintext-not-a-hash'],
    },
  },
  {
    id: 'secret/wordpress-db-password',
    description: 'WordPress database password in wp-config.php',
    keywords: ['db_password'],
    paths: /(?:^|\/)wp-config(?:-[a-z0-9]{1,20})?\.php$/,
    pattern: /define\([ \t]{0,3}['"]DB_PASSWORD['"][ \t]{0,3},[ \t]{0,3}['"](?<secret>[^'"\n]{1,256})['"]/,
    validate: isChosenPassword,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [
        `${define('DB_NAME', 'wordpress')}\n${define('DB_USER', 'wp')}\n${define('DB_PASSWORD', `${fakeToken(ALNUM, 14)}4!`)}`,
      ],
      negative: () => [
        define('DB_PASSWORD', 'password_here'),
        define('DB_PASSWORD', ''),
        "define( 'DB_PASSWORD', getenv( 'DB_PASSWORD' ) );",
      ],
    },
  },
  {
    id: 'secret/wordpress-auth-salt',
    description: 'WordPress authentication key or salt in wp-config.php',
    keywords: ['_key', '_salt'],
    paths: /(?:^|\/)wp-config(?:-[a-z0-9]{1,20})?\.php$/,
    pattern:
      /define\([ \t]{0,3}['"](?:AUTH|SECURE_AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)['"][ \t]{0,3},[ \t]{0,3}['"](?<secret>[^'"\n]{32,128})['"]/,
    minEntropy: 4,
    severity: 'high',
    confidence: 0.9,
    examples: {
      positive: () => [define('AUTH_KEY', fakeToken(SALT, 64)), define('NONCE_SALT', fakeToken(SALT, 64))],
      negative: () => [
        define('AUTH_KEY', 'put your unique phrase here'),
        define('AUTH_KEY', 'a'.repeat(64)),
        define('WP_CACHE_KEY_SALT', fakeToken(SALT, 64)),
      ],
    },
  },
  {
    id: 'secret/rails-master-key',
    description: 'Rails credentials master key (config/master.key)',
    // The file holds nothing but the key, so only its own characters can serve as keywords.
    keywords: [...'0123456789abcdef'],
    paths: /(?:^|\/)config\/(?:master|credentials\/[a-z0-9_-]{1,40})\.key$/,
    pattern: /^(?<secret>[a-f0-9]{32})[ \t]{0,4}$/m,
    minEntropy: 3,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [fakeToken(HEX, 32), `${fakeToken(HEX, 32)}\n`],
      negative: () => ['0'.repeat(32), fakeToken(HEX, 24), fakeToken(HEX, 64)],
    },
  },
] satisfies SecretRule[];
