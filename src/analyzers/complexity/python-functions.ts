import { withSyntaxTree, type SyntaxNode } from '../parsers/tree-sitter-parse.js';
import type { FunctionMetrics } from './function-metrics.js';
import { measurePythonCognitive } from './python-cognitive.js';
import { measurePythonCyclomatic } from './python-cyclomatic.js';

// A def is a statement, so the search for them descends through statements only, not expressions
// (walking every node costs a call into wasm each, about as much as parsing).
const statementContainers = new Set([
  'module',
  'block',
  'decorated_definition',
  'if_statement',
  'elif_clause',
  'else_clause',
  'for_statement',
  'while_statement',
  'try_statement',
  'except_clause',
  'except_group_clause',
  'finally_clause',
  'with_statement',
  'match_statement',
  'case_clause',
]);

/** Every def (methods and nested functions too), named with its enclosing classes and functions. */
export function measurePythonFunctions(text: string): FunctionMetrics[] {
  return withSyntaxTree('py', text, (root) => {
    const found: FunctionMetrics[] = [];
    const visit = (node: SyntaxNode, prefix: string, inClass: boolean): void => {
      if (node.type === 'function_definition' || node.type === 'class_definition') {
        const name = prefix + (node.childForFieldName('name')?.text ?? '<anonymous>');
        const body = node.childForFieldName('body');
        if (node.type === 'function_definition' && body) {
          found.push({
            name,
            kind: inClass ? 'method' : 'function',
            line: node.startPosition.row + 1,
            endLine: node.endPosition.row + 1,
            column: node.startPosition.column,
            cyclomatic: measurePythonCyclomatic(body),
            cognitive: measurePythonCognitive(body),
          });
        }
        for (const child of node.namedChildren) visit(child, `${name}.`, node.type === 'class_definition');
        return;
      }
      if (statementContainers.has(node.type)) for (const child of node.namedChildren) visit(child, prefix, inClass);
    };
    visit(root, '', false);
    return found;
  });
}
