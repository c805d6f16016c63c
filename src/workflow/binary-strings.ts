import { analyzeFiles, enabledAnalyzers, type FileToAnalyze } from '../analyzers/analyze-files.js';
import type { ConfigFor } from '../config/package-configs.js';
import { note, type Note } from '../findings/note.js';

// A file git calls binary is not analysed as text, yet a token pasted into a build artefact, a
// keystore or a document is still committed with it (issue 14). The hook reads its printable runs
// (as strings(1) does) with the secret rules and says so in a note: a note, not a refusal, since
// random bytes can look like anything; the value itself is never printed.

const RUN = /[\t\x20-\x7e]{8,}/g;
const WHOLE = [{ start: 1, end: Number.MAX_SAFE_INTEGER }];

/** The printable ASCII runs of 8 or more bytes, one per line. */
export function printableRuns(bytes: Buffer): string {
  return (bytes.toString('latin1').match(RUN) ?? []).join('\n');
}

/** One note per binary file holding credential-shaped text, naming the rules that matched. */
export async function noteCredentialShapes(
  binaries: readonly { path: string; text: string }[],
  configFor: ConfigFor,
): Promise<Note[]> {
  if (binaries.length === 0) return [];
  const files: FileToAnalyze[] = binaries.map(({ path, text }) => ({ path, text, changed: WHOLE }));
  const run = await analyzeFiles(files, configFor, (config) =>
    enabledAnalyzers(config, 'hook').filter((entry) => entry.rulePrefix === 'secret/'),
  );
  const rulesByPath = new Map<string, Set<string>>();
  for (const finding of run.findings) {
    const rules = rulesByPath.get(finding.path) ?? new Set<string>();
    rulesByPath.set(finding.path, rules.add(finding.ruleId));
  }
  return [...rulesByPath].map(([path, rules]) =>
    note(
      'credential-shaped',
      `${path}: binary, so not analysed as text, yet it holds credential-shaped text (${[...rules].join(', ')}): make sure it is no real credential`,
    ),
  );
}
