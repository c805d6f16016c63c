import type { Finding } from '../findings/types.js';
import { blameLines } from '../git/blame.js';

/** Blame costs a git call per file: past this many files a scan says so and keeps ledger dates. */
export const BLAME_FILE_LIMIT = 300;

/**
 * Debt markers get who wrote them and when (facts `author`, `written`), from blame at HEAD. Run by
 * scan and refresh, never by the pre-commit hook: a marker a commit adds is written now, by its author.
 */
export function addMarkerHistory(
  cwd: string,
  findings: Finding[],
  hasHead: boolean,
): { findings: Finding[]; note?: string } {
  if (!hasHead) return { findings };
  const byPath = new Map<string, Finding[]>();
  for (const finding of findings)
    if (finding.ruleId.startsWith('debt/'))
      (byPath.get(finding.path) ?? (byPath.set(finding.path, []).get(finding.path) as Finding[])).push(finding);
  if (byPath.size === 0) return { findings };
  if (byPath.size > BLAME_FILE_LIMIT)
    return {
      findings,
      note: `debt markers in ${byPath.size} files: blame skipped over ${BLAME_FILE_LIMIT} files, ages count from when the ledger first saw each marker`,
    };
  const origins = new Map<Finding, { author: string; date: string }>();
  for (const [path, markers] of byPath) {
    const blamed = blameLines(
      cwd,
      path,
      markers.map((marker) => marker.line),
    );
    if (!blamed.ok) continue; // a file not in HEAD yet (staged only): no history to tell
    for (const marker of markers) {
      const origin = blamed.value.get(marker.line);
      if (origin) origins.set(marker, origin);
    }
  }
  return {
    findings: findings.map((finding) => {
      const origin = origins.get(finding);
      return origin
        ? { ...finding, facts: { ...finding.facts, author: origin.author, written: origin.date } }
        : finding;
    }),
  };
}
