import { analyzeFiles, enabledAnalyzers } from '../analyzers/analyze-files.js';
import { touches } from '../findings/line-ranges.js';
import { ok, type Result } from '../findings/result.js';
import type { Finding } from '../findings/types.js';
import type { LedgerEntry } from '../ledger/types.js';
import { selectBlocking, type GateCandidate } from './gate.js';
import { readGateFacts } from './gate-facts.js';
import { readChanges, type ChangeSet } from './read-changes.js';
import type { Workspace } from './workspace.js';

export interface GateRun {
  changeSet: ChangeSet;
  findings: Finding[];
  ranPrefixes: string[];
  blocking: GateCandidate[];
  /** Ledger entries whose allow let a finding through (read only when a security finding was found). */
  allowed: LedgerEntry[];
  /** Demo values on the lines the diff adds: passed, and said so. */
  passed: Finding[];
}

/**
 * One diff through the hook's analyzers and the gate (`isGated`): what the new side adds, what blocks,
 * what passed as a demo value. Shared by check --staged (index against HEAD) and each commit of a range.
 */
export async function gateDiff(
  workspace: Workspace,
  diffArgs: readonly string[],
  env: NodeJS.ProcessEnv,
  mark: (phase: string) => void = () => {},
): Promise<Result<GateRun>> {
  const { repo } = workspace;
  const changeSet = await readChanges(repo.root, [...diffArgs], workspace.resolveConfigs);
  if (!changeSet.ok) return changeSet;
  mark(`read ${changeSet.value.files.length} changed files`);
  const { configFor } = changeSet.value;
  const run = await analyzeFiles(changeSet.value.files, configFor, (config) => enabledAnalyzers(config, 'hook'));
  mark(`analyse (${run.findings.length} findings)`);
  const facts = readGateFacts({ ...repo, ...changeSet.value, env });
  const blocking = await selectBlocking(run.findings, configFor, facts);
  if (!blocking.ok) return blocking;
  mark('gate');
  return ok({
    changeSet: changeSet.value,
    findings: run.findings,
    ranPrefixes: run.ranPrefixes,
    blocking: blocking.value,
    allowed: facts.allowedEntriesRead(),
    passed: run.passed.filter((finding) =>
      touches(facts.added.get(finding.path) ?? [], finding.line, finding.endLine ?? finding.line),
    ),
  });
}
