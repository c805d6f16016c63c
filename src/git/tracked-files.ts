import { ok, type Result } from '../findings/result.js';
import { runGit } from './exec.js';

export interface TrackedFile {
  path: string;
  mode: string;
  blob: string;
}

/**
 * Files in the index (what a commit would hold), from `git ls-files -s -z`:
 * "100644 <sha> 0\tpath\0". Entries at a conflict stage (1-3) are reported apart.
 */
export function listTrackedFiles(cwd: string): Result<{ files: TrackedFile[]; conflicted: string[] }> {
  const listed = runGit(['ls-files', '-s', '-z', '--full-name'], { cwd });
  if (!listed.ok) return listed;
  const files: TrackedFile[] = [];
  const conflicted = new Set<string>();
  for (const record of listed.value.stdout.toString('utf8').split('\0')) {
    const tab = record.indexOf('\t');
    if (tab === -1) continue;
    const [mode, blob, stage] = record.slice(0, tab).split(' ');
    const path = record.slice(tab + 1);
    if (stage !== '0') conflicted.add(path);
    else files.push({ path, mode: mode as string, blob: blob as string });
  }
  return ok({ files, conflicted: [...conflicted] });
}
