import type { Context } from '../../findings/context.js';
import type { SecretMatch } from './candidate.js';
import { SLOW_SALTED_HASH_RULES } from './rules/password-hashes.js';

const PLAIN_TEXT = /\.(?:txt|text|log|out|lst|csv|tsv)$/i;

// Tests, docs and examples are full of credentials written for the reader: scott/tiger, user:pass,
// P4$$word, URLs to localhost or to a compose service. Each is credential-shaped, none can open
// anything in production, and a gate that blocks them gets switched off (issue 12). A match is a demo
// value when its value is a known placeholder, or when it only opens a host that cannot hold
// production data; the gate passes it and says why. Everything else stays plausible and blocks, in
// shipped code, tests and docs alike: context alone never passes a value.

/** Confidence of a demo value: under the scoring's plausibility line (0.5), so it never blocks. */
export const DEMO_CONFIDENCE = 0.2;

// Words demo and placeholder passwords are made of, across documentation and test suites; a value
// made only of these (leetspeak, case, digits and symbols aside) names itself a placeholder. `tiger`
// and `scott` are Oracle's demo account, copied into most database libraries' docs.
const PLACEHOLDER_WORDS = new Set([
  'password',
  'passwort',
  'passwd',
  'pass',
  'pwd',
  'pw',
  'word',
  'secret',
  'changeme',
  'changeit',
  'letmein',
  'hunter',
  'tiger',
  'scott',
  'foo',
  'bar',
  'baz',
  'qux',
  'quux',
  'foobar',
  'admin',
  'administrator',
  'root',
  'toor',
  'user',
  'username',
  'usr',
  'guest',
  'test',
  'tester',
  'testing',
  'demo',
  'example',
  'sample',
  'dummy',
  'fake',
  'mock',
  'placeholder',
  'my',
  'your',
  'strong',
  'super',
  'top',
  'very',
  'some',
  'default',
  'qwerty',
  'asdf',
  'abc',
  'xyz',
  'db',
  'dbpass',
  'sa',
  'postgres',
  'mysql',
  'oracle',
  'redis',
  'mongo',
]);

// Leetspeak inside a word (P4$$word, p@ssw0rd); outside a word a digit or symbol is decoration.
const LEET: Record<string, string> = { '4': 'a', '@': 'a', '3': 'e', '1': 'i', '0': 'o', $: 's', '5': 's', '7': 't' };

