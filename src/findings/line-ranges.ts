import type { LineRange } from './types.js';

/** Whether lines line..endLine meet `changed`; every line does when there is no `changed` (a whole file). */
export function touches(changed: readonly LineRange[] | undefined, line: number, endLine = line): boolean {
  return changed === undefined || changed.some((range) => range.start <= endLine && line <= range.end);
}

export function wholeFile(text: string): LineRange[] {
  return [{ start: 1, end: countLines(text) }];
}

export function countLines(text: string): number {
  if (text.length === 0) return 1;
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  return text.endsWith('\n') ? lines - 1 : lines;
}

/** Offsets where each line starts, so an index found by a regex maps to a line number by binary search. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

export function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
