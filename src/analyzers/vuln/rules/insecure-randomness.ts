import { lineAround, mentionsSecret } from '../expression-kind.js';
import type { SourceView, VulnRule } from '../rule-types.js';
import { matchesIn } from '../source-view.js';

// Math.random and Python's random module are predictable; they are reported only where the line names
// what they generate as a token, secret, password, nonce, OTP or salt (jitter and sampling are fine).
function findSecretRandoms(view: SourceView, pattern: RegExp) {
  return matchesIn(view, pattern)
    .filter((match) => mentionsSecret(lineAround(view.code, match.index)))
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

// Tests and docs examples execute their own snippets and make up their own tokens.
const FIXTURE_CONTEXTS = ['test', 'docs', 'example'] as const;

export const insecureRandomnessRules: VulnRule[] = [
  {
    id: 'vuln/insecure-randomness',
    description: 'Math.random() used to make a token, secret, password, nonce, OTP or salt',
    title: 'Predictable random value for a secret: use crypto.randomBytes or crypto.randomUUID',
    languages: ['js', 'ts'],
    severity: 'medium',
    confidence: 0.8,
    effortHours: 1,
    keywords: ['Math.random'],
    outsideInputOnlyIn: FIXTURE_CONTEXTS,
    detect: (view) => findSecretRandoms(view, /\bMath\.random\s*\(\s*\)/g),
    examples: {
      positive: [
        'const resetToken = Math.random().toString(36).slice(2);',
        'user.otp = Math.floor(Math.random() * 1e6);',
      ],
      negative: [
        'const delay = Math.random() * 1000;',
        "const token = crypto.randomBytes(32).toString('hex');",
        '// const token = Math.random()',
      ],
    },
  },
  {
    id: 'vuln/insecure-randomness',
    description: 'the random module used to make a token, secret, password, nonce, OTP or salt',
    title: 'Predictable random value for a secret: use the secrets module',
    languages: ['py'],
    severity: 'medium',
    confidence: 0.8,
    effortHours: 1,
    keywords: ['random.'],
    outsideInputOnlyIn: FIXTURE_CONTEXTS,
    detect: (view) =>
      findSecretRandoms(
        view,
        /(?<![\w.])random\.(?:random|randint|randrange|choice|choices|sample|getrandbits|uniform)\s*\(/g,
      ),
    examples: {
      positive: ["token = ''.join(random.choice(alphabet) for _ in range(32))", 'salt = random.getrandbits(64)'],
      negative: [
        'token = secrets.token_hex(16)',
        'colour = random.choice(colours)',
        'sleep(random.random() * backoff)',
      ],
    },
  },
];
