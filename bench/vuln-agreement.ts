// Cross-check of vuln/patterns against bandit on a real Python tree: which medium/high bandit findings
// of the kinds we cover we also report (and where), and what we report that bandit does not.
// usage: node dist/bench/vuln-agreement.js <python-root> [bandit.json]
//   without bandit.json it runs `bandit -r <root> -f json -q` (bandit must be on PATH).

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { analyze } from '../src/analyzers/vuln/index.js';
import { wholeFile } from '../src/findings/line-ranges.js';

interface BanditResult {
  filename: string;
  line_number: number;
  test_id: string;
  test_name: string;
  issue_severity: 'LOW' | 'MEDIUM' | 'HIGH';
  code: string;
}

interface Spot {
  file: string;
  line: number;
  /** Last line of the matched code: bandit reports a multi-line call at its keyword's line. */
  endLine: number;
  ruleId: string;
  label: string;
}

// Bandit checks that correspond to one of our rules; everything else is outside what we cover.
const BANDIT_TO_RULE: Record<string, string> = {
  B102: 'vuln/dynamic-code-execution',
  B307: 'vuln/dynamic-code-execution',
  B301: 'vuln/unsafe-deserialization',
  B302: 'vuln/unsafe-deserialization',
  B506: 'vuln/unsafe-deserialization',
  B303: 'vuln/weak-hash',
  B324: 'vuln/weak-hash',
  B304: 'vuln/weak-cipher',
  B305: 'vuln/weak-cipher',
  B311: 'vuln/insecure-randomness',
  B323: 'vuln/tls-verification-disabled',
  B501: 'vuln/tls-verification-disabled',
  B602: 'vuln/command-injection',
  B604: 'vuln/command-injection',
  B605: 'vuln/command-injection',
  B609: 'vuln/command-injection',
  B608: 'vuln/sql-injection',
  B201: 'vuln/debug-server-exposed',
};
const NEAR_LINES = 2;

function readBandit(root: string, reportPath: string | undefined): { results: BanditResult[]; files: string[] } {
  const json = reportPath
    ? readFileSync(reportPath, 'utf8')
    : spawnSync('bandit', ['-r', root, '-f', 'json', '-q'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
  const report = JSON.parse(json) as { results: BanditResult[]; metrics: Record<string, unknown> };
  return { results: report.results, files: Object.keys(report.metrics).filter((file) => file !== '_totals') };
}

function runOurs(files: readonly string[], root: string): { spots: Spot[]; megabytes: number; milliseconds: number } {
  const spots: Spot[] = [];
  let characters = 0;
  const started = performance.now();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    characters += text.length;
    const path = relative(root, file);
    for (const finding of analyze({ path, text, changed: wholeFile(text) })) {
      spots.push({
        file,
        line: finding.line,
        endLine: finding.endLine ?? finding.line,
        ruleId: finding.ruleId,
        label: text.split('\n')[finding.line - 1]?.trim().slice(0, 90) ?? '',
      });
    }
  }
  return { spots, megabytes: characters / 1e6, milliseconds: performance.now() - started };
}

function isNear(a: Spot, b: Spot): boolean {
  return (
    a.file === b.file && a.ruleId === b.ruleId && a.line <= b.endLine + NEAR_LINES && b.line <= a.endLine + NEAR_LINES
  );
}

function main(): void {
  const [root, reportPath] = process.argv.slice(2);
  if (!root) {
    console.error('usage: node dist/bench/vuln-agreement.js <python-root> [bandit.json]');
    process.exit(2);
  }
  const bandit = readBandit(root, reportPath);
  const theirs: Spot[] = bandit.results
    .filter((result) => result.issue_severity !== 'LOW' && BANDIT_TO_RULE[result.test_id])
    .map((result) => ({
      file: result.filename,
      line: result.line_number,
      endLine: result.line_number,
      ruleId: BANDIT_TO_RULE[result.test_id] as string,
      label: `${result.test_id} ${
        result.code
          .split('\n')
          .find((line) => line.startsWith(String(result.line_number)))
          ?.slice(0, 90) ?? ''
      }`,
    }));
  const banditLow = bandit.results.filter(
    (result) => result.issue_severity === 'LOW' && BANDIT_TO_RULE[result.test_id],
  );
  const ours = runOurs(bandit.files, root);
  const uncovered = new Map<string, number>();
  for (const result of bandit.results) {
    if (result.issue_severity !== 'LOW' && !BANDIT_TO_RULE[result.test_id])
      uncovered.set(
        `${result.test_id} ${result.test_name}`,
        (uncovered.get(`${result.test_id} ${result.test_name}`) ?? 0) + 1,
      );
  }

  const ruleIds = [...new Set([...theirs, ...ours.spots].map((spot) => spot.ruleId))].sort();
  console.log(
    `files: ${bandit.files.length}, ${ours.megabytes.toFixed(1)} MB; ours took ${ours.milliseconds.toFixed(0)} ms (${(ours.megabytes / (ours.milliseconds / 1000)).toFixed(1)} MB/s)`,
  );
  console.log('rule | bandit med/high | ours | both | bandit only | ours only');
  for (const ruleId of ruleIds) {
    const banditSpots = theirs.filter((spot) => spot.ruleId === ruleId);
    const ourSpots = ours.spots.filter((spot) => spot.ruleId === ruleId);
    const both = banditSpots.filter((spot) => ourSpots.some((ourSpot) => isNear(spot, ourSpot)));
    console.log(
      `${ruleId} | ${banditSpots.length} | ${ourSpots.length} | ${both.length} | ${banditSpots.length - both.length} | ${ourSpots.filter((spot) => !banditSpots.some((other) => isNear(spot, other))).length}`,
    );
  }
  console.log('\nbandit only (medium/high, kinds we cover):');
  for (const spot of theirs.filter((spot) => !ours.spots.some((other) => isNear(spot, other))))
    console.log(`  ${relative(root, spot.file)}:${spot.line} ${spot.ruleId} ${spot.label}`);
  console.log('\nours only:');
  for (const spot of ours.spots.filter((spot) => !theirs.some((other) => isNear(spot, other)))) {
    const low = banditLow.some(
      (result) =>
        result.filename === spot.file &&
        result.line_number >= spot.line - NEAR_LINES &&
        result.line_number <= spot.endLine + NEAR_LINES,
    );
    console.log(
      `  ${relative(root, spot.file)}:${spot.line} ${spot.ruleId}${low ? ' (bandit: LOW)' : ''} ${spot.label}`,
    );
  }
  console.log('\nbandit medium/high of kinds we do not cover:');
  for (const [kind, count] of [...uncovered].sort((a, b) => b[1] - a[1])) console.log(`  ${count} ${kind}`);
}

main();
