// Keeps the judged samples in bench/panel/judged/ honest as rules change: collects today's vuln/,
// perf/ and modern/ findings of each repository at its pinned commit and compares them with the
// judgement (repo, file:line, rule → true/false). Precision counts judged findings still reported;
// a judged finding that disappeared is a fixed false positive or lost recall; a finding nobody has
// judged is listed so it can be read and added.
// usage: node dist/bench/panel/judged-precision.js [--heldout] [--work DIR]   (mirrors: GIT_VALUE_PANEL_MIRRORS)
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkoutPanel, PANEL_MIRRORS_ENV, type PanelRepository } from './checkout.js';
import { collectFamilyFindings, FAMILIES, type Family, type FamilyFinding } from './family-findings.js';

export interface Judgement {
  repo: string;
  location: string;
  ruleId: string;
  verdict: boolean;
  why: string;
}

export interface FamilyVerdicts {
  family: Family;
  findings: number;
  truePositives: number;
  falsePositives: number;
  /** Judged and no longer reported: a false one is a fix, a true one lost recall. */
  gone: Judgement[];
  unjudged: Array<FamilyFinding & { repo: string }>;
}

const judgedDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'bench', 'panel', 'judged');

/** Rows of a judged file: `| repo | path:line | rule | context | true/false | why |`. */
export function parseJudgements(markdown: string): Judgement[] {
  return markdown.split('\n').flatMap((line) => {
    const cells = line.split(/(?<!\\)\|/).map((cell) => cell.trim());
    // '' | repo | location | rule | context | verdict | why | ''
    if (cells.length < 8 || !/^(true|false)$/.test(cells[5] as string)) return [];
    const [, repo, location, ruleId, , verdict, why] = cells as string[];
    return [
      { repo: repo!, location: location!.replace(/`/g, ''), ruleId: ruleId!, verdict: verdict === 'true', why: why! },
    ];
  });
}

export function compareWithJudgement(
  family: Family,
  judgements: readonly Judgement[],
  findings: ReadonlyArray<FamilyFinding & { repo: string }>,
): FamilyVerdicts {
  const key = (repo: string, location: string, ruleId: string) => `${repo} ${location} ${ruleId}`;
  const judged = new Map(judgements.map((entry) => [key(entry.repo, entry.location, entry.ruleId), entry]));
  const current = findings.filter((finding) => finding.family === family);
  const reported = new Set(
    current.map((finding) => key(finding.repo, `${finding.path}:${finding.line}`, finding.ruleId)),
  );
  const present = [...judged.entries()].filter(([id]) => reported.has(id)).map(([, entry]) => entry);
  return {
    family,
    findings: current.length,
    truePositives: present.filter((entry) => entry.verdict).length,
    falsePositives: present.filter((entry) => !entry.verdict).length,
    gone: [...judged.entries()].filter(([id]) => !reported.has(id)).map(([, entry]) => entry),
    unjudged: current.filter(
      (finding) => !judged.has(key(finding.repo, `${finding.path}:${finding.line}`, finding.ruleId)),
    ),
  };
}

export function formatVerdicts(title: string, rows: readonly FamilyVerdicts[]): string {
  const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(0)} %`);
  const lines = [
    `### ${title}`,
    '',
    '| family | findings | judged true | judged false | precision | not yet judged | judged, now gone (false / true) |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((row) => {
      const goneFalse = row.gone.filter((entry) => !entry.verdict).length;
      return `| ${row.family}/ | ${row.findings} | ${row.truePositives} | ${row.falsePositives} | ${percent(row.truePositives, row.truePositives + row.falsePositives)} | ${row.unjudged.length} | ${goneFalse} / ${row.gone.length - goneFalse} |`;
    }),
  ];
  for (const row of rows) {
    for (const entry of row.gone.filter((gone) => gone.verdict))
      lines.push(`- lost a true ${entry.ruleId}: ${entry.repo} ${entry.location}`);
    for (const finding of row.unjudged)
      lines.push(`- not judged: ${finding.repo} ${finding.path}:${finding.line} ${finding.ruleId} — ${finding.title}`);
  }
  return lines.join('\n');
}

/** A family nobody has judged yet (no file) has no judgements: every finding shows as not judged. */
export function readJudgements(file: string): Judgement[] {
  const path = join(judgedDir, file);
  return existsSync(path) ? parseJudgements(readFileSync(path, 'utf8')) : [];
}

function readHeldOut(): PanelRepository[] {
  return (JSON.parse(readFileSync(join(judgedDir, 'heldout.json'), 'utf8')) as { repositories: PanelRepository[] })
    .repositories;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { heldout: { type: 'boolean', default: false }, work: { type: 'string' } },
  });
  const workDir = values.work ?? join(tmpdir(), 'git-value-judged');
  const mirrors = process.env[PANEL_MIRRORS_ENV];
  const list = values.heldout ? readHeldOut() : undefined;
  const { checkouts, notes } = checkoutPanel(mirrors, workDir, undefined, list);
  for (const note of notes) console.log(`note: ${note}`);
  if (checkouts.length === 0) return;
  const findings = checkouts.flatMap((checkout) =>
    collectFamilyFindings(checkout.dir).map((finding) => ({ ...finding, repo: checkout.name })),
  );
  const prefix = values.heldout ? 'heldout-' : '';
  const rows = FAMILIES.map((family) =>
    compareWithJudgement(family, readJudgements(`${prefix}${family}.md`), findings),
  );
  console.log(
    formatVerdicts(
      `Judged precision, ${values.heldout ? 'held-out repositories' : 'panel'} (${checkouts.map((c) => c.name).join(', ')})`,
      rows,
    ),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
