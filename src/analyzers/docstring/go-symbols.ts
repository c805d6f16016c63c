// Go: exported (capitalised) functions, methods and types; documented when a comment sits on the line
// directly above, as godoc shows it. golint's extra wish that it begin with the name is a style check
// we leave to linters.
import { withSyntaxTree, type SyntaxNode } from '../parsers/tree-sitter-parse.js';
import type { PublicSymbol } from './public-symbol.js';

const isExported = (name: string): boolean => /^[A-Z]/.test(name);

export function listGoSymbols(text: string, path = ''): PublicSymbol[] {
  return withSyntaxTree('go', text, (root) => {
    const symbols: PublicSymbol[] = [];
    // exported names of an internal/ package are importable only by its parent's tree, and package main's
    // by nothing: no other module's API (godoc and pkg.go.dev leave them out)
    const packageName = root.namedChildren.find((node) => node.type === 'package_clause')?.namedChild(0)?.text;
    const internal = packageName === 'main' || /(?:^|\/)internal\//.test(path);
    for (const node of root.namedChildren) {
      if (node.type === 'function_declaration' || node.type === 'method_declaration') {
        const name = node.childForFieldName('name')?.text ?? '';
        // a method of an unexported type is not part of the package's API (godoc does not show it)
        const receiver = node.type === 'method_declaration' ? receiverType(node) : undefined;
        if (isExported(name) && (receiver === undefined || isExported(receiver)))
          symbols.push({
            name,
            kind: node.type === 'method_declaration' ? 'method' : 'function',
            line: node.startPosition.row + 1,
            documented: hasCommentAbove(node),
          });
      } else if (node.type === 'type_declaration') {
        const specs = node.namedChildren.filter((child) => child.type === 'type_spec');
        for (const spec of specs) {
          const name = spec.childForFieldName('name')?.text ?? '';
          // In a grouped `type ( … )` each spec may carry its own comment; the group's comment covers a lone spec.
          const documented = hasCommentAbove(spec) || (specs.length === 1 && hasCommentAbove(node));
          if (isExported(name)) symbols.push({ name, kind: 'type', line: spec.startPosition.row + 1, documented });
        }
      }
    }
    if (internal) for (const symbol of symbols) if (!symbol.documented) symbol.leftOut = 'internal-package';
    return symbols;
  });
}

// (s byName), (c *Command), (l *List[T]) → byName, Command, List
function receiverType(method: SyntaxNode): string {
  const text = method.childForFieldName('receiver')?.text ?? '';
  return /([A-Za-z_]\w*)\s*(?:\[[^\]]*\])?\s*\)\s*$/.exec(text)?.[1] ?? '';
}

export function hasCommentAbove(
  node: SyntaxNode,
  isDocComment: (comment: SyntaxNode) => boolean = () => true,
): boolean {
  const previous = node.previousNamedSibling;
  return (
    previous !== null &&
    previous.type.endsWith('comment') &&
    previous.endPosition.row >= node.startPosition.row - 1 &&
    isDocComment(previous)
  );
}
