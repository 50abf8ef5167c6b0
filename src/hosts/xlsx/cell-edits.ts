import type { CellValue, Rect } from "../../grid/types";

/** What Talenta does to one cell: write a value and style, restyle what is there, or empty it. */
export type CellEdit = { kind: "set"; value: CellValue; style: number } | { kind: "style"; style: number } | { kind: "clear" };

/** Pending edits of one sheet: row → column → edit. */
export class SheetEdits {
  private readonly rows = new Map<number, Map<number, CellEdit>>();
  /** Rectangles emptied before the current edits; a later edit inside one wins over it. */
  readonly clears: Rect[] = [];

  get(row: number, col: number): CellEdit | undefined {
    return this.rows.get(row)?.get(col);
  }

  set(row: number, col: number, edit: CellEdit): void {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = new Map()));
    cells.set(col, edit);
  }

  /** Restyles a cell, keeping a value written earlier in this session. */
  restyle(row: number, col: number, style: number): void {
    const e = this.get(row, col);
    if (e?.kind === "set") this.set(row, col, { ...e, style });
    else if (e?.kind === "clear") this.set(row, col, { kind: "set", value: null, style });
    else this.set(row, col, { kind: "style", style });
  }

  /** Empties a rectangle: pending edits inside it are dropped, and the file's cells there will be removed. */
  clearRect(rect: Rect): void {
    for (const [row, cells] of this.rows) {
      if (row < rect.row || row >= rect.row + rect.rows) continue;
      for (const col of [...cells.keys()]) if (col >= rect.col && col < rect.col + rect.cols) cells.delete(col);
      if (cells.size === 0) this.rows.delete(row);
    }
    this.clears.push(rect);
  }

  isCleared(row: number, col: number): boolean {
    return this.clears.some((r) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols);
  }

  rowIsCleared(row: number): boolean {
    return this.clears.some((r) => row >= r.row && row < r.row + r.rows);
  }

  rowIndices(): number[] {
    return [...this.rows.keys()].sort((a, b) => a - b);
  }

  /** The edits of one row, by ascending column. */
  rowEdits(row: number): [number, CellEdit][] {
    return [...(this.rows.get(row) ?? new Map<number, CellEdit>())].sort((a, b) => a[0] - b[0]);
  }

  get size(): number {
    return this.rows.size;
  }
}
