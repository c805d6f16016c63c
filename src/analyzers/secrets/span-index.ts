/** Accepted secret spans, sorted by start, so an overlap check is a binary search, not a scan. */
export interface SpanIndex {
  starts: number[];
  ends: number[];
  exact: Set<string>;
}

function firstStartAtOrAfter(index: SpanIndex, offset: number): number {
  let low = 0;
  let high = index.starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((index.starts[mid] as number) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function addSpan(index: SpanIndex, start: number, end: number, key: string): void {
  const at = firstStartAtOrAfter(index, start);
  index.starts.splice(at, 0, start);
  index.ends.splice(at, 0, end);
  index.exact.add(key);
}

/** Spans never nest deeply (one value, one or two rules), so checking a few neighbours suffices. */
export function overlapsSpan(index: SpanIndex, start: number, end: number): boolean {
  const at = firstStartAtOrAfter(index, end);
  for (let i = at - 1; i >= 0 && i >= at - 8; i--) if ((index.ends[i] as number) > start) return true;
  return false;
}
