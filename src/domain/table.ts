// The typed table that sheet/ builds from a grid and domain/ classifies. Column-oriented on purpose:
// 100,000 rows are weighted and classified with typed-array loops, not 100,000 objects.
import type { FieldId } from "./fields";
import type { Issue } from "./issues";

/** A number column: NaN means "no value" (empty, "-", "n/a"). */
export interface NumberColumn {
  kind: "number";
  values: Float64Array;
}

/** A text column (also NIPs and labels): undefined means "no value". Dates are NumberColumns of days since 1970-01-01. */
export interface TextColumn {
  kind: "text";
  values: (string | undefined)[];
  /**
   * The NIP column as sheet/ builds it: each row's text as two 9-digit numbers (domain/nip.ts nipHalf) at
   * [2·row] and [2·row + 1], -1 when the text is not exactly 18 digits. Read while the cell is parsed, so the
   * NIP checks never walk 100,000 strings again (15–20 ms). Optional: a table built by hand goes without.
   */
  nipHalves?: Int32Array;
}

export type FieldColumn = NumberColumn | TextColumn;

/** Where a field was read from. */
export interface MappedColumn {
  field: FieldId;
  /** 0-based sheet column. */
  col: number;
  /** Header text as shown, group joined: "Predikat Kinerja 2024". */
  header: string;
  /** For yearly fields: the year from the header text. */
  year?: number;
}

export interface TalentaTable {
  sheet: string;
  /** 0-based sheet rows of the header (one or two); the last is where result columns go. */
  headerRows: number[];
  /** 0-based sheet row of each record, ascending. */
  sheetRows: Int32Array;
  /** 0-based sheet column right of the last data column (where result columns start). */
  endCol: number;
  columns: MappedColumn[];
  /** One column per mapped field; for yearly fields, the latest year's column. */
  fields: Partial<Record<FieldId, FieldColumn>>;
  /** Yearly fields, every year, ascending by year. */
  yearly: Partial<Record<FieldId, { year: number; col: number; column: FieldColumn }[]>>;
  /** Issues found while reading cells (e.g. NIP stored as number, value out of scale), with row and cell. */
  issues: Issue[];
}

export function rowCount(t: TalentaTable): number {
  return t.sheetRows.length;
}
