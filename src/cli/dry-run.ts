import type { FileEdit } from '../report/file-diff.js';
import { dryRunClosing, setupLines } from './messages.js';
import type { Outcome } from './output.js';

// Every --dry-run (init, uninstall, allow, done, merge-driver) answers the same way: the files it
// would change as one unified diff on standard output (a patch to read or apply), what it would do
// on standard error, nothing written. The diff package is loaded only here, only by a dry run.
export async function dryRunOutcome(
  command: string,
  edits: readonly (FileEdit | undefined)[],
  steps: readonly string[],
  exitCode: Outcome['exitCode'] = 0,
): Promise<Outcome> {
  const { renderFileDiffs } = await import('../report/file-diff.js');
  const patch = await renderFileDiffs(edits.filter((edit): edit is FileEdit => edit !== undefined));
  return { exitCode, stdout: patch, stderr: setupLines(command, [...steps, dryRunClosing(patch !== '')]) };
}
