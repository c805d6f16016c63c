import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  findNodes,
  format,
  parseSource,
  propertyChain,
  sourceFiles,
  ts,
  lastName,
  type SourceFile,
} from './source-tree.js';

// What blocks a commit is decided in one predicate, `isGated` in workflow/gate.ts. Anywhere else, code
// may show the block settings (reports, explain) but never compare a finding with them: no comparison
// with block.minScore, no membership test on block.categories, no gate score of its own.
const gate = suite('architecture: one gate predicate');

const ALLOWED = /^workflow\/gate\.ts$|^config\//;
const MEMBERSHIP = new Set(['includes', 'indexOf', 'some', 'every', 'find', 'filter', 'has']);
const COMPARISONS = new Set([
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
]);

const endsWith = (chain: string[] | undefined, ...tail: string[]) =>
  chain !== undefined &&
  chain.length >= tail.length &&
  tail.every((name, index) => chain[chain.length - tail.length + index] === name);

function gateDecisionsOutsidePredicate(source: SourceFile) {
  if (ALLOWED.test(source.path)) return [];
  return findNodes(source, (node) => {
    // finding score >= config.block.minScore
    if (ts.isBinaryExpression(node) && COMPARISONS.has(node.operatorToken.kind))
      return [node.left, node.right].some((side) => endsWith(propertyChain(side), 'block', 'minScore'));
    // config.block.categories.includes(finding.category)
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression))
      return (
        MEMBERSHIP.has(node.expression.name.text) &&
        endsWith(propertyChain(node.expression.expression), 'block', 'categories')
      );
    // a gate score computed outside the predicate
    if (ts.isCallExpression(node)) return lastName(node.expression) === 'scoreFindingAtGate';
    // const { minScore, categories } = config.block: the settings taken apart to decide with
    if (ts.isVariableDeclaration(node) && node.initializer && ts.isObjectBindingPattern(node.name))
      return endsWith(propertyChain(node.initializer), 'block');
    return false;
  });
}

gate('no gate decision outside isGated', () => {
  assert.equal(format(sourceFiles().flatMap(gateDecisionsOutsidePredicate)), []);
});

gate('the check can fail: each kind of planted decision is reported, and allowed in workflow/gate.ts', () => {
  const planted = [
    'if (score >= config.block.minScore) blocked.push(finding);',
    'const blocks = config.block.minScore <= scores.composite;',
    'const gated = config.block.categories.includes(finding.category);',
    'const gated = workspace.config.block.categories.some((category) => category === finding.category);',
    'const score = scoreFindingAtGate(finding, config).scores.composite;',
    'const { minScore } = config.block;',
  ];
  for (const line of planted) {
    assert.is(gateDecisionsOutsidePredicate(parseSource('cli/check.ts', undefined, line)).length, 1, line);
    assert.is(gateDecisionsOutsidePredicate(parseSource('workflow/gate.ts', undefined, line)).length, 0, line);
  }
  const shown = [
    'const json = { blockMinScore: config.block.minScore };',
    "const text = block.categories.map((category) => `${category}`).join(' or ');",
    'const eligible = items.filter((item) => item.scores.composite >= config.backlog.minScore);',
  ];
  for (const line of shown)
    assert.is(gateDecisionsOutsidePredicate(parseSource('report/json.ts', undefined, line)).length, 0, line);
});

gate.run();
