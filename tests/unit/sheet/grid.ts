// Test helper: a Grid from a 2-D literal, addressed the way an analyst reads a sheet (A1, 1-based rows).
import { parseCellAddress, parseRangeAddress } from "../../../src/grid/a1";
import type { CellValue, Grid, Rect } from "../../../src/grid/types";

export interface GridExtras {
  /** Number formats by A1 address, e.g. { L8: "0.00%" }. */
  formats?: Record<string, string>;
  /** Merged ranges in A1, e.g. ["I5:J5"]. */
  merges?: string[];
  /** Hidden rows as Excel numbers them (1-based). */
  hidden?: number[];
  /** A1 address of values[0][0] when the used range does not start at A1. */
  origin?: string;
  sheet?: string;
}

/** Rows may be ragged; they are padded with null to the widest. */
export function gridOf(rows: CellValue[][], extras: GridExtras = {}): Grid {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const origin = extras.origin ? parseCellAddress(extras.origin)! : { row: 0, col: 0 };
  const values = rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]);
  const numberFormats = values.map((r) => r.map(() => "General"));
  for (const [a1, format] of Object.entries(extras.formats ?? {})) {
    const at = parseCellAddress(a1)!;
    numberFormats[at.row - origin.row][at.col - origin.col] = format;
  }
  const merges: Rect[] = (extras.merges ?? []).map((m) => parseRangeAddress(m)!);
  const hiddenRows = (extras.hidden ?? []).map((r) => r - 1);
  return { sheet: extras.sheet ?? "Data", origin, values, numberFormats, merges, hiddenRows };
}
