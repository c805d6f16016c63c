import { createFinding } from '../../findings/create-finding.js';
import type { AnalyzerMeta, Finding, RepoAnalyzerInput } from '../../findings/types.js';
import { readRepoFacts } from '../maturity/repo-facts.js';
import { DEPENDENCY_MAJOR_RULE_ID, findDependencyMajorsBehind } from './dependency-majors.js';
import { findRuntimeFindings, RUNTIME_RULE_IDS } from './runtime-findings.js';
import { toolingGapRules } from './tooling-gap-rules.js';

export const meta = {
  id: 'modern/runtime',
  category: 'modern',
  languages: 'any',
  defaultSeverity: 'medium',
  description: 'Runtimes past end of life or behind LTS, tooling gaps, dependency majors left behind',
} as const satisfies AnalyzerMeta;

export function listRuleIds(): string[] {
  return [...Object.values(RUNTIME_RULE_IDS), DEPENDENCY_MAJOR_RULE_ID, ...toolingGapRules.map((rule) => rule.id)];
}

/**
 * `input.options.latestVersions` (package name → latest version) comes from a registry lookup done
 * outside this pure function (`npm outdated --json`); without it only the lockfile is compared.
 */
export function analyzeRepo(input: RepoAnalyzerInput): Finding[] {
  const facts = readRepoFacts(input);
  const gaps = toolingGapRules.flatMap((rule) =>
    rule.find(facts).map((gap) =>
      createFinding(meta, {
        ruleId: rule.id,
        path: gap.path,
        line: gap.line ?? 1,
        title: gap.title,
        content: gap.content,
        severity: gap.declined ? 'info' : rule.severity,
        confidence: 0.8,
        effortHours: 2,
        ...(gap.declined ? { facts: { declined: gap.declined } } : {}),
      }),
    ),
  );
  return [
    ...findRuntimeFindings(meta, input),
    ...gaps,
    ...findDependencyMajorsBehind(meta, facts, readLatestVersions(input.options)),
  ];
}

function readLatestVersions(options: Record<string, unknown> | undefined): Record<string, string> {
  const latest = options?.latestVersions;
  if (!latest || typeof latest !== 'object') return {};
  return Object.fromEntries(
    Object.entries(latest).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
