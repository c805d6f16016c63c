import type { ReportData } from '../report-data-types.js';

// The embedded data decoded once: items as objects with their rank, and the links every view shares.

export interface Item {
  /** 1-based rank among open items; 0 for allowed items. */
  rank: number;
  id: string;
  path: string;
  line: number;
  rule: string;
  title: string;
  category: string;
  severity: string;
  context: string;
  status: string;
  composite: number;
  effortHours: number;
}

export interface Report {
  data: ReportData;
  items: Item[];
  open: Item[];
  categoryLabel(category: string): string;
  fileHref(path: string, line?: number): string;
  commitHref(commit: string): string | undefined;
}

export function readReport(data: ReportData): Report {
  const { enums, strings } = data;
  const paths = strings.paths.map(([folder, name]) => {
    const prefix = strings.folders[folder] ?? '';
    return prefix ? `${prefix}/${name}` : name;
  });
  let rank = 0;
  const items = data.items.map((row): Item => {
    const status = enums.statuses[row[8]] ?? 'open';
    return {
      rank: status === 'open' ? ++rank : 0,
      id: row[0],
      path: paths[row[1]] ?? '',
      line: row[2],
      rule: strings.rules[row[3]] ?? '',
      title: strings.titles[row[4]] ?? '',
      category: enums.categories[row[5]] ?? '',
      severity: enums.severities[row[6]] ?? '',
      context: enums.contexts[row[7]] ?? '',
      status,
      composite: row[9],
      effortHours: row[10],
    };
  });
  const labels = new Map(
    enums.categories.map((category, index) => [category, enums.categoryLabels[index] ?? category]),
  );
  return {
    data,
    items,
    open: items.filter((item) => item.status === 'open'),
    categoryLabel: (category) => labels.get(category) ?? category,
    fileHref: (path, line = 1) =>
      data.fileLink
        .replace('{path}', path.split('/').map(encodeURIComponent).join('/'))
        .replace('{line}', String(line)),
    commitHref: (commit) => (data.commitLink ? data.commitLink.replace('{commit}', commit) : undefined),
  };
}
