import { ALNUM, BASE64, fakeToken, HEX } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { DIGITS, HEX_UPPER } from './fake-parts.js';

// Stored password hashes: shadow files, htpasswd, SQL dumps of user tables, LDIF, router configs,
// framework fixtures. A hash is not the password, but it is cracked offline at leisure: fast or
// unsalted schemes (MD5-crypt, phpass, NTLM, MySQL's SHA-1) rank high, slow ones (bcrypt, argon2,
// scrypt, yescrypt, SHA-crypt, PBKDF2) medium, and Cisco's type 7, which any tool reverses, critical.
// The leading '$' of a crypt string stays outside the secret: '$apr1$…' would otherwise read as a
// shell variable to the template-placeholder check.

/** crypt(3)'s base64 alphabet. */
const CRYPT64 = `./${ALNUM}`;
const crypt = (length: number) => fakeToken(CRYPT64, length);
const b64 = (length: number) => fakeToken(BASE64, length);
const NOT_CRYPT = '(?![./A-Za-z0-9])';

interface HashSpec {
  id: string;
  description: string;
  keywords: string[];
  pattern: RegExp;
  severity: SecretRule['severity'];
  positive: () => string[];
  negative: string[];
}

/**
 * Slow salted schemes: a hash of an unknown password under one of these is not worth cracking, so in
 * tests, docs and examples it is a fixture (demo-values.ts passes it there); elsewhere it still blocks.
 * Fast, unsalted or reversible ones (MD5-crypt, phpass, NTLM, MySQL's, Cisco type 7) block everywhere.
 */
export const SLOW_SALTED_HASH_RULES: ReadonlySet<string> = new Set(
  [
    'sha-crypt-hash',
    'bcrypt-hash',
    'yescrypt-hash',
    'argon2-hash',
    'scrypt-hash',
    'pbkdf2-password-hash',
    'werkzeug-password-hash',
    'drupal-password-hash',
    'cisco-secret-hash',
    'postgres-scram-hash',
  ].map((id) => `secret/${id}`),
);

const hashRule = (spec: HashSpec): SecretRule => ({
  id: `secret/${spec.id}`,
  description: spec.description,
  keywords: spec.keywords,
  pattern: spec.pattern,
  minEntropy: 3,
  severity: spec.severity,
  confidence: 0.9,
  examples: { positive: spec.positive, negative: () => spec.negative },
});

