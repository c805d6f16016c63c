import { readFileSync } from 'node:fs';
import { formatEntry, formatLedger, formatLines, parseLedger } from '../ledger/format.js';
import { writeFileAtomic } from '../ledger/io.js';
import { mergeLedgers } from '../ledger/merge.js';
import type { LedgerEntry } from '../ledger/types.js';
import { checkedLedgerText } from '../workflow/ledger-edit.js';
import type { CommandEnv, Outcome } from './output.js';
import type { ParsedArgs } from './arguments.js';
import type { mergeDriverCommand } from './command-table.js';

// git calls `git-value merge-driver %O %A %B %P` (base, ours, theirs, path) and takes %A as the
// result; exit 0 means merged cleanly, 1 leaves a conflict for the user.
export async function run({ positionals }: ParsedArgs<typeof mergeDriverCommand>, _env: CommandEnv): Promise<Outcome> {
  const [basePath = '', oursPath = '', theirsPath = '', name = '.value/ledger.json'] = positionals;
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
    if (!parsed.ok)
      return {
        exitCode: 1,
        stdout: '',
        stderr: `git-value merge-driver: ${parsed.error.message}; left as a conflict\nfix: ${parsed.error.fix}\n`,
      };
    sides.push(parsed.value.entries);
  }
  const merged = mergeLedgers(sides[0] ?? [], sides[1] ?? [], sides[2] ?? []);
  if (merged.conflicts.length === 0) {
    // the merged ledger is checked whole before git gets it, as every ledger git-value writes
    const bytes = Buffer.from(formatLedger(merged.entries), 'latin1');
    const checked = checkedLedgerText(bytes);
    const written = checked.ok ? writeFileAtomic(oursPath, bytes, name) : checked;
    if (!written.ok)
      return {
        exitCode: 1,
        stdout: '',
        stderr: `git-value merge-driver: ${written.error.message}; left as a conflict\n`,
      };
    return { exitCode: 0, stdout: '', stderr: '' };
  }
  const conflicted = new Set(merged.conflicts.map(({ ours }) => ours.id));
  const clean = formatLedger(merged.entries.filter((entry) => !conflicted.has(entry.id)));
  const blocks = merged.conflicts.map(
    ({ ours, theirs }) => `<<<<<<< ours\n${formatEntry(ours)}\n=======\n${formatEntry(theirs)}\n>>>>>>> theirs`,
  );
  const body = clean.trimEnd().replace(/\n  \]\n\}$/, '');
  // a deliberate conflict for the user to settle: git never commits it while it is unmerged
  const conflict = `${body === formatLines([]).trimEnd() ? body : `${body},`}\n${blocks.join('\n')}\n  ]\n}\n`;
  const written = writeFileAtomic(oursPath, conflict, name);
  if (!written.ok)
    return {
      exitCode: 1,
      stdout: '',
      stderr: `git-value merge-driver: ${written.error.message}; left as a conflict\n`,
    };
  return {
    exitCode: 1,
    stdout: '',
    stderr: `git-value merge-driver: ${merged.conflicts.length} entr${merged.conflicts.length === 1 ? 'y' : 'ies'} of ${name} carry contradicting decisions (${merged.conflicts.map(({ ours }) => ours.id).join(', ')}); keep one side of each, then 'git add ${name}'\n`,
  };
}
