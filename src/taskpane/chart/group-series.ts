// The stacked bars' data: groups (unit kerja or jenjang) ordered by size, the largest `limit` shown and the
// rest summed into one "other" bar, so 300 units still make a chart that reads at 320 px. Pure.

/** Counts of one group: index 0 = not classified, 1..9 = kotak (RunSummary.groupCounts). */
export type KotakCounts = readonly number[];

export interface GroupBar {
  /** The cell text the group was read from ("" = rows without one); undefined for the "other" bar. */
  key?: string;
  /** How many groups the bar stands for: 1, or the number summed into "other". */
  groups: number;
  /** Index 0 = not classified, 1..9 = kotak; always 10 entries. */
  counts: number[];
  total: number;
}

export const TOP_GROUPS = 15;

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

function tenCounts(xs: KotakCounts): number[] {
  return Array.from({ length: 10 }, (_, i) => xs[i] ?? 0);
}

/**
 * The `limit` largest groups (most rows first, ties by name so the order never depends on the sheet's order),
 * then one bar summing every other group when there are more than `limit`. Groups with no rows are dropped.
 */
export function topGroups(groups: Readonly<Record<string, KotakCounts>>, limit: number = TOP_GROUPS): GroupBar[] {
  const bars: GroupBar[] = Object.entries(groups)
    .map(([key, xs]) => {
      const counts = tenCounts(xs);
      return { key, groups: 1, counts, total: sum(counts) };
    })
    .filter((b) => b.total > 0)
    .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key, "id"));
  if (bars.length <= limit) return bars;
  const rest = bars.slice(limit);
  const counts = new Array<number>(10).fill(0);
  for (const b of rest) b.counts.forEach((n, i) => (counts[i] += n));
  return [...bars.slice(0, limit), { groups: rest.length, counts, total: sum(counts) }];
}

/** Number of groups with at least one row. */
export function groupCount(groups: Readonly<Record<string, KotakCounts>>): number {
  return Object.values(groups).filter((xs) => sum(xs) > 0).length;
}
