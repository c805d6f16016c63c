// The JS/TS files a package's users can reach: its package.json entry points (exports, main, module,
// types, bin is a command and not API) and what those files re-export, followed file to file. A helper
// module the entry points only import stays internal, however many `export`s it has. Pure: needs the
// Babel parser loaded (prepare) and a reader of tracked files.
import { parseEcmaScript, type EsNode } from '../parsers/ecmascript-parse.js';
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

/** Every string leaf of package.json `exports` (conditions and subpaths alike). */
function exportTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(exportTargets);
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
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
    .concat(exportTargets(manifest.exports).filter((target) => !target.includes('*')));
  if (declared.length === 0) declared.push('index.js');
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

/**
 * What a module hands on: `export … from`, `export *`, and imported or required bindings it exports
 * (`export { X }`, `export default X`, `module.exports = X | { X }`, `exports.X = X`, `api.X = X` on
 * the object it exports). Each as (specifier, names reached there, or 1 for all).
 */
function reExports(program: EsNode): Array<[specifier: string, reach: Reach]> {
  const body = program['body'] as EsNode[];
  const found: Array<[string, Reach]> = [];
  const imported = new Map<string, [specifier: string, name: string]>();
  const bind = (local: string, specifier: string, name: string) => imported.set(local, [specifier, name]);
  const requireOf = (node: EsNode | null | undefined): string | undefined => {
    if (node?.type !== 'CallExpression') return undefined;
    const callee = node['callee'] as EsNode;
    const argument = (node['arguments'] as EsNode[])[0];
    return callee.type === 'Identifier' && callee['name'] === 'require' && typeof argument?.['value'] === 'string'
      ? (argument['value'] as string)
      : undefined;
  };
  for (const statement of body) {
    if (statement.type === 'ImportDeclaration') {
      const specifier = (statement['source'] as EsNode)['value'] as string;
      for (const item of statement['specifiers'] as EsNode[]) {
        const local = String((item['local'] as EsNode)['name']);
        const name =
          item.type === 'ImportSpecifier'
            ? String((item['imported'] as EsNode)['name'] ?? (item['imported'] as EsNode)['value'])
            : '*';
        bind(local, specifier, name);
      }
    } else if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement['declarations'] as EsNode[]) {
        const specifier = requireOf(declarator['init'] as EsNode | null);
        const id = declarator['id'] as EsNode;
        if (specifier === undefined) continue;
        if (id.type === 'Identifier') bind(String(id['name']), specifier, '*');
        else if (id.type === 'ObjectPattern')
          for (const property of id['properties'] as EsNode[]) {
            const key = property['key'] as EsNode | undefined;
            const value = property['value'] as EsNode | undefined;
            if (key?.type === 'Identifier' && value?.type === 'Identifier')
              bind(String(value['name']), specifier, String(key['name']));
          }
      }
    } else if (statement.type === 'ExportAllDeclaration') {
      found.push([(statement['source'] as EsNode)['value'] as string, 1]);
    } else if (statement.type === 'ExportNamedDeclaration' && statement['source']) {
      const names = new Set(
        (statement['specifiers'] as EsNode[]).map((item) => {
          const local = item['local'] as EsNode | undefined;
          return item.type === 'ExportNamespaceSpecifier' ? '*' : String(local?.['name'] ?? local?.['value'] ?? '*');
        }),
      );
      found.push([
        (statement['source'] as EsNode)['value'] as string,
        names.has('*') || names.has('default') ? 1 : names,
      ]);
    }
  }
  const exportedObjects = new Set<string>();
  const handOn = (value: EsNode | null | undefined): void => {
    if (!value) return;
    const required = requireOf(value);
    if (required !== undefined) return void found.push([required, 1]);
    if (value.type === 'MemberExpression' && !value['computed']) {
      const object = value['object'] as EsNode;
      const from = object.type === 'Identifier' ? imported.get(String(object['name'])) : undefined;
      if (from)
        found.push([
          from[0],
          from[1] === '*' ? new Set([String((value['property'] as EsNode)['name'])]) : new Set([from[1]]),
        ]);
      return;
    }
    if (value.type === 'ObjectExpression') {
      for (const property of value['properties'] as EsNode[])
        handOn((property['value'] as EsNode | undefined) ?? (property['argument'] as EsNode | undefined));
      return;
    }
    if (value.type !== 'Identifier') return;
    const from = imported.get(String(value['name']));
    if (from) found.push([from[0], from[1] === '*' || from[1] === 'default' ? 1 : new Set([from[1]])]);
  };
  const isExports = (node: EsNode): boolean =>
    (node.type === 'Identifier' && node['name'] === 'exports') ||
    (node.type === 'MemberExpression' &&
      (node['object'] as EsNode).type === 'Identifier' &&
      (node['object'] as EsNode)['name'] === 'module' &&
      (node['property'] as EsNode)['name'] === 'exports');
  for (const statement of body) {
    if (statement.type === 'ExportNamedDeclaration' && !statement['source'])
      for (const item of statement['specifiers'] as EsNode[]) handOn(item['local'] as EsNode);
    else if (statement.type === 'ExportDefaultDeclaration') {
      const declaration = statement['declaration'] as EsNode;
      handOn(declaration);
      if (declaration.type === 'Identifier') exportedObjects.add(String(declaration['name']));
    }
  }
  for (const statement of body) {
    if (statement.type !== 'ExpressionStatement') continue;
    let expression = statement['expression'] as EsNode;
    const targets: EsNode[] = [];
    while (expression.type === 'AssignmentExpression') {
      targets.push(expression['left'] as EsNode);
      expression = expression['right'] as EsNode;
    }
    for (const target of targets) {
      if (isExports(target)) {
        handOn(expression);
        if (expression.type === 'Identifier') exportedObjects.add(String(expression['name']));
      } else if (target.type === 'MemberExpression') {
        const object = target['object'] as EsNode;
        if (isExports(object) || (object.type === 'Identifier' && exportedObjects.has(String(object['name']))))
          handOn(expression);
      }
    }
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
    const program = text === undefined ? undefined : parseEcmaScript(file, text);
    if (!program) continue;
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    for (const [specifier, what] of reExports(program)) {
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
