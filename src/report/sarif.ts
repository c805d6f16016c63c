import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Severity } from '../findings/types.js';
import type { ScoredItem } from '../scoring/types.js';
import { isSecurity } from '../scoring/wsjf.js';
import type { BacklogModel } from './backlog-model.js';
import { findAnalyzer } from './expected-impact.js';
import { compareText } from './text.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub code scanning stores at most 5,000 results per run. */
export const MAX_SARIF_RESULTS = 5000;
export const FINGERPRINT_KEY = 'gitValue/v1';

const LEVELS: Record<Severity, Result.level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};
/** GitHub reads `security-severity` (0–10) to show critical/high/medium/low on security alerts. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0',
};

export interface SarifOptions {
  includeSecrets: boolean;
  toolVersion: string;
}

function encodeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function describeRule(item: ScoredItem, model: BacklogModel): ReportingDescriptor {
  const analyzer = findAnalyzer(item, model.activeAnalyzers);
  const properties: Record<string, unknown> = {
    category: item.category,
    tags: isSecurity(item.category) ? ['security', item.category] : [item.category],
  };
  if (isSecurity(item.category)) properties['security-severity'] = SECURITY_SEVERITY[item.severity];
  return {
    id: item.ruleId,
    shortDescription: { text: analyzer?.description ?? item.ruleId },
    defaultConfiguration: { level: LEVELS[item.severity] },
    properties,
  };
}

function toResult(item: ScoredItem, ruleIndex: number): Result {
  // A secret's region is the line alone: no snippet and no columns, so no viewer is pointed at the value.
  // A secret from history has none: the line it was on is in an old commit, not in the checked-out file.
  const region = item.history
    ? undefined
    : item.category === 'secret'
      ? { startLine: item.line }
      : { startLine: item.line, endLine: item.endLine ?? item.line };
  const artifactLocation = { uri: encodeUri(item.path), uriBaseId: '%SRCROOT%' };
  // the item's other findings of the same rule in the file, so a viewer can step through them
  const related = (item.occurrences ?? [])
    .filter((occurrence) => occurrence.line !== item.line)
    .map((occurrence, index) => ({
      id: index + 1,
      physicalLocation: { artifactLocation, region: { startLine: occurrence.line } },
      message: { text: occurrence.title },
    }));
  return {
    ruleId: item.ruleId,
    ruleIndex,
    level: LEVELS[item.severity],
    message: { text: `${item.title} (score ${item.scores.composite.toFixed(2)})${describeHistory(item)}` },
    locations: [{ physicalLocation: region ? { artifactLocation, region } : { artifactLocation } }],
    ...(related.length ? { relatedLocations: related } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: item.fingerprint },
    properties: {
      id: item.id,
      category: item.category,
      severity: item.severity,
      context: item.context,
      contextReason: item.contextReason,
      occurrences: item.occurrences?.length ?? 1,
      composite: item.scores.composite,
      wsjf: item.scores.wsjf,
      ice: item.scores.ice,
      technicalDebt: item.scores.technicalDebt,
      effortHours: item.effortHours,
      risk: item.risk,
      confidence: item.confidence,
      ...(item.history ? { history: item.history } : {}),
    },
  };
}

/** " — added by 3 commits (first 1a2b3c4d5e6f), no longer in the tree" */
function describeHistory(item: ScoredItem): string {
  const { history } = item;
  if (!history) return '';
  const first = history.commits[0]?.slice(0, 12);
  return ` — added by ${history.commitCount} commit${history.commitCount === 1 ? '' : 's'}${first ? ` (first ${first})` : ''}, ${history.inHead ? 'still in the tree' : 'no longer in the tree'}`;
}

/**
 * SARIF 2.1.0 for code scanning: open items only, secrets only when asked for (a secret from history
 * always: its result points at no line, so no viewer shows the value), capped at 5,000 results.
 */
export function renderSarif(model: BacklogModel, options: SarifOptions): string {
  const eligible = model.open.filter(
    (item) => options.includeSecrets || item.category !== 'secret' || item.history !== undefined,
  );
  const kept = eligible.slice(0, MAX_SARIF_RESULTS);
  const ruleIds = [...new Set(kept.map((item) => item.ruleId))].sort(compareText);
  const rules = ruleIds.map((id) => describeRule(kept.find((item) => item.ruleId === id) as ScoredItem, model));
  const runProperties: Record<string, unknown> = {
    repository: model.repoName,
    generatedAt: model.generatedAt,
    maturity: `${model.maturity.level} (${model.maturity.percent}%)`,
    secretsIncluded: options.includeSecrets,
  };
  if (eligible.length > kept.length) {
    runProperties.truncated = true;
    runProperties.note = `${eligible.length} results, only the ${MAX_SARIF_RESULTS} highest-scored are included (GitHub stores at most ${MAX_SARIF_RESULTS} per run)`;
  }
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'git-value', version: options.toolVersion, semanticVersion: options.toolVersion, rules },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        results: kept.map((item) => toResult(item, ruleIds.indexOf(item.ruleId))),
        properties: runProperties,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
