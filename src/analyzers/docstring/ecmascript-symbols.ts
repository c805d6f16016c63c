// JS/TS: exported functions (declarations and `export const f = () => …`), exported classes and their
// public methods; documented by a JSDoc/TSDoc `/** … */` as the last comment before the declaration,
// which is where TypeScript and editors look for it. Overloads share one entry, documented by any of them.
// CommonJS modules export by assignment (`module.exports = …`, `exports.f = …`, and methods set on an
// object the module exports, as Express does with `app.listen = function listen() {…}`): reading only ESM
// `export` took every CommonJS library for one with nothing public.
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
  const fromPackages = bindingsFromPackages(program['body'] as EsNode[]);
  const symbols = new Map<string, PublicSymbol>();
  const add = (name: string, kind: PublicSymbol['kind'], node: EsNode, documented: boolean): void => {
    const known = symbols.get(name);
    if (known) known.documented ||= documented;
    else symbols.set(name, { name, kind, line: node.loc.start.line, documented });
  };
  const addClass = (declaration: EsNode, exported: EsNode, name: string): void => {
    add(name, 'class', exported, hasDocComment(exported, declaration));
    // `class Store extends EventEmitter` (imported from a package): its methods are presumed overrides
    const superClass = declaration['superClass'] as EsNode | null | undefined;
    const root = superClass ? rootName(superClass) : undefined;
    const base = root !== undefined ? fromPackages.get(root) : undefined;
    for (const member of (declaration['body'] as EsNode)['body'] as EsNode[]) {
      const isPublic =
        methodTypes.has(member.type) &&
        member['kind'] === 'method' &&
        !member['computed'] &&
        member['accessibility'] !== 'private' &&
        member['accessibility'] !== 'protected';
      const key = member['key'] as EsNode;
      if (!isPublic || key.type !== 'Identifier') continue;
      const method = `${name}.${String(key['name'])}`;
      add(method, 'method', member, hasDocComment(member));
      const symbol = symbols.get(method) as PublicSymbol;
      if (member['override'] === true) symbol.marksOverride = true;
      if (base !== undefined)
        symbol.inheritsExternal = `${base}: ${superClass?.type === 'Identifier' ? String(superClass['name']) : root}`;
    }
  };
  listCommonJsExports(program['body'] as EsNode[], add);
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

/** `EventEmitter` → EventEmitter, `events.EventEmitter` → events; undefined for other expressions. */
function rootName(node: EsNode): string | undefined {
  if (node.type === 'Identifier') return String(node['name']);
  if (node.type === 'MemberExpression' && !node['computed']) return rootName(node['object'] as EsNode);
  return undefined;
}

/** Names bound by imports and requires of packages (not `./` or `/` paths), to their package. */
function bindingsFromPackages(body: EsNode[]): Map<string, string> {
  const bindings = new Map<string, string>();
  const isPackage = (source: unknown): source is string =>
    typeof source === 'string' && !source.startsWith('.') && !source.startsWith('/');
  for (const statement of body) {
    if (statement.type === 'ImportDeclaration') {
      const source = (statement['source'] as EsNode)['value'];
      if (!isPackage(source)) continue;
      for (const specifier of statement['specifiers'] as EsNode[])
        bindings.set(String((specifier['local'] as EsNode)['name']), source);
    } else if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement['declarations'] as EsNode[]) {
        const init = declarator['init'] as EsNode | null;
        const callee = init?.type === 'CallExpression' ? (init['callee'] as EsNode) : undefined;
        const argument = (init?.['arguments'] as EsNode[] | undefined)?.[0];
        if (callee?.type !== 'Identifier' || callee['name'] !== 'require' || !isPackage(argument?.['value'])) continue;
        const id = declarator['id'] as EsNode;
        const source = argument['value'] as string;
        if (id.type === 'Identifier') bindings.set(String(id['name']), source);
        else if (id.type === 'ObjectPattern')
          for (const property of id['properties'] as EsNode[]) {
            const value = property['value'] as EsNode | undefined;
            if (value?.type === 'Identifier') bindings.set(String(value['name']), source);
          }
      }
    }
  }
  return bindings;
}

type AddSymbol = (name: string, kind: PublicSymbol['kind'], node: EsNode, documented: boolean) => void;

/** `module.exports` or `exports`, the targets a CommonJS module exports through. */
function isExportsTarget(node: EsNode | undefined): boolean {
  if (!node) return false;
  if (node.type === 'Identifier') return node['name'] === 'exports';
  if (node.type !== 'MemberExpression' || node['computed']) return false;
  const object = node['object'] as EsNode;
  const property = node['property'] as EsNode;
  return object.type === 'Identifier' && object['name'] === 'module' && property['name'] === 'exports';
}

