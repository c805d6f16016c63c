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
    const visit = (node: SyntaxNode, prefix: string, inClass: boolean): void => {
      if (node.type === 'function_definition' || node.type === 'class_definition') {
        const name = node.childForFieldName('name')?.text ?? '';
        const isClass = node.type === 'class_definition';
        if (!name.startsWith('_')) {
          symbols.push({
            name: prefix + name,
            kind: isClass ? 'class' : inClass ? 'method' : 'function',
            line: node.startPosition.row + 1,
            documented: hasDocstring(node),
          });
        }
        // Functions nested in functions are implementation details; a class body holds methods.
        if (isClass && !name.startsWith('_'))
          for (const child of node.namedChildren) visit(child, `${prefix}${name}.`, true);
        return;
      }
      if (transparentBlocks.has(node.type)) for (const child of node.namedChildren) visit(child, prefix, inClass);
    };
    visit(root, '', false);
    return symbols;
  });
}

function hasDocstring(definition: SyntaxNode): boolean {
  const first = definition.childForFieldName('body')?.namedChildren.find((child) => child.type !== 'comment');
  const expression = first?.type === 'expression_statement' ? first.namedChild(0) : undefined;
  const literal = expression?.type === 'concatenated_string' ? expression.namedChild(0) : expression;
  // Only a plain (or raw/unicode) string is a docstring: an f-string or bytes literal is not, per CPython.
  return literal?.type === 'string' && /^[rRuU]?["']/.test(literal.text);
}
