// What a run left out or could not do. The kind decides where a note is shown; the text is for people.

export type NoteKind =
  /** Binary, an LFS pointer, a submodule, a symbolic link: counted, listed with GIT_VALUE_DEBUG=1. */
  | 'skipped-file'
  /** Over maxFileBytes: its content is not checked at all, so always said. */
  | 'too-large'
  /** An unresolved merge conflict in the file: always said. */
  | 'conflicted'
  /** One analyzer left a file out (minified or generated code, a parse error). */
  | 'analyzer-skipped'
  /** Dates from history were limited (too many files, a git error): findings keep the scan's date. */
  | 'history'
  /** The package registry could not be asked (or not for every manifest): always said. */
  | 'registry'
  /** A binary file whose printable text looks like a credential (the hook): always said. */
  | 'credential-shaped';

export interface Note {
  kind: NoteKind;
  text: string;
}

export function note(kind: NoteKind, text: string): Note {
  return { kind, text };
}

const ALWAYS_SHOWN: ReadonlySet<NoteKind> = new Set(['too-large', 'conflicted', 'registry', 'credential-shaped']);

/** Shown without GIT_VALUE_DEBUG: what leaves findings unchecked or dependency data incomplete. */
export function isAlwaysShown(shown: Note): boolean {
  return ALWAYS_SHOWN.has(shown.kind);
}