/** Percent-escapes decoded one byte at a time, so a stray '%' cannot throw as decodeURIComponent does. */
function decodePercent(text: string): string {
  return text.replace(/%([0-9A-Fa-f]{2})/g, (_escape, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Leet characters read as letters when a run of them sits between letters; the letter runs, lower-cased. */
function letterRuns(value: string): string[] {
  const chars = [...value];
  const isLetter = (char: string | undefined) => char !== undefined && /^[A-Za-z]$/.test(char);
  const read = chars.map((char, index) => {
    if (isLetter(char) || !(char in LEET)) return char;
    let left = index - 1;
    while (left >= 0 && (chars[left] as string) in LEET) left--;
    let right = index + 1;
    while (right < chars.length && (chars[right] as string) in LEET) right++;
    return isLetter(chars[left]) && isLetter(chars[right]) ? (LEET[char] as string) : char;
  });
  return read
    .join('')
    .split(/[^A-Za-z]+/)
    .map((run) => run.toLowerCase().replace(/(.)\1{2,}/g, ''))
    .filter((run) => run.length > 0);
}

/** Whether `run` splits entirely into placeholder words (passwordadmin → password + admin). */
function isPlaceholderWords(run: string): boolean {
  const reachable = new Array<boolean>(run.length + 1).fill(false);
  reachable[0] = true;
  for (let start = 0; start < run.length; start++) {
    if (!reachable[start]) continue;
    for (let end = start + 2; end <= Math.min(run.length, start + 13); end++)
      if (PLACEHOLDER_WORDS.has(run.slice(start, end))) reachable[end] = true;
  }
  return reachable[run.length] === true;
}

/**
 * Why a password reads as written for the reader, or undefined: made of placeholder words
 * (yourStrong(!)Password, P4$$word, tiger^5HHH), or lower-case words and punctuation alone
 * (apples/oranges), which documentation writes and neither people nor generators choose.
 */
export function placeholderPasswordReason(value: string): string | undefined {
  if (value.length > 64) return undefined;
  const decoded = decodePercent(value);
  const points = [...decoded].length;
  const runs = letterRuns(decoded);
  const letters = runs.reduce((sum, run) => sum + run.length, 0);
  if (letters < 3 || letters * 2 < points) return undefined;
  if (runs.every(isPlaceholderWords)) return 'a well-known demo or placeholder password';
  if (/^[a-z]+(?:[^A-Za-z0-9\s]+[a-z]*)+$/.test(decoded)) return 'lower-case words alone, written for the reader';
  return undefined;
}

/** `user:password` inside base64 (Basic auth, docker `auth`, npm `_auth`), or undefined. */
function decodeBasic(secret: string): { user: string; password: string } | undefined {
  if (!/^[A-Za-z0-9+/]{8,200}={0,2}$/.test(secret)) return undefined;
  const decoded = Buffer.from(secret, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0 || /[^\x20-\x7e]/.test(decoded)) return undefined;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

type HostKind = 'loopback' | 'reserved' | 'single-label';

/**
 * Hosts that cannot hold production data: loopback (and SQL Server's local instance names), names
 * reserved for documentation and tests (RFC 2606, RFC 6761) and documentation address blocks (RFC
 * 5737, RFC 3849). A single-label name is a compose service or a placeholder (`db`, `hostspec`).
 */
export function classifyHost(host: string): HostKind | undefined {
  const name = host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (
    /^(?:localhost|.+\.localhost|::1|0\.0\.0\.0|host\.docker\.internal|\(local\)|\(localdb\)|\.)$/.test(name) ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name)
  )
    return 'loopback';
  if (
    /(?:^|\.)example(?:\.(?:com|net|org))?$/.test(name) ||
    /\.(?:test|invalid)$/.test(name) ||
    /^(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$/.test(name) ||
    /^2001:db8:/.test(name)
  )
    return 'reserved';
  if (/^[a-z_][a-z0-9_-]*$/.test(name)) return 'single-label';
  return undefined;
}

// Where a credential says which host it opens: `user:secret@host` right after the value, a
// connection string's Server=/Host=/Data Source= key, or a JDBC URL's authority.
const URL_HOST = /^@(\[[0-9A-Fa-f:.]+\]|[^\s:/?#'"`<>,;)\]\\]+)/;
const KEYED_HOST =
  /(?:^|[^A-Za-z])(?:server|host|hostname|data source|addr|address)["']?\s*(?:=|:|=>)\s*["']?(?:tcp:)?(\([a-z]+\)|\.(?=[\\;,"'\s]|$)|\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_][A-Za-z0-9_.-]*)/i;
const JDBC_HOST = /jdbc:[a-z0-9]+:(?:thin:@)?\/\/([A-Za-z0-9_.-]+|\[[0-9A-Fa-f:.]+\])/i;

// Passwords and connection strings open the host their line names. A provider token opens its
// provider wherever the line points, and a credential file (.git-credentials, .pgpass) is a leaked
// store whatever hosts it lists, so neither is bound to a host.
const PASSWORD_RULE = /password|passwd|pwd|connection|dsn|jdbc/;

// After '@' a single label is a DNS name only in a URL's authority: Oracle's `user/pw@PRODDB` names a
// TNS alias and Snowflake's `snowflake://user:pw@acme-xy12345` an account, both production's.
const ACCOUNT_SCHEMES = /(?:^|[^a-z0-9+.-])(?:snowflake|databricks)(?:\+[a-z0-9]+)?:\/\/[^\s/@]*$/i;
const URL_AUTHORITY = /[a-z][a-z0-9+.-]*:\/\/[^\s/@]*$/i;

export interface BoundHost {
  host: string;
  /** Whether a single-label name there is a DNS host (a compose service) rather than an alias or account. */
  dnsName: boolean;
}

/** The host a password on this line opens, when the line says; undefined for credentials not bound to one. */
export function readBoundHost(match: Pick<SecretMatch, 'secret' | 'lineText' | 'rule'>): BoundHost | undefined {
  const { secret, lineText, rule } = match;
  if (rule.paths || !PASSWORD_RULE.test(rule.id)) return undefined;
  const at = lineText.indexOf(secret);
  const url = at >= 0 ? URL_HOST.exec(lineText.slice(at + secret.length)) : null;
  if (url) {
    const before = lineText.slice(0, at);
    return { host: url[1] as string, dnsName: URL_AUTHORITY.test(before) && !ACCOUNT_SCHEMES.test(before) };
  }
  const keyed = JDBC_HOST.exec(lineText)?.[1] ?? KEYED_HOST.exec(lineText)?.[1];
  return keyed === undefined ? undefined : { host: keyed, dnsName: true };
}

const READER_CONTEXTS: ReadonlySet<Context> = new Set(['test', 'docs', 'example']);
// docker-compose.test.yml, compose.ci.yaml, tox.ini's neighbours: configuration named for tests or development
const TEST_CONFIG_NAME = /(?:^|[._-])(?:test|tests|testing|ci|dev|develop|development|local|e2e)(?:[._-]|$)/i;

/** Files written for a reader or a test run: tests, docs, examples, and build files named for tests. */
function isReaderFile(context: Context, path: string): boolean {
  if (READER_CONTEXTS.has(context)) return true;
  return context === 'build' && TEST_CONFIG_NAME.test(path.slice(path.lastIndexOf('/') + 1));
}

/** 'a docs file', 'an example file', 'a test or development configuration file'. */
function readerFile(context: Context): string {
  if (context === 'build') return 'a test or development configuration file';
  return `${context === 'example' ? 'an' : 'a'} ${context} file`;
}

/** Why one match is a demo value, or undefined when it is plausible (it then blocks). */
export function judgeDemo(
  match: Pick<SecretMatch, 'secret' | 'lineText' | 'rule'>,
  context: Context,
  path = '',
): string | undefined {
  const basic = decodeBasic(match.secret);
  if (basic) {
    if (placeholderPasswordReason(basic.password)) return 'it decodes to a demo or placeholder user:password';
  } else {
    const value = placeholderPasswordReason(match.secret);
    if (value) return value;
  }
  // A slow salted password hash opens nothing by itself: in tests, examples and written docs it is a
  // fixture (flask's tutorial data.sql and tests.rst). Fast and reversible ones stay plausible there:
  // they crack in minutes. A plain text file (hashes.txt, a dump saved as .txt) is no doc for this.
  if (SLOW_SALTED_HASH_RULES.has(match.rule.id) && isReaderFile(context, path) && !PLAIN_TEXT.test(path))
    return `a slow salted password hash in ${readerFile(context)}: a fixture, it opens nothing by itself`;
  const bound = readBoundHost(match);
  const host = bound?.host;
  const kind = host === undefined ? undefined : classifyHost(host);
  if (kind === 'loopback') return `it opens ${host} only (loopback: no production data there)`;
  if (kind === 'reserved') return `it opens ${host} only (a name reserved for documentation and tests)`;
  if (kind === 'single-label' && bound?.dnsName && isReaderFile(context, path))
    return `it opens '${host}' only, a compose service or placeholder name, in ${readerFile(context)}`;
  return undefined;
}

/**
 * Demo verdicts for every match of one file. In tests, docs and examples a value the file already
 * shows as a demo (kx@jj5/g beside postgres://dbuser:kx%40jj5%2Fg@pghost10) is one wherever it recurs.
 */
export function judgeDemoValues(
  matches: readonly SecretMatch[],
  context: Context,
  path: string,
): Map<SecretMatch, string> {
  const verdicts = new Map<SecretMatch, string>();
  const demoLines = new Map<string, number>();
  for (const match of matches) {
    const reason = judgeDemo(match, context, path);
    if (reason === undefined) continue;
    verdicts.set(match, reason);
    const value = decodePercent(match.secret);
    if (!demoLines.has(value)) demoLines.set(value, match.line);
  }
  if (!isReaderFile(context, path) || demoLines.size === 0) return verdicts;
  for (const match of matches) {
    const line = demoLines.get(decodePercent(match.secret));
    if (line !== undefined && !verdicts.has(match))
      verdicts.set(match, `the same value is a demo value on line ${line}`);
  }
  return verdicts;
}
