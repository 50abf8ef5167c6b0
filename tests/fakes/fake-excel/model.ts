// The in-memory workbook behind the fake Excel object model. Plain data: tests seed it and assert on it.
// Cells are stored row-wise in parallel arrays so a 100,000-row sheet stays cheap.
import type { CellValue, Grid, Rect } from "../../../src/grid/types";

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** One style property set on a rectangle, in call order (the host must never do this per cell). */
export interface FormatOp {
  rect: Rect;
  key: string;
  value: unknown;
}

export interface FakeChartSeries {
  name: string;
  x?: { sheet: string; rect: Rect };
  y?: { sheet: string; rect: Rect };
  [marker: string]: unknown;
}

export interface FakeAxis {
  minimum?: number;
  maximum?: number;
  majorUnit?: number;
  tickLabelPosition?: string;
  title?: string;
  gridlines?: boolean;
}

export interface FakeChart {
  name: string;
  type: string;
  title?: string;
  position?: { from: string; to?: string };
  category: FakeAxis;
  value: FakeAxis;
  series: FakeChartSeries[];
  legendVisible: boolean;
}

export interface FakeTable {
  name: string;
  /** The whole table: header row, body, totals row when shown. */
  rect: Rect;
  style?: string;
  /** Table.showHeaders (default true). */
  showHeaders?: boolean;
  /** Table.showTotals: the rect's last row is the totals row. */
  showTotals?: boolean;
  /** A filter with criteria is applied (TableAutoFilter.isDataFiltered). */
  filtered?: boolean;
}

/** A sheet-level AutoFilter (Worksheet.autoFilter, ExcelApi 1.9). */
export interface FakeAutoFilter {
  rect: Rect;
  filtered: boolean;
}

/** A data validation rule on a rectangle, as Range.dataValidation.rule received it. */
export interface FakeValidation {
  rect: Rect;
  rule: Record<string, unknown>;
}

export interface FakeSheet {
  name: string;
  visibility: Visibility;
  protected: boolean;
  values: CellValue[][];
  formats: (string | undefined)[][];
  /** key(row, col) → formula text, for strings Excel turned into formulas. */
  formulas: Map<number, string>;
  /** key(row, col) of cells written with a leading apostrophe (Excel's "quote prefix"). */
  quotePrefix: Set<number>;
  formatOps: FormatOp[];
  merges: Rect[];
  hiddenRows: Set<number>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  freeze?: { rows: number; cols: number };
  pageLayout: {
    orientation?: string;
    paperSize?: string;
    zoom?: Record<string, number>;
    printArea?: string;
    printTitleRows?: string;
    printTitleColumns?: string;
    /** Manual page breaks: the 0-based row each new page starts at. */
    rowBreaks?: number[];
    /** headersFooters.defaultForAllPages: leftFooter, centerFooter, … */
    headersFooters?: Record<string, string>;
  };
  tabColor: string;
  showGridlines: boolean;
  charts: FakeChart[];
  tables: FakeTable[];
  validations: FakeValidation[];
  autoFilter?: FakeAutoFilter;
}

export interface FakeXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

export interface FakeWorkbook {
  sheets: FakeSheet[];
  activeSheet: string;
  /** "Sheet!A1" of the last Range.select(). */
  selection?: string;
  customXmlParts: FakeXmlPart[];
  /**
   * The workbook counts date serials from 1904-01-01 (Excel's "1904 date system"); its cells hold such serials.
   * Worksheet functions (DATE) answer in this system.
   */
  date1904: boolean;
  /** Worksheet function calls that ran, e.g. "date(1904,1,1)". */
  functionCalls: string[];
  /** Worksheet function calls fail, refusing their whole batch (a host without WorksheetFunctions). */
  functionsRefused?: boolean;
  /** Highest ExcelApi version the fake host supports, e.g. "1.17"; APIs above it fail with ApiNotFound. */
  apiVersion: string;
  /** Largest request and response a sync may carry (Excel on the web: 5 MB). */
  payloadLimitBytes: number;
  syncCount: number;
  requestBytes: number[];
  responseBytes: number[];
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Actions still queued when an Excel.run ended: Talenta forgot a sync. */
  discardedActions: number;
  suspendedCalculation: number;
  suspendedScreenUpdating: number;
  nextId: number;
  /** Changes applied to the workbook: property sets, method calls and adds (a refused run makes none). */
  writes: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

export function newSheet(name: string): FakeSheet {
  return {
    name,
    visibility: "Visible",
    protected: false,
    values: [],
    formats: [],
    formulas: new Map(),
    quotePrefix: new Set(),
    formatOps: [],
    merges: [],
    hiddenRows: new Set(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    pageLayout: {},
    tabColor: "",
    showGridlines: true,
    charts: [],
    tables: [],
    validations: [],
  };
}

export function newWorkbook(sheetNames: string[] = ["Sheet1"], apiVersion = "1.17"): FakeWorkbook {
  return {
    sheets: sheetNames.map(newSheet),
    activeSheet: sheetNames[0] ?? "",
    customXmlParts: [],
    date1904: false,
    functionCalls: [],
    apiVersion,
    payloadLimitBytes: 5 * 1024 * 1024,
    syncCount: 0,
    requestBytes: [],
    responseBytes: [],
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    discardedActions: 0,
    suspendedCalculation: 0,
    suspendedScreenUpdating: 0,
    nextId: 1,
    writes: 0,
  };
}

export function findSheet(wb: FakeWorkbook, name: string): FakeSheet | undefined {
  const lower = name.toLowerCase();
  return wb.sheets.find((s) => s.name.toLowerCase() === lower);
}

/** Seeds a sheet from a Grid as a host read it (values, number formats, merges, hidden rows). */
export function loadGrid(wb: FakeWorkbook, grid: Grid): FakeSheet {
  const sheet = findSheet(wb, grid.sheet) ?? addSheet(wb, grid.sheet);
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const nf = grid.numberFormats[r]?.[c];
      setCell(sheet, grid.origin.row + r, grid.origin.col + c, v, nf === "General" ? undefined : nf);
    }),
  );
  sheet.merges.push(...grid.merges.map((m) => ({ ...m })));
  grid.hiddenRows.forEach((r) => sheet.hiddenRows.add(r));
  return sheet;
}

