// Python: module-level functions and classes and the methods of classes, public when the name does not
// start with `_` (so dunders like __init__ are not asked for a docstring), documented when the body's
// first statement is a string literal. Defs under module-level if/try/with still count as module level.
import { withSyntaxTree, type SyntaxNode } from '../parsers/tree-sitter-parse.js';
import type { PublicSymbol } from './public-symbol.js';

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

export function listPythonSymbols(text: string): PublicSymbol[] {
  return withSyntaxTree('py', text, (root) => {
    const symbols: PublicSymbol[] = [];
    const bases = new Map<string, string[]>();
    const visit = (node: SyntaxNode, prefix: string, inClass: boolean, typingOnly: boolean): void => {
      if (node.type === 'function_definition' || node.type === 'class_definition') {
        const name = node.childForFieldName('name')?.text ?? '';
        const isClass = node.type === 'class_definition';
        if (isClass && !inClass) bases.set(name, readBases(node));
        if (!name.startsWith('_')) {
          const symbol: PublicSymbol = {
            name: prefix + name,
            kind: isClass ? 'class' : inClass ? 'method' : 'function',
            line: node.startPosition.row + 1,
            documented: hasDocstring(node),
          };
          if (typingOnly && !symbol.documented) symbol.coveredElsewhere = true;
          symbols.push(symbol);
        }
        // Functions nested in functions are implementation details; a class body holds methods.
        if (isClass && !name.startsWith('_'))
          for (const child of node.namedChildren) visit(child, `${prefix}${name}.`, true, typingOnly);
        return;
      }
      if (node.type === 'if_statement' && isTypeCheckingGuard(node)) {
        // `if TYPE_CHECKING:` declares what only a type checker sees (protocols, typed proxies): no
        // runtime API to document there; its `else:` branch runs, and is read as usual
        for (const child of node.namedChildren) visit(child, prefix, inClass, typingOnly || child.type === 'block');
        return;
      }
      if (transparentBlocks.has(node.type))
        for (const child of node.namedChildren) visit(child, prefix, inClass, typingOnly);
    };
    visit(root, '', false, false);
    markCoveredElsewhere(symbols, bases);
    return symbols;
  });
}

// if TYPE_CHECKING: / if typing.TYPE_CHECKING: / if t.TYPE_CHECKING:
function isTypeCheckingGuard(node: SyntaxNode): boolean {
  const condition = node.childForFieldName('condition')?.text ?? '';
  return /^(?:[A-Za-z_]\w*\.)?TYPE_CHECKING$/.test(condition.trim());
}

// class Tag(JSONTag, Generic[T]) → ['JSONTag', 'Generic']: the simple names, as written in this file
function readBases(definition: SyntaxNode): string[] {
  const list = definition.childForFieldName('superclasses');
  if (!list) return [];
  return list.namedChildren
    .filter((child) => child.type !== 'keyword_argument')
    .map((child) => /([A-Za-z_]\w*)\s*(?:\[.*)?$/s.exec(child.text)?.[1] ?? '')
    .filter(Boolean);
}

// A visitor's visit_*/depart_* methods and a plugin's pytest_* hooks implement a protocol documented
// where it is declared (the visitor's base, the hook specification), not at each implementation.
const PROTOCOL_METHOD = /(?:^|\.)(?:visit_|depart_|leave_|pytest_)\w+$/;

function markCoveredElsewhere(symbols: PublicSymbol[], bases: ReadonlyMap<string, string[]>): void {
  for (const symbol of symbols)
    if (!symbol.documented && symbol.kind !== 'class' && PROTOCOL_METHOD.test(symbol.name))
      symbol.coveredElsewhere = true;
  const byName = new Map<string, PublicSymbol[]>();
  for (const symbol of symbols) byName.set(symbol.name, [...(byName.get(symbol.name) ?? []), symbol]);
  // getter/setter/deleter and @overload stubs repeat one name: one documented covers the rest, and an
  // undocumented group is one gap, not one per definition
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    const documented = group.some((symbol) => symbol.documented);
    for (const symbol of group.slice(0, documented ? group.length : -1))
      if (!symbol.documented) symbol.coveredElsewhere = true;
  }
  const documentedIn = (owner: string, method: string, seen: Set<string>): boolean => {
    if (seen.has(owner)) return false;
    seen.add(owner);
    if (byName.get(`${owner}.${method}`)?.some((symbol) => symbol.documented)) return true;
    return (bases.get(owner) ?? []).some((base) => documentedIn(base, method, seen));
  };
  for (const symbol of symbols) {
    if (symbol.documented || symbol.kind !== 'method' || symbol.coveredElsewhere) continue;
    const dot = symbol.name.indexOf('.');
    const owner = symbol.name.slice(0, dot);
    const method = symbol.name.slice(dot + 1);
    if (method.includes('.')) continue;
    const seen = new Set([owner]);
    if ((bases.get(owner) ?? []).some((base) => documentedIn(base, method, seen))) symbol.coveredElsewhere = true;
  }
}

function hasDocstring(definition: SyntaxNode): boolean {
  const first = definition.childForFieldName('body')?.namedChildren.find((child) => child.type !== 'comment');
  const expression = first?.type === 'expression_statement' ? first.namedChild(0) : undefined;
  const literal = expression?.type === 'concatenated_string' ? expression.namedChild(0) : expression;
  // Only a plain (or raw/unicode) string is a docstring: an f-string or bytes literal is not, per CPython.
  return literal?.type === 'string' && /^[rRuU]?["']/.test(literal.text);
}
