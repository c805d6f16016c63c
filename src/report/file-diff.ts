// What a command would change, as one unified diff (`--dry-run`): the `diff` package is imported only
// here, and only a dry run calls it (27 ms to import; never on the hook path).

export interface FileEdit {
  /** Shown as a/<path> and b/<path>: relative to the work tree's root. */
  path: string;
  /** The content now, or null when the file does not exist. */
  before: string | null;
  /** The content after, or null when the file would be deleted. */
  after: string | null;
  /** Its permission bits after (0o755 for a script), when the edit sets them. */
  mode?: number;
}

export async function renderFileDiffs(edits: readonly FileEdit[]): Promise<string> {
  const { createTwoFilesPatch } = await import('diff');
  return edits
    .filter((edit) => edit.before !== edit.after)
    .map((edit) => {
      const patch = createTwoFilesPatch(
        edit.before === null ? '/dev/null' : `a/${edit.path}`,
        edit.after === null ? '/dev/null' : `b/${edit.path}`,
        edit.before ?? '',
        edit.after ?? '',
        undefined,
        undefined,
        { context: 3 },
      );
      // the package opens with an "Index:" line and a rule; git's patches start at "---"
      const mode = (edit.mode ?? 0o644) & 0o111 ? '100755' : '100644';
      const kind =
        edit.before === null ? `new file mode ${mode}\n` : edit.after === null ? `deleted file mode ${mode}\n` : '';
      return `diff --git a/${edit.path} b/${edit.path}\n${kind}${patch.slice(patch.indexOf('--- '))}`;
    })
    .join('');
}
