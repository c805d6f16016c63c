import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { enablesDocCoverage } from '../analyzers/registry.js';
import type { Config } from '../config/types.js';
import { ok, type Result } from '../findings/result.js';
import {
  isShallow,
  readChangeHistory,
  startChangeHistory,
  type ChangeHistory,
  type FileCommit,
} from '../git/history.js';
import { listTrackedFiles, type TrackedList } from '../git/tracked-files.js';
import type { LedgerEntry } from '../ledger/types.js';
import type { AnalyzerStatus, BacklogInput, Trigger } from '../report/backlog-model.js';
import { calibrateFromOutcomes } from '../scoring/calibration.js';
import { complexityThresholdsOf, unitEffortOf } from '../analyzers/registry.js';
import { groupEntries } from '../scoring/group-items.js';
import { scoreEntry } from '../scoring/score-entry.js';
import type { ScoringContext } from '../scoring/types.js';
import { readLedgerTrend, startLedgerCommits } from './ledger-trend.js';
import { readCoverage } from './coverage-store.js';
import { runWithStagedReads } from './repo-reader.js';
import { describeAnalyzers } from './analyzer-status.js';
import { readPathContexts, type ContextResolver } from './path-contexts.js';
import { readProjectLinters } from './project-linters.js';
import { findRuntimeDeclarations } from '../analyzers/modern/runtime-declarations.js';
import { compareVersions } from '../analyzers/modern/version-ranges.js';

export interface BacklogRequest {
  root: string;
  config: Config;
  entries: readonly LedgerEntry[];
  now: Date;
  notes?: string[];
  toolVersion?: string;
  /** Where git keeps its files: the trend's cache lives there. */
  gitDir?: string;
  /** HEAD's commit: what the ledger's listed history depends on (cached by it). */
  head?: string;
  /** The tracked files when the caller has just listed them (a scan). */
  tracked?: TrackedList;
  /** The path classifier when the caller has built it (a scan or refresh). */
  contexts?: ContextResolver;
  /** The history reads, when the caller started them early (a scan: see startBacklogHistory). */
  history?: BacklogHistory;
}

/** What the backlog reads from history, each git process started before it is needed. */
export interface BacklogHistory {
  changes: Promise<Result<ChangeHistory>>;
  ledgerCommits: Promise<Result<FileCommit[]>>;
  /** Ends what is still running (the backlog was not rendered after all). */
  stop: () => void;
}

/**
 * The walks of history the backlog needs (churn and fixes in the scoring windows; the ledger's own
 * commits, a path-limited walk of every commit), started now so they run beside a scan's analysis
 * instead of after it. The same reads as gatherBacklogInput's own, with the same config and clock.
 */
export function startBacklogHistory(
  repo: { root: string; gitDir?: string; head?: string },
  config: Config,
  now: Date,
): BacklogHistory {
  const { root } = repo;
  const changes = startChangeHistory(root, config.scoring.hotspotWindowDays, config.scoring.fixWindowDays, now);
  const ledgerCommits = startLedgerCommits(root, { gitDir: repo.gitDir, head: repo.head });
  return {
    changes: changes.result,
    ledgerCommits: ledgerCommits.result,
    stop: () => {
      changes.stop();
      ledgerCommits.stop();
    },
  };
}

/**
 * Everything the backlog shows beyond the ledger's facts, read from git at render time: churn
 * (hotspots), the repository's maturity, the ledger's own history (trend), installed triggers.
 */
