import type { Category, Severity } from '../findings/types.js';
import type { LedgerEntry } from '../ledger/types.js';
import { sizeJob } from './effort.js';
import { findCriticalPath } from './path-kind.js';
import { addTerm, clamp, roundTo, type ScoreTerm } from './types.js';

export const SECURITY_CATEGORIES: readonly Category[] = ['secret', 'vuln'];
export const SEVERITY_VALUE: Record<Severity, number> = { critical: 10, high: 8, medium: 6, low: 3, info: 1 };
/** How much fixing a category removes risk or enables other work, before the hotspot adds to it. */
export const CATEGORY_RISK_REDUCTION: Record<Category, number> = {
  secret: 10,
  vuln: 8,
  perf: 5,
  quality: 4,
  debt: 3,
  modern: 3,
};
const CRITICAL_PATH_BONUS = 2;
const HOTSPOT_RISK_WEIGHT = 2.5;
/** A security finding is urgent from the day it lands (a pushed key is exposed) and fully so after this. */
export const SECURITY_WINDOW_DAYS = 90;
const SECURITY_TIME_FLOOR = 5;
/** Other findings grow more urgent over a year, up to half the scale: old debt is compounding debt. */
const DEBT_WINDOW_DAYS = 365;
const DEBT_TIME_CEILING = 5;
/**
 * A finding with a date that has passed (a runtime past its end of life) is overdue from that date,
 * whenever the line declaring it was written: flask, requests and pytest declared Python 3.10 in lines
 * written months apart, and the line's age ranked the same overdue upgrade differently in each.
 */
const OVERDUE_TIME_FLOOR = 5;
export const OVERDUE_WINDOW_DAYS = 365;

export function isSecurity(category: Category): boolean {
  return SECURITY_CATEGORIES.includes(category);
}

export interface WsjfInput {
  entry: Pick<LedgerEntry, 'category' | 'severity' | 'confidence' | 'path'>;
  ageDays: number;
  /** Days since a deadline the finding carries passed (facts.endOfLife); undefined when it has none. */
  overdueDays?: number;
  hotspot: number;
  effortHours: number;
  /** How bad the item is in units of its rule (occurrences, complexity over the threshold); 1 when unknown. */
  magnitude?: number;
  criticalPaths: readonly string[];
}

export interface Wsjf {
  businessValue: number;
  timeCriticality: number;
  riskReduction: number;
  costOfDelay: number;
  jobSize: number;
  wsjf: number;
}

export function rateBusinessValue(input: WsjfInput, terms: ScoreTerm[]): number {
  const { entry } = input;
  const severity = SEVERITY_VALUE[entry.severity];
  let value = severity * (0.5 + 0.5 * entry.confidence);
  let source = `severity ${entry.severity} (${severity}) × (0.5 + 0.5 × confidence ${entry.confidence})`;
  const critical = findCriticalPath(entry.path, input.criticalPaths);
  if (critical !== undefined) {
    value += CRITICAL_PATH_BONUS;
    source += ` + ${CRITICAL_PATH_BONUS} (critical path '${critical}')`;
  }
  return addTerm(terms, 'wsjf', 'user-business value', clamp(value, 1, 10), () => `${source}, within 1–10`);
}

export function rateTimeCriticality(input: WsjfInput, terms: ScoreTerm[]): number {
  const { ageDays } = input;
  if (isSecurity(input.entry.category)) {
    const value = SECURITY_TIME_FLOOR + (10 - SECURITY_TIME_FLOOR) * Math.min(1, ageDays / SECURITY_WINDOW_DAYS);
    return addTerm(
      terms,
      'wsjf',
      'time criticality',
      value,
      () =>
        `security vulnerability window: ${SECURITY_TIME_FLOOR} + ${10 - SECURITY_TIME_FLOOR} × min(1, ${ageDays} days in the repository / ${SECURITY_WINDOW_DAYS})`,
    );
  }
  if (input.overdueDays !== undefined) {
    const overdue = input.overdueDays;
    const value = OVERDUE_TIME_FLOOR + (10 - OVERDUE_TIME_FLOOR) * Math.min(1, overdue / OVERDUE_WINDOW_DAYS);
    return addTerm(
      terms,
      'wsjf',
      'time criticality',
      value,
      () =>
        `past its end of life: ${OVERDUE_TIME_FLOOR} + ${10 - OVERDUE_TIME_FLOOR} × min(1, ${overdue} days overdue / ${OVERDUE_WINDOW_DAYS})`,
    );
  }
  const value = 1 + (DEBT_TIME_CEILING - 1) * Math.min(1, ageDays / DEBT_WINDOW_DAYS);
  return addTerm(
    terms,
    'wsjf',
    'time criticality',
    value,
    () => `age: 1 + ${DEBT_TIME_CEILING - 1} × min(1, ${ageDays} days since first seen / ${DEBT_WINDOW_DAYS})`,
  );
}

export function rateRiskReduction(input: WsjfInput, terms: ScoreTerm[]): number {
  const base = CATEGORY_RISK_REDUCTION[input.entry.category];
  return addTerm(
    terms,
    'wsjf',
    'risk reduction / opportunity enablement',
    clamp(base + HOTSPOT_RISK_WEIGHT * input.hotspot, 1, 10),
    () =>
      `category '${input.entry.category}' (${base}) + ${HOTSPOT_RISK_WEIGHT} × hotspot ${input.hotspot.toFixed(2)}, at most 10`,
  );
}

/**
 * WSJF = cost of delay / job size (SAFe), cost of delay = (value + time criticality + risk reduction) ×
 * magnitude. A problem twice as large costs twice as much to leave: its cost of delay grows with the
 * effort it takes, so effort lowers WSJF across kinds of work but never ranks a worse item of one kind
 * below a milder one (job size grows no faster than hours).
 */
export function scoreWsjf(input: WsjfInput, terms: ScoreTerm[]): Wsjf {
  const businessValue = rateBusinessValue(input, terms);
  const timeCriticality = rateTimeCriticality(input, terms);
  const riskReduction = rateRiskReduction(input, terms);
  const magnitude = input.magnitude ?? 1;
  const costOfDelay = addTerm(
    terms,
    'wsjf',
    'cost of delay',
    (businessValue + timeCriticality + riskReduction) * magnitude,
    () =>
      magnitude === 1
        ? 'value + time criticality + risk reduction'
        : `(value + time criticality + risk reduction) × magnitude ${roundTo(magnitude, 2)}`,
  );
  const jobSize = addTerm(
    terms,
    'wsjf',
    'job size',
    sizeJob(input.effortHours),
    () =>
      `${input.effortHours.toFixed(2)} h on Fibonacci sizes joined by lines (0.5 h: 1, 1: 2, 2: 3, 4: 5, 8: 8, 16: 13, 32: 21)`,
  );
  const wsjf = addTerm(terms, 'wsjf', 'WSJF', costOfDelay / jobSize, 'cost of delay / job size');
  return { businessValue, timeCriticality, riskReduction, costOfDelay, jobSize, wsjf };
}
