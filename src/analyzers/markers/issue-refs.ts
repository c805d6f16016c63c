// Who or what a marker points at: `TODO(#123)`, `TODO(alice)`, `FIXME JIRA-42`,
// `TODO: see https://github.com/o/r/issues/12`. The reference lets the backlog link the tracker.

export interface MarkerRefs {
  issueRef?: string;
  owner?: string;
}

const ISSUE_NUMBER = /^#\d{1,9}$/;
const TRACKER_KEY = /^[A-Z][A-Z0-9]{1,9}-\d{1,9}$/;
const OWNER = /^@?[\w][\w.-]{0,38}$/;
const ISSUE_URL = /https?:\/\/[^\s)]{1,200}?\/(?:issues|pull|merge_requests)\/(\d{1,9})/;
const KEY_IN_TEXT = /(?<![\w-])([A-Z][A-Z0-9]{1,9}-\d{1,9})(?![\w-])/;
const NUMBER_IN_TEXT = /(?<![\w&/#])#(\d{1,9})(?!\w)/;

/** `parenthesised` is the text of `TODO(…)`, if any; `note` the rest of the comment line. */
export function readMarkerRefs(parenthesised: string | undefined, note: string): MarkerRefs {
  const refs: MarkerRefs = {};
  for (const item of (parenthesised ?? '').split(/[\s,;]+/)) {
    if (!item) continue;
    if (ISSUE_NUMBER.test(item) || TRACKER_KEY.test(item)) refs.issueRef ??= item;
    else if (OWNER.test(item)) refs.owner ??= item.replace(/^@/, '');
  }
  if (refs.issueRef) return refs;
  const url = ISSUE_URL.exec(note);
  const key = KEY_IN_TEXT.exec(note);
  const number = NUMBER_IN_TEXT.exec(note);
  const issueRef = url ? `#${url[1]}` : key ? key[1] : number ? `#${number[1]}` : undefined;
  if (issueRef) refs.issueRef = issueRef;
  return refs;
}