/** `a = b = c`: every target of the chain and the value at its end. */
function assignmentChain(node: EsNode): { targets: EsNode[]; value: EsNode } {
  const targets: EsNode[] = [];
  let value = node;
  while (value.type === 'AssignmentExpression' && value['operator'] === '=') {
    targets.push(value['left'] as EsNode);
    value = value['right'] as EsNode;
  }
  return { targets, value };
}

/** Top-level assignments and declarations as (targets, value, statement), in source order. */
function topLevelAssignments(body: EsNode[]): Array<{ targets: EsNode[]; value: EsNode; statement: EsNode }> {
  const found: Array<{ targets: EsNode[]; value: EsNode; statement: EsNode }> = [];
  for (const statement of body) {
    if (statement.type === 'ExpressionStatement') {
      const expression = statement['expression'] as EsNode;
      if (expression.type === 'AssignmentExpression') found.push({ ...assignmentChain(expression), statement });
    } else if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement['declarations'] as EsNode[]) {
        const init = declarator['init'] as EsNode | null;
        if (!init) continue;
        const chain = assignmentChain(init);
        found.push({ targets: [declarator['id'] as EsNode, ...chain.targets], value: chain.value, statement });
      }
    }
  }
  return found;
}

const classValues = new Set(['ClassExpression']);

/**
 * Public symbols of a CommonJS module: what `module.exports`/`exports` hold, their properties, and the
 * methods set on an object the module exports (`app.listen = function …`, `Router.prototype.use = …`).
 * A name starting with `_` is private by convention.
 */
function listCommonJsExports(body: EsNode[], add: AddSymbol): void {
  const assignments = topLevelAssignments(body);
  const declared = new Map<string, EsNode>();
  for (const statement of body)
    if (statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') {
      const name = (statement['id'] as EsNode | null)?.['name'];
      if (typeof name === 'string') declared.set(name, statement);
    }
  // names bound to what the module exports: `var app = exports = module.exports = {}`, `module.exports = res`
  const exported = new Set<string>();
  const isExportsMember = (node: EsNode): boolean =>
    node.type === 'MemberExpression' && isExportsTarget(node['object'] as EsNode);
  for (const { targets, value } of assignments) {
    if (!targets.some((target) => isExportsTarget(target) || isExportsMember(target))) continue;
    for (const target of targets) if (target.type === 'Identifier') exported.add(String(target['name']));
    if (value.type === 'Identifier') exported.add(String(value['name']));
  }
  exported.delete('exports');
  const addValue = (name: string, value: EsNode, documentedBy: EsNode[]): void => {
    if (name.startsWith('_')) return;
    if (functionValues.has(value.type)) add(name, 'function', documentedBy[0] ?? value, hasDocComment(...documentedBy));
    else if (classValues.has(value.type)) add(name, 'class', documentedBy[0] ?? value, hasDocComment(...documentedBy));
    else if (value.type === 'Identifier') {
      const declaration = declared.get(String(value['name']));
      if (declaration)
        add(
          String(value['name']),
          declaration.type === 'ClassDeclaration' ? 'class' : 'function',
          declaration,
          hasDocComment(declaration),
        );
    }
  };
  for (const { targets, value, statement } of assignments) {
    if (targets.some(isExportsTarget)) {
      if (value.type === 'ObjectExpression') {
        for (const property of value['properties'] as EsNode[]) {
          const key = property['key'] as EsNode | undefined;
          if (property.type === 'ObjectMethod' && key?.type === 'Identifier')
            add(String(key['name']), 'function', property, hasDocComment(property));
          else if (property.type === 'ObjectProperty' && key?.type === 'Identifier' && !property['computed'])
            addValue(String(key['name']), property['value'] as EsNode, [property]);
        }
      } else {
        const ownName = (value['id'] as EsNode | null | undefined)?.['name'];
        addValue(typeof ownName === 'string' ? ownName : 'default', value, [statement, value]);
      }
      continue;
    }
    // exports.f = …, module.exports.f = …, app.f = …, Router.prototype.f = … (app, Router exported)
    for (const target of targets) {
      if (target.type !== 'MemberExpression' || target['computed']) continue;
      const property = target['property'] as EsNode;
      let object = target['object'] as EsNode;
      if (object.type === 'MemberExpression' && (object['property'] as EsNode)['name'] === 'prototype')
        object = object['object'] as EsNode;
      const owner = isExportsTarget(object)
        ? 'exports'
        : object.type === 'Identifier' && exported.has(String(object['name']))
          ? String(object['name'])
          : undefined;
      if (owner === undefined || property.type !== 'Identifier') continue;
      const name = owner === 'exports' ? String(property['name']) : `${owner}.${String(property['name'])}`;
      if (!String(property['name']).startsWith('_')) addValue(name, value, [statement, value]);
    }
  }
}
