import { BASE64, fakeToken, HEX } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';

// Armour lines are assembled at run time and the patterns spell spaces as [ ], so no literal
// private-key header ever sits in the repository (the secret scan of this repo would flag it).
const DASHES = '-----';
const armour = (edge: 'BEGIN' | 'END', label: string) => `${DASHES}${edge} ${label}${DASHES}`;
const fakeBody = (lines: number) => Array.from({ length: lines }, () => fakeToken(BASE64, 64)).join('\n');
const block = (label: string, body: string) => `${armour('BEGIN', label)}\n${body}\n${armour('END', label)}`;
const pkLabel = (kind: string) => [kind, 'PRIVATE', 'KEY'].filter(Boolean).join(' ');

// A service-account JSON key belongs to secret/gcp-service-account-key, not to these rules.
const NOT_IN_GCP_JSON = '(?<!\\\\?"private_key\\\\?"\\s{0,3}:\\s{0,3}\\\\?")';
// The body runs up to the next run of five dashes and no further, so a BEGIN without its END costs
// a scan to the next armour line, never a quadratic search (armour headers such as Proc-Type stay in).
const BODY = '(?<secret>(?:[^-]|-(?!-{4})){64,16000})';

const pemRule = (id: string, kind: string, description: string, severity: SecretRule['severity']): SecretRule => {
  const label = kind ? `${kind}[ ]PRIVATE[ ]KEY` : 'PRIVATE[ ]KEY';
  const guard = kind === '' || kind === 'RSA' ? NOT_IN_GCP_JSON : '';
  return {
    id: `secret/${id}`,
    description,
    keywords: [`${kind ? `${kind.toLowerCase()} ` : ''}private key-----`],
    pattern: new RegExp(`${guard}${DASHES}BEGIN[ ]${label}${DASHES}${BODY}${DASHES}END[ ]${label}${DASHES}`),
    minEntropy: 4,
    severity,
    confidence: 0.95,
    examples: {
      positive: () => [block(pkLabel(kind), fakeBody(6)), block(pkLabel(kind), fakeBody(3)).replace(/\n/g, '\\n')],
      negative: () => [
        armour('BEGIN', pkLabel(kind)),
        block(pkLabel(kind), '...'),
        block(pkLabel(kind), 'x'.repeat(64 * 3)),
        block(`${kind ? `${kind} ` : ''}PUBLIC KEY`, fakeBody(4)),
      ],
    },
  };
};

export default [
  pemRule('private-key-rsa', 'RSA', 'PEM RSA private key (PKCS#1)', 'critical'),
  pemRule('private-key-ec', 'EC', 'PEM elliptic-curve private key (SEC1)', 'critical'),
  pemRule('private-key-dsa', 'DSA', 'PEM DSA private key', 'critical'),
  pemRule('private-key-pkcs8', '', 'PEM private key (unencrypted PKCS#8)', 'critical'),
  // Still a finding: the passphrase is often weak or committed nearby.
  pemRule('private-key-pkcs8-encrypted', 'ENCRYPTED', 'PEM encrypted private key (PKCS#8)', 'high'),
  pemRule('private-key-openssh', 'OPENSSH', 'OpenSSH private key', 'critical'),
  {
    id: 'secret/pgp-private-key-block',
    description: 'OpenPGP armoured private (secret) key block',
    keywords: ['pgp private key block'],
    pattern: new RegExp(
      `${DASHES}BEGIN[ ]PGP[ ]PRIVATE[ ]KEY[ ]BLOCK${DASHES}${BODY}${DASHES}END[ ]PGP[ ]PRIVATE[ ]KEY[ ]BLOCK${DASHES}`,
    ),
    minEntropy: 4,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [block('PGP PRIVATE KEY BLOCK', `\n${fakeBody(8)}\n=${fakeToken(BASE64, 4)}`)],
      negative: () => [
        armour('BEGIN', 'PGP PRIVATE KEY BLOCK'),
        block('PGP PRIVATE KEY BLOCK', '...'),
        block('PGP PUBLIC KEY BLOCK', fakeBody(4)),
      ],
    },
  },
  {
    id: 'secret/putty-private-key',
    description: 'PuTTY private key file (.ppk)',
    keywords: ['putty-user-key-file-'],
    pattern:
      /PuTTY-User-Key-File-[23]:[\s\S]{0,4000}?Private-Lines:[ ]?[0-9]{1,4}(?<secret>[A-Za-z0-9+/=\s\\]{64,8000})Private-MAC:/,
    minEntropy: 4,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [
        [
          'PuTTY-User-Key-File-3: ssh-ed25519',
          'Encryption: none',
          'Comment: deploy@build',
          'Public-Lines: 2',
          fakeBody(2),
          'Private-Lines: 1',
          fakeToken(BASE64, 64),
          `Private-MAC: ${fakeToken(HEX, 64)}`,
        ].join('\n'),
      ],
      negative: () => [
        'PuTTY-User-Key-File-3: ssh-ed25519',
        `PuTTY-User-Key-File-3: ssh-rsa\nPrivate-Lines: 1\n${'A'.repeat(64)}\nPrivate-MAC: 00`,
      ],
    },
  },
  {
    id: 'secret/age-secret-key',
    description: 'age encryption secret key',
    keywords: ['age-secret-key-1'],
    // Bech32: "1" separator then 58 characters of the bech32 alphabet.
    pattern: /\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b/,
    minEntropy: 3.5,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [`AGE-SECRET-KEY-1${fakeToken('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)}`],
      negative: () => [
        `AGE-SECRET-KEY-1${'Q'.repeat(58)}`,
        'AGE-SECRET-KEY-1...',
        `AGE-SECRET-KEY-1${fakeToken('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 20)}`,
      ],
    },
  },
  {
    id: 'secret/wireguard-private-key',
    description: 'WireGuard private or preshared key (wg-quick interface config)',
    keywords: ['privatekey', 'presharedkey'],
    pattern: /^[ \t]{0,8}(?:PrivateKey|PresharedKey)[ \t]{0,4}=[ \t]{0,4}(?<secret>[A-Za-z0-9+/]{43}=)/m,
    minEntropy: 4,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [
        `[Interface]\nAddress = 10.8.0.2/32\nPrivateKey = ${Buffer.from(fakeToken(HEX, 64), 'hex').toString('base64')}\nDNS = 10.8.0.1\n`,
        `[Peer]\nPublicKey = ${Buffer.from(fakeToken(HEX, 64), 'hex').toString('base64')}\nPresharedKey = ${Buffer.from(fakeToken(HEX, 64), 'hex').toString('base64')}\n`,
      ],
      negative: () => [
        '[Interface]\nPrivateKey = <private key>\n',
        `PublicKey = ${Buffer.from(fakeToken(HEX, 64), 'hex').toString('base64')}`,
      ],
    },
  },
] satisfies SecretRule[];
