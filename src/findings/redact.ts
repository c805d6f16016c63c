// Every secret shown anywhere goes through here: the first 4 characters at most, then the length.
// Short values show fewer characters, so a 6-character password never shows most of itself.

export function redactSecret(value: string): string {
  const visible = value.length >= 16 ? 4 : value.length >= 8 ? 2 : 0;
  return `${value.slice(0, visible)}…(${value.length} chars)`;
}

/** Replace every occurrence of `secret` in `text` by its redaction (for titles and context lines). */
export function redactIn(text: string, secret: string): string {
  if (!secret) return text;
  return text.split(secret).join(redactSecret(secret));
}
