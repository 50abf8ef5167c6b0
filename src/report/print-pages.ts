// How Talenta's sheets fall onto A4 pages: the page footer, and an estimate of the rows a page holds at the
// sheet's fit-to-width scale, so a block (a Suksesi position) can start on a new page instead of straddling two.
// Both hosts write the same margins (left/right 0.7", top/bottom 0.75": src/hosts/xlsx/sheet-build.ts and
// Excel's defaults), so the estimate holds for either. It errs on the small side: a page holding a few rows
// fewer than estimated still keeps each block whole.
import type { Lang } from "../domain/glossary";
import { linesInColumn } from "./text-measure";
import { columnWidthPoints } from "../grid/column-width";

/** A4 in points (210 × 297 mm). */
const A4 = { short: 595.3, long: 841.9 };
const MARGIN = { side: 0.7 * 72, topBottom: 0.75 * 72 };
/**
 * Tables longer than this keep their rows without heights of their own (each an explicit height would be one more
 * call in the Office host's batch); Excel fits such rows to wrapped text when it opens the file.
 */
export const FITTED_ROWS_UP_TO = 2_000;
/** Height of a row without its own: Calibri 11 in Excel (LibreOffice's default is lower, 12.8 pt). */
export const DEFAULT_ROW_POINTS = 15;
/** Room left for what the estimate cannot see: rounding of the scale, row heights Excel grows for wrapped text. */
const SAFETY = 0.9;

/** The printable area of an A4 page in points. */
export function printableArea(orientation: "portrait" | "landscape"): { width: number; height: number } {
  const [w, h] = orientation === "landscape" ? [A4.long, A4.short] : [A4.short, A4.long];
  return { width: w - 2 * MARGIN.side, height: h - 2 * MARGIN.topBottom };
}

/** The scale fit-to-width 1 prints at: 1 when the columns fit, else the page width over theirs (whole percent, down). */
export function fitToWidthScale(widths: readonly { width: number }[], orientation: "portrait" | "landscape"): number {
  const total = widths.reduce((sum, w) => sum + columnWidthPoints(w.width), 0);
  const page = printableArea(orientation).width;
  return total <= page ? 1 : Math.floor((page / total) * 100) / 100;
}

/** The sheet points a printed page holds at `scale`, kept conservative. */
export function pageHeightPoints(orientation: "portrait" | "landscape", scale: number): number {
  return (printableArea(orientation).height / scale) * SAFETY;
}

/**
 * Rows (0-based) to put a manual page break before, so that no block straddles two pages when it could fit on
 * one. Rows fill a page top to bottom; a row that no longer fits starts the next page (Excel's own break). A block
 * that does not fit in what is left of the page starts a new page, unless the page is still empty or the block is
 * taller than a page anyway (it then starts a new page only when less than half a page is left).
 * `blocks` are [first, end) row ranges, ascending; `height(row)` is the row's height in points.
 */
export function blockBreaks(blocks: readonly { first: number; end: number }[], height: (row: number) => number, page: number): number[] {
  const breaks: number[] = [];
  let used = 0;
  let row = 0;
  const advance = (to: number) => {
    for (; row < to; row++) {
      const h = height(row);
      if (used > 0 && used + h > page) used = 0;
      used += h;
    }
  };
  for (const b of blocks) {
    advance(b.first);
    let tall = 0;
    for (let r = b.first; r < b.end; r++) tall += height(r);
    const left = page - used;
    if (used > 0 && tall > left && (tall <= page || left < page / 2)) {
      breaks.push(b.first);
      used = 0;
    }
    advance(b.end);
  }
  return breaks;
}

/** The page footer: the sheet's name on the left, "Halaman 2 dari 5" on the right (Excel's codes). */
export function pageFooter(sheetName: string, lang: Lang): string {
  const pages = lang === "en" ? "Page &P of &N" : "Halaman &P dari &N";
  return `&L${sheetName.replace(/&/g, "&&")}&R${pages}`;
}

/**
 * Heights (points) for the rows of a table whose text wraps in its columns (no merged cells), from row `from` on:
 * 15 pt a line (Calibri 11, Excel's own line) for rows of two lines or more; one-line rows are left out.
 * Letters are weighed (text-measure.ts), so text in capitals gets the lines it takes.
 */
export function wrappedRowHeights(values: readonly (readonly unknown[])[], widths: readonly { col: number; width: number }[], from: number): { row: number; height: number }[] {
  const widthOf = new Map(widths.map((w) => [w.col, w.width]));
  const out: { row: number; height: number }[] = [];
  for (let r = from; r < values.length; r++) {
    let most = 1;
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "string" && v.length > 0) most = Math.max(most, linesInColumn(v, widthOf.get(c) ?? 8.43));
    }
    if (most > 1) out.push({ row: r, height: most * DEFAULT_ROW_POINTS });
  }
  return out;
}
