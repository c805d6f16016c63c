import { languageOf } from '../../findings/languages.js';
import { detectSignal, type ToolSignal } from './tooling-signals.js';
import type { RepoFacts } from './repo-facts.js';

// Test files and what kind of testing they show, from folder and file names and test frameworks.

const codeLanguages = new Set([
  'js',
  'ts',
  'py',
  'go',
  'java',
  'kotlin',
  'scala',
  'c',
  'cpp',
  'csharp',
  'ruby',
  'php',
  'rust',
  'swift',
  'dart',
]);

const testPath =
  /(^|\/)(tests?|__tests__|specs?|testing)\/|\.(test|spec)\.[cm]?[jt]sx?$|(^|\/)test_[^/]{1,100}\.py$|_test\.(py|go)$|Tests?\.(java|kt|cs)$|_spec\.rb$/;

export type TestKind = 'unit' | 'integration' | 'e2e' | 'performance';

const kindSignals: Record<Exclude<TestKind, 'unit'>, { path: RegExp; tool: ToolSignal }> = {
  integration: {
    path: /(^|[/._-])(integration|integrations|integ)([/._-]|$)/i,
    tool: { jsPackages: ['testcontainers', 'supertest'], pythonPackages: ['testcontainers', 'pytest-docker'] },
  },
  e2e: {
    path: /(^|[/._-])(e2e|end-to-end|cypress|playwright)([/._-]|$)/i,
    tool: {
      fileNames: /^(playwright|cypress)\.config\.[cm]?[jt]s$/,
      jsPackages: ['@playwright/test', 'cypress', 'webdriverio', 'nightwatch'],
      pythonPackages: ['pytest-playwright', 'selenium'],
    },
  },
  performance: {
    path: /(^|[/._-])(bench|benches|benchmark|benchmarks|performance|load-tests?|loadtests?|k6)([/._-]|$)/i,
    tool: {
      fileNames: /^(locustfile\.py|asv\.conf\.json)$/,
      jsPackages: ['benchmark', 'tinybench', 'mitata', 'autocannon', 'artillery', 'k6'],
      pythonPackages: ['pytest-benchmark', 'asv', 'locust'],
    },
  },
};

const frameworks: ToolSignal = {
  jsPackages: ['jest', 'vitest', 'mocha', 'uvu', 'ava', 'tap', 'jasmine', '@japa/runner'],
  pythonPackages: ['pytest', 'nose2', 'hypothesis'],
};

export interface TestInventory {
  files: string[];
  frameworks: string[];
  kinds: Record<TestKind, string[]>;
}

export function takeTestInventory(facts: RepoFacts): TestInventory {
  const code = facts.ownFiles.filter((path) => codeLanguages.has(languageOf(path)));
  const files = code.filter((path) => testPath.test(path));
  const kinds: Record<TestKind, string[]> = { unit: [], integration: [], e2e: [], performance: [] };
  for (const kind of ['integration', 'e2e', 'performance'] as const) {
    const { path, tool } = kindSignals[kind];
    // Benchmarks need not be named as tests: any code under bench/ counts.
    const pool = kind === 'performance' ? code : files;
    kinds[kind] = [...summarise(pool.filter((file) => path.test(file))), ...detectSignal(facts, tool)];
  }
  const special = new Set(files.filter((file) => Object.values(kindSignals).some((signal) => signal.path.test(file))));
  kinds.unit = summarise(files.filter((file) => !special.has(file)));
  return { files, frameworks: detectSignal(facts, frameworks), kinds };
}

/** At most three paths, then a count: evidence stays readable in a backlog row. */
export function summarise(paths: readonly string[]): string[] {
  if (paths.length <= 3) return [...paths];
  return [...paths.slice(0, 3), `and ${paths.length - 3} more`];
}
