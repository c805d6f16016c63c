// Agreement of our JS/TS cyclomatic complexity with ESLint's `complexity` rule at max 0, which reports
// every function with its complexity. TS files are parsed by @typescript-eslint/parser, JS by espree.
// Usage: node dist/bench/agreement/ecmascript-eslint.js [folder…]  (defaults: eslint/lib, ajv/lib)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { measureFunctions, prepare, type FunctionMetrics } from '../../src/analyzers/complexity/index.js';
import { formatAgreement, summariseAgreement, type Pair } from './agreement-stats.js';

const defaultFolders = ['node_modules/eslint/lib', 'node_modules/ajv/lib'];
const sourcePattern = /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/;

function listSources(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => sourcePattern.test(file) && !/\.d\.[cm]?ts$/.test(file))
    .map((file) => join(folder, file))
    .sort();
}

function configFor(file: string): Linter.Config[] {
  const isTypeScript = /\.[cm]?tsx?$/.test(file);
  const sourceType = file.endsWith('.cjs') ? 'commonjs' : 'module';
  return [
    {
      // ESLint 10 lints a file only when a `files` pattern names its extension: `**/*` alone matches
      // every file yet lints only .js/.mjs/.cjs (the .ts files were silently skipped before).
      files: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx', '**/*.ts', '**/*.mts', '**/*.cts', '**/*.tsx'],
      languageOptions: {
        ecmaVersion: 'latest',
        sourceType: isTypeScript ? 'module' : sourceType,
        ...(isTypeScript ? { parser: tsParser as Linter.Parser } : {}),
        parserOptions: { ecmaFeatures: { jsx: file.endsWith('x') } },
      },
      rules: { complexity: ['error', 0] },
    },
  ];
}

// ESLint reports a function at its head (`function` keyword, method key, or an arrow's `=>`); ours
// start at the function's first character, so the match is the latest of ours starting at or before it.
function matchReported(ours: readonly FunctionMetrics[], message: Linter.LintMessage): FunctionMetrics | undefined {
  const kinds: ReadonlyArray<FunctionMetrics['kind']> = message.message.startsWith('Class field initializer')
    ? ['initializer']
    : message.message.startsWith('Class static block')
      ? ['static-block']
      : ['function', 'method'];
  const column = message.column - 1;
  return ours
    .filter(
      (metrics) =>
        kinds.includes(metrics.kind) &&
        metrics.endLine >= message.line &&
        (metrics.line < message.line || (metrics.line === message.line && metrics.column <= column)),
    )
    .sort((a, b) => b.line - a.line || b.column - a.column)[0];
}

async function main(): Promise<void> {
  const folders = process.argv.slice(2).length ? process.argv.slice(2) : defaultFolders;
  await prepare(['js', 'ts']);
  // cwd '/' so that `files` patterns match absolute paths anywhere (a checkout under /tmp, say)
  const linter = new Linter({ configType: 'flat', cwd: '/' });
  const pairs: Pair[] = [];
  let referenceFunctions = 0;
  let files = 0;
  let parseFailures = 0;
  let ignoredFiles = 0;
  for (const file of folders.flatMap(listSources)) {
    const text = readFileSync(file, 'utf8');
    // ESLint ignores node_modules/ by default; a neutral name keeps the extension it keys on.
    const messages = linter.verify(text, configFor(file), resolve(file).replaceAll('/node_modules/', '/deps/'));
    if (messages.some((message) => message.fatal)) {
      parseFailures++;
      continue;
    }
    // "File ignored because no matching configuration was supplied" is a warning, not a failure:
    // count it, so a config that lints nothing can never pass for agreement again.
    if (
      messages.some((message) => message.ruleId === null && /ignored|no matching configuration/i.test(message.message))
    ) {
      ignoredFiles++;
      continue;
    }
    files++;
    const ours = measureFunctions(file, text);
    for (const message of messages) {
      const reported = /complexity of (\d+)/.exec(message.message);
      if (message.ruleId !== 'complexity' || !reported) continue;
      referenceFunctions++;
      const metrics = matchReported(ours, message);
      if (metrics)
        pairs.push({
          file,
          name: metrics.name,
          line: message.line,
          ours: metrics.cyclomatic,
          theirs: Number(reported[1]),
        });
    }
  }
  const summary = summariseAgreement(
    `ESLint complexity (JS/TS), ${parseFailures} files ESLint could not parse, ${ignoredFiles} it did not lint`,
    files,
    referenceFunctions,
    pairs,
  );
  console.log(formatAgreement(summary, pairs));
}

await main();
