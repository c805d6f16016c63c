// Java: public classes, interfaces, enums and records, their public methods and constructors, and the
// (implicitly public) methods of interfaces; documented by a Javadoc `/** … */` directly above.
import { withSyntaxTree, type SyntaxNode } from '../parsers/tree-sitter-parse.js';
import { hasCommentAbove } from './go-symbols.js';
import type { PublicSymbol } from './public-symbol.js';

const typeDeclarations = new Set([
  'class_declaration',
  'interface_declaration',
  'enum_declaration',
  'record_declaration',
]);
const memberDeclarations = new Set(['method_declaration', 'constructor_declaration']);
const isJavadoc = (comment: SyntaxNode): boolean => comment.text.startsWith('/**');

function modifiersOf(node: SyntaxNode): string {
  return node.namedChildren.find((child) => child.type === 'modifiers')?.text ?? '';
}

const hasModifier = (node: SyntaxNode, word: string): boolean =>
  new RegExp(`(^|\\s)${word}(\\s|$)`).test(modifiersOf(node));

export function listJavaSymbols(text: string): PublicSymbol[] {
  return withSyntaxTree('java', text, (root) => {
    const symbols: PublicSymbol[] = [];
    const visit = (node: SyntaxNode, prefix: string, inInterface: boolean): void => {
      const name = node.childForFieldName('name')?.text ?? '';
      if (typeDeclarations.has(node.type)) {
        if (!hasModifier(node, 'public') && !inInterface) return;
        symbols.push({
          name: prefix + name,
          kind: 'class',
          line: node.startPosition.row + 1,
          documented: hasCommentAbove(node, isJavadoc),
        });
        const body = node.childForFieldName('body');
        for (const child of body?.namedChildren ?? [])
          visit(child, `${prefix}${name}.`, node.type === 'interface_declaration');
      } else if (memberDeclarations.has(node.type)) {
        const isPublic = hasModifier(node, 'public') || (inInterface && !hasModifier(node, 'private'));
        if (isPublic)
          symbols.push({
            name: prefix + name,
            kind: 'method',
            line: node.startPosition.row + 1,
            documented: hasCommentAbove(node, isJavadoc),
          });
      }
    };
    for (const node of root.namedChildren) visit(node, '', false);
    return symbols;
  });
}
