// Cyclomatic complexity per function for the tree-sitter languages other than Python.
import { withSyntaxTree, type SyntaxNode } from '../parsers/tree-sitter-parse.js';
import type { FunctionMetrics } from './function-metrics.js';
import { languageShapes, type LanguageShape } from './language-shapes.js';

export function measureTreeSitterFunctions(language: string, text: string): FunctionMetrics[] {
  const shape = languageShapes[language];
  if (!shape) return [];
  return withSyntaxTree(language, text, (root) => {
    const found: FunctionMetrics[] = [];
    const visit = (node: SyntaxNode, owner: FunctionMetrics | undefined, className: string | undefined): void => {
      let inner = owner;
      let innerClass = className;
      if (shape.functions.has(node.type)) {
        const name = functionName(node);
        inner = {
          name: className && name !== '<anonymous>' ? `${className}.${name}` : name,
          kind: className ? 'method' : 'function',
          line: node.startPosition.row + 1,
          endLine: node.endPosition.row + 1,
          column: node.startPosition.column,
          cyclomatic: 1,
        };
        found.push(inner);
        innerClass = undefined;
      } else if (shape.classes.has(node.type)) {
        innerClass = (node.childForFieldName('name') ?? node.childForFieldName('type'))?.text ?? className;
      } else if (owner) owner.cyclomatic += incrementOf(shape, node);
      for (const child of node.namedChildren) visit(child, inner, innerClass);
    };
    visit(root, undefined, undefined);
    return found;
  });
}

function incrementOf(shape: LanguageShape, node: SyntaxNode): number {
  if (shape.decisions.has(node.type)) return shape.countsWhen?.[node.type]?.(node) === false ? 0 : 1;
  if (!shape.logicalNodes.has(node.type)) return 0;
  const operator = node.childForFieldName('operator') ?? node.child(1);
  return operator && shape.logicalOperators.has(operator.type) ? 1 : 0;
}

// C and C++ keep the name inside nested declarators: `int *Foo::bar(int x)`.
function functionName(node: SyntaxNode): string {
  const named = node.childForFieldName('name');
  if (named) return named.text;
  if (node.type !== 'function_definition') return '<anonymous>';
  let declarator = node.childForFieldName('declarator');
  while (declarator && declarator.childForFieldName('declarator'))
    declarator = declarator.childForFieldName('declarator');
  return declarator ? declarator.text : '<anonymous>';
}
