import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatEntry, formatLedger, formatLines, parseLedger } from '../ledger/format.js';
import { decodeLedger, writeFileAtomic } from '../ledger/io.js';
import { mergeLedgers } from '../ledger/merge.js';
import type { LedgerEntry } from '../ledger/types.js';
import { checkedLedgerText } from '../workflow/ledger-edit.js';
import type { UserError } from '../findings/result.js';
import { dryRunOutcome } from './dry-run.js';
import { mergeConflicted, mergeLeftConflicted, mergedCleanly, setupLines } from './messages.js';
import type { CommandEnv, Outcome } from './output.js';
import type { ParsedArgs } from './arguments.js';
import type { mergeDriverCommand } from './command-table.js';

// git calls `git-value merge-driver %O %A %B %P` (base, ours, theirs, path) and takes %A as the
// result; exit 0 means merged cleanly, 1 leaves a conflict for the user. --dry-run prints the
// change %A would get and writes nothing.
export async function run(
  { values, positionals }: ParsedArgs<typeof mergeDriverCommand>,
  env: CommandEnv,
): Promise<Outcome> {
  // git runs it at the work tree's root with paths relative to it; in-process, cwd comes from env
  const [basePath, oursPath, theirsPath] = positionals.slice(0, 3).map((path) => resolve(env.cwd, path)) as [
    string,
    string,
    string,
  ];
  const name = positionals[3] ?? '.value/ledger.json';
  const merged = mergeFiles(basePath, oursPath, theirsPath, name);
  if ('unreadable' in merged) return { exitCode: 1, stdout: '', stderr: mergeLeftConflicted(merged.unreadable, true) };
  const exitCode = merged.conflicts.length === 0 ? 0 : 1;
  const said = exitCode === 0 ? mergedCleanly(name) : mergeConflicted(name, merged.conflicts);
  if (values['dry-run']) {
    const before = decodeLedger(readFileSync(oursPath));
    const after = decodeLedger(merged.bytes);
    return dryRunOutcome('merge-driver', [{ path: name, before, after }], [said.trimEnd()], exitCode);
  }
  const written = writeFileAtomic(oursPath, merged.bytes, name);
  if (!written.ok) return { exitCode: 1, stdout: '', stderr: mergeLeftConflicted(written.error, false) };
  return { exitCode, stdout: '', stderr: exitCode === 0 ? '' : setupLines('merge-driver', [said.trimEnd()]) };
}

/** The merged ledger's bytes, with the ids whose decisions contradict each other written as conflict blocks. */
function mergeFiles(
  basePath: string,
  oursPath: string,
  theirsPath: string,
  name: string,
): { bytes: Buffer; conflicts: string[] } | { unreadable: UserError } {
  const sides: LedgerEntry[][] = [];
  for (const [label, path] of [
    ['base', basePath],
    ['ours', oursPath],
    ['theirs', theirsPath],
  ] as const) {
    const text = readFileSync(path, 'utf8');
    if (label === 'base' && text.trim() === '') {
      sides.push([]); // the ledger was added on both sides: no common ancestor
      continue;
    }
    const parsed = parseLedger(text, `${name} (${label})`);
    if (!parsed.ok) return { unreadable: parsed.error };
    sides.push(parsed.value.entries);
  }
  const merged = mergeLedgers(sides[0] ?? [], sides[1] ?? [], sides[2] ?? []);
  if (merged.conflicts.length === 0) {
    // the merged ledger is checked whole before git gets it, as every ledger git-value writes
    const bytes = Buffer.from(formatLedger(merged.entries), 'latin1');
    const checked = checkedLedgerText(bytes);
    return checked.ok ? { bytes, conflicts: [] } : { unreadable: checked.error };
  }
  const conflicted = new Set(merged.conflicts.map(({ ours }) => ours.id));
  const clean = formatLedger(merged.entries.filter((entry) => !conflicted.has(entry.id)));
  const blocks = merged.conflicts.map(
    ({ ours, theirs }) => `<<<<<<< ours\n${formatEntry(ours)}\n=======\n${formatEntry(theirs)}\n>>>>>>> theirs`,
  );
  const body = clean.trimEnd().replace(/\n  \]\n\}$/, '');
  // a deliberate conflict for the user to settle: git never commits it while it is unmerged
  const conflict = `${body === formatLines([]).trimEnd() ? body : `${body},`}\n${blocks.join('\n')}\n  ]\n}\n`;
  return { bytes: Buffer.from(conflict, 'utf8'), conflicts: [...conflicted] };
}
