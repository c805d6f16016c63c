import * as Plot from '@observablehq/plot';
import { hierarchy, treemap, type HierarchyRectangularNode } from 'd3-hierarchy';
import type { HotspotFile } from '../report-data-types.js';
import { behind, figure, formatCount, h, link, section, table, type Column } from './dom.js';
import { itemsHref } from './filters.js';
import type { Report } from './model.js';
import { HEAT_SCHEME, textOn } from './palette.js';

interface Node {
  name: string;
  /** The file's path within its group's folder. */
  label?: string;
  file?: HotspotFile;
  children?: Node[];
}

/** The folder of `path` cut to `depth` levels ('.' for files at the top). */
function folderAt(path: string, depth: number): string {
  const folders = path.split('/').slice(0, -1);
  return folders.length ? folders.slice(0, depth).join('/') : '.';
}

/** Group by top folder, or deeper while one group would hold most files (`src/` alone says little). */
export function groupDepth(paths: readonly string[]): number {
  for (let depth = 1; depth < 3; depth++) {
    const counts = new Map<string, number>();
    for (const path of paths) counts.set(folderAt(path, depth), (counts.get(folderAt(path, depth)) ?? 0) + 1);
    if (Math.max(...counts.values()) <= paths.length / 2 || counts.size >= 12) return depth;
  }
  return 3;
}

/** Code files sized by their lines, coloured by churn × complexity, grouped by folder. */
export function renderHotspots(report: Report, width: number): HTMLElement {
  const { hotspots } = report.data;
  const files = hotspots.files.filter((file) => file.lines > 0);
  const churn =
    hotspots.maxChurn > 0
      ? `(share of the busiest file, ${formatCount(hotspots.maxChurn)} commits) × complexity factor, as scoring uses it. `
      : `× complexity factor, as scoring uses it. No file changed in the last ${hotspots.windowDays} days, so every hotspot is 0 and the map shows size alone. `;
  const lead =
    `Each box is a code file, sized by its lines and coloured by its hotspot: change frequency over the last ${hotspots.windowDays} days ` +
    churn +
    (hotspots.omittedFiles
      ? `The ${formatCount(files.length)} hottest files are drawn; ${formatCount(hotspots.omittedFiles)} cooler code files with items or changes are not.`
      : '');
  const chart = files.length
    ? figure('Hotspot map (click a file for its items)', treemapChart(report, files, width))
    : h('p', {}, 'No file has open items or recent changes.');
  return section(
    'hotspots',
    'Hotspots',
    lead,
    chart,
    files.length ? behind('Table: hotspot files', hotspotTable(report, hotspots.files)) : null,
  );
}

function treemapChart(report: Report, files: readonly HotspotFile[], width: number): Element {
  const height = Math.max(320, Math.min(640, Math.round(width * 0.5)));
  const depth = groupDepth(files.map((file) => file.path));
  const groups = new Map<string, Node[]>();
  for (const file of files) {
    const folder = folderAt(file.path, depth);
    const group = groups.get(folder) ?? [];
    group.push({ name: file.path, label: folder === '.' ? file.path : file.path.slice(folder.length + 1), file });
    groups.set(folder, group);
  }
  const root = hierarchy<Node>({ name: '', children: [...groups].map(([name, children]) => ({ name, children })) })
    .sum((node) => node.file?.lines ?? 0)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const laid = treemap<Node>().size([width, height]).paddingOuter(3).paddingTop(18).paddingInner(2).round(true)(root);
  const leaves = laid.leaves();
  const folders = (laid.children ?? []).filter((node) => node.x1 - node.x0 > 40);
  const maxHeat = Math.max(0.5, ...files.map((file) => file.hotspot));
  const color = Plot.scale({ color: { type: 'linear', domain: [0, maxHeat], scheme: HEAT_SCHEME } });
  const heatOf = (node: HierarchyRectangularNode<Node>) => node.data.file?.hotspot ?? 0;
  const labelled = leaves.filter((node) => node.x1 - node.x0 > 46 && node.y1 - node.y0 > 16);
  const clip = (text: string, room: number) =>
    text.length * 6.2 <= room ? text : `${text.slice(0, Math.max(1, Math.floor(room / 6.2) - 1))}…`;
  return Plot.plot({
    width,
    height,
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    color: {
      type: 'linear',
      domain: [0, maxHeat],
      scheme: HEAT_SCHEME,
      legend: true,
      label: 'hotspot (churn share × complexity factor)',
    },
    marks: [
      Plot.rect(leaves, {
        x1: 'x0',
        x2: 'x1',
        y1: 'y0',
        y2: 'y1',
        fill: heatOf,
        stroke: 'var(--bg)',
        href: (node: HierarchyRectangularNode<Node>) => itemsHref({ path: node.data.name }),
        title: (node: HierarchyRectangularNode<Node>) => {
          const file = node.data.file as HotspotFile;
          return `${file.path}\n${formatCount(file.lines)} lines · ${file.commits} commits · complexity ${file.complexity} · hotspot ${file.hotspot} · ${file.items} open items`;
        },
      }),
      Plot.text(labelled, {
        x: (node: HierarchyRectangularNode<Node>) => node.x0 + 3,
        y: (node: HierarchyRectangularNode<Node>) => node.y0 + 10,
        text: (node: HierarchyRectangularNode<Node>) => clip(node.data.label ?? node.data.name, node.x1 - node.x0 - 6),
        textAnchor: 'start',
        fontSize: 10,
        fill: (node: HierarchyRectangularNode<Node>) => textOn(String(color.apply(heatOf(node)))),
        pointerEvents: 'none',
      }),
      Plot.text(folders, {
        x: (node: HierarchyRectangularNode<Node>) => node.x0 + 4,
        y: (node: HierarchyRectangularNode<Node>) => node.y0 + 9,
        text: (node: HierarchyRectangularNode<Node>) => clip(`${node.data.name}/`, node.x1 - node.x0 - 8),
        textAnchor: 'start',
        fontWeight: 'bold',
        fontSize: 11,
        fill: 'currentColor',
      }),
    ],
    ariaLabel: 'hotspot map of files',
  });
}

function hotspotTable(report: Report, files: readonly HotspotFile[]): HTMLElement {
  const columns: Column<HotspotFile>[] = [
    { label: 'File', cell: (file) => link(report.fileHref(file.path), file.path) },
    { label: 'Lines', numeric: true, cell: (file) => formatCount(file.lines) },
    { label: 'Commits', numeric: true, cell: (file) => formatCount(file.commits) },
    { label: 'Complexity', numeric: true, cell: (file) => (file.complexity ? formatCount(file.complexity) : '–') },
    { label: 'Hotspot', numeric: true, cell: (file) => file.hotspot.toFixed(2) },
    {
      label: 'Open items',
      numeric: true,
      cell: (file) => (file.items ? link(itemsHref({ path: file.path }), formatCount(file.items)) : '0'),
    },
  ];
  return table('Hotspot files, hottest first', columns, files);
}
