import { ok, type Result } from '../findings/result.js';
import { runGit, runGitText } from './exec.js';

/** The value of one attribute of `path` as git resolves it (`merge` → the driver's name), or undefined. */
export function readAttribute(cwd: string, path: string, attribute: string): Result<string | undefined> {
  // record: "<path>: <attribute>: <value>", the value being set, unset, unspecified or the value given
  const answer = runGitText(['check-attr', attribute, '--', path], { cwd });
  if (!answer.ok) return answer;
  const value = answer.value.trim().split(': ').slice(2).join(': ');
  return ok(value && value !== 'unspecified' ? value : undefined);
}

/** The linguist attributes GitHub reads to tell generated, vendored and documentation files apart. */
export const LINGUIST_ATTRIBUTES = ['linguist-generated', 'linguist-vendored', 'linguist-documentation'] as const;
export type LinguistAttribute = (typeof LINGUIST_ATTRIBUTES)[number];

/** true for `set` or `=true`, false for `unset` (`-attr`) or `=false`; absent when unspecified. */
export type LinguistValues = Partial<Record<LinguistAttribute, boolean>>;

/**
 * The linguist attributes of `paths`, one `git check-attr --stdin -z` for all of them. `--cached` reads
 * the .gitattributes files of the index, the same tree the scan reads. Output with -z is
 * "<path>\0<attribute>\0<info>\0" per path and attribute, info being set, unset, unspecified or a value.
 */
export function readLinguistAttributes(cwd: string, paths: readonly string[]): Result<Map<string, LinguistValues>> {
  const found = new Map<string, LinguistValues>();
  const safe = paths.filter((path) => !path.includes('\0'));
  if (safe.length === 0) return ok(found);
  const run = runGit(['check-attr', '--cached', '--stdin', '-z', ...LINGUIST_ATTRIBUTES], {
    cwd,
    input: `${safe.join('\0')}\0`,
  });
  if (!run.ok) return run;
  const fields = run.value.stdout.toString('utf8').split('\0');
  for (let at = 0; at + 2 < fields.length; at += 3) {
    const value = readValue(fields[at + 2] as string);
    if (value === undefined) continue;
    const path = fields[at] as string;
    const values = found.get(path) ?? {};
    values[fields[at + 1] as LinguistAttribute] = value;
    found.set(path, values);
  }
  return ok(found);
}

function readValue(info: string): boolean | undefined {
  if (info === 'set' || info === 'true') return true;
  if (info === 'unset' || info === 'false') return false;
  return undefined;
}

/** Whether attribute text (a .gitattributes file) mentions any linguist attribute: only then is git asked. */
export function mentionsLinguist(text: string | undefined): boolean {
  return text !== undefined && text.includes('linguist-');
}
