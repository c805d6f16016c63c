import type { FileDocCoverage } from '../ledger/coverage-format.js';
import { languageOf } from '../findings/languages.js';
import type { BacklogModel } from './backlog-model.js';
import { escapeMarkdown } from './text.js';

const LOWEST_SHOWN = 10;
// files with fewer public symbols swing between 0 % and 100 % on one comment: not worth a row
const MIN_SYMBOLS_LISTED = 3;
const LANGUAGE_NAMES: Record<string, string> = {
  js: 'JavaScript',
  ts: 'TypeScript',
  py: 'Python',
  go: 'Go',
  java: 'Java',
};

export interface DocCoverageSummary {
  documented: number;
  public: number;
  byLanguage: Array<{ language: string; documented: number; public: number; files: number }>;
  /** Lowest coverage first, then most undocumented symbols. */
  lowest: FileDocCoverage[];
}

export function summariseDocCoverage(files: readonly FileDocCoverage[]): DocCoverageSummary {
  const byLanguage = new Map<string, { language: string; documented: number; public: number; files: number }>();
  for (const file of files) {
    const language = LANGUAGE_NAMES[languageOf(file.path)] ?? languageOf(file.path);
    const row = byLanguage.get(language) ?? { language, documented: 0, public: 0, files: 0 };
    row.documented += file.documented;
    row.public += file.public;
    row.files++;
    byLanguage.set(language, row);
  }
  const ratio = (file: FileDocCoverage) => file.documented / file.public;
  return {
    documented: files.reduce((total, file) => total + file.documented, 0),
    public: files.reduce((total, file) => total + file.public, 0),
    byLanguage: [...byLanguage.values()].sort((a, b) => b.public - a.public || (a.language < b.language ? -1 : 1)),
    lowest: files
      .filter((file) => file.public >= MIN_SYMBOLS_LISTED && file.documented < file.public)
      .sort(
        (a, b) =>
          ratio(a) - ratio(b) || b.public - b.documented - (a.public - a.documented) || (a.path < b.path ? -1 : 1),
      )
      .slice(0, LOWEST_SHOWN),
  };
}

function percent(documented: number, total: number): string {
  return total === 0 ? '–' : `${((100 * documented) / total).toFixed(1)} %`;
}

export function renderDocCoverage(model: BacklogModel): string[] {
  const lines = ['## Documentation coverage', ''];
  if (!model.docCoverage) {
    lines.push('The docstring analyzer is off (`analyzers.docstring.enabled`).');
    return lines;
  }
  const summary = summariseDocCoverage(model.docCoverage);
  if (summary.public === 0) {
    lines.push(
      'No public functions, methods or classes measured yet in JavaScript, TypeScript, Python, Go or Java (`git-value scan` measures every file; refresh after merges keeps it current).',
    );
    return lines;
  }
  lines.push(
    `**Repository**: ${percent(summary.documented, summary.public)} of public functions, methods and classes have a docstring or doc comment (${summary.documented} of ${summary.public}, in ${model.docCoverage.length} files; as of the last scan, refreshed after merges).`,
    '',
    '| Language | Files | Documented | Public | Coverage |',
    '|----------|------:|-----------:|-------:|---------:|',
    ...summary.byLanguage.map(
      (row) =>
        `| ${row.language} | ${row.files} | ${row.documented} | ${row.public} | ${percent(row.documented, row.public)} |`,
    ),
  );
  if (summary.lowest.length > 0) {
    lines.push(
      '',
      `**Lowest coverage** (files with at least ${MIN_SYMBOLS_LISTED} public symbols):`,
      '',
      '| File | Documented | Public | Coverage |',
      '|------|-----------:|-------:|---------:|',
    );
    for (const file of summary.lowest)
      lines.push(
        `| \`${escapeMarkdown(file.path)}\` | ${file.documented} | ${file.public} | ${percent(file.documented, file.public)} |`,
      );
  }
  return lines;
}
