import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runGitText } from './exec.js';

/**
 * The commits being merged, while a merge is in progress: MERGE_HEAD once git has written it, and
 * during pre-merge-commit (git 2.39 writes MERGE_HEAD only after that hook) the refs named in
 * GIT_REFLOG_ACTION, which git sets to "merge <ref>…".
 */
export function readMergeSources(root: string, gitDir: string, env: NodeJS.ProcessEnv): string[] {
  const mergeHead = join(gitDir, 'MERGE_HEAD');
  if (existsSync(mergeHead)) return readFileSync(mergeHead, 'utf8').split('\n').filter(Boolean);
  const action = env.GIT_REFLOG_ACTION ?? '';
  if (!action.startsWith('merge ')) return [];
  return action
    .slice(6)
    .split(' ')
    .filter(Boolean)
    .flatMap((ref) => {
      const resolved = runGitText(['rev-parse', '-q', '--verify', `${ref}^{commit}`], { cwd: root, okCodes: [1] });
      return resolved.ok && resolved.value.trim() ? [resolved.value.trim()] : [];
    });
}