const passwordHashRules = [
  hashRule({
    id: 'md5-crypt-hash',
    description: 'MD5-crypt password hash ($1$)',
    keywords: ['$1$'],
    pattern: new RegExp(`(?<![\\w$])\\$(?<secret>1\\$[./A-Za-z0-9]{1,8}\\$[./A-Za-z0-9]{22})${NOT_CRYPT}`),
    severity: 'high',
    positive: () => [
      `root:$1$${crypt(8)}$${crypt(22)}:19700:0:99999:7:::`,
      `enable secret 5 $1$${crypt(4)}$${crypt(22)}`,
    ],
    negative: ['$1$salt$', 'costs $1$ each', `$1$${'x'.repeat(8)}$${'x'.repeat(22)}`],
  }),
  hashRule({
    id: 'apr1-md5-hash',
    description: 'Apache APR1-MD5 password hash ($apr1$)',
    keywords: ['$apr1$'],
    pattern: new RegExp(`(?<![\\w$])\\$(?<secret>apr1\\$[./A-Za-z0-9]{1,8}\\$[./A-Za-z0-9]{22})${NOT_CRYPT}`),
    severity: 'high',
    positive: () => [`admin:$apr1$${crypt(8)}$${crypt(22)}`],
    negative: ['htpasswd -m writes $apr1$ hashes', `$apr1$salt$${'a'.repeat(22)}`],
  }),
  hashRule({
    id: 'sha-crypt-hash',
    description: 'SHA-256-crypt or SHA-512-crypt password hash ($5$, $6$)',
    keywords: ['$5$', '$6$'],
    pattern: new RegExp(
      `(?<![\\w$])\\$(?<secret>[56]\\$(?:rounds=[0-9]{1,9}\\$)?[./A-Za-z0-9]{1,16}\\$(?:[./A-Za-z0-9]{86}|[./A-Za-z0-9]{43}))${NOT_CRYPT}`,
    ),
    severity: 'medium',
    positive: () => [
      `deploy:$6$${crypt(16)}$${crypt(86)}:19700:0:99999:7:::`,
      `password_hash: "$5$rounds=535000$${crypt(16)}$${crypt(43)}"`,
    ],
    negative: ['root:!:19700:0:99999:7:::', 'root:*:19700::::::', '$6$salt$short'],
  }),
  hashRule({
    id: 'bcrypt-hash',
    description: 'bcrypt password hash ($2a$, $2b$, $2y$)',
    keywords: ['$2a$', '$2b$', '$2y$', '$2x$', '$2$'],
    pattern: new RegExp(`(?<![\\w$])\\$(?<secret>(?:wp\\$)?2[abxy]?\\$[0-9]{2}\\$[./A-Za-z0-9]{53})${NOT_CRYPT}`),
    severity: 'medium',
    positive: () => [
      `INSERT INTO users (email, password) VALUES ('ops@corp.internal', '$2y$10$${crypt(53)}');`,
      `"password": "$2b$12$${crypt(53)}"`,
    ],
    negative: ['$2b$12$', 'cost factor $2b$12$ then salt', `$2b$12$${'.'.repeat(53)}`],
  }),
  hashRule({
    id: 'yescrypt-hash',
    description: 'yescrypt password hash ($y$, $gy$), the default of current Linux distributions',
    keywords: ['$y$', '$gy$'],
    pattern: new RegExp(
      `(?<![\\w$])\\$(?<secret>g?y\\$[./A-Za-z0-9]{1,20}\\$[./A-Za-z0-9]{1,86}\\$[./A-Za-z0-9]{43})${NOT_CRYPT}`,
    ),
    severity: 'medium',
    positive: () => [`alice:$y$j9T$${crypt(22)}$${crypt(43)}:19700:0:99999:7:::`],
    negative: ['$y$j9T$', 'alice:!*:19700::::::'],
  }),
  hashRule({
    id: 'argon2-hash',
    description: 'Argon2 password hash ($argon2id$, $argon2i$)',
    keywords: ['$argon2'],
    pattern:
      /\$(?<secret>argon2(?:id|i|d)\$v=[0-9]{1,3}\$m=[0-9]{1,10},t=[0-9]{1,10},p=[0-9]{1,4}\$[A-Za-z0-9+/]{11,64}\$[A-Za-z0-9+/]{16,128})(?![A-Za-z0-9+/])/,
    severity: 'medium',
    positive: () => [
      `$argon2id$v=19$m=65536,t=3,p=4$${b64(22)}$${b64(43)}`,
      `password = "argon2$argon2id$v=19$m=102400,t=2,p=8$${b64(22)}$${b64(22)}"`,
    ],
    negative: ['$argon2id$v=19$m=65536,t=3,p=4$', 'use $argon2id$ for new hashes'],
  }),
  hashRule({
    id: 'scrypt-hash',
    description: 'scrypt password hash ($7$ or passlib $scrypt$)',
    keywords: ['$7$', '$scrypt$'],
    // The secret is salt$hash: $7$'s parameters ('CU..../....') would read as an ellipsis, a masked value.
    pattern:
      /(?<![\w$])\$(?:7\$[./A-Za-z0-9]{11}|scrypt\$ln=[0-9]{1,2},r=[0-9]{1,3},p=[0-9]{1,3}\$)(?<secret>[A-Za-z0-9+/.]{4,86}\$[A-Za-z0-9+/.]{20,128})(?![./A-Za-z0-9+])/,
    severity: 'medium',
    positive: () => [`$7$CU..../....${crypt(16)}$${crypt(43)}`, `$scrypt$ln=16,r=8,p=1$${b64(22)}$${b64(43)}`],
    negative: ['$7$', '$scrypt$ln=16,r=8,p=1$'],
  }),
  hashRule({
    id: 'pbkdf2-password-hash',
    description: 'PBKDF2 password hash (Django pbkdf2_sha256$, passlib $pbkdf2-sha256$)',
    keywords: ['pbkdf2_sha', '$pbkdf2-sha'],
    pattern:
      /(?<![\w$])\$?(?<secret>pbkdf2_sha(?:256|1)\$[0-9]{4,8}\$[A-Za-z0-9./+]{1,64}\$[A-Za-z0-9+/]{27,88}={0,2}|pbkdf2-sha(?:1|256|512)\$[0-9]{3,8}\$[A-Za-z0-9./+]{4,64}\$[A-Za-z0-9./+]{27,88})(?![A-Za-z0-9+/=.])/,
    severity: 'medium',
    positive: () => [
      `"password": "pbkdf2_sha256$870000$${fakeToken(ALNUM, 22)}$${b64(43)}="`,
      `$pbkdf2-sha256$29000$${crypt(22)}$${crypt(43)}`,
    ],
    negative: ["PASSWORD_HASHERS = ['django.contrib.auth.hashers.PBKDF2PasswordHasher']", 'pbkdf2_sha256$870000$'],
  }),
  hashRule({
    id: 'werkzeug-password-hash',
    description: 'Werkzeug (Flask) password hash (pbkdf2:sha256:…$, scrypt:…$)',
    keywords: ['pbkdf2:sha', 'scrypt:'],
    pattern:
      /(?<![\w$:])(?<secret>(?:pbkdf2:sha(?:1|256|512)(?::[0-9]{1,8})?|scrypt:[0-9]{1,8}:[0-9]{1,3}:[0-9]{1,3})\$[A-Za-z0-9]{4,64}\$[a-f0-9]{40,128})(?![A-Za-z0-9])/,
    severity: 'medium',
    positive: () => [
      `pbkdf2:sha256:600000$${fakeToken(ALNUM, 16)}$${fakeToken(HEX, 64)}`,
      `scrypt:32768:8:1$${fakeToken(ALNUM, 16)}$${fakeToken(HEX, 128)}`,
    ],
    negative: ["generate_password_hash(pw, method='pbkdf2:sha256:600000')", 'scrypt:32768:8:1$salt$'],
  }),
  hashRule({
    id: 'mysql-native-password-hash',
    description: 'MySQL native password hash (*SHA1 of SHA1), as mysql.user dumps and GRANTs hold it',
    keywords: ["'*", '"*', '`*'],
    // '*' first, its quote checked behind it: a literal start lets the engine skip ahead
    pattern: /\*(?<=['"`]\*)(?<secret>[0-9A-F]{40})(?=['"`])/,
    severity: 'high',
    positive: () => [
      `CREATE USER 'app'@'%' IDENTIFIED WITH mysql_native_password AS '*${fakeToken(HEX_UPPER, 40)}';`,
      `INSERT INTO \`user\` VALUES ('%','backup','*${fakeToken(HEX_UPPER, 40)}','Y');`,
    ],
    negative: [`'*${'0'.repeat(40)}'`, `'*${fakeToken(HEX, 40)}'`, "glob: '*'"],
  }),
  hashRule({
    id: 'postgres-scram-hash',
    description: 'PostgreSQL SCRAM-SHA-256 password verifier',
    keywords: ['scram-sha-256$'],
    pattern: /(?<secret>SCRAM-SHA-256\$[0-9]{1,7}:[A-Za-z0-9+/]{16,64}={0,2}\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=)/,
    severity: 'medium',
    positive: () => [`ALTER ROLE app PASSWORD 'SCRAM-SHA-256$4096:${b64(22)}==$${b64(43)}=:${b64(43)}=';`],
    negative: ['password_encryption = scram-sha-256', 'SCRAM-SHA-256$4096:'],
  }),
  hashRule({
    id: 'postgres-md5-hash',
    description: 'PostgreSQL MD5 password hash (md5 + 32 hex) in a quoted value',
    keywords: ["'md5", '"md5'],
    pattern: /(?<secret>md5(?<=['"]md5)[a-f0-9]{32})(?=['"])/,
    severity: 'high',
    positive: () => [`ALTER ROLE replicator WITH LOGIN PASSWORD 'md5${fakeToken(HEX, 32)}';`],
    negative: ["auth_method: 'md5'", `checksum: "md5-${fakeToken(HEX, 32)}"`],
  }),
  hashRule({
    id: 'ldap-password-hash',
    description: 'LDAP userPassword hash ({SSHA}, {SHA512}, {PBKDF2}…)',
    keywords: ['{ssha', '{sha', '{smd5}', '{md5}', '{pbkdf2', '{argon2}'],
    pattern:
      /(?<secret>\{(?:SSHA(?:256|384|512)?|SHA(?:256|384|512)?|SMD5|MD5|PBKDF2(?:-SHA(?:1|256|512))?|ARGON2)\}[A-Za-z0-9+/.$=:,-]{20,200})/,
    severity: 'high',
    positive: () => [
      `dn: uid=svc,ou=people,dc=corp\nuserPassword: {SSHA}${b64(32)}`,
      `userPassword: {SHA512}${b64(86)}==`,
    ],
    negative: ['olcPasswordHash: {SSHA}', 'userPassword: {CRYPT}x'],
  }),
  hashRule({
    id: 'phpass-hash',
    description: 'phpass portable password hash ($P$, $H$: WordPress, phpBB)',
    keywords: ['$p$', '$h$'],
    pattern: new RegExp(`(?<![\\w$])\\$(?<secret>[PH]\\$[./A-Za-z0-9]{31})${NOT_CRYPT}`),
    severity: 'high',
    positive: () => [`INSERT INTO \`wp_users\` VALUES (1,'admin','$P$B${crypt(30)}','admin','ops@corp.internal');`],
    negative: ['$P$', `$P$${'.'.repeat(31)}`],
  }),
  hashRule({
    id: 'drupal-password-hash',
    description: 'Drupal 7+ password hash ($S$)',
    keywords: ['$s$'],
    pattern: new RegExp(`(?<![\\w$])\\$(?<secret>S\\$[./A-Za-z0-9]{52})${NOT_CRYPT}`),
    severity: 'medium',
    positive: () => [`INSERT INTO users (uid, name, pass) VALUES (1, 'admin', '$S$D${crypt(51)}');`],
    negative: ['$S$', 'costs $S$ per unit'],
  }),
  hashRule({
    id: 'ntlm-pwdump-hash',
    description: 'Windows LM/NT password hashes in pwdump or secretsdump format',
    keywords: [':::'],
    // user:RID:LM:NT::: , the user after a line start, space, quote or '='; read back from the ':::'
    pattern:
      /:::(?<=(?<![^\s"'`=>])[^:\s"'`]{1,64}:[0-9]{1,10}:(?:[A-Fa-f0-9]{32}|NO PASSWORD\*{21}):(?<secret>[A-Fa-f0-9]{32}):::)/,
    severity: 'high',
    positive: () => [
      `Administrator:500:aad3b435b51404eeaad3b435b51404ee:${fakeToken(HEX, 32)}:::`,
      `CORP\\svc_backup:1104:${fakeToken(HEX, 32)}:${fakeToken(HEX, 32)}:::`,
    ],
    negative: [`Guest:501:aad3b435b51404eeaad3b435b51404ee:${'0'.repeat(32)}:::`, 'a::b:::c'],
  }),
  hashRule({
    id: 'cisco-type7-password',
    description: 'Cisco type 7 password (a reversible encoding, not a hash)',
    keywords: ['password 7 ', 'key 7 ', 'key-string 7 '],
    pattern: /\b(?:password|key|key-string) 7 (?<secret>[01][0-9](?:[0-9A-F]{2}){3,40})\b/,
    severity: 'critical',
    positive: () => [
      `username admin privilege 15 password 7 ${fakeToken(DIGITS, 2).replace(/^./, '0')}${fakeToken(HEX_UPPER, 28)}`,
    ],
    negative: ['service password-encryption', 'password 7 <encrypted>', 'enable password 7 '],
  }),
  hashRule({
    id: 'cisco-secret-hash',
    description: 'Cisco type 8 (PBKDF2) or type 9 (scrypt) secret',
    keywords: ['$8$', '$9$'],
    pattern: new RegExp(`(?<![\\w$])\\$(?<secret>[89]\\$[./A-Za-z0-9]{14}\\$[./A-Za-z0-9]{43})${NOT_CRYPT}`),
    severity: 'medium',
    positive: () => [`enable secret 9 $9$${crypt(14)}$${crypt(43)}`],
    negative: ['enable secret 9 ', '$9$ per month'],
  }),
  hashRule({
    id: 'oracle-password-hash',
    description: 'Oracle password verifier (IDENTIFIED BY VALUES)',
    keywords: ['identified by values'],
    pattern:
      /IDENTIFIED BY VALUES[ \t]{1,3}'(?<secret>(?:S:[A-F0-9]{60}|T:[A-F0-9]{160}|[A-F0-9]{16})(?:;(?:S:[A-F0-9]{60}|T:[A-F0-9]{160}|H:[A-F0-9]{32}|[A-F0-9]{16})){0,3})'/i,
    severity: 'high',
    positive: () => [
      `ALTER USER app IDENTIFIED BY VALUES 'S:${fakeToken(HEX_UPPER, 60)};T:${fakeToken(HEX_UPPER, 160)}';`,
    ],
    negative: ["ALTER USER app IDENTIFIED BY VALUES '';", 'IDENTIFIED BY VALUES is deprecated'],
  }),
  hashRule({
    id: 'mssql-password-hash',
    description: 'SQL Server login password hash (0x0100… / 0x0200…)',
    keywords: ['0x0100', '0x0200'],
    pattern: /PASSWORD[ \t]{0,3}=[ \t]{0,3}(?<secret>0x0[12]00[0-9A-Fa-f]{88,136})(?![0-9A-Fa-f])/i,
    severity: 'high',
    positive: () => [
      `CREATE LOGIN [app] WITH PASSWORD = 0x0200${fakeToken(HEX_UPPER, 136)} HASHED, CHECK_POLICY = OFF;`,
    ],
    negative: ['CREATE LOGIN [app] WITH PASSWORD = 0x0200 HASHED', 'value = 0x0200'],
  }),
  hashRule({
    id: 'kerberos-roast-hash',
    description: 'Kerberos AS-REP or TGS ticket hash (AS-REP roasting, Kerberoasting), cracked offline',
    keywords: ['$krb5asrep$', '$krb5tgs$'],
    pattern:
      /\$(?<secret>krb5(?:asrep|tgs)\$(?:17|18|23)\$(?:[^\s]{0,300}?[$:])?[a-f0-9]{16,64}\$[a-f0-9]{64,8192})(?![a-f0-9])/i,
    severity: 'high',
    positive: () => [
      `$krb5asrep$23$svc_sql@CORP.INTERNAL:${fakeToken(HEX, 32)}$${fakeToken(HEX, 240)}`,
      `$krb5tgs$23$*svc_web$CORP.INTERNAL$http/web.corp.internal*$${fakeToken(HEX, 32)}$${fakeToken(HEX, 300)}`,
      `$krb5asrep$23$${fakeToken(HEX, 32)}$${fakeToken(HEX, 200)}`,
    ],
    negative: ['$krb5asrep$23$', 'hashcat -m 18200 $krb5asrep$ hashes'],
  }),
  {
    id: 'secret/shadow-des-crypt-hash',
    description: 'Traditional DES-crypt hash in a passwd or shadow file',
    // every line of the file holds ':' between fields
    keywords: [':'],
    paths: /(?:^|\/)(?:shadow|gshadow|passwd|master\.passwd)(?:-|\.bak|\.old)?$/,
    pattern: /^[a-z_][a-z0-9_.-]{0,31}:(?<secret>[./A-Za-z0-9]{13}):/m,
    // 13 characters cannot carry much more than 3 bits each
    minEntropy: 2.5,
    severity: 'high',
    confidence: 0.85,
    examples: {
      positive: () => [`root:x:0:0:root:/root:/bin/bash\nlegacy:${crypt(13)}:1001:1001::/home/legacy:/bin/sh`],
      negative: () => ['root:x:0:0:root:/root:/bin/bash', 'daemon:*:19700:0:99999:7:::', 'nobody:!!:19700::::::'],
    },
  },
] satisfies SecretRule[];

export default passwordHashRules;

/** Every rule of this family: their values are hashes read from a format of their own, never commit ids. */
export const PASSWORD_HASH_RULES: ReadonlySet<string> = new Set(passwordHashRules.map((rule) => rule.id));
