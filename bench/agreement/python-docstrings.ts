// Agreement of our Python docstring detection with CPython's own `ast.get_docstring`, applying the same
// notion of public symbol (module-level and class-level, name not starting with `_`) on both sides.
// Usage: node dist/bench/agreement/python-docstrings.js [file.py…]  (default: the stdlib's top-level modules)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { measureDocCoverage, prepare } from '../../src/analyzers/docstring/index.js';

const defaultRoot = '/usr/lib/python3.11';

// Mirrors python-symbols.ts: defs under module-level if/try/with count; nested functions do not.
const referenceScript = `
import ast, json, sys
def walk(body, prefix, out):
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if node.name.startswith('_'):
                continue
            out.append([prefix + node.name, node.lineno, ast.get_docstring(node, clean=False) is not None])
            if isinstance(node, ast.ClassDef):
                walk(node.body, prefix + node.name + '.', out)
        elif isinstance(node, ast.If):
            walk(node.body, prefix, out); walk(node.orelse, prefix, out)
        elif isinstance(node, ast.Try):
            walk(node.body, prefix, out); walk(node.orelse, prefix, out); walk(node.finalbody, prefix, out)
            for handler in node.handlers: walk(handler.body, prefix, out)
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            walk(node.body, prefix, out)
result = {}
for path in sys.argv[1:]:
    try:
        tree = ast.parse(open(path, encoding='utf-8').read())
    except (SyntaxError, UnicodeDecodeError):
        continue
    out = []
    walk(tree.body, '', out)
    result[path] = out
print(json.dumps(result))
`;

async function main(): Promise<void> {
  const files = process.argv.slice(2).length
    ? process.argv.slice(2)
    : readdirSync(defaultRoot)
        .filter((name) => name.endsWith('.py'))
        .map((name) => `${defaultRoot}/${name}`);
  await prepare(['py']);
  const reference = JSON.parse(
    execFileSync('python3', ['-c', referenceScript, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
  ) as Record<string, Array<[string, number, boolean]>>;
  let symbols = 0;
  let agreeing = 0;
  const differences: string[] = [];
  for (const [file, expected] of Object.entries(reference)) {
    const coverage = measureDocCoverage(file, readFileSync(file, 'utf8'));
    const missing = new Set(coverage.missing.map((symbol) => `${symbol.name}:${symbol.line}`));
    symbols += expected.length;
    if (coverage.total !== expected.length)
      differences.push(`${file}: ${coverage.total} public symbols, ast finds ${expected.length}`);
    for (const [name, line, documented] of expected) {
      if (missing.has(`${name}:${line}`) !== documented) agreeing++;
      else differences.push(`${file}:${line} ${name}: ast says ${documented ? 'documented' : 'undocumented'}`);
    }
  }
  const percent = symbols ? Math.round((1000 * agreeing) / symbols) / 10 : 0;
  console.log(
    `python ast.get_docstring: ${Object.keys(reference).length} files, ${symbols} public symbols, same verdict on ${agreeing} (${percent}%)`,
  );
  for (const difference of differences.slice(0, 10)) console.log(`  differs: ${difference}`);
}

await main();
