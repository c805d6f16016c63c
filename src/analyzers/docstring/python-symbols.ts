// Python: module-level functions and classes and the methods of classes, public when the name does not
// start with `_` (so dunders like __init__ are not asked for a docstring), documented when the body's
// first statement is a string literal. Defs under module-level if/try/with still count as module level.
import { withSyntaxTree, type SyntaxNode } from '../parsers/tree-sitter-parse.js';
import type { LeftOutReason, PublicSymbol } from './public-symbol.js';

const transparentBlocks = new Set([
  'module',
  'block',
  'decorated_definition',
  'if_statement',
  'elif_clause',
  'else_clause',
  'try_statement',
  'except_clause',
  'finally_clause',
  'with_statement',
]);

interface ClassFacts {
  /** Base names as written, by their first component: `click.Group` → click, `BaseLoader` → BaseLoader. */
  bases: Array<{ name: string; root: string }>;
  isProtocol: boolean;
}

export function listPythonSymbols(text: string, path = ''): PublicSymbol[] {
  return withSyntaxTree('py', text, (root) => {
    const symbols: PublicSymbol[] = [];
    const classes = new Map<string, ClassFacts>();
    const imports = new Map<string, string>();
    let exportedNames: Set<string> | undefined;
    // a .pyi file describes a module to type checkers; its docs are the module's, not the stub's
    const stubFile = path.endsWith('.pyi');
    const visit = (node: SyntaxNode, prefix: string, owner: ClassFacts | undefined, typingOnly: boolean): void => {
      if (node.type === 'import_statement' || node.type === 'import_from_statement') {
        if (!owner) readImports(node, imports);
        return;
      }
      if (!owner && node.type === 'expression_statement') {
        const names = readDunderAll(node);
        if (names) exportedNames = new Set([...(exportedNames ?? []), ...names]);
        return;
      }
      if (node.type === 'function_definition' || node.type === 'class_definition') {
        const name = node.childForFieldName('name')?.text ?? '';
        const isClass = node.type === 'class_definition';
        const facts = isClass ? readClass(node) : undefined;
        if (facts && !owner) classes.set(name, facts);
        if (!name.startsWith('_')) {
          const symbol: PublicSymbol = {
            name: prefix + name,
            kind: isClass ? 'class' : owner ? 'method' : 'function',
            line: node.startPosition.row + 1,
            documented: hasDocstring(node),
          };
          const decorators = decoratorsOf(node);
          if (!symbol.documented) {
            const reason: LeftOutReason | undefined =
              typingOnly || stubFile || (!isClass && isEllipsisStub(node, decorators, owner))
                ? 'typing-only'
                : undefined;
            if (reason) symbol.leftOut = reason;
          }
          if (decorators.some((decorator) => /^(?:[\w.]+\.)?override$/.test(decorator))) symbol.marksOverride = true;
          symbols.push(symbol);
        }
        // Functions nested in functions are implementation details; a class body holds methods.
        if (facts && !name.startsWith('_'))
          for (const child of node.namedChildren) visit(child, `${prefix}${name}.`, facts, typingOnly);
        return;
      }
      if (node.type === 'if_statement' && isTypeCheckingGuard(node)) {
        // `if TYPE_CHECKING:` declares what only a type checker sees (protocols, typed proxies): no
        // runtime API to document there; its `else:` branch runs, and is read as usual
        for (const child of node.namedChildren) visit(child, prefix, owner, typingOnly || child.type === 'block');
        return;
      }
      if (transparentBlocks.has(node.type))
        for (const child of node.namedChildren) visit(child, prefix, owner, typingOnly);
    };
    visit(root, '', undefined, false);
    markCoveredElsewhere(symbols, classes);
    markExternalBases(symbols, classes, imports, path);
    if (exportedNames) {
      const declared = exportedNames;
      for (const symbol of symbols)
        if (!symbol.documented && !symbol.leftOut && !declared.has(symbol.name.split('.')[0] as string))
          symbol.leftOut = 'not-in-all';
    }
    return symbols;
  });
}

// if TYPE_CHECKING: / if typing.TYPE_CHECKING: / if t.TYPE_CHECKING:
function isTypeCheckingGuard(node: SyntaxNode): boolean {
  const condition = node.childForFieldName('condition')?.text ?? '';
  return /^(?:[A-Za-z_]\w*\.)?TYPE_CHECKING$/.test(condition.trim());
}

