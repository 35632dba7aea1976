/** A half-open range of instants, `[start, end)`, in epoch milliseconds. */
export interface Range {
  start: number;
  end: number;
}

export const MINUTE = 60_000;

export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Sorted, with touching or overlapping ranges joined. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].filter((range) => range.end > range.start).sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
