import type { RepoAnalyzerInput } from '../../../src/findings/types.js';

/** A RepoAnalyzerInput over an in-memory file map, as the scan would build it from git. */
export function fakeRepo(
  files: Record<string, string>,
  today = '2026-11-24',
  options?: Record<string, unknown>,
): RepoAnalyzerInput {
  const input: RepoAnalyzerInput = { files: Object.keys(files).sort(), read: (path) => files[path], today };
  if (options) input.options = options;
  return input;
}

/** Rejects a table with duplicate names or without both a row expecting findings and one expecting none. */
export function checkTable<Row extends readonly [string, ...unknown[]]>(
  rows: readonly Row[],
  isPositive: (row: Row) => boolean,
): Row[] {
  const names = rows.map((row) => row[0]);
  if (new Set(names).size !== names.length) throw new Error(`duplicate row names in table: ${names.join(', ')}`);
  if (!rows.some(isPositive) || rows.every(isPositive)) throw new Error('a table needs positive and negative rows');
  return [...rows];
}
