import type { Note } from '../findings/note.js';
import { ok, type Result } from '../findings/result.js';
import type { Finding } from '../findings/types.js';
import { EMPTY_TREE } from '../git/repo.js';
import { withLedgerLock } from '../ledger/lock.js';
import { LEDGER_PATH } from '../ledger/types.js';
import { noteCredentialShapes } from './binary-strings.js';
import { carryPendingRefresh, hasPendingRefresh } from './deferred-refresh.js';
import { allowedByDecision, type GateCandidate } from './gate.js';
import { gateDiff } from './gate-diff.js';
import { checkStagedLedger, editLedger } from './ledger-edit.js';
import { replaceEntries } from './update-ledger.js';
import type { Workspace } from './workspace.js';

// The pre-commit gate, top to bottom: the index against HEAD through the gate; a ledger staged by
// hand is checked; when nothing blocks, a refresh the merge hooks deferred is carried and the ledger
// takes the commit's findings (under the pre-commit framework it stays as it is).

export interface StagedRequest {
  /** False for --no-ledger (pre-merge-commit): check only. */
  updateLedger: boolean;
  /** The pre-commit framework treats a file a hook changes as a failure: leave the ledger alone. */
  readOnly: boolean;
  now: Date;
  env: NodeJS.ProcessEnv;
  mark: (phase: string) => void;
}

export interface StagedCheck {
  blocking: GateCandidate[];
  passed: Finding[];
  notes: Note[];
  /** What carrying a deferred refresh did, one line each. */
  carried: string[];
  /** 'read-only': the ledger would have changed, and was left for `git-value scan`. */
  ledger: 'unchanged' | 'updated' | 'read-only';
  filesAnalysed: number;
  findings: number;
}

export async function checkStaged(workspace: Workspace, request: StagedRequest): Promise<Result<StagedCheck>> {
  const { repo } = workspace;
  const { mark } = request;
  const gate = await gateDiff(workspace, ['--cached', repo.head ?? EMPTY_TREE], request.env, mark);
  if (!gate.ok) return gate;
  const { changeSet, findings, ranPrefixes, blocking, allowed, passed } = gate.value;
  const stagedLedger = changeSet.changes.find((change) => change.path === LEDGER_PATH && change.newBlob);
  if (stagedLedger) {
    const checked = checkStagedLedger(repo, stagedLedger.newBlob as string);
    if (!checked.ok) return checked;
  }
  const shapes = await noteCredentialShapes(changeSet.binaryStrings, changeSet.configFor);
  const result: StagedCheck = {
    blocking,
    passed,
    notes: [...changeSet.notes, ...shapes],
    carried: [],
    ledger: 'unchanged',
    filesAnalysed: changeSet.files.length,
    findings: findings.length,
  };
  if (blocking.length > 0 || !request.updateLedger) return ok(result);
  if (!request.readOnly && hasPendingRefresh(repo.gitDir)) {
    const carried = await withLedgerLock(repo.root, () => carryPendingRefresh(repo.root, repo.gitDir, repo.head));
    if (!carried.ok) return carried;
    result.carried = carried.value;
    mark('carry the deferred refresh');
  }
  if (changeSet.touchedPaths.size === 0) return ok(result);
  if (request.readOnly) return ok({ ...result, ledger: 'read-only' });
  const today = request.now.toISOString().slice(0, 10);
  const updated = await editLedger(repo, { check: 'known', stage: true, flush: false }, (source) => {
    mark('read ledger');
    const resolved = repo.head ? { parent: repo.head, at: today } : { at: today };
    const next = replaceEntries(source, changeSet.touchedPaths, findings, {
      firstSeen: today,
      resolved,
      isReconciled: (ruleId) => ranPrefixes.some((prefix) => ruleId.startsWith(prefix)),
      copySources: allowedByDecision(allowed),
    });
    return ok(next.changed ? { value: undefined, write: { pieces: next.pieces } } : { value: undefined });
  });
  mark('write and stage ledger');
  if (!updated.ok) return updated;
  return ok({ ...result, ledger: updated.value.written ? 'updated' : 'unchanged' });
}
