import { languageOf } from '../../findings/languages.js';
import type { RepoFacts } from '../maturity/repo-facts.js';

// How widely a package is used decides what upgrading it costs: each file that imports it may need a
// change when its major changes its API. Counted once per scan, only when an upgrade is found.

// require('x'), import('x'), import x from 'x', import 'x', export … from 'x'
const SPECIFIER = /(?:\brequire\s*\(\s*|\bimport\s*\(\s*|\bfrom\s+|\bimport\s+)['"]([^'"\n]{1,200})['"]/g;

/** The package an import specifier names (`lodash/fp` → lodash, `@babel/core/lib` → @babel/core). */
export function packageOfSpecifier(specifier: string): string | undefined {
  if (/^(?:\.|\/|node:|[a-z]+:\/\/)/.test(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Per package of `wanted`: how many of the repository's own JavaScript/TypeScript files import it. */
export function countImportingFiles(facts: RepoFacts, wanted: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  if (wanted.size === 0) return counts;
  for (const path of facts.ownFiles) {
    const language = languageOf(path);
    if (language !== 'js' && language !== 'ts') continue;
    const text = facts.read(path);
    if (text === undefined) continue;
    const seen = new Set<string>();
    for (const match of text.matchAll(SPECIFIER)) {
      const name = packageOfSpecifier(match[1] as string);
      if (name && wanted.has(name) && !seen.has(name)) {
        seen.add(name);
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
  }
  return counts;
}
