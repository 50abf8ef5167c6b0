// Grid → TalentaTable (RULES §6): find the header, map columns (synonyms, then content, then the user's
// overrides), find where the data ends, and parse every mapped column. Never throws on a grid: a sheet
// that cannot be read gives `{ ok: false }` with what was looked for.
import { FIELD_IDS, FIELDS, type FieldId } from "../domain/fields";
import type { FieldColumn, MappedColumn, TalentaTable } from "../domain/table";
import type { Issue } from "../domain/issues";
import type { CellValue, Grid } from "../grid/types";
import { buildFieldColumns } from "./build-columns";
import { decideByContent, type ContentColumn } from "./content-decide";
import { findDataExtent, type DataExtent } from "./data-extent";
import { detectKeyedHeader } from "./header-detect";
import * as noValue from "./no-value";
import { FIELD_SYNONYMS, OTHER_HEADERS } from "./synonyms";
import type { DetectedColumn, DetectOptions, DetectResult } from "./types";

// Bound once: under CommonJS (tsx, vitest) every use of an imported name is a getter call, per cell here.
const { isBlank, isNoValue } = noValue;

const YEARLY_FIELDS = FIELD_IDS.filter((f) => FIELDS[f].yearly === true);
const LOOKED_FOR = FIELD_IDS.map((f) => FIELDS[f].label);

function hasAnyValue(grid: Grid): boolean {
  for (const row of grid.values) for (const v of row ?? []) if (!isBlank(v ?? null)) return true;
  return false;
}

function slotOf(c: DetectedColumn): string {
  return FIELDS[c.field as FieldId].yearly ? `${c.field}:${c.year ?? ""}` : (c.field as string);
}

/** After content decisions two columns may claim one field: the surest keeps it, the leftmost on a tie. */
function keepOnePerField(columns: DetectedColumn[]): void {
  const best = new Map<string, DetectedColumn>();
  for (const col of columns) {
    if (col.field === undefined) continue;
    const held = best.get(slotOf(col));
    if (!held || col.confidence > held.confidence) {
      if (held) unmap(held);
      best.set(slotOf(col), col);
    } else unmap(col);
  }
}

function unmap(col: DetectedColumn): void {
  delete col.field;
  col.confidence = 0;
}

function applyOverrides(columns: DetectedColumn[], overrides: DetectOptions["overrides"], excluded: Set<number>): void {
  for (const [field, target] of Object.entries(overrides ?? {}) as [FieldId, number | null | undefined][]) {
    if (!Object.hasOwn(FIELDS, field) || target === undefined) continue;
    for (const col of columns) if (col.field === field) unmap(col);
    if (target === null || !Number.isInteger(target) || target < 0 || excluded.has(target)) continue;
    let col = columns.find((c) => c.col === target);
    if (!col) {
      col = { col: target, header: "", via: "override", confidence: 1 };
      columns.push(col);
    }
    col.field = field;
    col.via = "override";
    col.confidence = 1;
  }
  columns.sort((a, b) => a.col - b.col);
}

function recordRows(grid: Grid, extent: DataExtent, mappedGridCols: number[]): Int32Array {
  const from = Math.max(0, extent.firstDataRow - grid.origin.row);
  const to = Math.min(grid.values.length - 1, extent.lastDataRow - grid.origin.row);
  const rows = new Int32Array(Math.max(0, to - from + 1));
  return rows.slice(0, rowsWithValues(grid.values, from, to, mappedGridCols, rows));
}

/** Writes into `rows` the grid rows in [from, to] that hold a record; returns how many. */
function rowsWithValues(values: CellValue[][], from: number, to: number, mappedGridCols: number[], rows: Int32Array): number {
  let n = 0;
  for (let r = from; r <= to; r++) {
    const row = values[r];
    if (!row) continue;
    // A record has a value in a mapped column; a row holding only its `No` is an unfilled template line.
    for (const c of mappedGridCols) {
      if (!isNoValue(row[c] ?? null)) {
        rows[n++] = r;
        break;
      }
    }
  }
  return n;
}

// Row loops in functions of their own, taking arrays and numbers only: a loop inside a long function is compiled
// on the fly, and the code after it, never run yet, throws the compiled code away on every call; and objects made
// per run die at the next GC, with the hidden classes a loop was compiled for.
function shifted(rows: Int32Array, by: number): Int32Array {
  const out = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = rows[i] + by;
  return out;
}

