// The JS/TS files a package's users can reach: its package.json entry points (exports, main, module,
// types, bin is a command and not API) and what those files re-export, followed file to file. A helper
// module the entry points only import stays internal, however many `export`s it has. Pure, given a reader
// of tracked files.
import type { PublicApi } from './public-api.js';

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.d.ts', '.js', '.mjs', '.cjs', '.jsx'];
/** Where built entry points (dist/, lib/ not in git) come from, by convention. */
const SOURCE_ENTRIES = ['src/index.ts', 'src/index.tsx', 'src/index.mts', 'src/index.js', 'src/index.mjs', 'index.ts'];

interface Manifest {
  main?: unknown;
  module?: unknown;
  types?: unknown;
  typings?: unknown;
  exports?: unknown;
  browser?: unknown;
  private?: unknown;
}

/**
 * Every string leaf of package.json `exports` (conditions and subpaths alike), but for subpaths the package
 * itself calls unsafe, internal or private (axios's `./unsafe/utils.js`) and subpath patterns (`./*`,
 * `./dist/*`: every file reachable, none declared).
 */
function exportTargets(value: unknown, key = '.'): string[] {
  if (key.includes('*') || /(?:^|\/)(?:unsafe|internal|private)(?:\/|$)/.test(key)) return [];
  if (typeof value === 'string') return value.includes('*') ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => exportTargets(item, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([name, item]) => exportTargets(item, name.startsWith('.') ? name : key));
  return [];
}

