import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ok, type Result } from '../findings/result.js';
import { COVERAGE_PATH, formatCoverage, parseCoverage, type FileDocCoverage } from '../ledger/coverage-format.js';
import { writeFileAtomic } from '../ledger/io.js';

/** The coverage file as it is in the work tree (empty when there is none yet). */
export function readCoverage(root: string): Map<string, FileDocCoverage> {
  try {
    return parseCoverage(readFileSync(join(root, COVERAGE_PATH), 'utf8'));
  } catch {
    return new Map(); // none yet: the first scan writes it
  }
}

/**
 * Replaces what the file holds for `paths` (the files just analysed, or every tracked file for a
 * scan) with `measured`; writes only when that changes the text.
 */
export function updateCoverage(
  root: string,
  paths: ReadonlySet<string> | 'all',
  measured: readonly FileDocCoverage[],
): Result<void> {
  let before = '';
  try {
    before = readFileSync(join(root, COVERAGE_PATH), 'utf8');
  } catch {
    before = '';
  }
  const kept = paths === 'all' ? [] : [...parseCoverage(before).values()].filter((file) => !paths.has(file.path));
  const text = formatCoverage([...kept, ...measured]);
  if (text === before) return ok(undefined);
  return writeFileAtomic(join(root, COVERAGE_PATH), text, COVERAGE_PATH, { root });
}
