import type { CellValue, SheetLayout } from "../../grid/types";
import { cellAddress, rangeAddress } from "../../grid/a1";
import { RowCellWriter } from "./cell-writer";
import { EditKind, type SheetEdits } from "./cell-edits";
import type { TablePlan } from "./table-part";
import { absoluteRange, dataValidationsXml, inlineListFormula } from "./validation-xml";
import { escapeXmlText } from "./xml-text";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Table parts of the sheet: their relationship ids (in order) and what they cover. */
export interface OwnedTables {
  relIds: string[];
  plans: TablePlan[];
}

/**
 * A worksheet Talenta owns, written whole. Children follow the schema order (sheetPr, dimension, sheetViews,
 * sheetFormatPr, cols, sheetData, mergeCells, dataValidations, pageMargins, pageSetup, headerFooter, rowBreaks,
 * drawing, tableParts).
 * A dropdown list too long to say inline is written down a hidden column right of everything else.
 */
export function buildOwnedSheet(edits: SheetEdits, layout: SheetLayout = {}, drawingRelId?: string, tables?: OwnedTables): string {
  return [...ownedSheetPieces(edits, layout, drawingRelId, tables)].join("");
}

/**
 * The same worksheet as pieces (the part before the rows, each row, the part after), for the zip writer to
 * stream. A first pass without XML learns the used range; the rows are then built one at a time as they are
 * written, so a 100,000-row sheet never lives whole (short-lived strings are the garbage collector's cheap case).
 */
export function ownedSheetPieces(edits: SheetEdits, layout: SheetLayout = {}, drawingRelId?: string, tables?: OwnedTables): Iterable<string> {
  const heights = new Map((layout.rowHeights ?? []).map((h) => [h.row, h.height]));
  const extra = extraCells(edits, layout, tables?.plans ?? []);
  const rowIndices = rowsWritten(edits, [...heights.keys(), ...extra.cells.keys()]);
  const used = usedRange(rowIndices, edits, extra.cells, heights);
  const { top, bottom, left, right } = used;
  const dimension = bottom < 0 ? "A1" : rangeAddress({ row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 });
  const page = layout.page;
  const fit = page && (page.fitToWidth !== undefined || page.fitToHeight !== undefined);
  let xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`;
  if (layout.tabColor || fit) {
    xml += "<sheetPr>";
    if (layout.tabColor) xml += `<tabColor rgb="${argb(layout.tabColor)}"/>`;
    if (fit) xml += '<pageSetUpPr fitToPage="1"/>';
    xml += "</sheetPr>";
  }
  xml += `<dimension ref="${dimension}"/>`;
  xml += sheetViews(layout);
  xml += '<sheetFormatPr defaultRowHeight="15"/>';
  xml += cols(layout, extra.hiddenCols);
  const head = `${xml}${used.rows ? "<sheetData>" : "<sheetData/>"}`;
  xml = used.rows ? "</sheetData>" : "";
  const merges = layout.merges ?? [];
  if (merges.length) xml += `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rangeAddress(m)}"/>`).join("")}</mergeCells>`;
  xml += dataValidationsXml(layout.validations ?? [], (i) => extra.listRanges.get(i));
  xml += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  if (page) {
    // paperSize 9 is A4 (ECMA-376 §18.3.1.63). Without fitToHeight, "0" lets the pages run down as needed.
    let setup = `<pageSetup paperSize="9" orientation="${page.orientation}"`;
    if (fit) setup += ` fitToWidth="${page.fitToWidth ?? 0}" fitToHeight="${page.fitToHeight ?? 0}"`;
    xml += `${setup}/>`;
    xml += headerFooterXml(page.header, page.footer);
    xml += rowBreaksXml(page.rowBreaks);
  }
  if (drawingRelId) xml += `<drawing r:id="${drawingRelId}"/>`;
  if (tables?.relIds.length) xml += `<tableParts count="${tables.relIds.length}">${tables.relIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`;
  const tail = `${xml}</worksheet>`;
  return (function* () {
    yield head;
    yield* rowPieces(rowIndices, edits, extra.cells, heights, new RowCellWriter());
    yield tail;
  })();
}

