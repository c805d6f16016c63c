// Cognitive complexity (SonarSource) for Python: if/elif/else, loops (and their else), except, ternary,
// match, and each run of like boolean operators; nesting adds to the structures that nest.
// Nested def/class are measured on their own; a lambda's body nests one level deeper in its function.
import type { SyntaxNode } from '../parsers/tree-sitter-parse.js';
import { pythonScopes } from './python-cyclomatic.js';

const nestingStructures = new Set([
  'for_statement',
  'while_statement',
  'except_clause',
  'conditional_expression',
  'match_statement',
]);
const flatClauses = new Set(['elif_clause', 'else_clause']);

export function measurePythonCognitive(body: SyntaxNode): number {
  let total = 0;
  const visitChildren = (node: SyntaxNode, nesting: number): void => {
    for (const child of node.namedChildren) visit(child, nesting);
  };
  const visit = (node: SyntaxNode, nesting: number): void => {
    if (pythonScopes.has(node.type)) return;
    if (node.type === 'if_statement' || nestingStructures.has(node.type)) {
      total += 1 + nesting;
      for (const child of node.namedChildren) visit(child, flatClauses.has(child.type) ? nesting : nesting + 1);
    } else if (flatClauses.has(node.type)) {
      total += 1;
      visitChildren(node, nesting + 1);
    } else if (node.type === 'try_statement') {
      // A try's else runs on the straight path; only its except clauses break the flow.
      for (const child of node.namedChildren) (child.type === 'else_clause' ? visitChildren : visit)(child, nesting);
    } else if (node.type === 'lambda') {
      visitChildren(node, nesting + 1);
    } else if (node.type === 'boolean_operator') {
      const operands: SyntaxNode[] = [];
      total += countOperatorRuns(node, operands);
      for (const operand of operands) visit(operand, nesting);
    } else visitChildren(node, nesting);
  };
  for (const child of body.namedChildren) visit(child, 0);
  return total;
}

function operatorOf(node: SyntaxNode): string {
  return node.childForFieldName('operator')?.type ?? '';
}

function countOperatorRuns(root: SyntaxNode, operands: SyntaxNode[]): number {
  const operators: string[] = [];
  const flatten = (node: SyntaxNode): void => {
    if (node.type !== 'boolean_operator') return void operands.push(node);
    const [left, right] = [node.childForFieldName('left'), node.childForFieldName('right')];
    if (left) flatten(left);
    operators.push(operatorOf(node));
    if (right) flatten(right);
  };
  flatten(root);
  return operators.filter((operator, index) => index === 0 || operator !== operators[index - 1]).length;
}
