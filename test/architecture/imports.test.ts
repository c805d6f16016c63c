import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';

// The architecture as a test (STYLE.md §1, §10): side effects stay at the edges, and the pre-commit
// path never loads a heavy module at start-up.
const srcRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../src');
const architecture = suite('architecture');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? sourceFiles(join(dir, item.name)) : item.name.endsWith('.ts') ? [join(dir, item.name)] : [],
  );
}

function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s(?!type\b)[^;]*?from\s+'([^']+)'/gm)].map(
    (match) => match[1] as string,
  );
}

const files = sourceFiles(srcRoot);
const sideEffects = /^(?:node:)?(?:fs|fs\/promises|child_process)$|^isomorphic-git$/;
const edges =
  /^(?:git|cli|workflow|install|runtime|bench)\/|^config\/load\.ts$|^ledger\/(?:io|ledger-bytes|lock|repo-paths)\.ts$/;

architecture(
  'fs and child_process only at the edges (git/, cli/, workflow/, install/, runtime/, config/load.ts, ledger/io.ts, ledger-bytes.ts, lock.ts and repo-paths.ts)',
  () => {
    const offenders = files.filter(
      (file) => !edges.test(relative(srcRoot, file)) && staticImports(file).some((spec) => sideEffects.test(spec)),
    );
    assert.equal(
      offenders.map((file) => relative(srcRoot, file)),
      [],
    );
  },
);

architecture('analyzers, scoring and report never import from cli, git, ledger io or workflow', () => {
  const pure = files.filter((file) => /^(?:analyzers|scoring|report|findings)\//.test(relative(srcRoot, file)));
  const offenders = pure.filter((file) =>
    staticImports(file).some(
      (spec) =>
        spec.startsWith('.') &&
        /^(?:cli|git|workflow)\/|^ledger\/(?:io|ledger-bytes|lock|repo-paths)/.test(
          relative(srcRoot, resolve(dirname(file), spec)),
        ),
    ),
  );
  assert.equal(
    offenders.map((file) => relative(srcRoot, file)),
    [],
  );
});

architecture('only cli/ imports cli/: workflows return data and never reach back up (types included)', () => {
  const offenders = files
    .filter((file) => !relative(srcRoot, file).startsWith('cli/'))
    .filter((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'|import\('([^']+)'\)/gm)]
        .map((match) => (match[1] ?? match[2]) as string)
        .some((spec) => spec.startsWith('.') && relative(srcRoot, resolve(dirname(file), spec)).startsWith('cli/')),
    );
  assert.equal(
    offenders.map((file) => relative(srcRoot, file)),
    [],
  );
});

architecture('the check --staged path loads no heavy module at start-up', () => {
  const heavy =
    /^(?:cosmiconfig|husky|typescript|@babel\/parser|web-tree-sitter|tree-sitter-wasms|isomorphic-git|diff|lint-staged|@observablehq\/plot|d3-hierarchy|playwright-core)$/;
  const seen = new Set<string>();
  const reached: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of staticImports(file)) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else if (heavy.test(spec)) reached.push(`${relative(srcRoot, file)} → ${spec}`);
    }
  };
  visit(join(srcRoot, 'cli/main.ts'));
  visit(join(srcRoot, 'cli/check.ts'));
  for (const hookAnalyzer of ['secrets/index.ts', 'markers/index.ts', 'vuln/index.ts', 'perf/index.ts'])
    visit(join(srcRoot, 'analyzers', hookAnalyzer));
  assert.equal(reached, []);
  assert.ok(seen.size > 10, 'the walk followed the imports');
});

architecture.run();
