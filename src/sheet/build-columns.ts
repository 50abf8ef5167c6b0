// Mapped sheet columns → typed table columns, with the issues found in their cells. Row-major on purpose:
// each sheet row is its own array, so reading all mapped cells of a row at once touches memory once per
// row instead of once per cell (100,000 rows × 20 columns must stay near 100 ms).
import { FIELDS, type FieldId } from "../domain/fields";
import type { FieldColumn } from "../domain/table";
import type { Issue } from "../domain/issues";
import { cellAddress } from "../grid/a1";
import type { CellValue, Grid } from "../grid/types";
import { isPercentFormat, nipLostDigits, numberFromCell, parseDateCell, parseNipCell, parseTextCell } from "./cells";

export interface ColumnToRead {
  field: FieldId;
  /** 0-based sheet column. */
  col: number;
}

type Reader = (row: CellValue[] | undefined, gridRow: number, i: number) => void;

/**
 * Parses the mapped columns at the given grid rows. Issues carry the record index, the A1 cell, the field and
 * the value as read. Every issue here is a warning: whether a row needs the value is for domain/ to say.
 */
export function buildFieldColumns(grid: Grid, columns: ColumnToRead[], gridRows: Int32Array, issues: Issue[]): FieldColumn[] {
  const n = gridRows.length;
  const out: FieldColumn[] = [];
  const readers: Reader[] = [];
  for (const { field, col } of columns) {
    const c = col - grid.origin.col;
    const raise = (code: Issue["code"], gridRow: number, i: number, input: CellValue) =>
      issues.push({ code, severity: "warning", row: i, cell: cellAddress(gridRow + grid.origin.row, col), field, input });
    const kind = FIELDS[field].kind;
    if (kind === "number") {
      const values = new Float64Array(n);
      // A column has few distinct formats: remember the last one instead of re-reading it per cell.
      let lastFormat: string | undefined;
      let percent = false;
      readers.push((row, gridRow, i) => {
        const v = row === undefined ? null : (row[c] ?? null);
        if (typeof v === "number") {
          const format = grid.numberFormats[gridRow]?.[c];
          if (format !== lastFormat) {
            lastFormat = format;
            percent = isPercentFormat(format);
          }
        }
        const parsed = numberFromCell(v, percent);
        values[i] = parsed === undefined ? NaN : parsed;
        if (parsed === undefined) raise("not-a-number", gridRow, i, v);
      });
      out.push({ kind: "number", values });
    } else if (kind === "date") {
      const values = new Float64Array(n);
      readers.push((row, gridRow, i) => {
        const v = row === undefined ? null : (row[c] ?? null);
        const parsed = parseDateCell(v);
        values[i] = parsed === undefined ? NaN : parsed;
        if (parsed === undefined) raise("invalid-date", gridRow, i, v);
      });
      out.push({ kind: "number", values });
    } else if (kind === "nip") {
      const values = new Array<string | undefined>(n);
      readers.push((row, gridRow, i) => {
        const v = row === undefined ? null : (row[c] ?? null);
        values[i] = parseNipCell(v);
        if (nipLostDigits(v)) raise("nip-stored-as-number", gridRow, i, v);
      });
      out.push({ kind: "text", values });
    } else {
      const values = new Array<string | undefined>(n);
      readers.push((row, _gridRow, i) => {
        values[i] = parseTextCell(row === undefined ? null : (row[c] ?? null));
      });
      out.push({ kind: "text", values });
    }
  }
  for (let i = 0; i < n; i++) {
    const gridRow = gridRows[i];
    const row = grid.values[gridRow];
    for (let j = 0; j < readers.length; j++) readers[j](row, gridRow, i);
  }
  return out;
}
