import type { Block, ColumnBlock, Grid, Rect, ScatterChartSpec, SheetLayout } from "../grid/types";

export interface SheetInfo {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
  /** Protected sheets can be read but Talenta never writes into them. */
  protected: boolean;
}

/**
 * Where the grid comes from and where the blocks go. Both hosts (Office.js and .xlsx files) implement
 * this and pass the shared contract suite in tests/hosts/. A host never sees a domain type.
 *
 * Writes may be queued; `flush()` sends (Office) or the host's own save (xlsx) makes them durable.
 */
export interface Host {
  listSheets(): Promise<SheetInfo[]>;
  /** The used range of a sheet: values, number formats, merges, hidden rows. @throws SheetNotFoundError */
  readUsedGrid(sheet: string): Promise<Grid>;
  /** Creates the sheet at the end of the workbook, or empties it (contents, formats, charts, layout) if it exists. */
  ensureSheet(name: string): Promise<void>;
  /** Removes a sheet Talenta owns (used when a re-run no longer produces it). */
  deleteSheet(name: string): Promise<void>;
  /**
   * Writes values (strings always as text) and formats, and sets the widths of the block's columns when it
   * gives them (`widths`, characters; whole columns, on the user's sheet too: no other column changes).
   * @throws SheetNotFoundError; RangeError for a width outside 0–255
   */
  writeBlock(block: Block | ColumnBlock): Promise<void>;
  /** Empties cells (values and formats) of a rectangle, e.g. Talenta's previous result columns. */
  clearRange(sheet: string, rect: Rect): Promise<void>;
  setLayout(sheet: string, layout: SheetLayout): Promise<void>;
  addScatterChart(spec: ScatterChartSpec): Promise<void>;
  /** Talenta's record stored in the workbook (namespaced custom XML part); undefined when absent. */
  readSettings(): Promise<string | undefined>;
  writeSettings(text: string): Promise<void>;
  /** Sends queued writes. */
  flush(): Promise<void>;
  /**
   * Makes sheet columns `col`… `col + names.length - 1` the last columns of the user's table `table`, named
   * `names` (which must equal the header cells written there). The table must start left of `col` and end at or
   * right of `col - 1`; a table that ends before the last of these columns widens to it, and the rest of the
   * table (rows, totals row, its other columns) stays as it was. Table column names are the header cells,
   * so a host may leave the names to the header write that follows; callers join before writing the block.
   * @throws SheetNotFoundError, SheetProtectedError, or Error when the sheet has no such table
   */
  joinTable(sheet: string, table: string, columns: { col: number; names: string[] }): Promise<void>;
  /**
   * True when writing cells under an active filter can misplace them (Excel: office-js #224, "Setting range data
   * when filter is applied doesn't work", a product bug whose workaround is to clear the filter). A run then
   * refuses filtered data rather than classify only some rows (RULES §6). Hosts writing file XML say false.
   */
  readonly writesUnderFilterUnsafe: boolean;
  /** Selects a cell for the user (Excel only: the pane's "go to cell"). Hosts without a UI leave it out. */
  selectCell?(sheet: string, a1: string): Promise<void>;
}

/** Excel's widest column, in characters. */
export const MAX_COLUMN_WIDTH = 255;

/**
 * A block's column widths as sheet columns, checked the same way by both hosts.
 * @throws RangeError for a width that is not a number from 0 to 255
 */
export function blockColumnWidths(block: Block | ColumnBlock): { col: number; width: number }[] {
  const out: { col: number; width: number }[] = [];
  (block.widths ?? []).forEach((width, i) => {
    if (width === undefined) return;
    if (!Number.isFinite(width) || width < 0 || width > MAX_COLUMN_WIDTH) throw new RangeError(`Column width ${width} is not 0–${MAX_COLUMN_WIDTH} characters`);
    out.push({ col: block.col + i, width });
  });
  return out;
}

/** Namespace of Talenta's custom XML part: both hosts read and write the same part, so a file moves between them. */
export const SETTINGS_NAMESPACE = "urn:talenta:settings:v1";

export class SheetNotFoundError extends Error {
  constructor(readonly sheet: string) {
    super(`Sheet not found: ${sheet}`);
    this.name = "SheetNotFoundError";
  }
}

export class SheetProtectedError extends Error {
  constructor(readonly sheet: string) {
    super(`Sheet is protected: ${sheet}`);
    this.name = "SheetProtectedError";
  }
}
