import { credentialAnalyzer, optionsOf } from '../analyzers/registry.js';
import type { ConfigFor } from '../config/package-configs.js';
import { hashParts } from '../findings/hash.js';
import type { Result } from '../findings/result.js';
import type { Finding } from '../findings/types.js';
import { readAddedLines } from '../git/added-lines.js';
import type { LedgerEntry } from '../ledger/types.js';
import { note, type Note } from '../findings/note.js';

/** Past this many files the history pass is skipped with a note (one git log reads them all). */
export const SECRET_HISTORY_FILE_LIMIT = 300;

/**
 * A secret a scan finds for the first time (adoption, or a commit made with --no-verify) was not written
 * on HEAD's date: date it from the commit that first added it. One `git log -p` over the files that
 * hold such secrets, the secret rules over each commit's added lines, and the oldest commit whose lines
 * give the same rule and fingerprint (a secret's fingerprint is its value) sets `facts.written`, which
 * reconcile takes as first seen. Secrets the ledger already holds keep their recorded date.
 */
export async function addSecretHistory(
  root: string,
  findings: readonly Finding[],
  previous: readonly LedgerEntry[],
  resolveConfigs: (paths: string[]) => Promise<Result<ConfigFor>>,
): Promise<{ findings: Finding[]; note?: Note }> {
  const entry = credentialAnalyzer();
  if (!entry) return { findings: [...findings] };
  const known = new Set(previous.map((recorded) => `${recorded.ruleId}\0${recorded.fingerprint}`));
  const key = (finding: Finding) => `${finding.ruleId}\0${finding.fingerprint}`;
  const wanted = findings.filter((finding) => finding.ruleId.startsWith(entry.rulePrefix) && !known.has(key(finding)));
  if (wanted.length === 0) return { findings: [...findings] };
  const paths = [...new Set(wanted.map((finding) => finding.path))];
  if (paths.length > SECRET_HISTORY_FILE_LIMIT)
    return {
      findings: [...findings],
      note: note(
        'history',
        `secrets new to the ledger in ${paths.length} files: history skipped over ${SECRET_HISTORY_FILE_LIMIT} files, first seen is HEAD's date`,
      ),
    };
  const history = readAddedLines(root, paths);
  if (!history.ok)
    return { findings: [...findings], note: note('history', `secret history not read: ${history.error.message}`) };
  const configs = await resolveConfigs([...new Set(history.value.map((commit) => commit.path))]);
  if (!configs.ok) return { findings: [...findings] };
  const configFor = configs.value;
  const secrets = await entry.load();
  const firstAdded = new Map<string, string>();
  const wantedKeys = new Set(wanted.map(key));
  // the n-th copy of a value in one file has the occurrence folded into its fingerprint (n >= 1):
  // it is dated by the commit that brought the file's count of that value past n (removals ignored)
  const copiesSoFar = new Map<string, number>();
  for (const commit of history.value) {
    const options = optionsOf(entry, configFor(commit.path));
    const text = commit.lines.join('\n');
    const found = secrets.analyze({
      path: commit.path,
      text,
      changed: commit.added,
      options,
    });
    for (const finding of found) {
      const counted = `${commit.path}\0${key(finding)}`;
      const occurrence = copiesSoFar.get(counted) ?? 0;
      copiesSoFar.set(counted, occurrence + 1);
      const fingerprint = occurrence === 0 ? finding.fingerprint : hashParts([finding.fingerprint, String(occurrence)]);
      const dated = `${finding.ruleId}\0${fingerprint}`;
      if (wantedKeys.has(dated) && !firstAdded.has(dated)) firstAdded.set(dated, commit.date);
    }
  }
  return {
    findings: findings.map((finding) => {
      const written = wantedKeys.has(key(finding)) ? firstAdded.get(key(finding)) : undefined;
      return written ? { ...finding, facts: { ...finding.facts, written } } : finding;
    }),
  };
}
