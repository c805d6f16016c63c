import { lineAround, mentionsSecret } from '../expression-kind.js';
import type { SourceView, VulnRule } from '../rule-types.js';
import { matchesIn } from '../source-view.js';

// md5/sha1 are fine for cache keys, ETags and checksums; they are reported only when the line says the
// digest protects something (password, token, signature), which keeps precision over breadth.
function findSecretHashes(view: SourceView, pattern: RegExp) {
  return matchesIn(view, pattern, 'bare')
    .filter((match) => {
      const line = lineAround(view.bare, match.index);
      return mentionsSecret(line) && !/usedforsecurity\s*=\s*False/.test(line);
    })
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

export const weakCryptoRules: VulnRule[] = [
  {
    id: 'vuln/weak-hash',
    description: 'md5 or sha1 used for a password, token or signature: both are broken for security use',
    title: 'Weak hash (md5/sha1) for a secret: use bcrypt/scrypt/argon2 for passwords, sha256+ or HMAC otherwise',
    languages: ['js', 'ts'],
    severity: 'medium',
    confidence: 0.7,
    effortHours: 2,
    keywords: ['md5', 'sha1', 'MD5', 'SHA1'],
    detect: (view) => findSecretHashes(view, /\bcreateH(?:ash|mac)\(\s*['"`](?:md5|sha1)['"`]/gi),
    examples: {
      positive: [
        "const hashed = crypto.createHash('md5').update(password).digest('hex');",
        "const signature = createHash('sha1').update(body).digest('hex');",
      ],
      negative: [
        "const etag = crypto.createHash('md5').update(body).digest('hex');",
        "const hashed = crypto.createHash('sha256').update(password).digest('hex');",
      ],
    },
  },
  {
    id: 'vuln/weak-hash',
    description: 'md5 or sha1 used for a password, token or signature: both are broken for security use',
    title: 'Weak hash (md5/sha1) for a secret: use hashlib.scrypt/bcrypt for passwords, sha256+ or hmac otherwise',
    languages: ['py'],
    severity: 'medium',
    confidence: 0.7,
    effortHours: 2,
    keywords: ['md5', 'sha1'],
    detect: (view) => findSecretHashes(view, /\bhashlib\.(?:md5|sha1)\s*\(|\bhashlib\.new\(\s*['"](?:md5|sha1)['"]/gi),
    examples: {
      positive: [
        'digest = hashlib.md5(password.encode()).hexdigest()',
        "token_hash = hashlib.new('sha1', token).hexdigest()",
      ],
      negative: [
        'cache_key = hashlib.md5(url.encode()).hexdigest()',
        'digest = hashlib.sha256(password.encode()).hexdigest()',
        'h = hashlib.md5(token, usedforsecurity=False)',
      ],
    },
  },
  {
    id: 'vuln/weak-cipher',
    description: 'DES, 3DES, RC4, Blowfish or ECB mode, or createCipher (MD5 key derivation, no IV)',
    title: 'Weak cipher or mode (DES/RC4/ECB): use AES-GCM or ChaCha20-Poly1305',
    languages: ['js', 'ts'],
    severity: 'medium',
    confidence: 0.8,
    effortHours: 3,
    keywords: ['createCipher', 'createDecipher'],
    pattern:
      /\bcreate(?:De)?[Cc]ipheriv\(\s*['"`](?:des(?:-\w{1,10}){0,3}|rc[24](?:-\w{1,10})?|bf(?:-\w{1,10})?|blowfish|[\w-]{1,20}-ecb)['"`]|\bcreate(?:De)?[Cc]ipher\s*\(/g,
    examples: {
      positive: [
        "const c = crypto.createCipheriv('des-ede3-cbc', key, iv);",
        "crypto.createCipheriv('aes-128-ecb', key, null)",
        "const c = crypto.createCipher('aes-256-cbc', pass);",
      ],
      negative: ["const c = crypto.createCipheriv('aes-256-gcm', key, iv);", "const name = 'createCipher(';"],
    },
  },
  {
    id: 'vuln/weak-cipher',
    description: 'DES, 3DES, RC4, Blowfish or ECB mode',
    title: 'Weak cipher or mode (DES/RC4/ECB): use AES-GCM or ChaCha20-Poly1305',
    languages: ['py'],
    severity: 'medium',
    confidence: 0.8,
    effortHours: 3,
    keywords: ['DES', 'ARC4', 'ARC2', 'Blowfish', 'ECB'],
    pattern:
      /\b(?:DES3?|ARC[24]|Blowfish)\.new\s*\(|\bMODE_ECB\b|\bmodes\.ECB\s*\(|\balgorithms\.(?:ARC4|TripleDES|Blowfish|IDEA|CAST5|SEED)\s*\(/g,
    examples: {
      positive: [
        'cipher = DES.new(key, DES.MODE_CBC, iv)',
        'cipher = AES.new(key, AES.MODE_ECB)',
        'Cipher(algorithms.AES(key), modes.ECB())',
      ],
      negative: [
        'cipher = AES.new(key, AES.MODE_GCM)',
        'Cipher(algorithms.AES(key), modes.GCM(iv))',
        'mode = "MODE_ECB"',
      ],
    },
  },
];
