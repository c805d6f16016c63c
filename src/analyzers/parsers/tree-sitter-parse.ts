// Python, Go, Java, C/C++, C#, Ruby, PHP and Rust via web-tree-sitter and the prebuilt grammars of
// tree-sitter-wasms. Grammars are loaded per language on demand (5-65 ms each) by prepareParsers().
import type TreeSitter from 'web-tree-sitter';
import { grammarSource, treeSitterInitOptions } from './grammar-files.js';

export type SyntaxNode = TreeSitter.SyntaxNode;

/** Language key (findings/languages.ts) → grammar file name in tree-sitter-wasms/out. */
export const grammarOf: Readonly<Record<string, string>> = {
  py: 'python',
  go: 'go',
  java: 'java',
  c: 'c',
  cpp: 'cpp',
  csharp: 'c_sharp',
  ruby: 'ruby',
  php: 'php',
  rust: 'rust',
};

let parserClass: Promise<typeof TreeSitter> | undefined;
let lastLoad: Promise<unknown> = Promise.resolve();
const loading = new Map<string, Promise<void>>();
const parsers = new Map<string, TreeSitter>();

async function initParserClass(): Promise<typeof TreeSitter> {
  const imported = (await import('web-tree-sitter')).default;
  await imported.init(treeSitterInitOptions());
  return imported;
}

// Promises are memoised so concurrent prepare() calls load each grammar once, and loads run one after
// another: web-tree-sitter links grammar modules into one wasm instance and fails on overlapping loads.
export function loadGrammar(language: string): Promise<void> {
  const grammar = grammarOf[language];
  if (!grammar) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = lastLoad.then(async () => {
      parserClass ??= initParserClass();
      const ParserClass = await parserClass;
      const parser = new ParserClass();
      parser.setLanguage(await ParserClass.Language.load(grammarSource(grammar)));
      parsers.set(language, parser);
    });
    // A failed load still rejects its own promise; the chain only needs to know that it has ended.
    lastLoad = pending.catch(() => undefined);
    loading.set(language, pending);
  }
  return pending;
}

export function isGrammarLoaded(language: string): boolean {
  return parsers.has(language);
}

const queries = new Map<string, TreeSitter.Query>();

/**
 * A query compiled once per language and source. Queries run inside the wasm module and hand back
 * only the nodes they match: reading every node from JavaScript costs a crossing into wasm per
 * property (as much again as the parse itself).
 */
export function compileQuery(language: string, source: string): TreeSitter.Query {
  const key = `${language}\0${source}`;
  let query = queries.get(key);
  if (!query) {
    const parser = parsers.get(language);
    if (!parser) throw new Error(`compileQuery(${language}) called before prepareParsers() loaded its grammar`);
    queries.set(key, (query = parser.getLanguage().query(source)));
  }
  return query;
}

// The last tree is kept until another text is parsed: the complexity and docstring analyzers read
// the same file one after the other, and a parse costs more than both walks (~3.5 s of a 20 MB
// Python tree here). Trees live in wasm memory, not the JS heap, so the previous one is freed by hand.
let kept: { language: string; text: string; tree: TreeSitter.Tree } | undefined;

/** Parses (or reuses the tree of the same text just parsed) and hands the root to `use`. */
export function withSyntaxTree<T>(language: string, text: string, use: (root: SyntaxNode) => T): T {
  const parser = parsers.get(language);
  if (!parser) throw new Error(`withSyntaxTree(${language}) called before prepareParsers() loaded its grammar`);
  if (kept?.language !== language || kept.text !== text) {
    kept?.tree.delete();
    kept = undefined;
    kept = { language, text, tree: parser.parse(text) };
  }
  return use(kept.tree.rootNode);
}
