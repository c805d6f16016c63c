// What the project's Python classes inherit across files, read from the text of every shipped module
// (imports, top-level `class` lines, their methods and whether each has a docstring), since a parse of
// every module would cost the scan a second pass:
// - classes that inherit from a class of another package through the project's own classes (click's
//   Group under flask's AppGroup under FlaskGroup): their methods are presumed overrides;
// - methods that override a documented method of a project class in another file (pytest's
//   Module.collect over nodes.Collector.collect): Sphinx autodoc and help() show the base's docstring.
import type { PublicApi } from './public-api.js';

const MARKER_MODULES = /^(?:typing|typing_extensions|abc|enum|dataclasses|builtins)(?:\.|$)/;
const CLASS = /^class[ \t]+([A-Za-z_]\w*)[ \t]*(?:\(([^)]*)\))?[ \t]*:/;
const DEF = /^([ \t]+)(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)[ \t]*\(/;
const FROM_IMPORT = /^[ \t]*from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]+)/gm;
const IMPORT = /^[ \t]*import[ \t]+([^\n#;]+)/gm;
const DOCSTRING_START = /^[ \t]*[rRuU]?(?:"|')/;

interface ClassFacts {
  bases: string[];
  /** Public methods defined in the class body → whether each has a docstring. */
  methods: Map<string, boolean>;
}

interface ModuleFacts {
  path: string;
  /** Local name → [module as written (relative or absolute), name there or '' for the module itself]. */
  imports: Map<string, [string, string]>;
  classes: Map<string, ClassFacts>;
}

/** src/flask/sansio/app.py → src/flask/sansio/app; src/flask/__init__.py → src/flask */
export function modulePathOf(path: string): string {
  return path.replace(/\.pyi?$/, '').replace(/\/__init__$/, '');
}

/** Index just past the `:` that ends a signature opened at `open` (brackets and strings skipped). */
function signatureEnd(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    const char = text[index] as string;
    if (char === '"' || char === "'") {
      const close = text.indexOf(char, index + 1);
      if (close === -1) return -1;
      index = close;
    } else if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') depth--;
    else if (char === ':' && depth === 0) return index + 1;
  }
  return -1;
}

function hasDocstringAfter(text: string, bodyStart: number): boolean {
  const lineEnd = text.indexOf('\n', bodyStart);
  const rest = text.slice(bodyStart, lineEnd === -1 ? text.length : lineEnd).trim();
  if (rest !== '' && !rest.startsWith('#')) return DOCSTRING_START.test(rest);
  for (let start = lineEnd + 1; start > 0 && start < text.length;) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) return DOCSTRING_START.test(line);
    if (end === -1) break;
    start = end + 1;
  }
  return false;
}

