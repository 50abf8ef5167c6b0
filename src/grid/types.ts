// Plain data exchanged between the hosts and the pure layers (sheet/, report/).
// Nothing here knows Office.js, file bytes or any domain rule.

/** A cell as read: empty is `null`. Dates arrive as serial numbers; their number format says they are dates. */
export type CellValue = string | number | boolean | null;

/** A rectangle of cells, 0-based, in sheet coordinates. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The used part of a sheet, as read once by a host. */
export interface Grid {
  sheet: string;
  /** Sheet coordinates of values[0][0] (0-based). */
  origin: { row: number; col: number };
  /** Rectangular: every row has the same length. */
  values: CellValue[][];
  /** Same shape as values; "General" when the cell has no format. */
  numberFormats: string[][];
  /** Merged ranges in sheet coordinates; the value sits in the top-left cell only. */
  merges: Rect[];
  /** Hidden rows, sheet row indices (0-based). Hidden rows are data like any other (RULES §6). */
  hiddenRows: number[];
  /**
   * The Excel tables (ListObjects) on the sheet, as far as the host can read them; absent when there are none
   * (so a grid without tables reads as before). Lets the result columns join the user's table (issue 3).
   */
  tables?: SheetTable[];
  /** The sheet's own AutoFilter (outside any table), when it has one. */
  autoFilter?: SheetAutoFilter;
  /**
   * The workbook counts date serials from 1904-01-01 (serial 0), Excel's "1904 date system", 1,462 days below
   * the usual 1900 system's serial for the same date. Absent: the 1900 system.
   */
  date1904?: boolean;
  /**
   * Cells (sheet coordinates) that hold a formula saved without its result: a file written by a program and
   * never opened in Excel, which computes formulas on opening. They read as empty. Absent when there are none
   * (the Office host never has any: Excel has computed them).
   */
  formulasWithoutValue?: { row: number; col: number }[];
}

/** A user's Excel table as read. */
export interface SheetTable {
  /** The table's name (unique in the workbook). */
  name: string;
  /** The whole table: header row (when shown), body and totals row (when shown), in sheet coordinates. */
  rect: Rect;
  /** The table's first row holds its column names (Excel's default; a table can hide it). */
  headerRow: boolean;
  /** The table's last row is a totals row. */
  totalsRow: boolean;
  /**
   * A filter with criteria is applied to the table, so some of its rows are hidden by the filter. False when
   * the host cannot tell (the Office host below ExcelApi 1.9).
   */
  filtered: boolean;
  /**
   * The table is filled by a query or an XML map (the file's tableType), so its columns belong to that
   * definition and Talenta never widens it. Left out when the host cannot tell (Office host).
   */
  linked?: boolean;
}

/** A sheet-level AutoFilter (Data › Filter over a plain range). */
export interface SheetAutoFilter {
  rect: Rect;
  /** Criteria are applied (rows hidden by the filter); false when the host cannot tell. */
  filtered: boolean;
}

export type HAlign = "left" | "center" | "right";
export type VAlign = "top" | "center" | "bottom";

/** The small style vocabulary both hosts implement. Colours are "RRGGBB". */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  hAlign?: HAlign;
  vAlign?: VAlign;
  wrap?: boolean;
  border?: "thin" | "medium";
  /** Excel number format code, e.g. "0.00", "0%", "@" (text). */
  numberFormat?: string;
}

/** A style applied to a rectangle relative to the block's top-left (one host call, never per cell). */
export interface FormatRange {
  row: number;
  col: number;
  rows: number;
  cols: number;
  style: CellStyle;
}

/**
 * Cells to write, top-left at (row, col) of `sheet`. Strings are always written as text:
 * a string starting with "=", "+", "-" or "@" never becomes a formula.
 */
export interface Block {
  sheet: string;
  row: number;
  col: number;
  values: CellValue[][];
  formats?: FormatRange[];
  /**
   * Widths of the block's columns in characters of the default font (what Excel's column-width box shows):
   * widths[i] is sheet column col + i's, whole column; a missing entry leaves that column as it is, and no
   * other column of the sheet changes. Per column, never per cell.
   */
  widths?: readonly (number | undefined)[];
}

/**
 * The same cells as a Block, stored column by column: for the tall blocks of a run (100,000 records × 10 result
 * columns, 100,000 chart points) a few arrays instead of one array per row, which the engine then neither
 * allocates nor carries through garbage collection (measured: 56 → 12 ms for the result columns).
 * The first `head.length` rows are given as rows (a header); `columns` hold the rows below, all of one length.
 */
export interface ColumnBlock {
  sheet: string;
  row: number;
  col: number;
  /** Rows at the top of the block, each at most `columns.length` wide. */
  head: CellValue[][];
  /** Body cells by column; a Float64Array holds numbers, NaN for an empty cell. */
  columns: (Float64Array | CellValue[])[];
  /** Relative to the block's top-left, head included (as in Block). */
  formats?: FormatRange[];
  /** As in Block. */
  widths?: readonly (number | undefined)[];
}

/** Sheet-level layout of a sheet Talenta owns. */
/** Rows to repeat at the top and columns at the left of every printed page (0-based spans, both inclusive). */
export interface PrintTitles {
  rows?: { first: number; last: number };
  cols?: { first: number; last: number };
}

export interface SheetLayout {
  /** Column widths in characters, by 0-based column. */
  columnWidths?: { col: number; width: number }[];
  /** Row heights in points, by 0-based row. */
  rowHeights?: { row: number; height: number }[];
  merges?: Rect[];
  freeze?: { rows: number; cols: number };
  page?: {
    orientation: "portrait" | "landscape";
    paper: "A4";
    fitToWidth?: number;
    fitToHeight?: number;
    printArea?: Rect;
    /** Rows (0-based, inclusive) repeated at the top of every printed page (a table's header row); columns at the left. */
    printTitles?: PrintTitles;
    /** Manual page breaks: a new page starts at each of these rows (0-based, ascending, > 0). */
    rowBreaks?: number[];
    /** Page header and footer as Excel header/footer codes: "&L…&C…&R…", "&P" page, "&N" pages, "&A" sheet. */
    header?: string;
    footer?: string;
  };
  tabColor?: string;
  showGridLines?: boolean;
  /** In-cell dropdown lists (data validation of type list), e.g. Jenjang, Pangkat, Pendidikan. */
  validations?: { rect: Rect; list: string[] }[];
  /** An Excel table (ListObject) over a rectangle, header row first, so users can sort and filter. */
  tables?: { name: string; rect: Rect; style?: string }[];
}

/** A range on a sheet, for chart data. */
export interface RangeRef {
  sheet: string;
  rect: Rect;
}

/** A native XY scatter chart whose data lives in cells (hosts can only chart ranges). */
export interface ScatterChartSpec {
  sheet: string;
  /** Cell rectangle the chart covers. */
  anchor: Rect;
  title: string;
  xAxis: ChartAxisSpec;
  yAxis: ChartAxisSpec;
  series: {
    name: string;
    color: string;
    /** Marker shape; circle when not given. */
    marker?: MarkerShape;
    x: RangeRef;
    y: RangeRef;
  }[];
}

export type MarkerShape = "circle" | "square" | "triangle" | "diamond";

export interface ChartAxisSpec {
  title: string;
  min: number;
  max: number;
  majorUnit: number;
  /** false: no numbers along the axis (the title says what the axis holds); shown when not given. */
  tickLabels?: boolean;
}
