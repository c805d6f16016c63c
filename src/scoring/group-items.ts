import { compareText } from '../findings/create-finding.js';
import { hashParts } from '../findings/hash.js';
import type { Severity } from '../findings/types.js';
import type { LedgerEntry } from '../ledger/types.js';
import type { BacklogEntry, Occurrence } from './types.js';

// Items, not symptoms: thirty string concatenations in loops of one file are one piece of work, so the
// backlog shows one item with thirty occurrences. The ledger keeps each finding (its fingerprint is what
// the gate and `allow` bind to); items are formed when the backlog is read, so nothing drifts in the file.
// A credential is always its own item: each value is rotated, allowed and gated on its own. A finding
// may name the unit of work it belongs to (facts.group: a dependency's package family): only findings
// of one group make one item, so thirty unrelated upgrades of one package.json are not one 50 h item.

/** Extra occurrences of the same fix cost half of one more: the second is quicker than the first. */
export const REPEAT_EFFORT_SHARE = 0.5;

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

/** The id of the item holding the findings of `ruleId` in `path`: stable while occurrences come and go. */
export function makeItemId(ruleId: string, path: string, group?: string): string {
  const parts = group === undefined ? [ruleId, path, 'item'] : [ruleId, path, group, 'item'];
  return `${ruleId.split('/')[0]}-${hashParts(parts, 10)}`;
}

/** The id of the item a ledger entry belongs to. */
export function itemIdOf(entry: Pick<LedgerEntry, 'id' | 'ruleId' | 'path' | 'facts'>): string {
  return isGroupedRule(entry.ruleId) ? makeItemId(entry.ruleId, entry.path, groupOf(entry)) : entry.id;
}

function groupOf(entry: Pick<LedgerEntry, 'facts'>): string | undefined {
  const group = entry.facts?.group;
  return typeof group === 'string' ? group : undefined;
}

export function isGroupedRule(ruleId: string): boolean {
  return !ruleId.startsWith('secret/');
}

/**
 * Pure: ledger entries → backlog items, one per (status, rule, file), each credential alone.
 * `unitHoursOf` gives a rule's effort at its smallest (complexity just over its threshold, one
 * docstring); without it the smallest occurrence's estimate is the unit.
 */
export function groupEntries(
  entries: readonly LedgerEntry[],
  unitHoursOf: (ruleId: string) => number | undefined = () => undefined,
): BacklogEntry[] {
  const groups = new Map<string, LedgerEntry[]>();
  for (const entry of entries) {
    const key = isGroupedRule(entry.ruleId)
      ? `${entry.status}\0${entry.ruleId}\0${entry.path}\0${groupOf(entry) ?? ''}`
      : `\0${entry.id}`;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const items: BacklogEntry[] = [];
  for (const members of groups.values()) items.push(toItem(members, unitHoursOf));
  return items;
}

function toItem(members: LedgerEntry[], unitHoursOf: (ruleId: string) => number | undefined): BacklogEntry {
  const byLine = [...members].sort((a, b) => a.line - b.line || compareText(a.id, b.id));
  // the headline is the most actionable occurrence: the most severe, then one citing a tracker issue, then
  // a firm ask over a tentative one (facts.ask 'weak': "maybe …", a question), then the largest
  const worst = [...byLine].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      Number(b.facts?.issueRef !== undefined) - Number(a.facts?.issueRef !== undefined) ||
      Number(a.facts?.ask === 'weak') - Number(b.facts?.ask === 'weak') ||
      b.effortHours - a.effortHours,
  )[0] as LedgerEntry;
  const occurrences: Occurrence[] = byLine.map((entry) => ({
    id: entry.id,
    line: entry.line,
    ...(entry.endLine === undefined ? {} : { endLine: entry.endLine }),
    title: entry.title,
    fingerprint: entry.fingerprint,
    ...(entry.facts === undefined ? {} : { facts: entry.facts }),
  }));
  const efforts = byLine.map((entry) => (entry.effortHours > 0 ? entry.effortHours : 1));
  const largest = Math.max(...efforts);
  const effortHours = largest + REPEAT_EFFORT_SHARE * (efforts.reduce((sum, hours) => sum + hours, 0) - largest);
  const unit = unitHoursOf(worst.ruleId) ?? Math.min(...efforts);
  const item: BacklogEntry = {
    ...worst,
    id: isGroupedRule(worst.ruleId) ? makeItemId(worst.ruleId, worst.path, groupOf(worst)) : worst.id,
    title:
      byLine.length === 1
        ? worst.title
        : `${worst.title} (and ${byLine.length - 1} more ${groupOf(worst) === undefined ? 'in this file' : `of the ${groupOf(worst)} family`})`,
    firstSeen: byLine.reduce((first, entry) => (entry.firstSeen < first ? entry.firstSeen : first), worst.firstSeen),
    confidence: Math.max(...byLine.map((entry) => entry.confidence)),
    effortHours,
    occurrences,
    unitHours: Math.min(unit, effortHours),
  };
  // an item is as exposed as its most exposed occurrence: one call fed by outside input makes it so
  if (item.facts?.input === 'callers' && byLine.some((entry) => entry.facts?.input === 'outside'))
    item.facts = { ...item.facts, input: 'outside' };
  const decided = byLine.find((entry) => entry.allow);
  if (decided?.allow) item.allow = decided.allow;
  const done = byLine.find((entry) => entry.done);
  if (done?.done) item.done = done.done;
  const resolved = byLine
    .map((entry) => entry.resolved)
    .filter((record) => record !== undefined)
    .sort((a, b) => compareText(b.at, a.at))[0];
  if (resolved) item.resolved = resolved;
  return item;
}
