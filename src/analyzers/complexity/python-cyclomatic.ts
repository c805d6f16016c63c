// Cyclomatic complexity as radon 5 counts it (radon/visitors.py, ComplexityVisitor): 1 + if, elif,
// ternary, assert, each boolean operator, for/while (+1 more with an else), each except (+1 for a try
// else), each comprehension for and if, each match case but a catch-all. Nested def/class bodies are
// measured on their own; lambda bodies count toward the enclosing function, as in radon.
import type { SyntaxNode } from '../parsers/tree-sitter-parse.js';

const plainDecisions = new Set([
  'if_statement',
  'elif_clause',
  'conditional_expression',
  'boolean_operator',
  'for_in_clause',
]);
export const pythonScopes = new Set(['function_definition', 'class_definition', 'decorated_definition']);

export function measurePythonCyclomatic(body: SyntaxNode): number {
  let total = 1;
  const visit = (node: SyntaxNode): void => {
    if (pythonScopes.has(node.type)) return;
    if (node.type === 'assert_statement') return void (total += 1);
    total += incrementOf(node);
    for (const child of node.namedChildren) visit(child);
  };
  for (const child of body.namedChildren) visit(child);
  return total;
}

function incrementOf(node: SyntaxNode): number {
  if (plainDecisions.has(node.type)) return 1;
  switch (node.type) {
    case 'for_statement':
    case 'while_statement':
      return 1 + (node.childForFieldName('alternative') ? 1 : 0);
    case 'if_clause':
      // Comprehension filters count; a match case's guard shares the node type but radon 5.1 skips it.
      return node.parent?.type === 'case_clause' ? 0 : 1;
    case 'try_statement': {
      const clauses = node.namedChildren;
      return (
        clauses.filter((clause) => clause.type === 'except_clause').length +
        (clauses.some((clause) => clause.type === 'else_clause') ? 1 : 0)
      );
    }
    default:
      return 0;
  }
}
