// One table runner for every analyzer (ESLint's RuleTester shape): a row is an input and what it
// must produce; a table must prove both that the analyzer finds something and that it stays quiet.

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { wholeFile } from '../../src/findings/line-ranges.js';
import type { AnalyzerInput, Finding, LineRange } from '../../src/findings/types.js';

/** Expected rule ids (strings) or lines (numbers) of the findings, in any order; [] = no finding. */
export type Expected = readonly string[] | readonly number[];

export type TableRow = readonly [
  name: string,
  path: string,
  text: string,
  expected: Expected,
  changed?: readonly LineRange[],
];

export interface TableOptions {
  /** Passed as `input.options` to every row. */
  options?: Record<string, unknown>;
}

/** What is wrong with a table: duplicate names or inputs, or no positive or no negative row. */
export function validateTable(rows: readonly TableRow[]): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  const inputs = new Set<string>();
  for (const [name, path, text, , changed] of rows) {
    const input = JSON.stringify([path, text, changed ?? null]);
    if (names.has(name)) problems.push(`duplicate row name: ${name}`);
    if (inputs.has(input)) problems.push(`duplicate row input: ${name}`);
    names.add(name);
    inputs.add(input);
  }
  if (!rows.some((row) => row[3].length > 0)) problems.push('no positive row (one that expects a finding)');
  if (!rows.some((row) => row[3].length === 0)) problems.push('no negative row (one that expects no finding)');
  return problems;
}

/** Registers and runs a uvu suite with one test per row; throws at once if the table is invalid. */
export function runAnalyzerTable(
  name: string,
  analyze: (input: AnalyzerInput) => Finding[],
  rows: readonly TableRow[],
  table: TableOptions = {},
): void {
  const problems = validateTable(rows);
  if (problems.length > 0) throw new Error(`${name}: invalid analyzer table:\n  ${problems.join('\n  ')}`);
  const test = suite(name);
  for (const [rowName, path, text, expected, changed] of rows) {
    test(rowName, () => {
      const input: AnalyzerInput = { path, text, changed: changed ?? wholeFile(text) };
      if (table.options) input.options = table.options;
      const findings = analyze(input);
      assert.equal(
        describe(findings, expected),
        [...expected].map(String).sort(),
        `${rowName}: ${JSON.stringify(findings.map((f) => [f.ruleId, f.line, f.title]))}`,
      );
    });
  }
  test.run();
}

function describe(findings: readonly Finding[], expected: Expected): string[] {
  const byLine = typeof expected[0] === 'number';
  return findings.map((finding) => String(byLine ? finding.line : finding.ruleId)).sort();
}
