// What detectTable() takes and gives. The detection is shown in the task pane as an editable mapping,
// so every header column appears in it, mapped or not.
import type { FieldId } from "../domain/fields";
import type { TalentaTable } from "../domain/table";

export interface DetectOptions {
  /** The user's mapping: field → 0-based sheet column, or null to leave the field unmapped. */
  overrides?: Partial<Record<FieldId, number | null>>;
  /** 0-based sheet columns holding Talenta's own previous results: never data, never headers. */
  excludeColumns?: number[];
  /** 0-based sheet row of the header (its top row when two): skips the search. */
  headerRow?: number;
}

export type DetectedVia = "header" | "fuzzy" | "content" | "override";

export interface DetectedColumn {
  /** 0-based sheet column. */
  col: number;
  /** Header text as shown, group joined ("Predikat Kinerja 2024"); "" when the column has none. */
  header: string;
  field?: FieldId;
  year?: number;
  via: DetectedVia;
  /** 0–1; 0 for an unmapped column. */
  confidence: number;
}

export interface Detection {
  /** 0-based sheet rows of the header, one or two. */
  headerRows: number[];
  firstDataRow: number;
  /** Last row of the data block (blank rows inside it included); < firstDataRow when there is no data. */
  lastDataRow: number;
  footerRow?: number;
  columnNumberRow?: number;
  columns: DetectedColumn[];
}

export type DetectResult =
  | { ok: true; table: TalentaTable; detection: Detection }
  | { ok: false; code: "empty-sheet" | "no-header"; lookedFor: string[] };
