// Facts every output sheet repeats: issues per row and the counts of a run.
import type { Classification } from "../domain/classification";
import type { Issue } from "../domain/issues";

/** Issues per record index, errors before warnings; undefined for a row with none (most rows). */
export function issuesByRow(issues: readonly Issue[], rows: number): (Issue[] | undefined)[] {
  const byRow: (Issue[] | undefined)[] = new Array(rows);
  for (const issue of issues) {
    if (!(issue.row >= 0 && issue.row < rows)) continue;
    (byRow[issue.row] ??= []).push(issue);
  }
  // Each list once (its first issue names it), without walking 100,000 mostly empty rows.
  for (const issue of issues) {
    const list = issue.row >= 0 && issue.row < rows ? byRow[issue.row] : undefined;
    // Stable sort: within a severity, the order the rules found them.
    if (list && list.length > 1 && list[0] === issue) list.sort((a, b) => severityRank(a) - severityRank(b));
  }
  return byRow;
}

function severityRank(issue: Issue): number {
  return issue.severity === "error" ? 0 : 1;
}

export interface RunCounts {
  rows: number;
  classified: number;
  notClassified: number;
  /** Classified rows that carry at least one issue (RULES §6: e.g. NIP stored as a number, duplicate NIP). */
  flagged: number;
  /** Index 1..9: people per kotak; index 0: not classified. */
  perKotak: number[];
}

export function countRun(c: Classification, byRow: readonly (Issue[] | undefined)[]): RunCounts {
  const perKotak = new Array<number>(10).fill(0);
  let flagged = 0;
  const rows = c.kotak.length;
  for (let i = 0; i < rows; i++) {
    const k = c.kotak[i];
    perKotak[k]++;
    if (k !== 0 && byRow[i] !== undefined) flagged++;
  }
  return { rows, classified: rows - perKotak[0], notClassified: perKotak[0], flagged, perKotak };
}
