// Where tree-sitter's WebAssembly comes from in each build (runtime/layout.ts): the npm packages
// web-tree-sitter and tree-sitter-wasms, prebuilt/grammars, or the standalone executable's assets.
import { createRequire } from 'node:module';
import { getAsset } from 'node:sea';
import { fileURLToPath } from 'node:url';
import { layout } from '../../runtime/layout.js';

/** A grammar as web-tree-sitter's Language.load takes it: a file path, or the bytes. */
export function grammarSource(grammar: string): string | Uint8Array {
  const file = `tree-sitter-${grammar}.wasm`;
  if (layout === 'standalone') return new Uint8Array(getAsset(`grammars/${file}`));
  if (layout === 'prebuilt') return fileURLToPath(new URL(`../grammars/${file}`, import.meta.url));
  return createRequire(import.meta.url).resolve(`tree-sitter-wasms/out/${file}`);
}

/** Options for web-tree-sitter's init(): its own runtime, tree-sitter.wasm, when not beside its script. */
export function treeSitterInitOptions(): Record<string, unknown> {
  if (layout === 'standalone') return { wasmBinary: new Uint8Array(getAsset('grammars/tree-sitter.wasm')) };
  if (layout === 'prebuilt') {
    const runtime = fileURLToPath(new URL('../grammars/tree-sitter.wasm', import.meta.url));
    return { locateFile: () => runtime };
  }
  return {};
}