export function addSheet(wb: FakeWorkbook, name: string): FakeSheet {
  const sheet = newSheet(name);
  wb.sheets.push(sheet);
  return sheet;
}

/** Stores a cell as Excel holds it; `null`/"" is empty. Not the write path (see write-cell.ts). */
export function setCell(sheet: FakeSheet, row: number, col: number, v: CellValue, nf?: string): void {
  (sheet.values[row] ??= [])[col] = v === "" ? null : v;
  if (nf !== undefined) (sheet.formats[row] ??= [])[col] = nf;
}

export function valueAt(sheet: FakeSheet, row: number, col: number): CellValue {
  return sheet.values[row]?.[col] ?? null;
}

export function formatAt(sheet: FakeSheet, row: number, col: number): string {
  return sheet.formats[row]?.[col] ?? "General";
}

/** The style of one cell: the last value of each key among the format operations covering it. */
export function styleAt(sheet: FakeSheet, row: number, col: number): Record<string, unknown> {
  const style: Record<string, unknown> = {};
  for (const op of sheet.formatOps) {
    const r = op.rect;
    if (row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols) style[op.key] = op.value;
  }
  return style;
}

/** Bounding box of non-empty cells (and, unless valuesOnly, cells with a number format). */
export function usedRect(sheet: FakeSheet, valuesOnly: boolean): Rect | undefined {
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  const scan = (rows: unknown[][]) =>
    rows.forEach((row, r) => {
      if (!row) return;
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        top = Math.min(top, r); bottom = Math.max(bottom, r);
        left = Math.min(left, c); right = Math.max(right, c);
      });
    });
  scan(sheet.values);
  if (!valuesOnly) scan(sheet.formats);
  for (const key of sheet.formulas.keys()) {
    const r = Math.floor(key / MAX_COLS), c = key % MAX_COLS;
    top = Math.min(top, r); bottom = Math.max(bottom, r); left = Math.min(left, c); right = Math.max(right, c);
  }
  if (bottom < 0) return undefined;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

/** Empties a rectangle the way Range.clear("All") does. */
export function clearRect(sheet: FakeSheet, rect: Rect, what: "All" | "Contents" | "Formats" = "All"): void {
  const lastRow = Math.min(rect.row + rect.rows, Math.max(sheet.values.length, sheet.formats.length));
  for (let r = rect.row; r < lastRow; r++) {
    const rowEnd = Math.max(sheet.values[r]?.length ?? 0, sheet.formats[r]?.length ?? 0);
    for (let c = rect.col; c < rect.col + rect.cols && c < rowEnd; c++) {
      if (what !== "Formats") {
        if (sheet.values[r]) sheet.values[r][c] = null;
        sheet.formulas.delete(cellKey(r, c));
        sheet.quotePrefix.delete(cellKey(r, c));
      }
      if (what !== "Contents" && sheet.formats[r]) sheet.formats[r][c] = undefined;
    }
  }
  if (what !== "Formats") {
    for (const key of [...sheet.formulas.keys()]) {
      const r = Math.floor(key / MAX_COLS), c = key % MAX_COLS;
      if (contains(rect, { row: r, col: c, rows: 1, cols: 1 })) sheet.formulas.delete(key);
    }
  }
  if (what !== "Contents") {
    sheet.formatOps = sheet.formatOps.filter((op) => !contains(rect, op.rect));
    sheet.merges = sheet.merges.filter((m) => !intersects(rect, m));
  }
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.row >= outer.row && inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows && inner.col + inner.cols <= outer.col + outer.cols;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
