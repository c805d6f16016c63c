import { analyzeFiles, enabledAnalyzers } from '../analyzers/analyze-files.js';
import type { ConfigFor } from '../config/package-configs.js';
import { touches } from '../findings/line-ranges.js';
import { ok, type Result } from '../findings/result.js';
import type { Finding } from '../findings/types.js';
import { firstParentOf } from '../git/commit-list.js';
import { makeEntryId } from '../ledger/entry-id.js';
import { readChanges } from './read-changes.js';

/**
 * The finding with this id (or unique id prefix) that one of `commits` adds, looked for commit by
 * commit as the pre-push gate found it: the id a refused push printed is in no ledger, since the
 * commit's own hook never recorded it (`--no-verify`), and HEAD may no longer hold it at all.
 */
export async function findFindingAddedBy(
  root: string,
  commits: readonly string[],
  id: string,
  resolveConfigs: (paths: string[]) => Promise<Result<ConfigFor>>,
): Promise<Result<Finding | undefined>> {
  for (const commit of commits) {
    const parent = firstParentOf(root, commit);
    if (!parent.ok) return parent;
    const changes = await readChanges(root, [parent.value, commit], resolveConfigs);
    if (!changes.ok) return changes;
    const run = await analyzeFiles(changes.value.files, changes.value.configFor, (config) =>
      enabledAnalyzers(config, 'hook'),
    );
    const added = new Map(changes.value.files.map((file) => [file.path, file.added]));
    const found = run.findings.find(
      (finding) =>
        makeEntryId(finding.ruleId, finding.path, finding.fingerprint).startsWith(id) &&
        touches(added.get(finding.path) ?? [], finding.line, finding.endLine ?? finding.line),
    );
    if (found) return ok(found);
  }
  return ok(undefined);
}
