import { defaultConfig } from '../../src/config/defaults.js';
import type { LedgerEntry } from '../../src/ledger/types.js';
import type { ScoringContext } from '../../src/scoring/types.js';

export const TODAY = '2026-06-30';

export function makeEntry(overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  return {
    id: 'debt-0000000001',
    ruleId: 'debt/todo',
    category: 'debt',
    severity: 'low',
    path: 'src/app.ts',
    line: 10,
    title: 'TODO: handle the empty list',
    fingerprint: 'f000000000000001',
    status: 'open',
    firstSeen: TODAY,
    confidence: 0.8,
    effortHours: 1,
    ...overrides,
  };
}

export function makeContext(overrides: Partial<ScoringContext> = {}): ScoringContext {
  return {
    today: TODAY,
    maturity: { level: 'developing', percent: 40 },
    config: defaultConfig.scoring,
    churn: new Map(),
    maxChurn: 0,
    ...overrides,
  };
}

/** Seeded generator (mulberry32) so property tests see the same "random" inputs on every run. */
export function createRandom(seed: number): {
  next(): number;
  pick<T>(values: readonly T[]): T;
  between(low: number, high: number): number;
} {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: (values) => values[Math.floor(next() * values.length)] as (typeof values)[number],
    between: (low, high) => low + (high - low) * next(),
  };
}

/** An ISO date `days` before TODAY. */
export function daysAgo(days: number): string {
  return new Date(Date.parse(TODAY) - Math.round(days) * 86_400_000).toISOString().slice(0, 10);
}
