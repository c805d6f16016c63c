import { decodeBlob } from '../analyzers/decode-text.js';
import { readBlobs } from '../git/blobs.js';
import type { TrackedFile } from '../git/tracked-files.js';

const MAX_READ_BYTES = 4 * 1024 * 1024;

/**
 * `read(path)` for repository-level analyzers (manifests, CI files): the staged content, fetched on
 * demand and cached; texts already read by the scan can be offered up front with `remember`.
 */
export function createRepoReader(cwd: string, files: readonly TrackedFile[]) {
  const blobOf = new Map(files.map((file) => [file.path, file.blob]));
  const cache = new Map<string, string | undefined>();
  return {
    remember(path: string, text: string): void {
      cache.set(path, text);
    },
    read(path: string): string | undefined {
      if (cache.has(path)) return cache.get(path);
      const blob = blobOf.get(path);
      let text: string | undefined;
      if (blob) {
        const read = readBlobs(cwd, [blob]);
        const bytes = read.ok ? read.value.get(blob) : undefined;
        const decoded = bytes ? decodeBlob(bytes, MAX_READ_BYTES) : undefined;
        text = decoded && 'text' in decoded ? decoded.text : undefined;
      }
      cache.set(path, text);
      return text;
    },
  };
}
