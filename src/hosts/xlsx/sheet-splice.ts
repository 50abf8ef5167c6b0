import { rangeAddress } from "../../grid/a1";
import { cellXml } from "./cell-xml";
import type { CellEdit, SheetEdits } from "./cell-edits";
import { forEachRow, locateSheetData, rowCells, type RowSpan, type SheetDataSpan } from "./sheet-scan";
import { attrOf, removeAttr, setAttr } from "./xml-scan";
import { malformed } from "./xml-text";

export interface SpliceResult {
  xml: string;
  /** True when a formula cell was overwritten or emptied: calcChain.xml must then be dropped. */
  removedFormula: boolean;
}

/**
 * Applies cell edits to a user's worksheet XML. Rows and cells without edits are copied byte for byte;
 * new cells go at their column's place; only the <dimension> and the edited rows' spans change elsewhere.
 */
export function spliceSheet(xml: string, edits: SheetEdits): SpliceResult {
  const data = locateSheetData(xml);
  if (!data) throw malformed("a worksheet without <sheetData>");
  const p = data.prefix;
  const out: string[] = [];
  const bounds = { top: Infinity, bottom: -1, left: Infinity, right: -1 };
  const note = (row: number, first: number, last: number) => {
    bounds.top = Math.min(bounds.top, row);
    bounds.bottom = Math.max(bounds.bottom, row);
    bounds.left = Math.min(bounds.left, first);
    bounds.right = Math.max(bounds.right, last);
  };
  const pending = edits.rowIndices();
  let next = 0;
  let removedFormula = false;
  const emitNewRowsBefore = (limit: number) => {
    for (; next < pending.length && pending[next] < limit; next++) {
      const cells = pending.length ? newCells(pending[next], edits.rowEdits(pending[next]), p) : [];
      if (cells.length === 0) continue;
      note(pending[next], cells[0].col, cells[cells.length - 1].col);
      out.push(`<${p}row r="${pending[next] + 1}">${cells.map((c) => c.xml).join("")}</${p}row>`);
    }
  };
  let copyFrom = data.contentStart;
  forEachRow(xml, data, (row) => {
    emitNewRowsBefore(row.row);
    const cells = rowCells(xml, row, p);
    const hasEdits = next < pending.length && pending[next] === row.row;
    if (!hasEdits && !edits.rowIsCleared(row.row)) {
      if (cells.length) note(row.row, cells[0].col, cells[cells.length - 1].col);
      out.push(xml.slice(copyFrom, row.end));
      copyFrom = row.end;
      return;
    }
    if (hasEdits) next++;
    out.push(xml.slice(copyFrom, row.start));
    copyFrom = row.end;
    const merged = mergeRow(xml, row, cells, edits.rowEdits(row.row), p, (col) => edits.isCleared(row.row, col));
    removedFormula ||= merged.removedFormula;
    if (merged.xml) {
      out.push(merged.xml);
      if (merged.cols.length) note(row.row, merged.cols[0], merged.cols[merged.cols.length - 1]);
    }
  });
  emitNewRowsBefore(Infinity);
  out.push(xml.slice(copyFrom, data.contentEnd));
  const body = out.join("");
  const dimension = bounds.bottom < 0 ? "A1" : rangeAddress({ row: bounds.top, col: bounds.left, rows: bounds.bottom - bounds.top + 1, cols: bounds.right - bounds.left + 1 });
  return { xml: head(xml, data, dimension) + body + tail(xml, data), removedFormula };
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
