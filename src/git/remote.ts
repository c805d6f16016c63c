import { runGit, runGitText } from './exec.js';

/** `remote.origin.url`, when the repository has one (links in the HTML report point there). */
export function readOriginUrl(cwd: string): string | undefined {
  const url = runGitText(['config', '--get', 'remote.origin.url'], { cwd, okCodes: [1] });
  return url.ok ? url.value.trim() || undefined : undefined;
}

/** Whether git ignores `path` (repo-relative): a generated file nobody should commit by accident. */
export function isIgnored(cwd: string, path: string): boolean {
  const answer = runGit(['check-ignore', '-q', '--', path], { cwd, okCodes: [1, 128] });
  return answer.ok && answer.value.status === 0;
}
