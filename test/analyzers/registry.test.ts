import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { allAnalyzers, analyzerOfRule, type AnalyzerFacts } from '../../src/analyzers/registry.js';
import { defaultConfig } from '../../src/config/defaults.js';
import type { AnalyzerMeta } from '../../src/findings/types.js';

// Registry ↔ each module's meta and rule ids ↔ a test folder per entry, as ESLint checks its rule map
// against its rule files, docs and tests. The checks are one pure function, so a planted mismatch shows
// that each of them can fail.
const registry = suite('analyzer registry parity');
const testRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/analyzers');

interface LoadedModule {
  meta: AnalyzerMeta;
  listRuleIds?(): readonly string[];
}

function parityProblems(entry: AnalyzerFacts, module: LoadedModule, testFiles: readonly string[]): string[] {
  const problems: string[] = [];
  const { meta } = module;
  if (meta.category !== entry.category) problems.push(`category: registry ${entry.category}, meta ${meta.category}`);
  const languages = (list: 'any' | readonly string[]) => (list === 'any' ? 'any' : [...list].sort().join(','));
  if (languages(meta.languages) !== languages(entry.languages))
    problems.push(`languages: registry ${languages(entry.languages)}, meta ${languages(meta.languages)}`);
  if (!meta.id.startsWith(entry.rulePrefix)) problems.push(`meta id ${meta.id} is outside ${entry.rulePrefix}`);
  for (const ruleId of module.listRuleIds?.() ?? [meta.id]) {
    if (!ruleId.startsWith(entry.rulePrefix)) problems.push(`rule ${ruleId} is outside ${entry.rulePrefix}`);
    if (!ruleId.startsWith(`${entry.category}/`)) problems.push(`rule ${ruleId} is not in category ${entry.category}`);
  }
  if (!testFiles.some((file) => file.endsWith('.test.ts')))
    problems.push(`no test file in test/analyzers/${entry.name}/`);
  return problems;
}

function testFilesOf(name: string): string[] {
  const folder = join(testRoot, name);
  return existsSync(folder) ? readdirSync(folder) : [];
}

for (const entry of allAnalyzers)
  registry(`${entry.name}: registry, meta, rule ids and tests agree`, async () => {
    const module = (await entry.load()) as LoadedModule;
    assert.equal(parityProblems(entry, module, testFilesOf(entry.name)), []);
  });

registry('names and rule prefixes are unique, and each rule id has exactly one owner', async () => {
  const names = allAnalyzers.map((entry) => entry.name);
  assert.equal(names.length, new Set(names).size);
  for (const entry of allAnalyzers) {
    const others = allAnalyzers.filter((other) => other !== entry);
    assert.not.ok(
      others.some(
        (other) => other.rulePrefix.startsWith(entry.rulePrefix) || entry.rulePrefix.startsWith(other.rulePrefix),
      ),
      `${entry.rulePrefix} overlaps another prefix`,
    );
    const module = (await entry.load()) as LoadedModule;
    for (const ruleId of module.listRuleIds?.() ?? [module.meta.id]) assert.is(analyzerOfRule(ruleId), entry, ruleId);
  }
});

registry('config defaults come from the registry: every entry enabled with its default options', () => {
  assert.equal(
    Object.keys(defaultConfig.analyzers),
    allAnalyzers.map((entry) => entry.name),
  );
  for (const entry of allAnalyzers)
    assert.equal(defaultConfig.analyzers[entry.name], { enabled: true, ...entry.defaults });
});

registry('object-list options have a checker to load', () => {
  for (const entry of allAnalyzers)
    if (entry.objectLists?.length) assert.type(entry.loadOptionCheck, 'function', `${entry.name} lists objects`);
});

registry('the checks can fail: planted mismatches are each reported', async () => {
  const entry = allAnalyzers[0] as AnalyzerFacts & { load(): Promise<unknown> };
  const module = (await entry.load()) as LoadedModule;
  const planted: AnalyzerFacts = {
    ...entry,
    category: entry.category === 'debt' ? 'perf' : 'debt',
    languages: ['cobol'],
    rulePrefix: 'other/',
  };
  const problems = parityProblems(planted, { ...module, listRuleIds: () => ['other/x'] }, ['fixture.ts']);
  for (const expected of ['category:', 'languages:', 'meta id', 'is not in category', 'no test file'])
    assert.ok(
      problems.some((problem) => problem.includes(expected)),
      `${expected} not reported: ${problems.join('; ')}`,
    );
});

registry.run();
