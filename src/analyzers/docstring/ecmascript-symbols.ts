// JS/TS: exported functions (declarations and `export const f = () => …`), exported classes and their
// public methods; documented by a JSDoc/TSDoc `/** … */` as the last comment before the declaration,
// which is where TypeScript and editors look for it. Overloads share one entry, documented by any of them.
import { parseEcmaScript, type EsNode } from '../parsers/ecmascript-parse.js';
import type { PublicSymbol } from './public-symbol.js';

const functionValues = new Set(['ArrowFunctionExpression', 'FunctionExpression']);
const methodTypes = new Set(['ClassMethod', 'TSDeclareMethod']);

function hasDocComment(...nodes: EsNode[]): boolean {
  return nodes.some((node) => {
    const last = node.leadingComments?.at(-1);
    return last !== undefined && last.type === 'CommentBlock' && last.value.startsWith('*');
  });
}

export function listEcmaScriptSymbols(path: string, text: string): PublicSymbol[] {
  const program = parseEcmaScript(path, text);
  if (!program) return [];
  const symbols = new Map<string, PublicSymbol>();
  const add = (name: string, kind: PublicSymbol['kind'], node: EsNode, documented: boolean): void => {
    const known = symbols.get(name);
    if (known) known.documented ||= documented;
    else symbols.set(name, { name, kind, line: node.loc.start.line, documented });
  };
  const addClass = (declaration: EsNode, exported: EsNode, name: string): void => {
    add(name, 'class', exported, hasDocComment(exported, declaration));
    for (const member of (declaration['body'] as EsNode)['body'] as EsNode[]) {
      const isPublic =
        methodTypes.has(member.type) &&
        member['kind'] === 'method' &&
        !member['computed'] &&
        member['accessibility'] !== 'private' &&
        member['accessibility'] !== 'protected';
      const key = member['key'] as EsNode;
      if (isPublic && key.type === 'Identifier')
        add(`${name}.${String(key['name'])}`, 'method', member, hasDocComment(member));
    }
  };
  for (const statement of program['body'] as EsNode[]) {
    const isDefault = statement.type === 'ExportDefaultDeclaration';
    if (statement.type !== 'ExportNamedDeclaration' && !isDefault) continue;
    const declaration = statement['declaration'] as EsNode | null;
    if (!declaration) continue;
    const ownName = (declaration['id'] as EsNode | null | undefined)?.['name'];
    const name = String(ownName ?? 'default');
    if (
      declaration.type === 'FunctionDeclaration' ||
      declaration.type === 'TSDeclareFunction' ||
      (isDefault && functionValues.has(declaration.type))
    ) {
      add(name, 'function', statement, hasDocComment(statement, declaration));
    } else if (declaration.type === 'ClassDeclaration' || declaration.type === 'ClassExpression') {
      addClass(declaration, statement, name);
    } else if (declaration.type === 'VariableDeclaration') {
      for (const declarator of declaration['declarations'] as EsNode[]) {
        const init = declarator['init'] as EsNode | null;
        const id = declarator['id'] as EsNode;
        if (init && functionValues.has(init.type) && id.type === 'Identifier') {
          add(String(id['name']), 'function', statement, hasDocComment(statement, declarator));
        }
      }
    }
  }
  return [...symbols.values()];
}