// class Tag(JSONTag, Generic[T]) → JSONTag, Generic; class G(click.Group) → click.Group (root click)
function readClass(definition: SyntaxNode): ClassFacts {
  const list = definition.childForFieldName('superclasses');
  const bases = (list?.namedChildren ?? [])
    .filter((child) => child.type !== 'keyword_argument')
    .map((child) => /^([A-Za-z_][\w.]*)/.exec(child.text)?.[1] ?? '')
    .filter(Boolean)
    .map((name) => ({ name, root: name.split('.')[0] as string }));
  return { bases, isProtocol: bases.some((base) => /(?:^|\.)Protocol$/.test(base.name)) };
}

/** import a.b as c → c: a.b; from .x import Y → Y: .x; from click import Group as G → G: click */
function readImports(node: SyntaxNode, imports: Map<string, string>): void {
  if (node.type === 'import_statement') {
    for (const child of node.namedChildren) {
      if (child.type === 'dotted_name') imports.set(child.text.split('.')[0] as string, child.text);
      else if (child.type === 'aliased_import') {
        const alias = child.childForFieldName('alias')?.text;
        if (alias) imports.set(alias, child.childForFieldName('name')?.text ?? alias);
      }
    }
    return;
  }
  const module = node.childForFieldName('module_name')?.text ?? '';
  for (const child of node.namedChildren) {
    if (child === node.childForFieldName('module_name')) continue;
    if (child.type === 'dotted_name') imports.set(child.text, module);
    else if (child.type === 'aliased_import') {
      const alias = child.childForFieldName('alias')?.text;
      if (alias) imports.set(alias, module);
    }
  }
}

