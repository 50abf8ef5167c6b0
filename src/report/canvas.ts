// A small builder for a sheet Talenta owns: cells, formats and merges addressed in sheet coordinates,
// turned into one block at A1 (one host call) plus the merges of the sheet layout.
import type { Block, CellStyle, CellValue, FormatRange, Rect } from "../grid/types";

export class Canvas {
  private readonly values: CellValue[][] = [];
  private readonly formats: FormatRange[] = [];
  readonly merges: Rect[] = [];

  constructor(
    readonly sheet: string,
    /** Width of every row of the block. */
    readonly cols: number,
  ) {}

  private rowAt(r: number): CellValue[] {
    while (this.values.length <= r) this.values.push(new Array<CellValue>(this.cols).fill(null));
    return this.values[r];
  }

  set(row: number, col: number, value: CellValue): this {
    if (col >= this.cols) throw new RangeError(`column ${col} is outside a canvas of ${this.cols} columns`);
    this.rowAt(row)[col] = value;
    return this;
  }

  /** A whole row at once (no copy): the fast path for long tables. */
  setRow(row: number, values: CellValue[]): this {
    if (values.length !== this.cols) throw new RangeError(`row of ${values.length} cells in a canvas of ${this.cols}`);
    if (row > 0) this.rowAt(row - 1);
    if (row === this.values.length) this.values.push(values);
    else this.values[row] = values;
    return this;
  }

  format(row: number, col: number, rows: number, cols: number, style: CellStyle): this {
    if (rows > 0 && cols > 0) this.formats.push({ row, col, rows, cols, style });
    return this;
  }

  merge(row: number, col: number, rows: number, cols: number): this {
    if (rows * cols > 1) this.merges.push({ row, col, rows, cols });
    return this;
  }

  get height(): number {
    return this.values.length;
  }

  /** The block at A1 (sheet coordinates = block coordinates). */
  toBlock(): Block {
    return { sheet: this.sheet, row: 0, col: 0, values: this.values, formats: this.formats };
  }
}
