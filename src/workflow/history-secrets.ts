import { isPassedAsDemo } from '../analyzers/analyze-files.js';
import { credentialAnalyzer, optionsOf, type FileAnalyzer } from '../analyzers/registry.js';
import { compileGlobs } from '../config/glob.js';
import type { Config } from '../config/types.js';
import { compareText } from '../findings/create-finding.js';
import { ok, type Result } from '../findings/result.js';
import type { Finding } from '../findings/types.js';
import { streamPatches, type FilePatch, type PatchStreamOptions, type PatchStreamStats } from '../git/patch-stream.js';
import type { ContextResolver } from './path-contexts.js';

/** A credential found in history: one per value (rule + fingerprint), with every commit and path that added it. */
export interface HistorySecret {
  /** The finding where the oldest commit added it (path and line of that commit's version). */
  finding: Finding;
  /** Commits that added it, with their dates, oldest first. */
  commits: { commit: string; date: string }[];
  paths: string[];
}

export interface HistoryScan {
  secrets: HistorySecret[];
  commits: number;
  /** Bytes of patch text git wrote. */
  bytes: number;
  /** File changes analysed, and those skipped as the same change (same blobs before and after) seen in another commit. */
  analysed: number;
  repeated: number;
}

const WHOLE = [{ start: 1, end: Number.MAX_SAFE_INTEGER }];
const INLINE_ALLOW = 'git-value:allow';

/**
 * The secret rules over what every commit of `revisions` added (`git log -p -U0`, streamed). A change
 * git shows twice with the same blobs (a cherry-pick onto the same content, a branch rewritten without
 * touching that file) is analysed once and its findings credited to each commit. Paths the root config
 * ignores are skipped; a value marked `git-value:allow` on its line is not reported.
 */
export async function scanHistorySecrets(
  root: string,
  config: Config,
  contexts: ContextResolver,
  revisions: readonly string[],
  onProgress: (stats: PatchStreamStats) => void = () => {},
  streamOptions: PatchStreamOptions = {},
): Promise<Result<HistoryScan>> {
  const entry = credentialAnalyzer();
  if (!entry) return ok({ secrets: [], commits: 0, bytes: 0, analysed: 0, repeated: 0 });
  const secrets: FileAnalyzer = await entry.load();
  const options = optionsOf(entry, config);
  const isIgnored = compileGlobs(config.ignore);
  const found = new Map<string, HistorySecret & { oldest: string }>();
  // blob pair -> keys of what it held (most pairs hold nothing: only those with findings keep a list)
  const seenChanges = new Map<string, string[] | undefined>();
  let analysed = 0;
  let repeated = 0;
  const credit = (key: string, patch: FilePatch, finding?: Finding) => {
    let secret = found.get(key);
    if (!secret) {
      if (!finding) return;
      found.set(key, (secret = { finding, commits: [], paths: [], oldest: patch.date }));
    }
    const last = secret.commits[secret.commits.length - 1];
    if (!last || last.commit !== patch.commit) secret.commits.push({ commit: patch.commit, date: patch.date });
    if (!secret.paths.includes(patch.path)) secret.paths.push(patch.path);
    // git log lists newest first: an older commit's finding names the place it was first added
    if (finding && patch.date <= secret.oldest) [secret.finding, secret.oldest] = [finding, patch.date];
  };
  const onPatch = (patch: FilePatch) => {
    if (isIgnored(patch.path)) return;
    const change = `${patch.before}..${patch.after}`;
    if (seenChanges.has(change)) {
      repeated++;
      for (const key of seenChanges.get(change) ?? []) credit(key, patch);
      return;
    }
    analysed++;
    const text = patch.lines.join('\n');
    const findings = secrets.analyze({
      path: patch.path,
      text,
      changed: WHOLE,
      options,
      context: contexts(patch.path).context,
    });
    const keys: string[] = [];
    for (const finding of findings) {
      const index = finding.line - 1;
      // as in a scan: a demo value (scott/tiger, a URL to localhost) is passed, an inline allow honoured
      if (isPassedAsDemo(finding)) continue;
      if (patch.lines[index]?.includes(INLINE_ALLOW) || patch.lines[index - 1]?.includes(INLINE_ALLOW)) continue;
      const line = patch.lineNumbers[index] ?? finding.line;
      const endLine =
        finding.endLine === undefined ? undefined : (patch.lineNumbers[finding.endLine - 1] ?? finding.endLine);
      const placed: Finding = { ...finding, line, ...(endLine !== undefined && endLine !== line ? { endLine } : {}) };
      if (endLine === undefined || endLine === line) delete placed.endLine;
      const key = `${finding.ruleId}\0${finding.fingerprint}`;
      keys.push(key);
      credit(key, patch, placed);
    }
    seenChanges.set(change, keys.length ? keys : undefined);
  };
  const streamed = await streamPatches(root, revisions, onPatch, onProgress, streamOptions);
  if (!streamed.ok) return streamed;
  const list = [...found.values()].map(({ oldest: _oldest, ...secret }) => ({
    ...secret,
    commits: [...secret.commits].sort((a, b) => compareText(a.date, b.date) || compareText(a.commit, b.commit)),
    paths: [...secret.paths].sort(compareText),
  }));
  return ok({ secrets: list, commits: streamed.value.commits, bytes: streamed.value.bytes, analysed, repeated });
}
