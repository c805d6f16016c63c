import { note, type Note } from '../findings/note.js';

// Blob bytes → text an analyzer can read, or the reason it is skipped. git's own binary test (a NUL
// byte in the first 8,000 bytes) decides binary, after UTF-16 BOMs, whose text is full of NULs.

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
  if (head.includes(0)) return { skipped: 'binary' };
  // invalid UTF-8 becomes U+FFFD instead of failing: the ASCII around it (where secrets live) stays intact
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  return { text };
}