// __all__ = ["a", "b"] / ("a",) / += [...]: the module's declared public names; undefined when it is
// built otherwise (a comprehension, a concatenation of other lists), which leaves every name public
function readDunderAll(statement: SyntaxNode): string[] | undefined {
  const expression = statement.namedChild(0);
  if (expression?.type !== 'assignment' && expression?.type !== 'augmented_assignment') return undefined;
  if (expression.childForFieldName('left')?.text !== '__all__') return undefined;
  const value = expression.childForFieldName('right');
  if (value?.type !== 'list' && value?.type !== 'tuple') return undefined;
  const names: string[] = [];
  for (const item of value.namedChildren) {
    if (item.type === 'comment') continue;
    const literal = /^["']([A-Za-z_]\w*)["']$/.exec(item.text);
    if (!literal) return undefined;
    names.push(literal[1] as string);
  }
  return names;
}

function decoratorsOf(definition: SyntaxNode): string[] {
  const parent = definition.parent;
  if (parent?.type !== 'decorated_definition') return [];
  return parent.namedChildren
    .filter((child) => child.type === 'decorator')
    .map((child) => child.text.replace(/^@\s*/, '').replace(/\(.*$/s, ''));
}

// `def send(self, request) -> Response: ...` declares a signature for type checkers (a mixin's view of
// its host, a Protocol member): the implementation is documented where it lives. An abstract method's
// `...` is the interface itself, which is documented where it is declared: still asked.
function isEllipsisStub(definition: SyntaxNode, decorators: string[], owner: ClassFacts | undefined): boolean {
  const statements = definition.childForFieldName('body')?.namedChildren.filter((child) => child.type !== 'comment');
  if (statements?.length !== 1 || statements[0]?.type !== 'expression_statement') return false;
  if (statements[0].namedChild(0)?.type !== 'ellipsis') return false;
  if (owner?.isProtocol) return true;
  return !decorators.some((decorator) => /(?:^|\.)abstract\w*$/.test(decorator));
}

// A visitor's visit_*/depart_* methods and a plugin's pytest_* hooks implement a protocol documented
// where it is declared (the visitor's base, the hook specification), not at each implementation.
const PROTOCOL_METHOD = /(?:^|\.)(?:visit_|depart_|leave_|pytest_)\w+$/;

function markCoveredElsewhere(symbols: PublicSymbol[], classes: ReadonlyMap<string, ClassFacts>): void {
  const mark = (symbol: PublicSymbol, reason: LeftOutReason) => {
    if (!symbol.documented && !symbol.leftOut) symbol.leftOut = reason;
  };
  for (const symbol of symbols)
    if (symbol.kind !== 'class' && PROTOCOL_METHOD.test(symbol.name)) mark(symbol, 'protocol-method');
  const byName = new Map<string, PublicSymbol[]>();
  for (const symbol of symbols) byName.set(symbol.name, [...(byName.get(symbol.name) ?? []), symbol]);
  // getter/setter/deleter and @overload stubs repeat one name: one documented covers the rest, and an
  // undocumented group is one gap, not one per definition
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    const documented = group.some((symbol) => symbol.documented);
    for (const symbol of group.slice(0, documented ? group.length : -1)) mark(symbol, 'accessor-or-overload');
  }
  const documentedIn = (owner: string, method: string, seen: Set<string>): boolean => {
    if (seen.has(owner)) return false;
    seen.add(owner);
    if (byName.get(`${owner}.${method}`)?.some((symbol) => symbol.documented)) return true;
    return (classes.get(owner)?.bases ?? []).some((base) => documentedIn(base.name, method, seen));
  };
  for (const symbol of symbols) {
    if (symbol.documented || symbol.kind !== 'method' || symbol.leftOut) continue;
    const [owner, method, deeper] = symbol.name.split('.') as [string, string, string | undefined];
    if (deeper !== undefined) continue;
    const seen = new Set([owner]);
    if ((classes.get(owner)?.bases ?? []).some((base) => documentedIn(base.name, method, seen)))
      mark(symbol, 'documented-base');
  }
}

/**
 * Bases that only mark a class for type checkers or declare an enumeration add no documented methods a
 * subclass overrides: its methods are its own API.
 */
const MARKER_MODULES = /^(?:typing|typing_extensions|abc|enum|dataclasses|builtins)(?:\.|$)/;

/**
 * Methods of a class that inherits, directly or through classes of this file, from a class imported from
 * another package (click's Group, jinja2's BaseLoader, the standard library's): presumed overrides, whose
 * documentation Sphinx autodoc and help() take from the base. The base's module is another package's when
 * the import is absolute and its first name is none of the folders of this file's path (`from flask.x` in
 * src/flask/app.py is the project's own).
 */
function markExternalBases(
  symbols: PublicSymbol[],
  classes: ReadonlyMap<string, ClassFacts>,
  imports: ReadonlyMap<string, string>,
  path: string,
): void {
  const folders = new Set(path.split('/').slice(0, -1));
  const externalOf = (module: string): boolean =>
    !module.startsWith('.') && !folders.has(module.split('.')[0] as string) && !MARKER_MODULES.test(module);
  const memo = new Map<string, string | undefined>();
  const externalBase = (owner: string, seen: Set<string>): string | undefined => {
    if (memo.has(owner)) return memo.get(owner);
    if (seen.has(owner)) return undefined;
    seen.add(owner);
    let found: string | undefined;
    for (const base of classes.get(owner)?.bases ?? []) {
      const module = imports.get(base.root);
      if (module !== undefined && !classes.has(base.root)) {
        if (externalOf(module)) found = module === base.root ? base.name : `${module}.${base.name}`;
      } else if (classes.has(base.name)) found = externalBase(base.name, seen);
      if (found) break;
    }
    memo.set(owner, found);
    return found;
  };
  for (const symbol of symbols) {
    if (symbol.kind !== 'method') continue;
    const [owner, , deeper] = symbol.name.split('.');
    if (deeper !== undefined || owner === undefined) continue;
    const base = externalBase(owner, new Set());
    if (base) symbol.inheritsExternal = base;
  }
}

function hasDocstring(definition: SyntaxNode): boolean {
  const first = definition.childForFieldName('body')?.namedChildren.find((child) => child.type !== 'comment');
  const expression = first?.type === 'expression_statement' ? first.namedChild(0) : undefined;
  const literal = expression?.type === 'concatenated_string' ? expression.namedChild(0) : expression;
  // Only a plain (or raw/unicode) string is a docstring: an f-string or bytes literal is not, per CPython.
  return literal?.type === 'string' && /^[rRuU]?["']/.test(literal.text);
}
