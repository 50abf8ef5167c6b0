import { rangeAddress } from "../../grid/a1";
import { cellXml } from "./cell-xml";
import { RowCellWriter } from "./cell-writer";
import { EditKind, type CellEdit, type RowEdits, type SheetEdits } from "./cell-edits";
import { locateSheetData, rowCells, type RowSpan, type SheetDataSpan } from "./sheet-scan";
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
  const data = locateSheetData(xml);
  if (!data) throw malformed("a worksheet without <sheetData>");
  const out: string[] = [];
  const walk = walkRows(xml, data, edits, scanned, false);
  let step = walk.next();
  for (; !step.done; step = walk.next()) out.push(step.value);
  const parts = [head(xml, data, step.value.dimension), ...out, tail(xml, data)];
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
  const data = locateSheetData(xml);
  if (!data) throw malformed("a worksheet without <sheetData>");
  const dry = walkRows(xml, data, edits, scanned, true);
  let step = dry.next();
  while (!step.done) step = dry.next();
  const { dimension, removedFormula } = step.value;
  function* pieces(): Generator<string> {
    yield head(xml, data!, dimension);
    yield* walkRows(xml, data!, edits, scanned, false);
    yield tail(xml, data!);
  }
  return { removedFormula, pieces: pieces() };
}

/** The pieces between <sheetData>'s start tag and its end; `dry` skips building new cells the fast path adds. */
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
  const pending = edits.rowIndices();
  let next = 0;
  let removedFormula = false;
  let copyFrom = data.contentStart;
  // New rows go after the untouched rows copied so far: the copy is flushed up to `at` first.
  function* emitNewRowsBefore(limit: number, at: number): Generator<string> {
    if (next >= pending.length || pending[next] >= limit) return;
    yield xml.slice(copyFrom, at);
    copyFrom = at;
    for (; next < pending.length && pending[next] < limit; next++) {
      const cells = newCellsXml(pending[next], edits.row(pending[next]), p, dry);
      if (cells.first < 0) continue;
      note(pending[next], cells.first, cells.last);
      yield `<${p}row r="${pending[next] + 1}">${cells.xml}</${p}row>`;
    }
  }
  // The rows as readUsedGrid scanned them, when this is the same XML; else one scan without reading values.
  const index = scanned && scanned.xml === xml ? scanned : scanSheet(xml, data);
  for (let i = 0; i < index.count; i++) {
    const rowNo = index.row[i];
    const start = index.start[i];
    const end = index.end[i];
    const first = index.firstCol[i];
    const last = index.lastCol[i];
    yield* emitNewRowsBefore(rowNo, start);
    const hasEdits = next < pending.length && pending[next] === rowNo;
    const cleared = edits.rowIsCleared(rowNo);
    if (!hasEdits && !cleared) {
      if (first >= 0) note(rowNo, first, last);
      continue;
    }
    if (hasEdits) next++;
    const fast = hasEdits ? edits.row(rowNo) : undefined;
    const gt = index.gt[i];
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    // Talenta's usual write: cells to the right of every existing one. The row's cells are then kept as one slice.
    if (!selfClosing && last < Math.min(fast ? fast.cols[0] : Infinity, edits.firstClearedCol(rowNo))) {
      const fresh = newCellsXml(rowNo, fast, p, dry);
      if (fresh.first < 0) {
        if (first >= 0) note(rowNo, first, last);
        continue;
      }
      const firstCol = first >= 0 ? first : fresh.first;
      note(rowNo, firstCol, fresh.last);
      if (dry) continue;
      // The row's text goes out as slices of the input, never copied into a new string; its </row> goes with
      // the next slice. Only a `spans` attribute makes the start tag new.
      const startTag = xml.slice(start, gt + 1);
      if (startTag.includes("spans")) {
        yield xml.slice(copyFrom, start);
        yield setAttr(startTag, "spans", `${firstCol + 1}:${fresh.last + 1}`);
        yield xml.slice(gt + 1, end - closeRow.length);
      } else yield xml.slice(copyFrom, end - closeRow.length);
      yield fresh.xml;
      copyFrom = end - closeRow.length;
      continue;
    }
    const rowEdits = hasEdits ? edits.rowEdits(rowNo) : [];
    const row: RowSpan = { row: rowNo, start, gt, end, selfClosing };
    const cells = rowCells(xml, row, p);
    yield xml.slice(copyFrom, start);
    copyFrom = end;
    const merged = mergeRow(xml, row, cells, rowEdits, p, (col) => edits.isCleared(rowNo, col));
    removedFormula ||= merged.removedFormula;
    if (merged.xml) {
      yield merged.xml;
      if (merged.cols.length) note(rowNo, merged.cols[0], merged.cols[merged.cols.length - 1]);
    }
  }
  const lastEnd = index.count ? Math.max(copyFrom, index.end[index.count - 1]) : copyFrom;
  yield* emitNewRowsBefore(Infinity, lastEnd);
  yield xml.slice(copyFrom, data.contentEnd);
  const dimension = bounds.bottom < 0 ? "A1" : rangeAddress({ row: bounds.top, col: bounds.left, rows: bounds.bottom - bounds.top + 1, cols: bounds.right - bounds.left + 1 });
  return { dimension, removedFormula };
}

function head(xml: string, data: SheetDataSpan, dimension: string): string {
  let before = xml.slice(0, data.start);
  before = before.replace(/(<(?:[\w.-]+:)?dimension\s[^>]*?ref\s*=\s*)("[^"]*"|'[^']*')/, `$1"${dimension}"`);
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

/**
 * The new cells of a row as one string, with the first and last column written (-1 when none). Joined rather
 * than added up: `+=` leaves a tree of string nodes several times the text's size, which for 100,000 rows
 * costs hundreds of megabytes until the sheet is written.
 */
function newCellsXml(row: number, e: RowEdits | undefined, p: string, dry = false): { xml: string; first: number; last: number } {
  const w = writerFor(p);
  if (!dry) w.start(row);
  let first = -1;
  let last = -1;
  for (let i = 0; e && i < e.cols.length; i++) {
    const kind = e.kinds[i];
    const style = e.styles[i];
    if (kind === EditKind.Clear || (kind === EditKind.Style && !style) || (kind === EditKind.Set && e.values[i] === null && !style)) continue;
    if (!dry) w.add(e.cols[i], kind === EditKind.Set ? e.values[i] : null, style);
    if (first < 0) first = e.cols[i];
    last = e.cols[i];
  }
  return { xml: dry ? "" : w.xml(), first, last };
}

const writers = new Map<string, RowCellWriter>();
const writerFor = (prefix: string): RowCellWriter => {
  let w = writers.get(prefix);
  if (!w) writers.set(prefix, (w = new RowCellWriter(prefix)));
  return w;
};

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
