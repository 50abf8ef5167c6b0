// Where the data under a header ends (RULES §6): at the first run of two blank rows, or at a footer: a
// place-and-date line, the signer's title (`KEPALA …`), `NIP. …` of the signer (reference §8.4), or a
// `Jumlah`/`Total` line. A single blank row followed by more data does not end it: people leave one empty
// row between groups (e.g. per unit); two are a gap. Hidden rows are data like any other.
import type { CellValue, Grid } from "../grid/types";
import * as noValue from "./no-value";

// Bound once: under CommonJS (tsx, vitest) every use of an imported name is a getter call, per cell here.
const { isBlank } = noValue;

export interface DataExtent {
  /** 0-based sheet rows; lastDataRow < firstDataRow when there is no data. */
  firstDataRow: number;
  lastDataRow: number;
  footerRow?: number;
}

// "Sukamaju, 15 Desember 2025", "Jakarta,      Desember 2025" (the day is filled in by hand), "Padang, 12-12-2025".
const PLACE_DATE = /^[^\d,]{2,60},\s*(\d{1,2}\s*)?[a-z]+\.?\s+\d{4}$|^[^\d,]{2,60},\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/i;
const SIGNER_NIP = /^nip\s*[.:]?\s*\d[\d\s.]{8,}$/i;
const SIGNER_TITLE =
  /^(kepala|plt\b|plh\b|pj\b|a\.?\s?n\.?\s|an\.|mengetahui|menyetujui|ditetapkan|sekretaris daerah|bupati|wali\s?kota|gubernur|ketua|pejabat pembina)/i;
const TOTAL = /^(jumlah|total|rata-rata|rerata)\b/i;
const MONTH_WORD =
  /(januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|nopember|desember|january|february|march|may|june|july|august|october|december)/i;

/** Footer text a data row never holds in a row of its own. */
export function isFooterText(text: string, afterBlank: boolean): boolean {
  const t = text.trim().replace(/\s+/g, " ");
  if (PLACE_DATE.test(t)) return /\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(t) || MONTH_WORD.test(t);
  if (SIGNER_NIP.test(t)) return true;
  // "Kepala …" is also a jabatan; alone on a row after a gap, or in capitals, it is the signer's title.
  return SIGNER_TITLE.test(t) && (afterBlank || t === t.toUpperCase());
}

export interface ExtentColumns {
  /** Grid columns (0-based in values) inside the header span, excluded columns left out. */
  span: number[];
  /** Grid column of the NIP, when known: a row with a NIP is data, whatever else it holds. */
  nipCol?: number;
}

function rowIsBlank(values: CellValue[] | undefined, span: number[]): boolean {
  if (!values) return true;
  for (const c of span) if (!isBlank(values[c] ?? null)) return false;
  return true;
}

/** A footer row; `nipCol` is -1 when the NIP column is not known. */
function isFooterRow(values: CellValue[], span: number[], nipCol: number, afterBlank: boolean): boolean {
  if (nipCol >= 0 && !isBlank(values[nipCol] ?? null)) return false;
  // Runs for every data row of sheets without a NIP column: count first, allocate nothing.
  let filled = 0;
  let first: CellValue = null;
  let second: CellValue = null;
  for (const c of span) {
    const v = values[c] ?? null;
    if (isBlank(v)) continue;
    if (filled === 0) first = v;
    else if (filled === 1) second = v;
    filled++;
  }
  if (typeof first === "string" && TOTAL.test(first.trim())) return true;
  if (filled > 2) return false;
  return (
    (typeof first === "string" && isFooterText(first, afterBlank)) ||
    (typeof second === "string" && isFooterText(second, afterBlank))
  );
}

// The footer usually sits a few rows below the data: reported so the user sees it was recognised.
const FOOTER_LOOKAHEAD = 10;

function footerAfterGap(grid: Grid, fromGridRow: number, cols: ExtentColumns): number | undefined {
  const end = Math.min(grid.values.length, fromGridRow + FOOTER_LOOKAHEAD);
  for (let r = fromGridRow; r < end; r++) {
    const values = grid.values[r];
    if (rowIsBlank(values, cols.span)) continue;
    return isFooterRow(values, cols.span, cols.nipCol ?? -1, true) ? r + grid.origin.row : undefined;
  }
  return undefined;
}

/**
 * The grid row where the data stops: the second of two blank rows, a footer row, or the end of the grid. The row
 * loop takes arrays and numbers only: objects made per run (the columns to look at) die at the next GC, and a
 * loop compiled for them would be compiled again on every run.
 */
function dataStop(values: CellValue[][], from: number, span: number[], nipCol: number): number {
  let blanks = 0;
  let started = false;
  for (let r = from; r < values.length; r++) {
    const row = values[r];
    if (rowIsBlank(row, span)) {
      if (started && ++blanks >= 2) return r;
      continue;
    }
    if (isFooterRow(row, span, nipCol, blanks > 0 || !started)) return r;
    started = true;
    blanks = 0;
  }
  return values.length;
}

/** Data rows from `firstDataRow` (sheet row) down to the first double blank or footer. */
export function findDataExtent(grid: Grid, firstDataRow: number, cols: ExtentColumns): DataExtent {
  const origin = grid.origin.row;
  const from = Math.max(0, firstDataRow - origin);
  const stop = dataStop(grid.values, from, cols.span, cols.nipCol ?? -1);
  // Every row above the stop that is not blank is data.
  let last = stop - 1;
  while (last >= from && rowIsBlank(grid.values[last], cols.span)) last--;
  const lastDataRow = last >= from ? last + origin : firstDataRow - 1;
  if (stop === grid.values.length) return { firstDataRow, lastDataRow };
  if (rowIsBlank(grid.values[stop], cols.span)) {
    const footerRow = footerAfterGap(grid, stop + 1, cols);
    return { firstDataRow, lastDataRow, ...(footerRow !== undefined ? { footerRow } : {}) };
  }
  return { firstDataRow, lastDataRow, footerRow: stop + origin };
}
