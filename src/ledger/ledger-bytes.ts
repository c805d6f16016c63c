import { createHash, type Hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';

// Random access to the ledger's bytes, from memory or straight from the file. The hook opens the
// file and reads only the windows its binary searches land on: on the VMs we measure on, touching
// fresh memory costs ~4 ms per MB, so reading a 5 MB ledger whole (plus a copy to write it back)
// cost more than the rest of the ledger update together.

export interface LedgerBytes {
  readonly size: number;
  /** Bytes [start, end); a view when it can be, a copy when the range spans windows. */
  slice(start: number, end: number): Buffer;
  /** First offset >= from holding `byte`, or -1. */
  indexOf(byte: number, from: number): number;
  /** Last offset <= from holding `byte`, or -1. */
  lastIndexOf(byte: number, from: number): number;
  /** Every byte (reads the file whole when it is one). */
  whole(): Buffer;
  /** Whether any of `patterns` occurs anywhere (streams a file through one small buffer). */
  includesAny(patterns: readonly Buffer[]): boolean;
  /** SHA-256 of every byte, hex (streams a file through one small buffer). */
  digest(): string;
  /** Writes bytes [start, end) to `fd` (streams a file through one small buffer), hashing them into `hash`. */
  writeRange(fd: number, start: number, end: number, hash?: Hash): void;
  close(): void;
}

const STREAM_CHUNK = 256 * 1024;

/** The digest that names a ledger's content (ledger-trust.ts keeps those known to be valid). */
export function newLedgerHash(): Hash {
  return createHash('sha256');
}

export function writeAll(fd: number, bytes: Buffer, hash?: Hash): void {
  hash?.update(bytes);
  for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written, bytes.length - written);
}

export function memoryBytes(buffer: Buffer): LedgerBytes {
  return {
    size: buffer.length,
    slice: (start, end) => buffer.subarray(start, end),
    indexOf: (byte, from) => buffer.indexOf(byte, from),
    lastIndexOf: (byte, from) => (from < 0 ? -1 : buffer.lastIndexOf(byte, from)),
    whole: () => buffer,
    includesAny: (patterns) => patterns.some((pattern) => buffer.includes(pattern)),
    digest: () => newLedgerHash().update(buffer).digest('hex'),
    writeRange: (fd, start, end, hash) => writeAll(fd, buffer.subarray(start, end), hash),
    close: () => {},
  };
}

const WINDOW_BITS = 12; // 4 KB: one page, about a dozen ledger lines
const WINDOW = 1 << WINDOW_BITS;

/** A read-only view of a file; throws what fs throws (callers turn it into a Result). */
export function fileBytes(path: string): LedgerBytes {
  const fd = openSync(path, 'r');
  let size: number;
  try {
    size = fstatSync(fd).size;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  const windows = new Map<number, Buffer>();
  const window = (index: number): Buffer => {
    let bytes = windows.get(index);
    if (!bytes) {
      const start = index * WINDOW;
      bytes = Buffer.allocUnsafe(Math.min(WINDOW, size - start));
      let read = 0;
      while (read < bytes.length) {
        const count = readSync(fd, bytes, read, bytes.length - read, start + read);
        if (count === 0) throw new Error(`${path} shrank while it was read`);
        read += count;
      }
      windows.set(index, bytes);
    }
    return bytes;
  };
  let closed = false;
  let all: Buffer | undefined;
  let chunk: Buffer | undefined;
  const readChunk = (start: number, length: number): Buffer => {
    chunk ??= Buffer.allocUnsafe(STREAM_CHUNK);
    const target = chunk.subarray(0, length);
    for (let read = 0; read < length;) {
      const count = readSync(fd, target, read, length - read, start + read);
      if (count === 0) throw new Error(`${path} shrank while it was read`);
      read += count;
    }
    return target;
  };
  const view: LedgerBytes = {
    size,
    slice(start, end) {
      const from = Math.max(0, start);
      const to = Math.min(size, end);
      if (to <= from) return Buffer.alloc(0);
      const first = from >> WINDOW_BITS;
      const last = (to - 1) >> WINDOW_BITS;
      if (first === last) return window(first).subarray(from - first * WINDOW, to - first * WINDOW);
      const parts: Buffer[] = [];
      for (let index = first; index <= last; index++) {
        const base = index * WINDOW;
        parts.push(window(index).subarray(Math.max(from, base) - base, Math.min(to, base + WINDOW) - base));
      }
      return Buffer.concat(parts);
    },
    indexOf(byte, from) {
      for (let index = Math.max(0, from) >> WINDOW_BITS; index * WINDOW < size; index++) {
        const base = index * WINDOW;
        const found = window(index).indexOf(byte, Math.max(0, from - base));
        if (found !== -1) return base + found;
      }
      return -1;
    },
    lastIndexOf(byte, from) {
      if (from < 0) return -1;
      for (let index = Math.min(from, size - 1) >> WINDOW_BITS; index >= 0; index--) {
        const base = index * WINDOW;
        const bytes = window(index);
        const found = bytes.lastIndexOf(byte, Math.min(from - base, bytes.length - 1));
        if (found !== -1) return base + found;
      }
      return -1;
    },
    whole() {
      if (!all) {
        all = Buffer.allocUnsafe(size);
        for (let read = 0; read < size;) {
          const count = readSync(fd, all, read, size - read, read);
          if (count === 0) throw new Error(`${path} shrank while it was read`);
          read += count;
        }
      }
      return all;
    },
    includesAny(patterns) {
      if (all) return patterns.some((pattern) => all!.includes(pattern));
      // consecutive chunks overlap by the longest pattern, so none is missed across a boundary
      const overlap = Math.max(0, ...patterns.map((pattern) => pattern.length - 1));
      for (let start = 0; start < size; start += STREAM_CHUNK - overlap) {
        const bytes = readChunk(start, Math.min(STREAM_CHUNK, size - start));
        if (patterns.some((pattern) => bytes.includes(pattern))) return true;
        if (start + bytes.length >= size) break;
      }
      return false;
    },
    digest() {
      const hash = newLedgerHash();
      if (all) return hash.update(all).digest('hex');
      for (let at = 0; at < size; at += STREAM_CHUNK) hash.update(readChunk(at, Math.min(STREAM_CHUNK, size - at)));
      return hash.digest('hex');
    },
    writeRange(out, start, end, hash) {
      if (all) return writeAll(out, all.subarray(start, end), hash);
      for (let at = start; at < end; at += STREAM_CHUNK)
        writeAll(out, readChunk(at, Math.min(STREAM_CHUNK, end - at)), hash);
    },
    close() {
      if (!closed) closeSync(fd);
      closed = true;
    },
  };
  return view;
}
