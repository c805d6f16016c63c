// The reason written after a `git-value:allow` comment (`# git-value:allow test fixture, revoked`),
// kept in the ledger as the allow's reason. The comment sits next to the value it allows, so any
// token-like word in it is redacted before it can reach the ledger.

const MAX_REASON = 200;
// comment closers after the reason: */ --> %> #} }}
const CLOSER = /\s*(?:\*\/|-->|%>|#\}|\}\})\s*$/;
// 20+ characters of a token alphabet holding a digit: a key, hash or token, never a word of prose
const TOKEN_LIKE = /[A-Za-z0-9_+/=.-]{20,}/g;

/** `rest` is the text after the marker on its line; undefined when it holds no words. */
export function readInlineAllowReason(rest: string): string | undefined {
  const reason = rest
    .replace(CLOSER, '')
    .replace(/^[\s:=—–-]+/, '')
    .replace(TOKEN_LIKE, (word) => (/\d/.test(word) ? '…' : word))
    .replace(/\s+/g, ' ')
    .trim();
  if (!/[A-Za-z]/.test(reason)) return undefined;
  return reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON - 1)}…` : reason;
}
