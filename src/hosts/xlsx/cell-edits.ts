import type { CellValue, Rect } from "../../grid/types";

/** What Talenta does to one cell: write a value and style, restyle what is there, or empty it. */
export type CellEdit = { kind: "set"; value: CellValue; style: number } | { kind: "style"; style: number } | { kind: "clear" };

export const enum EditKind {
  Set = 0,
  Style = 1,
  Clear = 2,
}

/** One row's edits as parallel arrays sorted by column: a 100,000-row write allocates no object per cell. */
export interface RowEdits {
  cols: number[];
  kinds: EditKind[];
  values: CellValue[];
  styles: number[];
}

/** Pending edits of one sheet: row → its edits by column. */
export class SheetEdits {
  private readonly rows = new Map<number, RowEdits>();
  /** Rectangles emptied before the current edits; a later edit inside one wins over it. */
  readonly clears: Rect[] = [];

  get(row: number, col: number): CellEdit | undefined {
    const r = this.rows.get(row);
    const i = r ? find(r.cols, col) : -1;
    if (!r || i < 0) return undefined;
    const kind = r.kinds[i];
    if (kind === EditKind.Set) return { kind: "set", value: r.values[i], style: r.styles[i] };
    return kind === EditKind.Style ? { kind: "style", style: r.styles[i] } : { kind: "clear" };
  }

  /** The value a "set" edit writes at (row, col); undefined when the cell has no such edit. */
  valueAt(row: number, col: number): CellValue | undefined {
    const r = this.rows.get(row);
    const i = r ? find(r.cols, col) : -1;
    return r && i >= 0 && r.kinds[i] === EditKind.Set ? r.values[i] : undefined;
  }

  set(row: number, col: number, edit: CellEdit): void {
    if (edit.kind === "set") this.put(row, col, EditKind.Set, edit.value, edit.style);
    else if (edit.kind === "style") this.put(row, col, EditKind.Style, null, edit.style);
    else this.put(row, col, EditKind.Clear, null, 0);
  }

  /** The hot path of writeBlock: no object per cell. Columns written left to right append. */
  put(row: number, col: number, kind: EditKind, value: CellValue, style: number): void {
    let r = this.rows.get(row);
    if (!r) this.rows.set(row, (r = { cols: [], kinds: [], values: [], styles: [] }));
    const n = r.cols.length;
    const i = n === 0 || r.cols[n - 1] < col ? n : lowerBound(r.cols, col);
    if (i < n && r.cols[i] === col) {
      r.kinds[i] = kind;
      r.values[i] = value;
      r.styles[i] = style;
      return;
    }
    if (i === n) {
      r.cols.push(col);
      r.kinds.push(kind);
      r.values.push(value);
      r.styles.push(style);
      return;
    }
    r.cols.splice(i, 0, col);
    r.kinds.splice(i, 0, kind);
    r.values.splice(i, 0, value);
    r.styles.splice(i, 0, style);
  }

  /**
   * A block's row written left to right from `col`: a value with style `styleAt(i)`, or a clear where the value
   * is null and unstyled. One lookup per row, not per cell; cells right of every edit are appended.
   */
  putRow(row: number, col: number, values: readonly CellValue[], styleAt: (i: number) => number): void {
    const n = values.length;
    if (n === 0) return;
    let r = this.rows.get(row);
    if (!r) {
      // A new row gets arrays of its exact length: arrays grown by push keep up to half again as spare room,
      // which over the 200,000-odd rows of a large run is tens of megabytes.
      const fresh: RowEdits = { cols: new Array<number>(n), kinds: new Array<EditKind>(n), values: new Array<CellValue>(n), styles: new Array<number>(n) };
      for (let i = 0; i < n; i++) {
        const value = values[i];
        const style = styleAt(i);
        fresh.cols[i] = col + i;
        fresh.kinds[i] = value === null && !style ? EditKind.Clear : EditKind.Set;
        fresh.values[i] = value;
        fresh.styles[i] = style;
      }
      this.rows.set(row, fresh);
      return;
    }
    for (let i = 0; i < n; i++) {
      const value = values[i];
      const style = styleAt(i);
      const kind = value === null && !style ? EditKind.Clear : EditKind.Set;
      const n = r.cols.length;
      if (n === 0 || r.cols[n - 1] < col + i) {
        r.cols.push(col + i);
        r.kinds.push(kind);
        r.values.push(value);
        r.styles.push(style);
      } else this.put(row, col + i, kind, value, style);
    }
  }

  /** Restyles a cell, keeping a value written earlier in this session. */
  restyle(row: number, col: number, style: number): void {
    const r = this.rows.get(row);
    const i = r ? find(r.cols, col) : -1;
    const kind = r && i >= 0 ? r.kinds[i] : undefined;
    if (kind === EditKind.Set) r!.styles[i] = style;
    else if (kind === EditKind.Clear) this.put(row, col, EditKind.Set, null, style);
    else this.put(row, col, EditKind.Style, null, style);
  }

  /** Empties a rectangle: pending edits inside it are dropped, and the file's cells there will be removed. */
  clearRect(rect: Rect): void {
    for (const [row, r] of this.rows) {
      if (row < rect.row || row >= rect.row + rect.rows) continue;
      for (let i = r.cols.length - 1; i >= 0; i--) {
        if (r.cols[i] < rect.col || r.cols[i] >= rect.col + rect.cols) continue;
        r.cols.splice(i, 1);
        r.kinds.splice(i, 1);
        r.values.splice(i, 1);
        r.styles.splice(i, 1);
      }
      if (r.cols.length === 0) this.rows.delete(row);
    }
    this.clears.push(rect);
  }

  isCleared(row: number, col: number): boolean {
    return this.clears.some((r) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols);
  }

  /** The leftmost column a clear empties in this row; Infinity when none does. */
  firstClearedCol(row: number): number {
    let first = Infinity;
    for (const r of this.clears) if (row >= r.row && row < r.row + r.rows && r.cols > 0 && r.col < first) first = r.col;
    return first;
  }

  rowIsCleared(row: number): boolean {
    return this.clears.some((r) => row >= r.row && row < r.row + r.rows);
  }

  rowIndices(): number[] {
    return [...this.rows.keys()].sort((a, b) => a - b);
  }

  /** The edits of one row as parallel arrays by ascending column (do not modify). */
  row(row: number): RowEdits | undefined {
    return this.rows.get(row);
  }

  /** The edits of one row, by ascending column. */
  rowEdits(row: number): [number, CellEdit][] {
    const r = this.rows.get(row);
    return r ? r.cols.map((c) => [c, this.get(row, c)!]) : [];
  }

  get size(): number {
    return this.rows.size;
  }
}

function lowerBound(cols: number[], col: number): number {
  let lo = 0;
  let hi = cols.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cols[mid] < col) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function find(cols: number[], col: number): number {
  const i = lowerBound(cols, col);
  return i < cols.length && cols[i] === col ? i : -1;
}
