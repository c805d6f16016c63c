import { ALNUM, BASE64, fakeToken } from '../src/analyzers/secrets/fake-token.js';

// Source-like text for the synthetic repository: a realistic language mix, few-KB files, debt markers
// in real comments and fake credentials (generated here at run time, never stored in this repository).

export type Random = () => number;

/** mulberry32 with its own state, so the file layout does not depend on fakeToken's sequence. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// AWS key ids are base32 (RFC 4648): no 0, 1, 8 or 9.
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

const WORDS = [
  'user',
  'order',
  'cache',
  'stream',
  'parser',
  'config',
  'route',
  'token',
  'buffer',
  'queue',
  'report',
  'metric',
  'client',
  'server',
  'session',
  'record',
  'index',
  'schema',
  'payload',
  'event',
];
const NOTES = [
  'handle the empty case',
  'drop this once v2 ships',
  'retry with backoff',
  'split this function',
  'cache the lookup',
  'validate input earlier',
  'remove the legacy path',
  'document the edge case',
];
const TAGS = ['TODO', 'FIXME', 'HACK', 'XXX'];

export interface Language {
  ext: string;
  comment: string | null;
  share: number;
  line(random: Random, n: number): string;
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const name = (random: Random): string =>
  `${pick(random, WORDS)}${pick(random, WORDS).replace(/^./, (c) => c.toUpperCase())}`;

// Real modules mix documented public functions, undocumented ones and private helpers; about one
// public function in five has no doc comment here, so the quality analyzers find some, not all.
const documented = (random: Random): boolean => random() < 0.8;

function tsBlock(r: Random, n: number): string {
  const fn = `${name(r)}${n}`;
  if (r() < 0.4) return `function ${fn}(input: number): number {\n  return input * ${n} + ${Math.floor(r() * 100)};\n}`;
  const doc = documented(r) ? `/** Scales the ${pick(r, WORDS)} for step ${n}. */\n` : '';
  return `${doc}export function ${fn}(input: number): number {\n  const scaled = input * ${n};\n  return scaled + ${Math.floor(r() * 100)};\n}`;
}

function pyBlock(r: Random, n: number): string {
  const fn = `${pick(r, WORDS)}_${pick(r, WORDS)}_${n}`;
  if (r() < 0.4) return `def _${fn}(value):\n    return value.get("${pick(r, WORDS)}", ${n})`;
  const doc = documented(r) ? `    """Return the ${pick(r, WORDS)} for step ${n}."""\n` : '';
  return `def ${fn}(value):\n${doc}    return value.get("${pick(r, WORDS)}", ${n})`;
}

function goBlock(r: Random, n: number): string {
  const fn = `${name(r)}${n}`;
  if (r() < 0.4) return `func ${fn}(v int) int {\n\treturn v*${n} + ${Math.floor(r() * 100)}\n}`;
  const exported = fn[0]!.toUpperCase() + fn.slice(1);
  const doc = documented(r) ? `// ${exported} scales v for step ${n}.\n` : '';
  return `${doc}func ${exported}(v int) int {\n\treturn v*${n} + ${Math.floor(r() * 100)}\n}`;
}

export const LANGUAGES: readonly Language[] = [
  { ext: 'ts', comment: '//', share: 0.3, line: tsBlock },
  {
    ext: 'js',
    comment: '//',
    share: 0.15,
    line: (r, n) => `const ${name(r)}${n} = items.filter((item) => item.${pick(r, WORDS)} > ${n});`,
  },
  { ext: 'py', comment: '#', share: 0.15, line: pyBlock },
  { ext: 'go', comment: '//', share: 0.1, line: goBlock },
  {
    ext: 'yaml',
    comment: '#',
    share: 0.1,
    line: (r, n) => `${pick(r, WORDS)}_${n}:\n  enabled: ${r() > 0.5}\n  replicas: ${n % 7}`,
  },
  {
    ext: 'md',
    comment: null,
    share: 0.1,
    line: (r, n) => `The ${pick(r, WORDS)} step ${n} reads the ${pick(r, WORDS)} and writes a ${pick(r, WORDS)}.`,
  },
  {
    ext: 'json',
    comment: null,
    share: 0.1,
    line: (r, n) => `  "${pick(r, WORDS)}_${n}": { "limit": ${n}, "mode": "${pick(r, WORDS)}" },`,
  },
];

export function pickLanguage(random: Random): Language {
  let roll = random();
  for (const language of LANGUAGES) {
    roll -= language.share;
    if (roll < 0) return language;
  }
  return LANGUAGES[0]!;
}

/** One fake credential assignment, in the file's own syntax. */
function fakeSecretLine(language: Language, random: Random): string {
  const kinds = [
    ['githubToken', `ghp_${fakeToken(ALNUM, 36)}`],
    ['awsAccessKeyId', `AKIA${fakeToken(BASE32, 16)}`],
    ['awsSecretAccessKey', fakeToken(BASE64, 40)],
    ['slackBotToken', `xoxb-${fakeToken('0123456789', 11)}-${fakeToken('0123456789', 12)}-${fakeToken(ALNUM, 24)}`],
  ] as const;
  const [key, value] = pick(random, kinds);
  if (language.ext === 'py') return `${key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)} = "${value}"`;
  if (language.ext === 'yaml') return `${key}: "${value}"`;
  if (language.ext === 'go') return `var ${key} = "${value}"`;
  return `const ${key} = "${value}";`;
}

export interface SyntheticFile {
  text: string;
  markers: number;
  secrets: number;
}

/** A file of about targetBytes; markers and secrets are planted with the given probabilities. */
export function generateFile(
  language: Language,
  random: Random,
  targetBytes: number,
  markerOdds: number,
  secretOdds: number,
): SyntheticFile {
  const lines: string[] = [];
  let size = 0;
  let markers = 0;
  let secrets = 0;
  for (let n = 1; size < targetBytes; n++) {
    const line = language.line(random, n);
    lines.push(line);
    size += line.length + 1;
  }
  const plant = (text: string): void => {
    lines.splice(Math.floor(random() * lines.length), 0, text);
  };
  if (language.comment) {
    const count = random() < markerOdds ? (random() < 0.2 ? 2 : 1) : 0;
    for (let i = 0; i < count; i++)
      plant(`${language.comment} ${pick(random, TAGS)}: ${pick(random, NOTES)} (${name(random)})`);
    markers = count;
    if (random() < secretOdds) {
      plant(fakeSecretLine(language, random));
      secrets = 1;
    }
  }
  if (language.ext === 'json') return { text: `{\n${lines.join('\n')}\n  "end": true\n}\n`, markers, secrets };
  return { text: `${lines.join('\n')}\n`, markers, secrets };
}

/** A realistic edit for the check bench: a new function and a marker, no secret. */
export function generateEdit(language: Language, n: number): string {
  const random = createRandom(n);
  const body = [language.line(random, 9000 + n), language.line(random, 9100 + n)];
  if (language.comment) body.unshift(`${language.comment} TODO: cover this in tests (edit ${n})`);
  return `${body.join('\n')}\n`;
}
