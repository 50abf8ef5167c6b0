// Mapped sheet columns → typed table columns, with the issues found in their cells. Row-major on purpose:
// each sheet row is its own array, so reading all mapped cells of a row at once touches memory once per
// row instead of once per cell (100,000 rows × 20 columns must stay near 100 ms).
import { FIELDS, type FieldId } from "../domain/fields";
import type { FieldColumn } from "../domain/table";
import type { Issue } from "../domain/issues";
import { cellAddress } from "../grid/a1";
import type { CellValue, Grid } from "../grid/types";
import * as cells from "./cells";

// Bound once for the per-cell loop: under CommonJS (tsx, vitest) every use of an imported name is a getter call.
const { isPercentFormat, nipLostDigits, numberFromCell, parseDateCell, parseNipCell, parseTextCell } = cells;

export interface ColumnToRead {
  field: FieldId;
  /** 0-based sheet column. */
  col: number;
}

const TEXT = 0;
const NUMBER = 1;
const DATE = 2;
const NIP = 3;
/** Rows read per pass over the columns: their row arrays (~150 bytes each) stay in the CPU cache. */
const CHUNK = 256;

/**
 * Parses the mapped columns at the given grid rows. Issues carry the record index, the A1 cell, the field and
 * the value as read. Every issue here is a warning: whether a row needs the value is for domain/ to say.
 */
export function buildFieldColumns(grid: Grid, columns: ColumnToRead[], gridRows: Int32Array, issues: Issue[]): FieldColumn[] {
  const n = gridRows.length;
  const m = columns.length;
  const out: FieldColumn[] = [];
  // One switch per cell over plain arrays, no closure per column: a call site shared by many closures
  // cannot be inlined.
  const kinds = new Uint8Array(m);
  const gridCols = new Int32Array(m);
  const texts: (string | undefined)[][] = [];
  const numbers: Float64Array[] = [];
  for (let j = 0; j < m; j++) {
    const kind = FIELDS[columns[j].field].kind;
    gridCols[j] = columns[j].col - grid.origin.col;
    kinds[j] = kind === "number" ? NUMBER : kind === "date" ? DATE : kind === "nip" ? NIP : TEXT;
    if (kinds[j] === NUMBER || kinds[j] === DATE) {
      const values = new Float64Array(n);
      numbers.push(values);
      texts.push([]);
      out.push({ kind: "number", values });
    } else {
      const values = new Array<string | undefined>(n);
      texts.push(values);
      numbers.push(new Float64Array(0));
      out.push({ kind: "text", values });
    }
  }
  const raise = (j: number, code: Issue["code"], gridRow: number, i: number, input: CellValue) =>
    issues.push({ code, severity: "warning", row: i, cell: cellAddress(gridRow + grid.origin.row, columns[j].col), field: columns[j].field, input });
  // A column has few distinct formats: remember the last one instead of re-reading it per cell.
  const lastFormat: (string | undefined)[] = new Array<string | undefined>(m).fill(undefined);
  const percent = new Uint8Array(m);

  // Rows in chunks, then column by column within a chunk: a tight loop per column, while the chunk's row
  // arrays stay in cache.
  const values = grid.values;
  for (let from = 0; from < n; from += CHUNK) {
    const to = Math.min(n, from + CHUNK);
    for (let j = 0; j < m; j++) {
      const c = gridCols[j];
      switch (kinds[j]) {
        case TEXT: {
          const out = texts[j];
          for (let i = from; i < to; i++) {
            const row = values[gridRows[i]];
            out[i] = parseTextCell(row === undefined ? null : (row[c] ?? null));
          }
          break;
        }
        case NIP: {
          const out = texts[j];
          for (let i = from; i < to; i++) {
            const row = values[gridRows[i]];
            const v = row === undefined ? null : (row[c] ?? null);
            out[i] = parseNipCell(v);
            if (nipLostDigits(v)) raise(j, "nip-stored-as-number", gridRows[i], i, v);
          }
          break;
        }
        case NUMBER: {
          const out = numbers[j];
          for (let i = from; i < to; i++) {
            const gridRow = gridRows[i];
            const row = values[gridRow];
            const v = row === undefined ? null : (row[c] ?? null);
            if (typeof v === "number") {
              const format = grid.numberFormats[gridRow]?.[c];
              if (format !== lastFormat[j]) {
                lastFormat[j] = format;
                percent[j] = isPercentFormat(format) ? 1 : 0;
              }
            }
            const parsed = numberFromCell(v, percent[j] === 1);
            out[i] = parsed === undefined ? NaN : parsed;
            if (parsed === undefined) raise(j, "not-a-number", gridRow, i, v);
          }
          break;
        }
        default: {
          const out = numbers[j];
          for (let i = from; i < to; i++) {
            const row = values[gridRows[i]];
            const v = row === undefined ? null : (row[c] ?? null);
            const parsed = parseDateCell(v);
            out[i] = parsed === undefined ? NaN : parsed;
            if (parsed === undefined) raise(j, "invalid-date", gridRows[i], i, v);
          }
        }
      }
    }
  }
  return out;
}
