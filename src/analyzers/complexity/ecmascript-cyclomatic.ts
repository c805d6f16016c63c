// Cyclomatic complexity as ESLint's `complexity` rule counts it (classic variant, ESLint 10):
// 1 + if, loops, catch, ?:, &&/||/??, logical assignment (&&= ||= ??=), default values
// (AssignmentPattern), optional chaining (each `?.`) and each `case` with a test.
// Class field initializers and static blocks are measured on their own, as ESLint does.
import type { EsNode } from '../parsers/ecmascript-parse.js';

/** Babel node types that start a function of their own (ESLint's code paths of origin "function"). */
export const ecmaScriptFunctionTypes = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'ObjectMethod',
  'ClassMethod',
  'ClassPrivateMethod',
]);

const alwaysDecisions = new Set([
  'CatchClause',
  'ConditionalExpression',
  'LogicalExpression',
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'IfStatement',
  'WhileStatement',
  'DoWhileStatement',
  'AssignmentPattern',
]);
const logicalAssignments = new Set(['&&=', '||=', '??=']);

/** What one node adds to the cyclomatic complexity of the function that owns it. */
export function cyclomaticIncrement(node: EsNode): number {
  if (alwaysDecisions.has(node.type)) return 1;
  switch (node.type) {
    case 'SwitchCase':
      return node['test'] ? 1 : 0;
    case 'AssignmentExpression':
      return logicalAssignments.has(String(node['operator'])) ? 1 : 0;
    case 'OptionalMemberExpression':
    case 'OptionalCallExpression':
      return node['optional'] === true ? 1 : 0;
    default:
      return 0;
  }
}
