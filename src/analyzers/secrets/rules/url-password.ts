// A password inside a URL (scheme://user:password@host) is only a finding when it looks chosen,
// not written for the reader: documentation and compose files are full of user:password@localhost.
const PLACEHOLDERS = new Set([
  'password',
  'passwd',
  'pass',
  'pwd',
  'secret',
  'admin',
  'root',
  'user',
  'username',
  'guest',
  'test',
  'postgres',
  'mysql',
  'redis',
  'mongo',
  'rabbitmq',
  'letmein',
  'changeit',
  'default',
  'token',
  'pw',
]);

/**
 * The part between ':' and '@': a regex source that stops at URL delimiters and template markers.
 * Its floor of 6 is isChosenPassword's, so short values never become candidates to reject.
 */
export const URL_PASSWORD = '[^\\s:@/?#\'"`<>{}$\\\\]{6,128}';
/** The user part before ':'. */
export const URL_USER = '[^\\s:@/?#\'"`<>{}$\\\\]{1,64}';
/** The first character of a host name or bracketed IPv6 address after '@'. */
export const URL_HOST_START = '[A-Za-z0-9[]';

/** Percent-escapes decoded one byte at a time, so a stray '%' cannot throw as decodeURIComponent does. */
function decodePercent(text: string): string {
  return text.replace(/%([0-9A-Fa-f]{2})/g, (_escape, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function isChosenPassword(secret: string): boolean {
  const password = decodePercent(secret);
  if (password.length < 6) return false;
  if (PLACEHOLDERS.has(password.toLowerCase())) return false;
  // Filled in later by a shell, a template engine or the reader.
  if (/\$\{|\{\{|^\$[A-Za-z_(]|^%[A-Za-z_]+%$|^<[^>]*>$/.test(password)) return false;
  // Too few distinct characters ("xxxxxx", "aaa111"), or lower-case words alone ("mysecretpassword",
  // WordPress's "password_here"): documentation writes those, people and generators rarely do.
  if (new Set(password).size < 4) return false;
  return !/^[a-z_.-]+$/.test(password);
}
