import { fail, ok, type Result } from '../findings/result.js';
import { runGit } from './exec.js';

/**
 * Reads blobs in one `git cat-file --batch` call. Output per object: "<sha> blob <size>\n<bytes>\n",
 * or "<sha> missing\n".
 */
export function readBlobs(cwd: string, shas: readonly string[]): Result<Map<string, Buffer>> {
  const listed = readObjectsInOrder(cwd, shas);
  if (!listed.ok) return listed;
  const blobs = new Map<string, Buffer>();
  listed.value.forEach((bytes, index) => {
    if (bytes) blobs.set(shas[index] as string, bytes);
  });
  return ok(blobs);
}

/** Objects by any name git takes (a sha, `REV:path`), in the order asked; undefined where missing. */
export function readObjectsInOrder(cwd: string, names: readonly string[]): Result<(Buffer | undefined)[]> {
  const shas = names;
  const blobs: (Buffer | undefined)[] = [];
  if (shas.length === 0) return ok(blobs);
  // --buffer: git writes in large blocks instead of flushing after each object (~10 % on 20,000 blobs)
  const batch = runGit(['cat-file', '--batch', '--buffer'], { cwd, input: `${shas.join('\n')}\n` });
  if (!batch.ok) return batch;
  return parseBatchOutput(batch.value.stdout, shas.length);
}

/** `cat-file --batch` output for `count` names, in order; undefined where an object is missing. */
export function parseBatchOutput(out: Buffer, count: number): Result<(Buffer | undefined)[]> {
  const blobs: (Buffer | undefined)[] = [];
  let at = 0;
  while (at < out.length) {
    const headerEnd = out.indexOf(10, at);
    if (headerEnd === -1) break;
    const header = out.toString('latin1', at, headerEnd).split(' ');
    at = headerEnd + 1;
    if (header[1] === 'missing' || header[1] === 'ambiguous') {
      blobs.push(undefined);
      continue;
    }
    const size = Number(header[2]);
    if (!Number.isFinite(size))
      return fail({
        code: 'GIT_FAILED',
        message: `unexpected 'git cat-file' header: ${header.join(' ').slice(0, 80)}`,
        fix: 'report this with your git version',
      });
    blobs.push(out.subarray(at, at + size));
    at += size + 1;
  }
  while (blobs.length < count) blobs.push(undefined);
  return ok(blobs);
}

/** Sizes of objects without reading them ("<sha> blob <size>"), to skip huge files before reading. */
export function readBlobSizes(cwd: string, shas: readonly string[]): Result<Map<string, number>> {
  const sizes = new Map<string, number>();
  if (shas.length === 0) return ok(sizes);
  const batch = runGit(['cat-file', '--batch-check', '--buffer'], { cwd, input: `${shas.join('\n')}\n` });
  if (!batch.ok) return batch;
  for (const line of batch.value.stdout.toString('latin1').split('\n')) {
    const [sha, type, size] = line.split(' ');
    if (sha && type === 'blob') sizes.set(sha, Number(size));
  }
  return ok(sizes);
}
