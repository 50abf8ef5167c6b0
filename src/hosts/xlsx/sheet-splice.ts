import { rangeAddress } from "../../grid/a1";
import { cellXml } from "./cell-xml";
import { RowCellWriter } from "./cell-writer";
import { EditKind, type CellEdit, type RowEdits, type SheetEdits } from "./cell-edits";
import { locateSheetData, rowCells, type RowSpan, type SheetDataSpan } from "./sheet-scan";
import { withColumnWidths } from "./sheet-cols";
import { scanSheet, type RowIndex } from "./sheet-tags";
import { attrOf, removeAttr, setAttr } from "./xml-scan";
import { malformed } from "./xml-text";

export interface SpliceResult {
  /** The new worksheet in pieces, to be written out without joining 100 MB into one string. */
  parts: string[];
  /** The pieces joined (for reading the sheet back in the same session). */
  readonly xml: string;
  /** True when a formula cell was overwritten or emptied: calcChain.xml must then be dropped. */
  removedFormula: boolean;
}

/** What a walk over the rows learns besides the pieces: the used range and whether a formula went. */
interface WalkEnd {
  dimension: string;
  removedFormula: boolean;
}

/**
 * Applies cell edits to a user's worksheet XML. Rows and cells without edits are copied byte for byte;
 * new cells go at their column's place; only the <dimension> and the edited rows' spans change elsewhere.
 */
export function spliceSheet(xml: string, edits: SheetEdits, scanned?: RowIndex): SpliceResult {
  const data = sheetDataOf(xml, scanned);
  if (!data) throw malformed("a worksheet without <sheetData>");
  const out: string[] = [];
  const walk = walkRows(xml, data, edits, scanned, false);
  let step = walk.next();
  for (; !step.done; step = walk.next()) out.push(step.value);
  const parts = [head(xml, data, step.value.dimension, edits.widths), ...out, tail(xml, data)];
  return {
    parts,
    get xml() {
      return parts.join("");
    },
    removedFormula: step.value.removedFormula,
  };
}

/**
 * The same splice as a stream, for saving: one walk without building the rows learns the <dimension> (written
 * first) and whether a formula went; `pieces` walks again, so only the piece being written is ever alive.
 */
export function streamSplice(xml: string, edits: SheetEdits, scanned?: RowIndex): { removedFormula: boolean; pieces: Iterable<string> } {
  const data = sheetDataOf(xml, scanned);
  if (!data) throw malformed("a worksheet without <sheetData>");
  const dry = walkRows(xml, data, edits, scanned, true);
  let step = dry.next();
  while (!step.done) step = dry.next();
  const { dimension, removedFormula } = step.value;
  function* pieces(): Generator<string> {
    yield head(xml, data!, dimension, edits.widths);
    yield* walkRows(xml, data!, edits, scanned, false);
    yield tail(xml, data!);
  }
  return { removedFormula, pieces: pieces() };
}

/**
 * The pieces between <sheetData>'s start tag and its end, in chunks of many rows; `dry` builds no text at all.
 * Everything goes through one writer: a generator step, a string and a UTF-8 encoding call per row cost more
 * than the row's new cells.
 */
