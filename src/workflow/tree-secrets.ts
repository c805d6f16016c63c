import { isPassedAsDemo } from '../analyzers/analyze-files.js';
import { decodeBlob } from '../analyzers/decode-text.js';
import { credentialAnalyzer, optionsOf } from '../analyzers/registry.js';
import { compileGlobs } from '../config/glob.js';
import type { Config } from '../config/types.js';
import { ok, type Result } from '../findings/result.js';
import { readBlobs } from '../git/blobs.js';
import type { TrackedFile } from '../git/tracked-files.js';
import type { Finding } from '../findings/types.js';
import type { ContextResolver } from './path-contexts.js';

const BATCH_BYTES = 8 * 1024 * 1024;
const WHOLE = [{ start: 1, end: Number.MAX_SAFE_INTEGER }];

/**
 * Rule + fingerprint keys of every credential the tracked files hold (the secret rules alone, each value
 * once: no n-th-copy suffix), so a history finding can say whether the tree still holds its value.
 */
export async function readTreeSecretKeys(
  root: string,
  files: readonly TrackedFile[],
  config: Config,
  contexts: ContextResolver,
  /** A file's findings when a scan already has them (the analysis cache): only the rest are read. */
  cached: (file: TrackedFile) => readonly Finding[] | undefined = () => undefined,
): Promise<Result<Set<string>>> {
  const keys = new Set<string>();
  const entry = credentialAnalyzer();
  if (!entry) return ok(keys);
  const secrets = await entry.load();
  const options = optionsOf(entry, config);
  const isIgnored = compileGlobs(config.ignore);
  const wanted = files.filter((file) => {
    if (file.mode === '160000' || file.mode === '120000' || isIgnored(file.path)) return false;
    const known = cached(file);
    if (!known) return true;
    // the n-th copy of a value in a file has its own fingerprint there; the first copy gives the value's key
    for (const finding of known)
      if (finding.category === 'secret') keys.add(`${finding.ruleId}\0${finding.fingerprint}`);
    return false;
  });
  for (let start = 0; start < wanted.length;) {
    const batch: TrackedFile[] = [];
    let bytes = 0;
    while (start < wanted.length && (batch.length === 0 || bytes < BATCH_BYTES)) {
      const file = wanted[start++] as TrackedFile;
      batch.push(file);
      bytes += file.indexSize ?? 0;
    }
    const read = readBlobs(
      root,
      batch.map((file) => file.blob),
    );
    if (!read.ok) return read;
    for (const file of batch) {
      const blob = read.value.get(file.blob);
      const decoded = blob ? decodeBlob(blob, config.maxFileBytes) : undefined;
      if (!decoded || !('text' in decoded)) continue;
      const found = secrets.analyze({
        path: file.path,
        text: decoded.text,
        changed: WHOLE,
        options,
        context: contexts(file.path).context,
      });
      for (const finding of found) if (!isPassedAsDemo(finding)) keys.add(`${finding.ruleId}\0${finding.fingerprint}`);
    }
  }
  return ok(keys);
}
