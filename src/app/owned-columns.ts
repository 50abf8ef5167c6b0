// Which columns of the data sheet are Talenta's own from an earlier run (RULES §7: a re-run replaces them).
// First by the stored record, when it names this sheet and its header texts still stand where it says (it also
// knows the last row written). Else by their signature: the ten result headers of RULES §7, in that order,
// side by side in one row, all Indonesian or all English: what travels with the cells when the record does not
// (sheet copied to another workbook, Google Sheets round trip) or when the columns moved (a column inserted).
// Anything else is the user's and never touched.
import { RESULT_COLUMNS } from "../domain/glossary";
import type { CellValue, Grid, Rect } from "../grid/types";
import { findDataExtent } from "../sheet";
import type { TalentaRecord } from "./record";

export interface PreviousColumns {
  /** 0-based sheet columns to leave out of detection. */
  columns: number[];
  /** The cells to clear before writing the new result columns. */
  rect: Rect;
}

/** The header rows are searched here: the table header is found in the first 30 rows (sheet/), plus sub-rows. */
const SIGNATURE_SCAN_ROWS = 40;

const SIGNATURES: readonly (readonly string[])[] = [
  RESULT_COLUMNS.map((c) => c.label.id),
  RESULT_COLUMNS.map((c) => c.label.en),
];

export function previousResultColumns(grid: Grid, record: TalentaRecord | undefined, sheet: string): PreviousColumns | undefined {
  return byRecord(grid, record, sheet) ?? bySignature(grid);
}

function byRecord(grid: Grid, record: TalentaRecord | undefined, sheet: string): PreviousColumns | undefined {
  const rc = record?.resultColumns;
  if (!rc || rc.sheet !== sheet || rc.headers.length === 0) return undefined;
  const row = grid.values[rc.headerRow - grid.origin.row];
  if (!row) return undefined;
  for (let i = 0; i < rc.headers.length; i++) {
    if (!sameText(row[rc.firstCol + i - grid.origin.col], rc.headers[i])) return undefined;
  }
  const columns = rc.headers.map((_, i) => rc.firstCol + i);
  return { columns, rect: { row: rc.headerRow, col: rc.firstCol, rows: rc.lastRow - rc.headerRow + 1, cols: rc.headers.length } };
}

/**
 * The first signature run (topmost row, then leftmost). Without the record the last row written is not known:
 * the old output is taken to end at the last row, within the data beside it, that holds a cell in the ten
 * columns. The data is the columns left of the run, read down from the header to where RULES §6 ends it (two
 * blank rows or a footer); a cell in Talenta's columns below the data, a note under the table, is the user's.
 */
function bySignature(grid: Grid): PreviousColumns | undefined {
  const found = findSignature(grid);
  if (!found) return undefined;
  const { gridRow, gridCol } = found;
  const width = SIGNATURES[0].length;
  const headerRow = gridRow + grid.origin.row;
  const span: number[] = [];
  for (let c = 0; c < gridCol; c++) span.push(c);
  const dataEnd = span.length === 0 ? gridRow : findDataExtent(grid, headerRow + 1, { span }).lastDataRow - grid.origin.row;
  let last = gridRow;
  for (let r = Math.min(dataEnd, grid.values.length - 1); r > gridRow; r--) {
    const values = grid.values[r];
    let filled = false;
    for (let c = gridCol; c < gridCol + width && !filled; c++) filled = !isEmpty(values?.[c]);
    if (filled) {
      last = r;
      break;
    }
  }
  const col = gridCol + grid.origin.col;
  const columns = Array.from({ length: width }, (_, i) => col + i);
  return { columns, rect: { row: headerRow, col, rows: last - gridRow + 1, cols: width } };
}

function findSignature(grid: Grid): { gridRow: number; gridCol: number } | undefined {
  const rows = Math.min(grid.values.length, SIGNATURE_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const values = grid.values[r];
    for (let c = 0; c < values.length; c++) {
      for (const names of SIGNATURES) if (runAt(values, c, names)) return { gridRow: r, gridCol: c };
    }
  }
  return undefined;
}

function runAt(values: readonly CellValue[], col: number, names: readonly string[]): boolean {
  if (col + names.length > values.length) return false;
  for (let i = 0; i < names.length; i++) if (!sameText(values[col + i], names[i])) return false;
  return true;
}

function sameText(v: CellValue | undefined, text: string): boolean {
  return typeof v === "string" && v.trim() === text.trim();
}

function isEmpty(v: CellValue | undefined): boolean {
  return v === null || v === undefined || v === "";
}