export async function gatherBacklogInput(
  request: BacklogRequest,
): Promise<Result<BacklogInput & { context: ScoringContext }>> {
  const { root, config, entries, now } = request;
  const notes = [...(request.notes ?? [])];
  const tracked = request.tracked ? ok(request.tracked) : listTrackedFiles(root);
  if (!tracked.ok) return tracked;
  const paths = tracked.value.files.map((file) => file.path).sort();
  const today = now.toISOString().slice(0, 10);
  const { detectMaturity, MATURITY_READS } = await import('../analyzers/maturity/index.js');
  const maturity = runWithStagedReads(
    root,
    tracked.value.files,
    (read) => detectMaturity({ files: paths, read }),
    MATURITY_READS,
  );
  const history = request.history
    ? await request.history.changes
    : readChangeHistory(root, config.scoring.hotspotWindowDays, config.scoring.fixWindowDays, now);
  if (!history.ok) return history;
  const churn = { value: history.value.churn };
  if (isShallow(root))
    notes.push('shallow clone: change frequency and ages are computed from the commits present only');
  const complexity = new Map<string, number>();
  for (const entry of entries) {
    const value = Number(entry.facts?.cyclomatic ?? 0);
    if (value > (complexity.get(entry.path) ?? 0)) complexity.set(entry.path, value);
  }
  const contexts = request.contexts
    ? ok(request.contexts)
    : readPathContexts(root, request.gitDir, config, tracked.value.files);
  if (!contexts.ok) return contexts;
  // items, not symptoms: one per rule and file (each credential alone), calibrated and scored as such
  const grouped = groupEntries(entries, unitEffortOf);
  const calibration = calibrateFromOutcomes(grouped);
  const context: ScoringContext = {
    today,
    maturity: { level: maturity.level, percent: maturity.percent },
    config: config.scoring,
    churn: churn.value,
    maxChurn: Math.max(0, ...churn.value.values()),
    complexity,
    calibration,
    contextOf: contexts.value,
    fixes: history.value.fixes,
    complexityThresholds: complexityThresholdsOf(config),
    runtimeMinimum: readRuntimeMinimum(root, paths),
    ...(config.scoring.projectLinters ? { projectLinters: await readProjectLinters(root) } : {}),
  };
  const trend = request.history
    ? readLedgerTrend(root, { gitDir: request.gitDir, head: request.head }, await request.history.ledgerCommits)
    : readLedgerTrend(root, { gitDir: request.gitDir, head: request.head });
  if (!trend.ok) return trend;
  const activeAnalyzers: AnalyzerStatus[] = await describeAnalyzers(config, entries);
  return ok({
    repoName: readRepoName(root),
    generatedAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ...(request.toolVersion ? { toolVersion: request.toolVersion } : {}),
    items: grouped.map((entry) => scoreEntry(entry, context)),
    maturity: {
      level: maturity.level,
      percent: maturity.percent,
      features: maturity.features
        .filter((feature) => feature.present)
        .map(({ name, evidence }) => ({ name, evidence })),
    },
    config,
    activeAnalyzers,
    trend: trend.value,
    calibration,
    triggers: readTriggers(root),
    ...(enablesDocCoverage(config) ? { docCoverage: [...readCoverage(root).values()] } : {}),
    notes,
    context,
  });
}

function readRepoName(root: string): string {
  const manifest = join(root, 'package.json');
  if (existsSync(manifest)) {
    try {
      const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name;
      if (typeof name === 'string' && name) return name;
    } catch {
      // not our file to judge; the folder name will do
    }
  }
  return basename(root);
}

export function readTriggers(root: string): Trigger[] {
  // git-value's line in husky's file or this clone's hook, or its command in a manager's config
  // (lefthook, the pre-commit framework, simple-git-hooks), which names each hook it runs in
  const read = (path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : '');
  const configs = ['lefthook.yml', '.lefthook.yml', '.pre-commit-config.yaml', 'package.json', '.simple-git-hooks.json']
    .map(read)
    .filter((text) => text.includes('.value/bin/git-value'));
  const hook = (name: string) =>
    read(join('.husky', name)).includes('git-value') ||
    read(join('.git', 'hooks', name)).includes('.value/bin/git-value') ||
    configs.some((text) => text.includes(name));
  const workflows = join(root, '.github', 'workflows');
  const weekly =
    existsSync(workflows) &&
    readdirSync(workflows).some(
      (name) => /\.ya?ml$/.test(name) && readFileSync(join(workflows, name), 'utf8').includes('git-value scan'),
    );
  return [
    {
      name: 'pre-commit',
      installed: hook('pre-commit'),
      description: 'gate on staged changes; ledger updated with each commit',
    },
    { name: 'post-merge', installed: hook('post-merge'), description: 'refresh after merges and pulls' },
    { name: 'pre-push', installed: hook('pre-push'), description: 'gate over the commits being pushed' },
    { name: 'weekly scan', installed: weekly, description: 'scheduled CI workflow running git-value scan' },
  ];
}

/** The lowest minimum each runtime is declared with at the repository's root (what a held marker waits for). */
function readRuntimeMinimum(root: string, paths: readonly string[]): Partial<Record<'python' | 'node', number[]>> {
  const declarations = findRuntimeDeclarations(
    paths.filter((path) => !path.includes('/')),
    (path) => {
      try {
        return readFileSync(join(root, path), 'utf8');
      } catch {
        return undefined;
      }
    },
  );
  const minimum: Partial<Record<'python' | 'node', number[]>> = {};
  for (const declaration of declarations) {
    if (declaration.pinned || declaration.runtime === 'go') continue;
    const known = minimum[declaration.runtime];
    if (!known || compareVersions(declaration.version, known) < 0) minimum[declaration.runtime] = declaration.version;
  }
  return minimum;
}
