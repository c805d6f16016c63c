import { note, type Note } from '../findings/note.js';

// Blob bytes → text an analyzer can read, or the reason it is skipped. git's own binary test (a NUL
// byte in the first 8,000 bytes) decides binary, after UTF-16 (with a BOM, or without one when the
// NULs fall in every other byte and the text reads as text), whose text is full of NULs.

export type SkipReason = 'binary' | 'too large' | 'lfs pointer';
export type Decoded = { text: string } | { skipped: SkipReason };

/** The note a skipped file leaves: one too large to read is always said, the others are counted. */
export function skippedNote(reason: SkipReason, text: string): Note {
  return note(reason === 'too large' ? 'too-large' : 'skipped-file', text);
}

export function decodeBlob(bytes: Buffer, maxBytes: number): Decoded {
  if (bytes.length > maxBytes) return { skipped: 'too large' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const head = bytes.subarray(0, 8000);
  if (head.includes(0)) {
    const encoding = utf16WithoutBom(head);
    const text = encoding ? new TextDecoder(encoding).decode(bytes) : undefined;
    return text !== undefined && readsAsText(text) ? { text } : { skipped: 'binary' };
  }
  // invalid UTF-8 becomes U+FFFD instead of failing: the ASCII around it (where secrets live) stays intact
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  return { text };
}

/**
 * UTF-16 written without a BOM (Windows tools do): mostly ASCII text puts a NUL in every other byte,
 * on the high side of each unit (odd offsets little-endian, even ones big-endian), never on the other.
 */
function utf16WithoutBom(head: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const units = head.length >> 1;
  if (units < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let unit = 0; unit < units; unit++) {
    if (head[2 * unit] === 0) evenZeros++;
    if (head[2 * unit + 1] === 0) oddZeros++;
  }
  if (evenZeros === 0 && oddZeros >= units * 0.6) return 'utf-16le';
  if (oddZeros === 0 && evenZeros >= units * 0.6) return 'utf-16be';
  return undefined;
}

/** Text, not bytes that happened to decode: control characters and replacement characters are rare. */
function readsAsText(text: string): boolean {
  const sample = text.slice(0, 4000);
  let odd = 0;
  for (const char of sample) {
    const code = char.charCodeAt(0);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffd) odd++;
  }
  return odd <= sample.length * 0.01;
}
