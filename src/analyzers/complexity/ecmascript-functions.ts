// Walks a JS/TS program once, giving every function (and class field initializer / static block, which
// ESLint measures as functions of their own) its name, span, cyclomatic and cognitive complexity.
import { childrenOf, parseEcmaScript, type EsNode } from '../parsers/ecmascript-parse.js';
import { measureEcmaScriptCognitive } from './ecmascript-cognitive.js';
import { cyclomaticIncrement, ecmaScriptFunctionTypes } from './ecmascript-cyclomatic.js';
import { keyName, nameForChild } from './ecmascript-names.js';
import type { FunctionMetrics } from './function-metrics.js';

const classFieldTypes = new Set(['ClassProperty', 'ClassPrivateProperty', 'ClassAccessorProperty']);

interface Scope {
  metrics?: FunctionMetrics;
  className?: string;
}

export function measureEcmaScriptFunctions(path: string, text: string): FunctionMetrics[] {
  const program = parseEcmaScript(path, text);
  if (!program) return [];
  const found: FunctionMetrics[] = [];
  // A function that is a property's value starts at the property's key, where ESLint reports it too.
  const record = (
    node: EsNode,
    name: string,
    kind: FunctionMetrics['kind'],
    body: EsNode,
    head = node,
  ): FunctionMetrics => {
    const metrics: FunctionMetrics = {
      name,
      kind,
      line: head.loc.start.line,
      endLine: node.loc.end.line,
      column: head.loc.start.column,
      cyclomatic: 1,
      cognitive: measureEcmaScriptCognitive(body),
    };
    found.push(metrics);
    return metrics;
  };
  const qualify = (scope: Scope, name: string): string => (scope.className ? `${scope.className}.${name}` : name);

  const visit = (node: EsNode, scope: Scope, hint: string | undefined, head?: EsNode): void => {
    let inner = scope;
    if (ecmaScriptFunctionTypes.has(node.type)) {
      const isMember =
        node.type === 'ClassMethod' || node.type === 'ClassPrivateMethod' || node.type === 'ObjectMethod';
      const ownName = isMember ? keyName(node['key'], node['computed']) : (node['id'] as EsNode | null)?.['name'];
      const name =
        isMember && node.type !== 'ObjectMethod'
          ? qualify(scope, String(ownName))
          : String(ownName ?? hint ?? '<anonymous>');
      inner = { metrics: record(node, name, isMember ? 'method' : 'function', node['body'] as EsNode, head) };
    } else if (node.type === 'StaticBlock') {
      inner = { metrics: record(node, qualify(scope, 'static'), 'static-block', node) };
    } else if (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') {
      const id = node['id'] as EsNode | null;
      inner = { ...scope, className: String(id?.['name'] ?? hint ?? '<class>') };
    } else if (scope.metrics) {
      scope.metrics.cyclomatic += cyclomaticIncrement(node);
    }
    if (classFieldTypes.has(node.type)) return visitClassField(node, scope);
    const isProperty = node.type === 'ObjectProperty';
    for (const child of childrenOf(node))
      visit(child, inner, nameForChild(node, child), isProperty && child === node['value'] ? node : undefined);
  };

  // The initializer is its own code path in ESLint; an initializer that is itself a function is
  // measured as that function only.
  const visitClassField = (node: EsNode, scope: Scope): void => {
    const name = qualify(scope, keyName(node['key'], node['computed']));
    const value = node['value'] as EsNode | null;
    for (const child of childrenOf(node)) {
      if (child !== value) visit(child, scope, undefined);
      else if (ecmaScriptFunctionTypes.has(value.type)) visit(value, scope, name, node);
      else visit(value, { metrics: record(value, name, 'initializer', value) }, undefined);
    }
  };

  visit(program, {}, undefined);
  return found;
}
