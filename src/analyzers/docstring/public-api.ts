// What the project itself says its public API is, gathered once per scan from the whole tree (see
// gather-public-api.ts) and handed to the docstring analyzer as its `publicApi` option: the symbols its
// reference docs reach, and the JS/TS files its package entry points reach. A backlog item asks for
// documentation of that API; the rest stays in coverage.
import type { PublicSymbol } from './public-symbol.js';

export interface PublicApi {
  /** Sphinx autodoc and mkdocstrings references, present when the project's docs have any. */
  reference?: {
    /** Doc files that hold references (the first few), for `explain`. */
    sources: string[];
    /**
     * Dotted target → 1 when its members are documented too (`:members:`, `::: pkg.mod`), else 0; 2 for a
     * name a package exports in `__all__` (its members count, but it names no module to document whole).
     */
    targets: Record<string, 0 | 1 | 2>;
  };
  /**
   * Python classes that inherit across files, by file and class (python-classes.ts): the other package's
   * base reached through the project's classes, and the methods a documented project base documents.
   */
  inheritance?: Record<string, Record<string, { external?: string; documented?: string[] }>>;
  /** JS/TS packages with entry points (package.json exports, main, types) and what those reach. */
  entryPoints?: {
    /** Folders of the package.json files that declare entry points ('' for the root). */
    packages: string[];
    /** Reached file → 1 when all its exports are reached, else the names reached. */
    reached: Record<string, 1 | string[]>;
  };
}

export interface ReachOptions {
  referenceDocs: boolean;
  entryPoints: boolean;
  inheritedDocs: boolean;
}

interface TargetIndex {
  /** Last dotted component → the targets ending in it. */
  byLast: Map<string, Array<[target: string, members: boolean]>>;
  /** Targets documented with their members, as paths (`flask.json.tag` → flask/json/tag). */
  withMembers: string[];
  /** The last file asked about, and whether a target documents its whole module (asked per symbol). */
  last?: { path: string; reached: boolean };
}

const indexes = new WeakMap<object, TargetIndex>();

function indexTargets(reference: NonNullable<PublicApi['reference']>): TargetIndex {
  let index = indexes.get(reference);
  if (!index) {
    const byLast = new Map<string, Array<[string, boolean]>>();
    const withMembers: string[] = [];
    for (const [target, members] of Object.entries(reference.targets)) {
      const last = target.slice(target.lastIndexOf('.') + 1);
      byLast.set(last, [...(byLast.get(last) ?? []), [target, members !== 0]]);
      if (members === 1) withMembers.push(target.replace(/\./g, '/'));
    }
    indexes.set(reference, (index = { byLast, withMembers }));
  }
  return index;
}

/** `a.b.C` names `C` and `b.C`: a dotted suffix at a dot boundary. */
function names(target: string, name: string): boolean {
  return target === name || target.endsWith(`.${name}`);
}

/** src/flask/json/tag.py → flask/json/tag; pkg/__init__.py → pkg */
function modulePath(path: string): string {
  return path.replace(/\.pyi?$/, '').replace(/\/__init__$/, '');
}

function reachesModule(reference: NonNullable<PublicApi['reference']>, path: string): boolean {
  const index = indexTargets(reference);
  if (index.last?.path !== path) {
    const module = modulePath(path);
    const reached = index.withMembers.some((target) => module === target || module.endsWith(`/${target}`));
    index.last = { path, reached };
  }
  return index.last.reached;
}

/** Whether the reference docs name this symbol itself (automethod, a `:members:` list), not only its class. */
export function namedByReference(api: PublicApi | undefined, symbol: string): boolean {
  if (!api?.reference) return false;
  const last = symbol.slice(symbol.lastIndexOf('.') + 1);
  return (indexTargets(api.reference).byLast.get(last) ?? []).some(([target]) => names(target, symbol));
}

/**
 * Python: a symbol the reference docs reach (its module documented with members, its own name, its class
 * documented with members) or a file they do not know at all when the project has none.
 */
export function isReachedByReference(api: PublicApi | undefined, path: string, symbol: PublicSymbol): boolean {
  if (!api?.reference) return true;
  if (reachesModule(api.reference, path)) return true;
  const { byLast } = indexTargets(api.reference);
  const parts = symbol.name.split('.');
  const top = parts[0] as string;
  if (parts.length === 1) return (byLast.get(top) ?? []).some(([target]) => names(target, top));
  if (namedByReference(api, symbol.name)) return true;
  const owner = parts.slice(0, -1).join('.');
  const last = owner.slice(owner.lastIndexOf('.') + 1);
  return (byLast.get(last) ?? []).some(([target, members]) => members && names(target, owner));
}

/** The package folder a path belongs to: the longest declared folder that holds it. */
function packageOf(packages: readonly string[], path: string): string | undefined {
  let found: string | undefined;
  for (const folder of packages)
    if ((folder === '' || path.startsWith(`${folder}/`)) && (found === undefined || folder.length > found.length))
      found = folder;
  return found;
}

/** JS/TS: a symbol of a file its package's entry points reach; any symbol of a file outside such packages. */
export function isReachedFromEntryPoints(api: PublicApi | undefined, path: string, symbol: PublicSymbol): boolean {
  if (!api?.entryPoints || packageOf(api.entryPoints.packages, path) === undefined) return true;
  const reached = api.entryPoints.reached[path];
  if (reached === undefined) return false;
  return reached === 1 || reached.includes(symbol.name.split('.')[0] as string);
}
