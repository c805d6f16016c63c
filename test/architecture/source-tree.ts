import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// The sources as syntax trees, parsed once for every architecture test: rules that look at code (not
// comments, not the text of messages) without the false alarms of a text search.

export const srcRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../src');

export interface SourceFile {
  /** Path under src/, forward slashes. */
  path: string;
  tree: ts.SourceFile;
}

export interface Offence {
  path: string;
  line: number;
  code: string;
}

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? listSources(join(dir, item.name)) : item.name.endsWith('.ts') ? [join(dir, item.name)] : [],
  );
}

let parsed: SourceFile[] | undefined;

export function sourceFiles(): SourceFile[] {
  parsed ??= listSources(srcRoot).map((file) => parseSource(relative(srcRoot, file).split('\\').join('/'), file));
  return parsed;
}

/** A source text as if it sat at `path` under src/ (planted offences in the tests' self-checks). */
export function parseSource(path: string, file?: string, text = readFileSync(file ?? join(srcRoot, path), 'utf8')) {
  return { path, tree: ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true) };
}

/** Every node of the tree for which `test` holds, as offences (path, line, the code's first line). */
export function findNodes(source: SourceFile, test: (node: ts.Node) => boolean): Offence[] {
  const found: Offence[] = [];
  const visit = (node: ts.Node) => {
    if (test(node)) {
      const { line } = source.tree.getLineAndCharacterOfPosition(node.getStart(source.tree));
      found.push({ path: source.path, line: line + 1, code: node.getText(source.tree).split('\n')[0] as string });
    }
    ts.forEachChild(node, visit);
  };
  visit(source.tree);
  return found;
}

/** The last name of a callee or property chain: `runGit` for `runGit(…)`, `includes` for `a.b.includes(…)`. */
export function lastName(node: ts.Expression): string | undefined {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  return undefined;
}

/** `a.b.c` as ['a', 'b', 'c'] (optional chains too); undefined for anything else. */
export function propertyChain(node: ts.Node): string[] | undefined {
  if (ts.isIdentifier(node)) return [node.text];
  if (node.kind === ts.SyntaxKind.ThisKeyword) return ['this'];
  if (ts.isPropertyAccessExpression(node)) {
    const head = propertyChain(node.expression);
    return head ? [...head, node.name.text] : undefined;
  }
  return undefined;
}

export function stringValue(node: ts.Node | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

export function format(offences: readonly Offence[]): string[] {
  return offences.map(({ path, line, code }) => `${path}:${line}  ${code}`);
}

export { ts };
