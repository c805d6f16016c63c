import type { LedgerEntry } from '../../src/ledger/types.js';

export function entry(overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  return {
    path: 'src/a.ts',
    line: 1,
    id: 'debt-0000000001',
    ruleId: 'debt/todo',
    category: 'debt',
    severity: 'low',
    title: 'a marker',
    fingerprint: 'f1',
    status: 'open',
    firstSeen: '2026-01-01',
    confidence: 0.9,
    effortHours: 1,
    ...overrides,
  };
}
