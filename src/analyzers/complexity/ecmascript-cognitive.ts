// Cognitive complexity after SonarSource's white paper (G. Ann Campbell, 2017): +1 for each break in
// linear flow (if, else if, else, ?:, switch, loops, catch, labelled break/continue, each run of
// like logical operators), plus the nesting depth for those that nest. Nested functions are measured
// on their own rather than folded into the enclosing one, so one knot is never reported twice.
import { childrenOf, type EsNode } from '../parsers/ecmascript-parse.js';
import { ecmaScriptFunctionTypes } from './ecmascript-cyclomatic.js';

const loops = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);
const logicalOperators = new Set(['&&', '||', '??']);

export function measureEcmaScriptCognitive(body: EsNode): number {
  let total = 0;

  const visitIf = (node: EsNode, nesting: number, isElseIf: boolean): void => {
    total += isElseIf ? 1 : 1 + nesting;
    visit(node['test'] as EsNode, nesting);
    visit(node['consequent'] as EsNode, nesting + 1);
    const alternate = node['alternate'] as EsNode | null;
    if (alternate?.type === 'IfStatement') visitIf(alternate, nesting, true);
    else if (alternate) {
      total += 1;
      visit(alternate, nesting + 1);
    }
  };

  const visitNested = (node: EsNode, nesting: number, nestedKeys: readonly string[]): void => {
    total += 1 + nesting;
    for (const child of childrenOf(node)) {
      const isNested = nestedKeys.some(
        (key) => node[key] === child || (Array.isArray(node[key]) && (node[key] as unknown[]).includes(child)),
      );
      visit(child, isNested ? nesting + 1 : nesting);
    }
  };

  const visit = (node: EsNode, nesting: number): void => {
    // Class bodies hold methods, static blocks and field initializers, each measured on its own.
    if (ecmaScriptFunctionTypes.has(node.type) || node.type === 'StaticBlock' || node.type === 'ClassBody') return;
    if (node.type === 'IfStatement') return visitIf(node, nesting, false);
    if (loops.has(node.type)) return visitNested(node, nesting, ['body']);
    if (node.type === 'SwitchStatement') return visitNested(node, nesting, ['cases']);
    if (node.type === 'CatchClause') return visitNested(node, nesting, ['body']);
    if (node.type === 'ConditionalExpression') return visitNested(node, nesting, ['consequent', 'alternate']);
    if ((node.type === 'BreakStatement' || node.type === 'ContinueStatement') && node['label']) total += 1;
    if (node.type === 'LogicalExpression' && logicalOperators.has(String(node['operator']))) {
      const operands: EsNode[] = [];
      total += countOperatorRuns(node, operands);
      for (const operand of operands) visit(operand, nesting);
      return;
    }
    for (const child of childrenOf(node)) visit(child, nesting);
  };

  // A static block is its own body; anything else passed in (a block, an initializer) is visited whole.
  if (body.type === 'StaticBlock') for (const child of childrenOf(body)) visit(child, 0);
  else visit(body, 0);
  return total;
}

/** `a && b && c` is one run, `a && b || c` two: flattens the chain, collecting its operands. */
function countOperatorRuns(root: EsNode, operands: EsNode[]): number {
  const operators: string[] = [];
  const flatten = (node: EsNode): void => {
    if (node.type === 'LogicalExpression' && logicalOperators.has(String(node['operator']))) {
      flatten(node['left'] as EsNode);
      operators.push(String(node['operator']));
      flatten(node['right'] as EsNode);
    } else operands.push(node);
  };
  flatten(root);
  return operators.filter((operator, index) => index === 0 || operator !== operators[index - 1]).length;
}
