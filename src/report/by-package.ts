import type { ScoredItem } from '../scoring/types.js';
import { compareText, escapeMarkdown, formatHours, formatScore, shortenTitle } from './text.js';

const MANIFESTS = new Set([
  'package.json',
  'pyproject.toml',
  'setup.py',
  'go.mod',
  'Cargo.toml',
  'pom.xml',
  'build.gradle',
  'composer.json',
  'Gemfile',
]);

/** Folders that hold a package manifest: the units a monorepo backlog is grouped by. */
export function findPackageRoots(paths: readonly string[]): string[] {
  const roots = new Set<string>();
  for (const path of paths) {
    const slash = path.lastIndexOf('/');
    if (MANIFESTS.has(path.slice(slash + 1))) roots.add(slash === -1 ? '.' : path.slice(0, slash));
  }
  return [...roots].sort(compareText);
}

/** The deepest package root containing `path`, or '.' for the repository itself. */
export function packageOf(path: string, roots: readonly string[]): string {
  let best = '.';
  for (const root of roots) if (root !== '.' && path.startsWith(`${root}/`) && root.length > best.length) best = root;
  return best;
}

/** `git-value backlog --by-package`: open items per package, ranked items keep their order. */
export function renderByPackage(open: readonly ScoredItem[], roots: readonly string[], highValueScore: number): string {
  const groups = new Map<string, ScoredItem[]>();
  for (const item of open) {
    const key = packageOf(item.path, roots);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const rows = [...groups]
    .sort(([a], [b]) => compareText(a, b))
    .map(([root, items]) => {
      const top = items[0] as ScoredItem;
      const hours = items.reduce((sum, item) => sum + item.effortHours, 0);
      const high = items.filter((item) => item.scores.composite >= highValueScore).length;
      return `| \`${root}\` | ${items.length} | ${high} | ${formatHours(hours)} | \`${top.id}\` ${escapeMarkdown(shortenTitle(top.title, 50))} (${formatScore(top.scores.composite)}) |`;
    });
  return [
    '# Backlog by package',
    '',
    '| Package | Open items | High-value | Effort | Next best item |',
    '|---|---:|---:|---:|---|',
    ...rows,
    '',
  ].join('\n');
}
