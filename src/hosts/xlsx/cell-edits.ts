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
  /**
   * `cols`, `kinds` and `styles` are shared with other rows of the same shape (a tall block's rows differ only
   * in their values): copied before this row changes (see own()).
   */
  shared?: boolean;
}

/** The last row shape putRow made: the next row of the same block usually has the same one. */
interface RowShape {
  cols: number[];
  kinds: EditKind[];
  styles: number[];
}

/**
 * Pending edits of one sheet: row → its edits by column. Rows are kept in an array indexed by row number, not a
 * Map: the save looks every row up several times, and over 100,000 rows a Map lookup cost 136 ms a save against
 * a few for the array; rows also come out in order without sorting. (An array written far apart turns into a
 * dictionary, which is no worse than the Map.)
 */
export class SheetEdits {
  private readonly rows: (RowEdits | undefined)[] = [];
  private count = 0;
  /** Rectangles emptied before the current edits; a later edit inside one wins over it. */
  readonly clears: Rect[] = [];
  /** Column widths to set (0-based column → characters, as Excel's column-width box shows them). */
  readonly widths = new Map<number, number>();

  get(row: number, col: number): CellEdit | undefined {
    const r = this.rows[row];
    const i = r ? find(r.cols, col) : -1;
    if (!r || i < 0) return undefined;
    const kind = r.kinds[i];
    if (kind === EditKind.Set) return { kind: "set", value: r.values[i], style: r.styles[i] };
    return kind === EditKind.Style ? { kind: "style", style: r.styles[i] } : { kind: "clear" };
  }

  /** The value a "set" edit writes at (row, col); undefined when the cell has no such edit. */
  valueAt(row: number, col: number): CellValue | undefined {
    const r = this.rows[row];
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
    let r = this.rows[row];
    if (!r) this.setRow(row, (r = { cols: [], kinds: [], values: [], styles: [] }));
    else own(r);
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
   * `adopt`: the caller hands `values` over (made for this call, never changed after), so it is kept, not copied.
   */
  putRow(row: number, col: number, values: CellValue[], styleAt: (i: number) => number, adopt = false): void {
    const n = values.length;
    if (n === 0) return;
    const r = this.rows[row];
    if (!r) {
      this.setRow(row, this.freshRow(col, values, styleAt, adopt));
      return;
    }
    own(r);
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

  private shape: RowShape | undefined;
  private readonly rowStyles: number[] = [];
  private readonly rowKinds: EditKind[] = [];

  /**
   * A new row's edits. Its columns, kinds and styles are the previous new row's arrays when they are equal, as
   * they are down a tall block: 100,000 result rows then add one values array each, not four arrays.
   */
  private freshRow(col: number, values: CellValue[], styleAt: (i: number) => number, adopt: boolean): RowEdits {
    const n = values.length;
    const styles = this.rowStyles;
    const kinds = this.rowKinds;
    for (let i = 0; i < n; i++) {
      styles[i] = styleAt(i);
      kinds[i] = values[i] === null && !styles[i] ? EditKind.Clear : EditKind.Set;
    }
    let shape = this.shape;
    if (shape === undefined || shape.cols[0] !== col || shape.cols.length !== n || !startsWith(shape.styles, styles) || !startsWith(shape.kinds, kinds)) {
      const cols = new Array<number>(n);
      for (let i = 0; i < n; i++) cols[i] = col + i;
      this.shape = shape = { cols, kinds: kinds.slice(0, n), styles: styles.slice(0, n) };
    }
    let kept = values;
    if (!adopt) {
      // Arrays of exact length: arrays grown by push keep up to half again as spare room.
      kept = new Array<CellValue>(n);
      for (let i = 0; i < n; i++) kept[i] = values[i];
    }
    return { cols: shape.cols, kinds: shape.kinds, values: kept, styles: shape.styles, shared: true };
  }

  /** Restyles a cell, keeping a value written earlier in this session. */
  restyle(row: number, col: number, style: number): void {
    const r = this.rows[row];
    const i = r ? find(r.cols, col) : -1;
    const kind = r && i >= 0 ? r.kinds[i] : undefined;
    if (kind === EditKind.Set) own(r!).styles[i] = style;
    else if (kind === EditKind.Clear) this.put(row, col, EditKind.Set, null, style);
    else this.put(row, col, EditKind.Style, null, style);
  }

  /** Empties a rectangle: pending edits inside it are dropped, and the file's cells there will be removed. */
  clearRect(rect: Rect): void {
    for (let row = rect.row; row < Math.min(rect.row + rect.rows, this.rows.length); row++) {
      const r = this.rows[row];
      if (!r) continue;
      for (let i = r.cols.length - 1; i >= 0; i--) {
        if (r.cols[i] < rect.col || r.cols[i] >= rect.col + rect.cols) continue;
        // Made its own only when a cell goes: a clear beside a tall block copies none of its rows' arrays.
        own(r);
        r.cols.splice(i, 1);
        r.kinds.splice(i, 1);
        r.values.splice(i, 1);
        r.styles.splice(i, 1);
      }
      if (r.cols.length === 0) this.setRow(row, undefined);
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

  /** The rows with edits, ascending. */
  rowIndices(): number[] {
    const rows = this.rows;
    // A sparse array is walked by its keys (ascending, as for any array index), a dense one by position.
    if (rows.length > 4 * this.count + 1024) return Object.keys(rows).map(Number);
    const out: number[] = [];
    for (let i = 0; i < rows.length; i++) if (rows[i] !== undefined) out.push(i);
    return out;
  }

  /** The edits of one row as parallel arrays by ascending column (do not modify). */
  row(row: number): RowEdits | undefined {
    return this.rows[row];
  }

  /** The edits of one row, by ascending column. */
  rowEdits(row: number): [number, CellEdit][] {
    const r = this.rows[row];
    return r ? r.cols.map((c) => [c, this.get(row, c)!]) : [];
  }

  get size(): number {
    return this.count;
  }

  private setRow(row: number, edits: RowEdits | undefined): void {
    if ((this.rows[row] === undefined) !== (edits === undefined)) this.count += edits ? 1 : -1;
    if (edits) this.rows[row] = edits;
    else delete this.rows[row];
  }
}

/** The row's arrays made its own before a change, when they were shared with other rows. */
function own(r: RowEdits): RowEdits {
  if (r.shared) {
    r.cols = r.cols.slice();
    r.kinds = r.kinds.slice();
    r.styles = r.styles.slice();
    r.shared = false;
  }
  return r;
}

/** The first shape.length items of `row` equal `shape` (row may be longer: it is reused scratch). */
function startsWith<T>(shape: readonly T[], row: readonly T[]): boolean {
  for (let i = 0; i < shape.length; i++) if (shape[i] !== row[i]) return false;
  return true;
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
