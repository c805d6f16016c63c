// Which commits fixed a bug, from their subject line: what the history says a file has cost its
// maintainers. Conventional commits other than `fix` (chore, docs, refactor, feat…) and fixes of the
// tooling rather than the code (a typo, lint, types, CI) are not bug fixes; a commit touching many
// files at once (FIX_SWEEP_FILES) is a sweep (a rename, a lint rule applied everywhere), not evidence
// about any one of them.

const FIX_WORDS = /\b(?:fix(?:e[sd]|ing)?|bug(?:s|fix(?:es)?)?|regressions?|crash(?:es|ed|ing)?|hotfix(?:es)?)\b/i;
const OTHER_KIND = /^(?:chore|docs?|build|ci|tests?|refactor|style|perf|feat|revert|release|deps?)(?:\([^)]*\))?!?:/i;
const NOT_CODE =
  /\b(?:typos?|spelling|lint(?:s|ing|er)?|pre-commit|autofix(?:es)?|auto fix(?:es)?|whitespace|formatting|mypy|pyright|flake8|ruff|typing|types?(?: errors?| hints?| checks?)|annotations?|CI|docs?|documentation|changelog|readme|[A-Z]{1,4}\d{3,4})\b/i;

/** More files than this in one commit make it a sweep, not a fix of each file. */
export const FIX_SWEEP_FILES = 20;

export function isBugFixSubject(subject: string): boolean {
  return FIX_WORDS.test(subject) && !OTHER_KIND.test(subject.trim()) && !NOT_CODE.test(subject);
}