/** The rows with edits (ascending already) and the few others the layout adds: sorted only when there are some. */
function rowsWritten(edits: SheetEdits, others: number[]): number[] {
  const rows = edits.rowIndices();
  const more = others.filter((r) => edits.row(r) === undefined);
  return more.length === 0 ? rows : [...new Set([...rows, ...more])].sort((a, b) => a - b);
}

type Extra = Map<number, { col: number; value: CellValue }[]>;

/** Where a row's cells go: the writer, or the dry pass that only notes the used range. */
interface CellSink {
  add(col: number, value: CellValue, style: number): void;
}

/** The used range and the number of rows written, learnt without building any XML. */
class UsedRange implements CellSink {
  top = Infinity;
  bottom = -1;
  left = Infinity;
  right = -1;
  rows = 0;

  add(col: number): void {
    if (col < this.left) this.left = col;
    if (col > this.right) this.right = col;
  }

  /** A row with `cells` written cells and maybe a height of its own. */
  noteRow(r: number, cells: number, hasHeight: boolean): void {
    if (cells > 0 || hasHeight) this.rows++;
    if (cells === 0) return;
    if (r < this.top) this.top = r;
    if (r > this.bottom) this.bottom = r;
  }
}

function usedRange(rowIndices: number[], edits: SheetEdits, more: Extra, heights: Map<number, number>): UsedRange {
  const used = new UsedRange();
  for (const r of rowIndices) {
    used.noteRow(r, rowCells(r, edits, more, used), heights.has(r));
  }
  return used;
}

/** Each row's XML, in chunks of many rows (a generator step and a string per row cost more than the row). */
function* rowPieces(rowIndices: number[], edits: SheetEdits, more: Extra, heights: Map<number, number>, w: RowCellWriter): Generator<string> {
  for (const r of rowIndices) {
    w.next(r);
    const cells = rowCells(r, edits, more, w);
    const height = heights.get(r);
    if (cells > 0 || height !== undefined) w.endRow(height === undefined ? `<row r="${r + 1}">` : `<row r="${r + 1}" ht="${height}" customHeight="1">`, "</row>");
    const chunks = w.chunks();
    for (let i = 0; i < chunks.length; i++) yield chunks[i];
  }
  yield* w.rest();
}

/** The cells of row `r` (its edits merged with the layout's extra cells, by column) into `sink`; how many. */
function rowCells(r: number, edits: SheetEdits, more: Extra, sink: CellSink): number {
  let cells = 0;
  const e = edits.row(r);
  const extra = more.get(r);
  let m = 0;
  for (let i = 0; e && i < e.cols.length; i++) {
    const col = e.cols[i];
    for (; extra && m < extra.length && extra[m].col < col; m++, cells++) sink.add(extra[m].col, extra[m].value, 0);
    const kind = e.kinds[i];
    if (extra && m < extra.length && extra[m].col === col) {
      sink.add(col, extra[m++].value, kind === EditKind.Clear ? 0 : e.styles[i]);
      cells++;
      continue;
    }
    if (kind === EditKind.Clear || (kind === EditKind.Style && !e.styles[i])) continue;
    sink.add(col, kind === EditKind.Set ? e.values[i] : null, e.styles[i]);
    cells++;
  }
  for (; extra && m < extra.length; m++, cells++) sink.add(extra[m].col, extra[m].value, 0);
  return cells;
}

