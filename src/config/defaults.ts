import { allAnalyzers } from '../analyzers/registry.js';
import type { Config } from './types.js';

// Every option's default lives here once, an analyzer's in its registry entry; .valuerc.example.json
// mirrors them (a test keeps them equal).
export const defaultConfig: Config = {
  block: { minScore: 70, categories: ['secret', 'vuln'] },
  ignore: ['node_modules/**', '.git/**', '.value/**', 'BACKLOG.md', '**/*.min.js.map'],
  maxFileBytes: 20 * 1024 * 1024,
  contexts: { source: [], test: [], docs: [], example: [], generated: [], vendored: [], build: [] },
  analyzers: Object.fromEntries(allAnalyzers.map((entry) => [entry.name, { enabled: true, ...entry.defaults }])),
  scoring: {
    weights: {
      nascent: { wsjf: 0.4, ice: 0.3, technicalDebt: 0.2, security: 0.1 },
      developing: { wsjf: 0.5, ice: 0.2, technicalDebt: 0.2, security: 0.1 },
      maturing: { wsjf: 0.6, ice: 0.1, technicalDebt: 0.2, security: 0.1 },
      advanced: { wsjf: 0.5, ice: 0.1, technicalDebt: 0.3, security: 0.1 },
    },
    categoryMultipliers: { secret: 2.0, vuln: 2.0, perf: 1.5, debt: 1.3, quality: 1.3, modern: 1.1 },
    highValueScore: 50,
    hotspotWindowDays: 365,
    criticalPaths: [],
    projectLinters: true,
    fixWindowDays: 730,
    complexityNeedsEvidence: true,
  },
  backlog: { path: 'BACKLOG.md', top: 20, minScore: 15, maxRisk: 0.7 },
  sarif: { includeSecrets: true },
};
