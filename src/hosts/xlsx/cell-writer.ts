import type { CellValue } from "../../grid/types";
import { columnLetters } from "../../grid/a1";
import { cellXml, MAX_CELL_CHARS } from "./cell-xml";

// Column letters and ` s="N"` attributes are the same for every row: made once each, not once per cell.
const letters: string[] = [];
const styleAttrs: string[] = [];

// Text that cellTextXml would change (escapes, invalid characters, a literal _xHHHH_) or that needs
// xml:space="preserve" (leading or trailing space, a tab or line break): such text takes the general path.
const NOT_PLAIN = /[&<>_\u0000-\u001f\ud800-\udfff\ufffe\uffff]|^\s|\s$/;

/**
 * The cells of one row, written as cellXml writes them (byte for byte) but with the per-cell work that
 * repeats down a column done once: a 100,000-row block writes a million cells.
 */
export class RowCellWriter {
  private readonly parts: string[] = [];
  private rowNo = "";
  private row = 0;

  constructor(private readonly prefix = "") {}

  /** Starts a row (0-based); the cells added before are dropped. */
  start(row: number): void {
    this.row = row;
    this.rowNo = String(row + 1);
    this.parts.length = 0;
  }

  add(col: number, value: CellValue, style: number): void {
    const p = this.prefix;
    const s = style ? (styleAttrs[style] ??= ` s="${style}"`) : "";
    const r = (letters[col] ??= columnLetters(col)) + this.rowNo;
    if (value === null) this.parts.push(`<${p}c r="${r}"${s}/>`);
    else if (typeof value === "number" && Number.isFinite(value)) this.parts.push(`<${p}c r="${r}"${s}><${p}v>${Object.is(value, -0) ? 0 : value}</${p}v></${p}c>`);
    else if (typeof value === "string" && value.length <= MAX_CELL_CHARS && !NOT_PLAIN.test(value)) {
      this.parts.push(`<${p}c r="${r}"${s} t="inlineStr"><${p}is><${p}t>${value}</${p}t></${p}is></${p}c>`);
    } else this.parts.push(cellXml(this.row, col, value, style, p));
  }

  get empty(): boolean {
    return this.parts.length === 0;
  }

  /** The row's cells as one string (joined, not added up: `+=` would leave a tree of string nodes per row). */
  xml(): string {
    return this.parts.join("");
  }
}
