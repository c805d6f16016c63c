import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/types.js';
import { createFinding } from '../../src/findings/create-finding.js';
import type { Finding } from '../../src/findings/types.js';
import { ALNUM, fakeToken, seedFakeTokens } from '../../src/analyzers/secrets/fake-token.js';
import type { LedgerEntry } from '../../src/ledger/types.js';
import { buildBacklogModel, type BacklogInput, type BacklogModel } from '../../src/report/backlog-model.js';
import { calibrateFromOutcomes } from '../../src/scoring/calibration.js';
import { scoreEntry } from '../../src/scoring/score-entry.js';
import type { ScoringContext } from '../../src/scoring/types.js';

export const TODAY = '2026-06-30';

seedFakeTokens(42);
/** Built at run time from the seeded generator: never committed, asserted absent from every output. */
export const RAW_SECRET = fakeToken(ALNUM, 40);

function toEntry(finding: Finding, id: string, extra: Partial<LedgerEntry> = {}): LedgerEntry {
  const { inlineAllowed: _inline, column: _column, ...rest } = finding;
  return { ...rest, id, status: 'open', firstSeen: TODAY, ...extra };
}

const secretMeta = {
  id: 'secret/detector',
  category: 'secret',
  languages: 'any',
  defaultSeverity: 'high',
  description: 'Hardcoded credentials',
} as const;
const markerMeta = {
  id: 'debt/markers',
  category: 'debt',
  languages: 'any',
  defaultSeverity: 'low',
  description: 'TODO/FIXME/HACK/XXX left in comments',
} as const;
const qualityMeta = {
  id: 'quality/complexity',
  category: 'quality',
  languages: ['ts'],
  defaultSeverity: 'medium',
  description: 'Functions too complex to change safely',
} as const;

function marker(
  id: string,
  tag: string,
  path: string,
  line: number,
  text: string,
  extra: Partial<LedgerEntry> = {},
): LedgerEntry {
  const finding = createFinding(markerMeta, {
    ruleId: `debt/${tag.toLowerCase()}`,
    path,
    line,
    title: `${tag}: ${text}`,
    content: `// ${tag}: ${text} ${line}`,
    effortHours: 1,
    confidence: 0.8,
  });
  return toEntry(finding, id, extra);
}

export function buildEntries(): LedgerEntry[] {
  const secret = toEntry(
    createFinding(secretMeta, {
      ruleId: 'secret/generic-api-key',
      path: 'src/config.ts',
      line: 12,
      title: `API key ${RAW_SECRET} assigned in code`,
      content: `const apiKey = "${RAW_SECRET}"`,
      secret: RAW_SECRET,
      confidence: 0.9,
      effortHours: 1,
    }),
    'secret-00a1b2c3d4',
  );
  const complex = toEntry(
    createFinding(qualityMeta, {
      ruleId: 'quality/complexity',
      path: 'src/engine/plan.ts',
      line: 40,
      endLine: 120,
      title: 'Function planRoute has cyclomatic complexity 24 (threshold 10)',
      content: 'function planRoute',
      effortHours: 2,
      confidence: 0.9,
      facts: { complexity: 24 },
    }),
    'quality-77aa88bb99',
    { firstSeen: '2025-01-10' },
  );
  const long = 'handle the case where the upstream service returns a partial page of results and retry with backoff';
  return [
    secret,
    complex,
    marker('debt-1111111111', 'TODO', 'src/app.ts', 5, long),
    marker('debt-1111111112', 'TODO', 'src/app.ts', 9, long),
    marker('debt-2222222222', 'FIXME', 'src/engine/plan.ts', 77, 'off-by-one when the route is empty', {
      firstSeen: '2025-03-01',
      severity: 'medium',
    }),
    marker('debt-3333333333', 'HACK', 'docs/examples/demo.ts', 3, 'skip auth in the demo'),
    marker('debt-4444444444', 'TODO', 'src/legacy.ts', 8, 'remove', {
      status: 'allowed',
      allow: { reason: 'tracked in #42 | later', by: 'Ana <ana@example.com>', at: '2026-05-02' },
    }),
    marker('debt-5555555555', 'TODO', 'src/old.ts', 1, 'drop v1 api', {
      status: 'resolved',
      resolved: { commit: 'abcdef1234567890', at: '2026-06-01' },
      done: { hours: 2, at: '2026-06-01', by: 'Ana' },
    }),
    marker('debt-5555555556', 'XXX', 'src/old.ts', 2, 'old path', {
      status: 'resolved',
      resolved: { commit: 'bcdef12345678901', at: '2026-06-02' },
      done: { hours: 3, at: '2026-06-02', by: 'Ana' },
    }),
    marker('debt-5555555557', 'TODO', 'src/old.ts', 3, 'third', {
      status: 'resolved',
      resolved: { commit: 'cdef123456789012', at: '2026-06-03' },
      done: { hours: 1.5, at: '2026-06-03', by: 'Ana' },
    }),
  ];
}

export function buildContext(entries: readonly LedgerEntry[], config: Config = defaultConfig): ScoringContext {
  return {
    today: TODAY,
    maturity: { level: 'maturing', percent: 62 },
    config: config.scoring,
    churn: new Map([
      ['src/engine/plan.ts', 12],
      ['src/app.ts', 2],
    ]),
    maxChurn: 12,
    complexity: new Map([['src/engine/plan.ts', 24]]),
    calibration: calibrateFromOutcomes(entries),
  };
}

export function buildInput(overrides: Partial<BacklogInput> = {}, config: Config = defaultConfig): BacklogInput {
  const entries = buildEntries();
  const ctx = buildContext(entries, config);
  return {
    repoName: 'acme/router',
    generatedAt: '2026-06-30T12:00:00Z',
    toolVersion: '0.1.0',
    items: entries.map((entry) => scoreEntry(entry, ctx)),
    maturity: {
      level: 'maturing',
      percent: 62,
      features: [
        { name: 'Tests', evidence: ['test/app.test.ts', 'test/plan.test.ts'] },
        { name: 'CI', evidence: ['.github/workflows/ci.yml'] },
      ],
    },
    config,
    activeAnalyzers: [
      { id: 'secret/detector', description: 'Hardcoded credentials', findings: 1 },
      { id: 'debt/markers', description: 'TODO/FIXME/HACK/XXX left in comments', findings: 4 },
      { id: 'quality/complexity', description: 'Functions too complex to change safely', findings: 1 },
    ],
    trend: [
      { commit: '1111111111aaaa', date: '2026-05-01', open: 3, debtHours: 4 },
      { commit: '2222222222bbbb', date: '2026-06-01', open: 7, debtHours: 11.5 },
    ],
    calibration: ctx.calibration as NonNullable<ScoringContext['calibration']>,
    triggers: [
      { name: 'pre-commit hook', installed: true, description: 'gates staged secrets and updates the ledger' },
      {
        name: 'post-merge hook',
        installed: true,
        description: 'refreshes findings in merged files and re-renders the backlog',
      },
      { name: 'weekly CI scan', installed: false, description: 'full rescan rebuilding ledger and backlog' },
    ],
    notes: [],
    ...overrides,
  };
}

export function buildModel(overrides: Partial<BacklogInput> = {}, config: Config = defaultConfig): BacklogModel {
  return buildBacklogModel(buildInput(overrides, config));
}
