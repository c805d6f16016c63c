const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** Whole days from `since` to `today` (ISO dates), never negative; undefined when a date is unreadable. */
export function daysBetween(since: string, today: string): number | undefined {
  if (!ISO_DATE.test(since) || !ISO_DATE.test(today)) return undefined;
  const start = Date.parse(since.slice(0, 10));
  const end = Date.parse(today.slice(0, 10));
  if (Number.isNaN(start) || Number.isNaN(end)) return undefined;
  return Math.max(0, Math.round((end - start) / DAY_MS));
}
