import type { ConfigFor } from '../config/package-configs.js';
import { ok, type Result } from '../findings/result.js';
import type { Finding, LineRange } from '../findings/types.js';
import type { FileChange } from '../git/changes.js';
import { readMergeSources } from '../git/merge-sources.js';
import type { LedgerEntry } from '../ledger/types.js';
import { findingsAtRevision, findingsBefore } from './findings-before.js';
import { keyOf, type GateFacts } from './gate.js';
import { closeLedgerSource, openLedger } from './ledger-edit.js';
import { entriesContaining } from './update-ledger.js';

export interface GateScope {
  root: string;
  gitDir: string;
  /** The diff's changes (old sides are read for what the parent already had). */
  changes: readonly FileChange[];
  /** Added lines of each analysed file. */
  files: readonly { path: string; added: readonly LineRange[] }[];
  configFor: ConfigFor;
  env: NodeJS.ProcessEnv;
}

/** The gate's facts for one diff, each read from the repository on first need and then kept. */
export function readGateFacts(scope: GateScope): GateFacts & { allowedEntriesRead(): LedgerEntry[] } {
  let allowed: Result<LedgerEntry[]> | undefined;
  let parentKeys: Promise<Result<Set<string>>> | undefined;
  const mergeKeys = new Map<string, Promise<Result<Set<string>>>>();
  const mergeSources = once(() => readMergeSources(scope.root, scope.gitDir, scope.env));
  return {
    added: new Map(scope.files.map((file) => [file.path, file.added])),
    allowedEntries: () => (allowed ??= readAllowedEntries(scope)),
    /** The allow decisions the gate read (only when a finding it could block was added), else none. */
    allowedEntriesRead: () => (allowed?.ok ? allowed.value : []),
    async preexistingKeys(path) {
      const parent = await (parentKeys ??= keysOf(findingsBefore(scope.root, scope.changes, scope.configFor)));
      if (!parent.ok) return parent;
      let merged = mergeKeys.get(path);
      // a merge commit: what the merged branch already had was gated by its own commits
      if (!merged) mergeKeys.set(path, (merged = mergedKeys(scope, mergeSources(), path)));
      const fromMerge = await merged;
      if (!fromMerge.ok) return fromMerge;
      return ok(new Set([...parent.value, ...fromMerge.value]));
    },
  };
}

function readAllowedEntries(scope: GateScope): Result<LedgerEntry[]> {
  const source = openLedger(scope, 'known');
  if (!source.ok) return source;
  try {
    // allows are bound to fingerprints, wherever they were given: only those lines need parsing
    return ok(entriesContaining(source.value.ledger, '"allow":{'));
  } finally {
    closeLedgerSource(source.value);
  }
}

async function mergedKeys(scope: GateScope, sources: readonly string[], path: string): Promise<Result<Set<string>>> {
  const keys = new Set<string>();
  for (const source of sources) {
    const merged = await findingsAtRevision(scope.root, source, [path], scope.configFor);
    if (!merged.ok) return merged;
    for (const finding of merged.value) keys.add(keyOf(finding));
  }
  return ok(keys);
}

async function keysOf(findings: Promise<Result<Finding[]>>): Promise<Result<Set<string>>> {
  const read = await findings;
  return read.ok ? ok(new Set(read.value.map(keyOf))) : read;
}

function once<T>(compute: () => T): () => T {
  let value: { of: T } | undefined;
  return () => (value ??= { of: compute() }).of;
}
