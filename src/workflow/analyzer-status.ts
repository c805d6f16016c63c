import { allAnalyzers, isEnabled } from '../analyzers/registry.js';
import type { Config } from '../config/types.js';
import type { LedgerEntry } from '../ledger/types.js';
import type { AnalyzerStatus } from '../report/backlog-model.js';

/** The analyzers enabled by config, their own descriptions, and how many open findings each has. */
export async function describeAnalyzers(config: Config, entries: readonly LedgerEntry[]): Promise<AnalyzerStatus[]> {
  const enabled = allAnalyzers.filter((entry) => isEnabled(entry, config));
  const statuses: AnalyzerStatus[] = [];
  for (const entry of enabled) {
    const module = await entry.load();
    const findings = entries.filter(
      (item) => item.status === 'open' && item.ruleId.startsWith(entry.rulePrefix),
    ).length;
    statuses.push({ id: module.meta.id, description: module.meta.description, findings });
  }
  return statuses;
}
