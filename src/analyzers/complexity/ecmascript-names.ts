// How a JS/TS function gets its name: from its own id, the key or variable it is assigned to, or its class.
import type { EsNode } from '../parsers/ecmascript-parse.js';

export function keyName(key: unknown, computed: unknown): string {
  const node = key as EsNode | undefined;
  if (!node) return '<anonymous>';
  if (computed) return '[computed]';
  if (node.type === 'Identifier') return String(node['name']);
  if (node.type === 'PrivateName') return `#${keyName(node['id'], false)}`;
  if (node.type === 'StringLiteral' || node.type === 'NumericLiteral') return String(node['value']);
  return '<anonymous>';
}

/** `a.b.c` for member chains, so `exports.parse = function () {}` is named `exports.parse`. */
export function targetName(target: EsNode): string | undefined {
  if (target.type === 'Identifier') return String(target['name']);
  if (target.type === 'MemberExpression' && !target['computed']) {
    const object = targetName(target['object'] as EsNode);
    return object ? `${object}.${keyName(target['property'], false)}` : undefined;
  }
  if (target.type === 'ThisExpression') return 'this';
  return undefined;
}

/** The name a child function would take from this parent (variable, property, assignment), if any. */
export function nameForChild(parent: EsNode, child: EsNode): string | undefined {
  switch (parent.type) {
    case 'VariableDeclarator':
      return parent['init'] === child ? targetName(parent['id'] as EsNode) : undefined;
    case 'ObjectProperty':
      return parent['value'] === child ? keyName(parent['key'], parent['computed']) : undefined;
    case 'AssignmentExpression':
      return parent['right'] === child ? targetName(parent['left'] as EsNode) : undefined;
    case 'AssignmentPattern':
      return parent['right'] === child ? targetName(parent['left'] as EsNode) : undefined;
    case 'ExportDefaultDeclaration':
      return 'default';
    default:
      return undefined;
  }
}
