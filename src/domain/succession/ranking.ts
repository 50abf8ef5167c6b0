// RULES §8 order: field fit (fits, unknown, does not fit), box (9, 8, 7), Nilai Talenta, JPM, pangkat,
// longest in current position. Missing values sort last; the record index keeps the order stable.
import type { FieldFit } from "./field-fit";
import type { RankedPerson } from "./types";

const FIT_ORDER: Record<FieldFit, number> = { fits: 0, unknown: 1, "does-not-fit": 2 };

function known(x: number | undefined): x is number {
  return x !== undefined && Number.isFinite(x);
}

/** Higher first, missing last. */
function descending(a: number | undefined, b: number | undefined): number {
  if (!known(a)) return known(b) ? 1 : 0;
  if (!known(b)) return -1;
  return b - a;
}

/** Lower first, missing last: an earlier TMT Jabatan is a longer time in the position. */
function ascending(a: number | undefined, b: number | undefined): number {
  if (!known(a)) return known(b) ? 1 : 0;
  if (!known(b)) return -1;
  return a - b;
}

export function compareCandidates(a: RankedPerson, b: RankedPerson): number {
  return (
    FIT_ORDER[a.fieldFit.fit] - FIT_ORDER[b.fieldFit.fit] ||
    descending(a.person.kotak, b.person.kotak) ||
    descending(a.person.nilaiTalenta, b.person.nilaiTalenta) ||
    descending(a.person.jpm, b.person.jpm) ||
    descending(a.pangkat, b.pangkat) ||
    ascending(a.person.tmtJabatanDays, b.person.tmtJabatanDays) ||
    a.person.record - b.person.record
  );
}

/**
 * Inserts `item` into `best` (sorted by `compare`) and drops what falls past `k`: the top k of n items in
 * O(n·k), where sorting every pool member for every position would cost O(n log n) and n objects each time.
 */
export function keepBest<T>(best: T[], item: T, compare: (a: T, b: T) => number, k: number): void {
  if (k <= 0) return;
  if (best.length === k && compare(item, best[k - 1]) >= 0) return;
  let i = best.length;
  while (i > 0 && compare(item, best[i - 1]) < 0) i -= 1;
  best.splice(i, 0, item);
  if (best.length > k) best.pop();
}
