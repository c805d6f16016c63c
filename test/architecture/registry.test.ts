import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { allAnalyzers } from '../../src/analyzers/registry.js';
import {
  findNodes,
  format,
  lastName,
  parseSource,
  sourceFiles,
  stringValue,
  ts,
  type SourceFile,
} from './source-tree.js';

// Every fact about an analyzer sits in analyzers/registry.ts; config defaults and validation, the engine
// and the reports derive from its entries. So no code elsewhere names an analyzer: no
// `config.analyzers.secrets`, no `entry.name === 'markers'`, no `optionsOf('complexity')`, no
// `analyzers: { docstring: … }` literal. An analyzer's own folder may name itself; messages may name
// the config key in their text.
const registry = suite('architecture: analyzer names only in the registry');

const NAMES = new Set(allAnalyzers.map((entry) => entry.name));
const EQUALITY = new Set([
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
]);

const isName = (value: string | undefined, own: string | undefined) =>
  value !== undefined && value !== own && NAMES.has(value);
const chainEndsWith = (node: ts.Expression, name: string) => lastName(node) === name;

function analyzerNamesOutsideRegistry(source: SourceFile) {
  if (source.path === 'analyzers/registry.ts') return [];
  const own = /^analyzers\/([^/]+)\//.exec(source.path)?.[1];
  return findNodes(source, (node) => {
    // config.analyzers.secrets
    if (ts.isPropertyAccessExpression(node))
      return isName(node.name.text, own) && chainEndsWith(node.expression, 'analyzers');
    // config.analyzers['secrets']
    if (ts.isElementAccessExpression(node))
      return isName(stringValue(node.argumentExpression), own) && chainEndsWith(node.expression, 'analyzers');
    // entry.name === 'markers'
    if (ts.isBinaryExpression(node) && EQUALITY.has(node.operatorToken.kind))
      return (
        (isName(stringValue(node.left), own) && chainEndsWith(node.right, 'name')) ||
        (isName(stringValue(node.right), own) && chainEndsWith(node.left, 'name'))
      );
    // defaultOptionsOf('complexity'), analyzerNamed('docstring')
    if (ts.isCallExpression(node))
      return (
        /analyzer|options/i.test(lastName(node.expression) ?? '') &&
        node.arguments.some((argument) => isName(stringValue(argument), own))
      );
    // analyzers: { docstring: { enabled: false } }
    if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
      const parent = node.parent.parent;
      return (
        isName(node.name.text, own) &&
        ts.isPropertyAssignment(parent) &&
        (ts.isIdentifier(parent.name) || ts.isStringLiteral(parent.name)) &&
        parent.name.text === 'analyzers'
      );
    }
    return false;
  });
}

registry('no analyzer is named outside the registry (and its own folder)', () => {
  assert.ok(NAMES.size >= 7, 'the names come from the registry');
  assert.equal(format(sourceFiles().flatMap(analyzerNamesOutsideRegistry)), []);
});

registry('the check can fail: each kind of planted name is reported, and allowed in the registry', () => {
  const planted = [
    'const { tags } = config.analyzers.markers;',
    'const on = config.analyzers?.docstring?.enabled;',
    "const options = configFor(path).analyzers['secrets'];",
    "const entry = fileAnalyzers.find((candidate) => candidate.name === 'secrets');",
    "if ('complexity' !== entry.name) continue;",
    "const defaults = defaultOptionsOf('complexity');",
    'const config = { analyzers: { docstring: { enabled: false } } };',
  ];
  for (const line of planted) {
    assert.is(analyzerNamesOutsideRegistry(parseSource('workflow/planted.ts', undefined, line)).length, 1, line);
    assert.is(analyzerNamesOutsideRegistry(parseSource('analyzers/registry.ts', undefined, line)).length, 0, line);
  }
  assert.is(
    analyzerNamesOutsideRegistry(parseSource('analyzers/complexity/index.ts', undefined, planted[5] as string)).length,
    0,
    'an analyzer names itself',
  );
  const harmless = [
    "const message = 'The docstring analyzer is off (analyzers.docstring.enabled).';",
    "const key = 'complexity' in context ? context.complexity : 0;",
    "if (finding.category === 'vuln') exposure += 1;",
  ];
  for (const line of harmless)
    assert.is(analyzerNamesOutsideRegistry(parseSource('report/planted.ts', undefined, line)).length, 0, line);
});

registry.run();