function buildTable(grid: Grid, columns: DetectedColumn[], headerRows: number[], endCol: number, extent: DataExtent): TalentaTable {
  const mapped = columns.filter((c) => c.field !== undefined);
  const gridRows = recordRows(grid, extent, mapped.map((c) => c.col - grid.origin.col));
  const issues: Issue[] = [];
  const fields: Partial<Record<FieldId, FieldColumn>> = {};
  const yearly: TalentaTable["yearly"] = {};
  const mappedColumns: MappedColumn[] = [];
  const built = buildFieldColumns(grid, mapped.map((c) => ({ field: c.field as FieldId, col: c.col })), gridRows, issues);
  for (const [k, col] of mapped.entries()) {
    const field = col.field as FieldId;
    const column = built[k];
    mappedColumns.push({ field, col: col.col, header: col.header, ...(col.year !== undefined ? { year: col.year } : {}) });
    if (FIELDS[field].yearly && col.year !== undefined) (yearly[field] ??= []).push({ year: col.year, col: col.col, column });
    if (!FIELDS[field].yearly || fields[field] === undefined) fields[field] = column;
  }
  for (const [field, years] of Object.entries(yearly) as [FieldId, NonNullable<TalentaTable["yearly"][FieldId]>][]) {
    years.sort((a, b) => a.year - b.year);
    fields[field] = years[years.length - 1].column; // RULES §3: the latest year counts
  }
  issues.sort((a, b) => a.row - b.row);
  return { sheet: grid.sheet, headerRows, sheetRows: shifted(gridRows, grid.origin.row), endCol, columns: mappedColumns, fields, yearly, issues };
}

function findHeader(grid: Grid, options: DetectOptions) {
  if (!Array.isArray(grid.values) || !hasAnyValue(grid)) return undefined;
  return detectKeyedHeader(grid, FIELD_SYNONYMS, {
    otherHeaders: OTHER_HEADERS,
    yearlyKeys: YEARLY_FIELDS,
    excludeColumns: options.excludeColumns,
    headerRow: options.headerRow,
  });
}

/** Whether detectTable would find a header on this sheet, without reading its 100,000 rows (picking a sheet). */
export function hasTalentaHeader(grid: Grid): boolean {
  return findHeader(grid, {}) !== undefined;
}

/** Reads the talent table of a sheet: header, column mapping, data rows and typed columns. */
export function detectTable(grid: Grid, options: DetectOptions = {}): DetectResult {
  if (!Array.isArray(grid.values) || !hasAnyValue(grid)) return { ok: false, code: "empty-sheet", lookedFor: LOOKED_FOR };
  const excluded = new Set(options.excludeColumns ?? []);
  const header = findHeader(grid, options);
  if (!header) return { ok: false, code: "no-header", lookedFor: LOOKED_FOR };

  const columns: ContentColumn[] = header.columns.map((c) => ({
    col: c.col,
    header: c.header,
    ...(c.key !== undefined ? { field: c.key } : {}),
    ...(c.year !== undefined ? { year: c.year } : {}),
    via: c.via,
    confidence: c.confidence,
    known: c.known,
  }));
  const endCol = columns.length > 0 ? columns[columns.length - 1].col + 1 : grid.origin.col;
  const headerCols = new Set(columns.map((c) => c.col));
  const span: number[] = [];
  const spanStart = columns.length > 0 ? columns[0].col : endCol;
  for (let col = spanStart; col < endCol; col++) if (!excluded.has(col)) span.push(col - grid.origin.col);
  // A column inside the table without a header text may still be recognised by its content.
  for (const c of span) {
    if (!headerCols.has(c + grid.origin.col)) columns.push({ col: c + grid.origin.col, header: "", via: "content", confidence: 0, known: false });
  }
  columns.sort((a, b) => a.col - b.col);

  const nipGridCol = (cols: DetectedColumn[]) => {
    const nip = cols.find((c) => c.field === "nip");
    return nip === undefined ? undefined : nip.col - grid.origin.col;
  };
  const firstNipCol = nipGridCol(columns);
  let extent = findDataExtent(grid, header.firstDataRow, { span, nipCol: firstNipCol });
  const fromRow = extent.firstDataRow - grid.origin.row;
  decideByContent(grid, columns, fromRow, extent.lastDataRow - grid.origin.row);
  keepOnePerField(columns);
  applyOverrides(columns, options.overrides, excluded);
  const nipCol = nipGridCol(columns);
  if (nipCol !== firstNipCol) extent = findDataExtent(grid, header.firstDataRow, { span, nipCol });

  const detected: DetectedColumn[] = columns
    .filter((c) => c.header !== "" || c.field !== undefined)
    .map(({ known: _known, ...c }) => (c.field === undefined ? { ...c, confidence: 0 } : c));
  const lastCol = detected.reduce((m, c) => (c.field !== undefined || c.header !== "" ? Math.max(m, c.col + 1) : m), endCol);
  const table = buildTable(grid, detected, header.headerRows, lastCol, extent);
  return {
    ok: true,
    table,
    detection: {
      headerRows: header.headerRows,
      firstDataRow: extent.firstDataRow,
      lastDataRow: extent.lastDataRow,
      ...(extent.footerRow !== undefined ? { footerRow: extent.footerRow } : {}),
      ...(header.columnNumberRow !== undefined ? { columnNumberRow: header.columnNumberRow } : {}),
      columns: detected,
    },
  };
}