function* walkRows(xml: string, data: SheetDataSpan, edits: SheetEdits, scanned: RowIndex | undefined, dry: boolean): Generator<string, WalkEnd> {
  const p = data.prefix;
  const closeRow = `</${p}row>`;
  const bounds = { top: Infinity, bottom: -1, left: Infinity, right: -1 };
  const note = (row: number, first: number, last: number) => {
    if (row < bounds.top) bounds.top = row;
    if (row > bounds.bottom) bounds.bottom = row;
    if (first < bounds.left) bounds.left = first;
    if (last > bounds.right) bounds.right = last;
  };
  const w = dry ? undefined : new RowCellWriter(p);
  // The rows as readUsedGrid scanned them, when this is the same XML; else one scan without reading values.
  const index = scanned && scanned.xml === xml ? scanned : scanSheet(xml, data);
  // Rows in ascending order (what Excel writes) are matched to the sorted edits by one cursor. A generator may
  // store them in another order: then each row looks its edits up, and only rows the file lacks are new.
  const ordered = isAscending(index);
  const pending = ordered ? edits.rowIndices() : rowsNotIn(edits.rowIndices(), index);
  let next = 0;
  let removedFormula = false;
  let copyFrom = data.contentStart;
  // New rows go after the untouched rows copied so far: the copy is flushed up to `at` first. Stops (true) when
  // a chunk is complete, for the caller to yield it and call again: many new rows in a row stream as they are made.
  const newRowsBefore = (limit: number, at: number): boolean => {
    if (next >= pending.length || pending[next] >= limit) return false;
    w?.push(xml.slice(copyFrom, at));
    copyFrom = at;
    while (next < pending.length && pending[next] < limit) {
      const row = pending[next++];
      const e = edits.row(row);
      const first = e ? firstWritten(e) : -1;
      if (first < 0) continue;
      note(row, first, lastWritten(e!));
      if (!w) continue;
      w.next(row);
      writeCells(w, e!);
      w.endRow(`<${p}row r="${row + 1}">`, closeRow);
      if (w.ready) return true;
    }
    return false;
  };
  for (let i = 0; i < index.count; i++) {
    if (w) {
      const chunks = w.chunks();
      for (let k = 0; k < chunks.length; k++) yield chunks[k];
    }
    const rowNo = index.row[i];
    const start = index.start[i];
    const end = index.end[i];
    const first = index.firstCol[i];
    const last = index.lastCol[i];
    while (newRowsBefore(rowNo, start)) yield* w!.chunks();
    const hasEdits = ordered ? next < pending.length && pending[next] === rowNo : edits.row(rowNo) !== undefined;
    const cleared = edits.rowIsCleared(rowNo);
    if (!hasEdits && !cleared) {
      if (first >= 0) note(rowNo, first, last);
      continue;
    }
    if (hasEdits && ordered) next++;
    const fast = hasEdits ? edits.row(rowNo) : undefined;
    const gt = index.gt[i];
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    // Talenta's usual write: cells to the right of every existing one. The row's cells are then kept as one slice.
    if (!selfClosing && last < Math.min(fast ? fast.cols[0] : Infinity, edits.firstClearedCol(rowNo))) {
      const firstNew = fast ? firstWritten(fast) : -1;
      if (firstNew < 0) {
        if (first >= 0) note(rowNo, first, last);
        continue;
      }
      const lastNew = lastWritten(fast!);
      const firstCol = first >= 0 ? first : firstNew;
      note(rowNo, firstCol, lastNew);
      if (!w) continue;
      // The row's text goes out as slices of the input; its </row> goes with the next slice. Only a `spans`
      // attribute makes the start tag new.
      const startTag = xml.slice(start, gt + 1);
      if (startTag.includes("spans")) {
        w.push(xml.slice(copyFrom, start));
        w.push(setAttr(startTag, "spans", `${firstCol + 1}:${lastNew + 1}`));
        w.push(xml.slice(gt + 1, end - closeRow.length));
      } else w.push(xml.slice(copyFrom, end - closeRow.length));
      w.next(rowNo);
      writeCells(w, fast!);
      w.endRow("", "");
      copyFrom = end - closeRow.length;
      continue;
    }
    const rowEdits = hasEdits ? edits.rowEdits(rowNo) : [];
    const row: RowSpan = { row: rowNo, start, gt, end, selfClosing };
    const cells = rowCells(xml, row, p);
    w?.push(xml.slice(copyFrom, start));
    copyFrom = end;
    const merged = mergeRow(xml, row, cells, rowEdits, p, (col) => edits.isCleared(rowNo, col));
    removedFormula ||= merged.removedFormula;
    if (merged.xml) {
      w?.push(merged.xml);
      if (merged.cols.length) note(rowNo, merged.cols[0], merged.cols[merged.cols.length - 1]);
    }
  }
  const lastEnd = index.count ? Math.max(copyFrom, index.end[index.count - 1]) : copyFrom;
  while (newRowsBefore(Infinity, lastEnd)) yield* w!.chunks();
  if (w) {
    w.push(xml.slice(copyFrom, data.contentEnd));
    yield* w.rest();
  }
  const dimension = bounds.bottom < 0 ? "A1" : rangeAddress({ row: bounds.top, col: bounds.left, rows: bounds.bottom - bounds.top + 1, cols: bounds.right - bounds.left + 1 });
  return { dimension, removedFormula };
}

/** Every row number is greater than the one before it. */
function isAscending(index: RowIndex): boolean {
  for (let i = 1; i < index.count; i++) if (index.row[i] <= index.row[i - 1]) return false;
  return true;
}

/** The edited rows the sheet does not have yet, ascending. */
function rowsNotIn(rows: number[], index: RowIndex): number[] {
  const present = new Set<number>();
  for (let i = 0; i < index.count; i++) present.add(index.row[i]);
  return rows.filter((r) => !present.has(r));
}

/** <sheetData>'s span: as the read found it when this is the XML it scanned, else searched for. */
function sheetDataOf(xml: string, scanned: RowIndex | undefined): SheetDataSpan | undefined {
  return scanned && scanned.xml === xml ? scanned.data : locateSheetData(xml);
}

