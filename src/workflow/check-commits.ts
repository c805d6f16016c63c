import { fail, ok, type Result } from '../findings/result.js';
import type { Finding } from '../findings/types.js';
import { firstParentOf, listCommitsOldestFirst } from '../git/commit-list.js';
import type { GateCandidate } from './gate.js';
import { gateDiff } from './gate-diff.js';
import type { Workspace } from './workspace.js';

// The gate over commits that exist (check --range in CI, check --pre-push): each commit against its
// first parent, each value reported once, at the first commit that adds it.

export interface CommitsCheck {
  /** The commits checked, oldest first. */
  commits: string[];
  blocking: (GateCandidate & { commit: string })[];
  passed: Finding[];
}

export async function checkCommits(
  workspace: Workspace,
  revisions: readonly string[],
  range: string,
  env: NodeJS.ProcessEnv,
): Promise<Result<CommitsCheck>> {
  const { repo } = workspace;
  const listed = listCommitsOldestFirst(repo.root, revisions);
  if (!listed.ok)
    return fail({
      code: 'USAGE',
      message: `cannot list the commits in '${range}'`,
      fix: 'give a range git understands, such as origin/main..HEAD (fetch first if a ref is missing)',
      cause: listed.error.cause,
    });
  const result: CommitsCheck = { commits: listed.value, blocking: [], passed: [] };
  const seen = new Set<string>();
  for (const commit of listed.value) {
    const parent = firstParentOf(repo.root, commit);
    if (!parent.ok) return parent;
    const gate = await gateDiff(workspace, [parent.value, commit], env);
    if (!gate.ok) return gate;
    for (const candidate of gate.value.blocking) {
      const key = `${candidate.finding.path}\0${candidate.finding.fingerprint}`;
      if (!seen.has(key)) result.blocking.push({ ...candidate, commit });
      seen.add(key);
    }
    for (const finding of gate.value.passed) {
      const key = `${finding.path}\0${finding.fingerprint}`;
      if (!seen.has(key)) result.passed.push(finding);
      seen.add(key);
    }
  }
  return ok(result);
}