function readModule(path: string, text: string): ModuleFacts {
  const imports = new Map<string, [string, string]>();
  for (const [, module, list] of text.matchAll(FROM_IMPORT))
    for (const item of (list as string).replace(/[()]/g, '').split(',')) {
      const [name, alias] = item.trim().split(/\s+as\s+/) as [string, string | undefined];
      if (/^[A-Za-z_]\w*$/.test(name)) imports.set(alias ?? name, [module as string, name]);
    }
  for (const [, list] of text.matchAll(IMPORT))
    for (const item of (list as string).split(',')) {
      const [module, alias] = item.trim().split(/\s+as\s+/) as [string, string | undefined];
      if (/^[A-Za-z_][\w.]*$/.test(module))
        imports.set(alias ?? (module.split('.')[0] as string), [alias ? module : (module.split('.')[0] as string), '']);
    }
  const classes = new Map<string, ClassFacts>();
  let current: ClassFacts | undefined;
  let bodyIndent: string | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const header = CLASS.exec(line);
    if (header) {
      current = {
        bases: (header[2] ?? '')
          .split(',')
          .map((base) => base.trim())
          .filter((base) => base !== '' && !base.includes('='))
          .map((base) => /^[A-Za-z_][\w.]*/.exec(base)?.[0] ?? '')
          .filter(Boolean),
        methods: new Map(),
      };
      classes.set(header[1] as string, current);
      bodyIndent = undefined;
      continue;
    }
    if (/^[^\s#@)\]}]/.test(line)) current = undefined; // back at module level
    const method = current ? DEF.exec(line) : null;
    if (!current || !method) continue;
    bodyIndent ??= method[1];
    const name = method[2] as string;
    if (method[1] !== bodyIndent || name.startsWith('_')) continue;
    const end = signatureEnd(text, start + line.indexOf('(', line.indexOf('def')));
    const documented = end !== -1 && hasDocstringAfter(text, end);
    current.methods.set(name, (current.methods.get(name) ?? false) || documented);
  }
  return { path, imports, classes };
}

type Inheritance = NonNullable<PublicApi['inheritance']>;

/**
 * By file and class: the other package's base it inherits from (`external`), and the methods it defines
 * whose documentation a project base in another file gives (`documented`). A module is the project's when
 * the import is relative or resolves to one of the given files.
 */
export function gatherInheritance(files: readonly string[], read: (path: string) => string | undefined): Inheritance {
  const modules = new Map<string, ModuleFacts>();
  for (const path of files) {
    const text = read(path);
    // every module, classes or not: a package's __init__.py re-exports them
    if (text !== undefined) modules.set(modulePathOf(path), readModule(path, text));
  }
  const bySuffix = new Map<string, string | undefined>();
  const resolveDotted = (dotted: string): string | undefined => {
    if (bySuffix.has(dotted)) return bySuffix.get(dotted);
    const slashed = dotted.replace(/\./g, '/');
    let found: string | undefined;
    for (const module of modules.keys())
      if (module === slashed || module.endsWith(`/${slashed}`)) {
        found = module;
        break;
      }
    bySuffix.set(dotted, found);
    return found;
  };
  const resolveModule = (from: string, written: string): string | undefined => {
    const dots = /^\.*/.exec(written)?.[0].length ?? 0;
    if (dots === 0) return resolveDotted(written);
    const parts = from.split('/');
    const isPackage = modules.get(from)?.path.endsWith('__init__.py') ?? false;
    const base = parts.slice(0, parts.length - (isPackage ? 0 : 1) - (dots - 1));
    const rest = written.slice(dots);
    return [...base, ...(rest ? rest.split('.') : [])].join('/');
  };
  // a base as written in `module` → the project class it names, or the other package's name for it
  const resolveBase = (
    module: string,
    base: string,
  ): { project: [string, string] } | { external: string } | undefined => {
    const facts = modules.get(module);
    if (!facts) return undefined;
    if (facts.classes.has(base)) return { project: [module, base] };
    const [root, ...rest] = base.split('.') as [string, ...string[]];
    const imported = facts.imports.get(root);
    if (!imported) return undefined;
    const [written, importedName] = imported;
    const dotted = [written, importedName, ...rest.slice(0, -1)]
      .filter(Boolean)
      .join('.')
      .replace(/^(\.+)\./, '$1');
    const className = rest.length > 0 ? (rest.at(-1) as string) : importedName;
    const target = resolveModule(module, rest.length === 0 ? written : dotted);
    if (target !== undefined && modules.has(target)) return { project: followReExport(target, className, 0) };
    if (written.startsWith('.') || MARKER_MODULES.test(written)) return undefined;
    return { external: `${written}.${className}`.replace(/^\./, '') };
  };
  // `from .app import Flask` in flask/__init__.py: the class lives in app.py
  const followReExport = (module: string, name: string, depth: number): [string, string] => {
    const facts = modules.get(module);
    if (!facts || facts.classes.has(name) || depth > 4) return [module, name];
    const imported = facts.imports.get(name);
    if (!imported || !imported[1]) return [module, name];
    const target = resolveModule(module, imported[0]);
    return target !== undefined && modules.has(target)
      ? followReExport(target, imported[1], depth + 1)
      : [module, name];
  };
  const memo = new Map<string, { external?: string; documented: Set<string> }>();
  const inherited = (module: string, name: string): { external?: string; documented: Set<string> } => {
    const key = `${module}:${name}`;
    const known = memo.get(key);
    if (known) return known;
    const result: { external?: string; documented: Set<string> } = { documented: new Set() };
    memo.set(key, result); // a cycle ends here
    for (const base of modules.get(module)?.classes.get(name)?.bases ?? []) {
      const resolved = resolveBase(module, base);
      if (!resolved) continue;
      if ('external' in resolved) {
        result.external ??= resolved.external;
        continue;
      }
      const [baseModule, baseName] = resolved.project;
      const baseClass = modules.get(baseModule)?.classes.get(baseName);
      if (!baseClass) continue;
      for (const [method, documented] of baseClass.methods) if (documented) result.documented.add(method);
      const further = inherited(baseModule, baseName);
      result.external ??= further.external;
      for (const method of further.documented) result.documented.add(method);
    }
    return result;
  };
  const found: Inheritance = {};
  for (const [module, facts] of modules)
    for (const [name, own] of facts.classes) {
      const { external, documented } = inherited(module, name);
      const overrides = [...own.methods.keys()].filter((method) => !own.methods.get(method) && documented.has(method));
      if (!external && overrides.length === 0) continue;
      (found[facts.path] ??= {})[name] = {
        ...(external ? { external } : {}),
        ...(overrides.length ? { documented: overrides } : {}),
      };
    }
  return found;
}