/** The worksheet up to <sheetData>'s content: the new <dimension>, and the column widths set (sheet-cols.ts). */
function head(xml: string, data: SheetDataSpan, dimension: string, widths: ReadonlyMap<number, number>): string {
  let before = xml.slice(0, data.start);
  before = before.replace(/(<(?:[\w.-]+:)?dimension\s[^>]*?ref\s*=\s*)("[^"]*"|'[^']*')/, `$1"${dimension}"`);
  before = withColumnWidths(before, data.prefix, widths);
  const open = xml.slice(data.start, data.contentStart);
  return before + (open.endsWith("/>") ? `${open.slice(0, -2).trimEnd()}>` : open);
}

function tail(xml: string, data: SheetDataSpan): string {
  const closed = xml.slice(data.start, data.contentStart).endsWith("/>");
  return (closed ? `</${data.prefix}sheetData>` : "") + xml.slice(data.contentEnd);
}

function newCells(row: number, rowEdits: [number, CellEdit][], p: string): { col: number; xml: string }[] {
  const out: { col: number; xml: string }[] = [];
  for (const [col, e] of rowEdits) {
    if (e.kind === "set" && (e.value !== null || e.style)) out.push({ col, xml: cellXml(row, col, e.value, e.style, p) });
    if (e.kind === "style" && e.style) out.push({ col, xml: cellXml(row, col, null, e.style, p) });
  }
  return out;
}

/** Whether edit `i` of a row writes a cell (a value, or a style on an empty cell). */
function writes(e: RowEdits, i: number): boolean {
  const kind = e.kinds[i];
  if (kind === EditKind.Clear) return false;
  return e.styles[i] !== 0 || (kind === EditKind.Set && e.values[i] !== null);
}

/** The first column a row's edits write a cell in; -1 when none. */
function firstWritten(e: RowEdits): number {
  for (let i = 0; i < e.cols.length; i++) if (writes(e, i)) return e.cols[i];
  return -1;
}

function lastWritten(e: RowEdits): number {
  for (let i = e.cols.length - 1; i >= 0; i--) if (writes(e, i)) return e.cols[i];
  return -1;
}

/** The row's new cells, after w.next(row). */
function writeCells(w: RowCellWriter, e: RowEdits): void {
  for (let i = 0; i < e.cols.length; i++) if (writes(e, i)) w.add(e.cols[i], e.kinds[i] === EditKind.Set ? e.values[i] : null, e.styles[i]);
}

function mergeRow(
  xml: string,
  row: RowSpan,
  cells: ReturnType<typeof rowCells>,
  rowEdits: [number, CellEdit][],
  p: string,
  cleared: (col: number) => boolean,
) {
  const parts: string[] = [];
  const cols: number[] = [];
  let removedFormula = false;
  const formula = new RegExp(`<${p}f[\\s/>]`);
  const hasFormula = (c: (typeof cells)[number]) => formula.test(xml.slice(c.gt, c.end));
  let i = 0;
  let j = 0;
  while (i < cells.length || j < rowEdits.length) {
    const cell = cells[i];
    const edit = rowEdits[j];
    if (cell && (!edit || cell.col < edit[0])) {
      i++;
      if (cleared(cell.col)) {
        if (hasFormula(cell)) removedFormula = true;
        continue;
      }
      parts.push(xml.slice(cell.start, cell.end));
      cols.push(cell.col);
      continue;
    }
    const [col, e] = edit;
    const existing = cell && cell.col === col ? cell : undefined;
    if (existing) i++;
    j++;
    if (e.kind === "style" && existing && !cleared(col)) {
      const start = xml.slice(existing.start, existing.gt + 1);
      const tag = e.style ? setAttr(start, "s", String(e.style)) : removeAttr(start, "s");
      parts.push(tag + xml.slice(existing.gt + 1, existing.end));
      cols.push(col);
      continue;
    }
    if (existing && hasFormula(existing)) removedFormula = true;
    const fresh = newCells(row.row, [[col, e]], p);
    for (const f of fresh) {
      parts.push(f.xml);
      cols.push(f.col);
    }
  }
  let startTag = xml.slice(row.start, row.gt + 1);
  if (startTag.endsWith("/>")) startTag = `${startTag.slice(0, -2).trimEnd()}>`;
  if (attrOf(startTag, "spans") !== undefined && cols.length) startTag = setAttr(startTag, "spans", `${cols[0] + 1}:${cols[cols.length - 1] + 1}`);
  const bare = cols.length ? "x" : removeAttr(removeAttr(startTag, "spans"), "r").replace(/^<[^\s>]+\s*>$/, "");
  if (cols.length === 0 && bare === "") return { xml: "", cols, removedFormula };
  return { xml: `${startTag}${parts.join("")}</${p}row>`, cols, removedFormula };
}