function join(folder: string, relative: string): string {
  const parts = folder === '' ? [] : folder.split('/');
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** A specifier or entry path → the tracked file it loads (`./core/Axios.js` may be core/Axios.ts). */
function resolveFile(tracked: ReadonlySet<string>, path: string): string | undefined {
  if (tracked.has(path) && /\.[cm]?[jt]sx?$/.test(path)) return path;
  const stem = path.replace(/\.(?:d\.ts|[cm]?[jt]sx?)$/, '');
  for (const extension of SOURCE_EXTENSIONS) if (tracked.has(stem + extension)) return stem + extension;
  for (const extension of SOURCE_EXTENSIONS)
    if (tracked.has(`${path}/index${extension}`)) return `${path}/index${extension}`;
  return undefined;
}

/** Entry files of one package: declared ones that are tracked, and the conventional source of built ones. */
function entryFiles(folder: string, manifest: Manifest, tracked: ReadonlySet<string>): string[] {
  const declared = [manifest.main, manifest.module, manifest.types, manifest.typings, manifest.browser]
    .filter((value): value is string => typeof value === 'string')
    .concat(exportTargets(manifest.exports));
  if (declared.length === 0 && manifest.exports === undefined) declared.push('index.js');
  const found = new Set<string>();
  let built = false;
  for (const target of declared) {
    const file = resolveFile(tracked, join(folder, target));
    if (file) found.add(file);
    else built = true;
  }
  if (built)
    for (const entry of SOURCE_ENTRIES) {
      const file = join(folder, entry);
      if (tracked.has(file)) {
        found.add(file);
        break;
      }
    }
  return [...found];
}

type Reach = 1 | Set<string>;

// Read from the text, not a syntax tree: a Babel parse of the files vue/core's entry points reach took
// ~1.5-3 s on this machine before the scan itself parsed them again, for a handful of statement shapes.
// Comments are blanked first, so a commented-out export hands nothing on.
const COMMENTS = /\/\*[\s\S]*?\*\/|(?<![:'"`\\])\/\/[^\n]*/g;
const NAME = '[A-Za-z_$][\\w$]*';
const QUOTED = `['"]([^'"\\n]+)['"]`;
const EXPORT_ALL = new RegExp(`\\bexport\\s+(?:type\\s+)?\\*(?:\\s+as\\s+${NAME})?\\s+from\\s*${QUOTED}`, 'g');
const EXPORT_FROM = new RegExp(`\\bexport\\s+(?:type\\s+)?\\{([^}]*)\\}\\s*from\\s*${QUOTED}`, 'g');
const EXPORT_LIST = new RegExp(`\\bexport\\s+(?:type\\s+)?\\{([^}]*)\\}(?!\\s*from)`, 'g');
const IMPORT = new RegExp(`\\bimport\\s+(?:type\\s+)?([^'";]*?)\\s+from\\s*${QUOTED}`, 'g');
const REQUIRE = new RegExp(`\\b(?:const|let|var)\\s+(${NAME}|\\{[^}]*\\})\\s*=\\s*require\\(\\s*${QUOTED}\\s*\\)`, 'g');
const IMPORT_REQUIRE = new RegExp(`\\bimport\\s+(${NAME})\\s*=\\s*require\\(\\s*${QUOTED}\\s*\\)`, 'g');
const EXPORT_ASSIGN = new RegExp(`\\bexport\\s*=\\s*(${NAME})`, 'g');
const EXPORT_DEFAULT = new RegExp(`\\bexport\\s+default\\s+(${NAME})\\s*(?:;|$)`, 'gm');
// module.exports = …, exports = module.exports = …, exports.x = …, app.x = …: target chain, then value
const ASSIGNMENT = new RegExp(
  `^[ \\t]*(?:(?:var|let|const)[ \\t]+)?((?:(?:${NAME})(?:\\.${NAME})*\\s*=(?!=)\\s*)+)(require\\(\\s*${QUOTED}\\s*\\)|\\{[^}]*\\}|${NAME}(?:\\.${NAME})?)`,
  'gm',
);

/** `a, b as c, default as d, type T` → the names as the source module knows them (a, b, default, T). */
function sourceNames(list: string): string[] {
  return list
    .split(',')
    .map((item) => item.trim().replace(/^type\s+/, ''))
    .filter(Boolean)
    .map((item) => item.split(/\s+as\s+/)[0] as string);
}

/** `a, b as c` → the local names bound (a, c). */
function localNames(list: string): Array<[local: string, imported: string]> {
  return list
    .split(',')
    .map((item) => item.trim().replace(/^type\s+/, ''))
    .filter(Boolean)
    .map((item) => {
      const [imported, local] = item.split(/\s+as\s+|\s*:\s*/) as [string, string | undefined];
      return [(local ?? imported).trim(), imported.trim()];
    });
}

/**
 * What a module hands on: `export … from`, `export *`, and imported or required bindings it exports
 * (`export { X }`, `export default X`, `module.exports = X | { X }`, `exports.X = X`, `api.X = X` on
 * the object it exports). Each as (specifier, names reached there, or 1 for all).
 */
function reExports(source: string): Array<[specifier: string, reach: Reach]> {
  const text = source.replace(COMMENTS, ' ');
  const found: Array<[string, Reach]> = [];
  const imported = new Map<string, [specifier: string, name: string]>();
  for (const [, specifier] of text.matchAll(EXPORT_ALL)) found.push([specifier as string, 1]);
  for (const [, list, specifier] of text.matchAll(EXPORT_FROM)) {
    const names = sourceNames(list as string);
    found.push([specifier as string, names.includes('default') ? 1 : new Set(names)]);
  }
  for (const [, clause, specifier] of text.matchAll(IMPORT)) {
    const braces = /\{([^}]*)\}/.exec(clause as string);
    for (const [local, name] of braces ? localNames(braces[1] as string) : [])
      imported.set(local, [specifier as string, name]);
    const rest = (clause as string).replace(/\{[^}]*\}/, '').replace(/,/g, ' ');
    const namespace = /\*\s*as\s+([A-Za-z_$][\w$]*)/.exec(rest);
    if (namespace) imported.set(namespace[1] as string, [specifier as string, '*']);
    const byDefault = /^\s*([A-Za-z_$][\w$]*)/.exec(rest.replace(/\*\s*as\s+[A-Za-z_$][\w$]*/, ''));
    if (byDefault) imported.set(byDefault[1] as string, [specifier as string, 'default']);
  }
  for (const [, binding, specifier] of text.matchAll(IMPORT_REQUIRE))
    imported.set(binding as string, [specifier as string, '*']);
  for (const [, binding, specifier] of text.matchAll(REQUIRE)) {
    if ((binding as string).startsWith('{'))
      for (const [local, name] of localNames((binding as string).slice(1, -1)))
        imported.set(local, [specifier as string, name]);
    else imported.set(binding as string, [specifier as string, '*']);
  }
  const handOn = (value: string): void => {
    const required = /^require\(\s*['"]([^'"]+)['"]/.exec(value);
    if (required) return void found.push([required[1] as string, 1]);
    if (value.startsWith('{')) {
      for (const item of value.slice(1, -1).split(',')) {
        const property = item.trim().replace(/^\.\.\./, '');
        const colon = property.indexOf(':');
        handOn((colon === -1 ? property : property.slice(colon + 1)).trim());
      }
      return;
    }
    const [object, member] = value.split('.') as [string, string | undefined];
    const from = imported.get(object);
    if (!from) return;
    if (member !== undefined) found.push([from[0], new Set([from[1] === '*' ? member : from[1]])]);
    else found.push([from[0], from[1] === '*' || from[1] === 'default' ? 1 : new Set([from[1]])]);
  };
  for (const [, list] of text.matchAll(EXPORT_LIST)) for (const name of sourceNames(list as string)) handOn(name);
  const exportedObjects = new Set<string>();
  for (const [, name] of text.matchAll(EXPORT_DEFAULT)) {
    handOn(name as string);
    exportedObjects.add(name as string);
  }
  const assignments = [...text.matchAll(ASSIGNMENT)].map(([, chain, value]) => ({
    targets: (chain as string)
      .split('=')
      .map((target) => target.trim())
      .filter(Boolean),
    value: value as string,
  }));
  const isExports = (target: string) => target === 'module.exports' || target === 'exports';
  // TypeScript's CommonJS form: `export = X`
  for (const [, value] of text.matchAll(EXPORT_ASSIGN)) {
    handOn(value as string);
    exportedObjects.add(value as string);
  }
  for (const { targets, value } of assignments)
    if (targets.some(isExports)) for (const target of targets) if (!target.includes('.')) exportedObjects.add(target);
  for (const { targets, value } of assignments)
    for (const target of targets) {
      const owner = target.slice(0, target.lastIndexOf('.'));
      if (isExports(target)) {
        handOn(value);
        if (/^[A-Za-z_$][\w$]*$/.test(value)) exportedObjects.add(value);
      } else if (target.includes('.') && (isExports(owner) || exportedObjects.has(owner))) handOn(value);
    }
  return found;
}

// The answer is kept per text: a scan's reads come in rounds that ask again.
const answered = new Map<string, Array<[string, Reach]>>();

function reExportsOf(text: string): Array<[string, Reach]> {
  let found = answered.get(text);
  if (!found) {
    found = reExports(text);
    if (answered.size >= 4096) answered.clear();
    answered.set(text, found);
  }
  return found;
}

/** Entry points of every JS/TS package in the tree and the files they reach; undefined when there is none. */
export function gatherEntryPoints(
  files: readonly string[],
  read: (path: string) => string | undefined,
  isShipped: (path: string) => boolean,
): PublicApi['entryPoints'] {
  const tracked = new Set(files);
  const packages: string[] = [];
  const reached = new Map<string, Reach>();
  const queue: Array<[string, Reach]> = [];
  const reach = (file: string, what: Reach) => {
    const known = reached.get(file);
    if (known === 1) return;
    if (what === 1) reached.set(file, 1);
    else if (known && [...what].every((name) => known.has(name))) return;
    else reached.set(file, new Set([...(known ?? []), ...what]));
    queue.push([file, what]);
  };
  for (const path of files) {
    if (!/(?:^|\/)package\.json$/.test(path) || !isShipped(path)) continue;
    let manifest: Manifest;
    try {
      manifest = JSON.parse(read(path) ?? '') as Manifest;
    } catch {
      continue; // not a manifest we can read: its folder is judged as before
    }
    const folder = path.replace(/\/?package\.json$/, '');
    const entries = entryFiles(folder, manifest, tracked);
    if (entries.length === 0) continue;
    packages.push(folder);
    for (const entry of entries) reach(entry, 1);
  }
  if (packages.length === 0) return undefined;
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [file] = next;
    const text = read(file);
    if (text === undefined) continue;
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    for (const [specifier, what] of reExportsOf(text)) {
      if (!specifier.startsWith('.')) continue; // another package: its own entry points say what it offers
      const target = resolveFile(tracked, join(folder, specifier));
      if (target) reach(target, what);
    }
  }
  const reachedOut: Record<string, 1 | string[]> = {};
  for (const [file, what] of [...reached].sort(([a], [b]) => (a < b ? -1 : 1)))
    reachedOut[file] = what === 1 ? 1 : [...what].sort();
  return { packages: packages.sort(), reached: reachedOut };
}