function sheetViews(layout: SheetLayout): string {
  const grid = layout.showGridLines === false ? ' showGridLines="0"' : "";
  const f = layout.freeze;
  if (!f || (f.rows <= 0 && f.cols <= 0)) return `<sheetViews><sheetView${grid} workbookViewId="0"/></sheetViews>`;
  const pane = f.rows > 0 && f.cols > 0 ? "bottomRight" : f.rows > 0 ? "bottomLeft" : "topRight";
  const split = `${f.cols > 0 ? ` xSplit="${f.cols}"` : ""}${f.rows > 0 ? ` ySplit="${f.rows}"` : ""}`;
  const topLeft = cellAddress(Math.max(0, f.rows), Math.max(0, f.cols));
  return (
    `<sheetViews><sheetView${grid} workbookViewId="0">` +
    `<pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

/**
 * Cells the layout adds: table header names (a table's header cells must hold its column names as text)
 * and the items of lists too long for an inline formula, each list down its own hidden column.
 */
function extraCells(edits: SheetEdits, layout: SheetLayout, tables: TablePlan[]) {
  const cells = new Map<number, { col: number; value: CellValue }[]>();
  const put = (row: number, col: number, value: CellValue) => {
    let list = cells.get(row);
    if (!list) cells.set(row, (list = []));
    list.push({ col, value });
  };
  for (const t of tables) {
    t.columns.forEach((name, i) => {
      if (edits.valueAt(t.rect.row, t.rect.col + i) !== name) put(t.rect.row, t.rect.col + i, name);
    });
  }
  const listRanges = new Map<number, string>();
  const hiddenCols: number[] = [];
  const validations = layout.validations ?? [];
  const long = validations.map((v, i) => i).filter((i) => validations[i].list.length > 0 && inlineListFormula(validations[i].list) === undefined);
  if (long.length) {
    let last = 0;
    for (const r of edits.rowIndices()) last = Math.max(last, edits.row(r)!.cols.at(-1) ?? 0);
    for (const w of layout.columnWidths ?? []) last = Math.max(last, w.col);
    for (const rect of [...(layout.merges ?? []), ...validations.map((v) => v.rect), ...tables.map((t) => t.rect)]) last = Math.max(last, rect.col + rect.cols - 1);
    long.forEach((i, k) => {
      const col = last + 2 + k;
      hiddenCols.push(col);
      validations[i].list.forEach((item, row) => put(row, col, item));
      listRanges.set(i, absoluteRange({ row: 0, col, rows: validations[i].list.length, cols: 1 }));
    });
  }
  for (const list of cells.values()) list.sort((a, b) => a.col - b.col);
  return { cells, listRanges, hiddenCols };
}

function cols(layout: SheetLayout, hiddenCols: number[]): string {
  const widths = new Map<number, number>();
  for (const w of layout.columnWidths ?? []) widths.set(w.col, w.width);
  if (widths.size === 0 && hiddenCols.length === 0) return "";
  const sorted = [...widths].sort((a, b) => a[0] - b[0]);
  const ranges: { min: number; max: number; width: number }[] = [];
  for (const [col, width] of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && last.max === col && last.width === width) last.max = col + 1;
    else ranges.push({ min: col + 1, max: col + 1, width });
  }
  const hidden = hiddenCols.map((c) => `<col min="${c + 1}" max="${c + 1}" width="9.140625" hidden="1"/>`);
  return `<cols>${ranges.map((r) => `<col min="${r.min}" max="${r.max}" width="${r.width}" customWidth="1"/>`).join("")}${hidden.join("")}</cols>`;
}

/** Excel takes at most 255 characters of header or footer text (its Page Setup dialog refuses more). */
const HEADER_FOOTER_MAX = 255;

/** `<headerFooter>` with the page header and footer as Excel's codes ("&L…&C…&R…"); nothing when both are empty. */
export function headerFooterXml(header: string | undefined, footer: string | undefined): string {
  const part = (tag: string, text: string | undefined) => (text ? `<${tag}>${escapeXmlText(text.slice(0, HEADER_FOOTER_MAX))}</${tag}>` : "");
  const inner = part("oddHeader", header) + part("oddFooter", footer);
  return inner ? `<headerFooter>${inner}</headerFooter>` : "";
}

/** `<rowBreaks>`: a manual page break above each given row (0-based); `id` is the 1-based row the break follows. */
export function rowBreaksXml(rows: readonly number[] | undefined): string {
  const ids = [...new Set((rows ?? []).filter((r) => Number.isInteger(r) && r > 0 && r < 1_048_576))].sort((a, b) => a - b);
  if (ids.length === 0) return "";
  // max is the last column the break runs across (16383, 0-based); man="1" marks it as set by hand.
  return `<rowBreaks count="${ids.length}" manualBreakCount="${ids.length}">${ids.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("")}</rowBreaks>`;
}

export function argb(rgb: string): string {
  if (!/^[0-9A-Fa-f]{6}$/.test(rgb)) throw new Error(`Colour must be "RRGGBB": ${rgb}`);
  return `FF${rgb.toUpperCase()}`;
}
