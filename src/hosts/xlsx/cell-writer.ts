import type { CellValue } from "../../grid/types";
import { columnLetters } from "../../grid/a1";
import { cellXmlTail, MAX_CELL_CHARS } from "./cell-xml";

/**
 * Characters of XML gathered into one chunk. Under 128 K one-byte characters a flattened chunk stays in V8's
 * young generation (larger strings go straight to the old one, which only a full GC frees).
 */
export const CHUNK_CHARS = 64 * 1024;

/**
 * The fixed texts of a cell for one namespace prefix, per column and per style: made once per writer, never
 * per cell. Kept by the writer, not the module, so that the texts it kept go with it after a save.
 */
class CellPieces {
  /** `<c r="K` per column. */
  readonly open: string[] = [];
  /** `"/>`, `" s="3"/>` per style: an empty cell. */
  readonly empty: string[] = [];
  /** `"><v>`, `" s="3"><v>` per style: before a number. */
  readonly number: string[] = [];
  /** `" t="inlineStr"><is><t>` with its style: before plain text. */
  readonly text: string[] = [];
  /** Per style, a text → the rest of its cell after the row number (see textTail). */
  readonly texts: Map<string, string>[] = [];
  readonly numberEnd: string;
  readonly textEnd: string;

  constructor(readonly prefix: string) {
    this.numberEnd = `</${prefix}v></${prefix}c>`;
    this.textEnd = `</${prefix}t></${prefix}is></${prefix}c>`;
  }

  openOf(col: number): string {
    return (this.open[col] ??= `<${this.prefix}c r="${columnLetters(col)}`);
  }

  emptyOf(style: number): string {
    return (this.empty[style] ??= `"${styleAttr(style)}/>`);
  }

  numberOf(style: number): string {
    return (this.number[style] ??= `"${styleAttr(style)}><${this.prefix}v>`);
  }

  textOf(style: number): string {
    return (this.text[style] ??= `"${styleAttr(style)} t="inlineStr"><${this.prefix}is><${this.prefix}t>`);
  }

  /**
   * `" s="3" t="inlineStr"><is><t>Menengah</t></is></c>`: everything after the row number. A column's labels
   * and recommendations repeat down 100,000 rows, so a short text's tail is kept: a repeat costs one lookup.
   */
  textTail(text: string, style: number): string {
    if (text.length > CACHED_TEXT_CHARS) return this.newTextTail(text, style);
    const cache = (this.texts[style] ??= new Map());
    let tail = cache.get(text);
    if (tail === undefined) {
      // Unique texts (names) would fill the cache: it is emptied when full, and the repeated ones come back.
      if (cache.size >= CACHED_TEXTS) cache.clear();
      cache.set(text, (tail = this.newTextTail(text, style)));
    }
    return tail;
  }

  private newTextTail(text: string, style: number): string {
    if (text.length <= MAX_CELL_CHARS && isPlainText(text)) return this.textOf(style) + text + this.textEnd;
    return `"${cellXmlTail(text, style, this.prefix)}`;
  }
}

const CACHED_TEXT_CHARS = 256;
const CACHED_TEXTS = 4096;

const styleAttr = (style: number) => (style ? ` s="${style}"` : "");

/**
 * Text cellTextXml leaves as it is and that needs no xml:space="preserve": no escape, invalid character or
 * literal _xHHHH_ (no & < > _, control character, surrogate, U+FFFE/F), no space or non-ASCII character at
 * either end (the general path decides those). A loop over the characters: the regular expression it replaces
 * cost 154 ms over the million text cells of a 100,000-row run.
 */
function isPlainText(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  const head = s.charCodeAt(0);
  const end = s.charCodeAt(n - 1);
  if (head <= 0x20 || head >= 0x7f || end <= 0x20 || end >= 0x7f) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x26 || c === 0x3c || c === 0x3e || c === 0x5f || (c >= 0xd800 && c <= 0xdfff) || c >= 0xfffe) return false;
  }
  return true;
}

/**
 * Cells written as cellXml writes them (byte for byte) with the work that repeats down a column done once:
 * a 100,000-row block writes a million cells. Rows are added up into chunks of CHUNK_CHARS characters, which
 * the caller takes between rows: each chunk is encoded whole, so there is no string, generator step or
 * encoding call per row. Added up, not joined: V8 flattens a chunk's tree of string nodes in one go when it is
 * encoded, and for a 100,000-row sheet that cost half what pushing the pieces onto an array and joining did.
 */
export class RowCellWriter {
  /** The rows complete so far, not yet a chunk. */
  private chunk = "";
  /** The current row's cells. */
  private cells = "";
  /** Chunks and long texts, in order, waiting to be taken. */
  private done: string[] = [];
  private readonly pieces: CellPieces;
  private rowNo = "";

  constructor(prefix = "") {
    this.pieces = new CellPieces(prefix);
  }

  /** Starts a row (0-based) on its own: everything written before is dropped. */
  start(row: number): void {
    this.chunk = "";
    this.done.length = 0;
    this.next(row);
  }

  /** Starts a row after what was written so far. */
  next(row: number): void {
    this.rowNo = String(row + 1);
    this.cells = "";
  }

  add(col: number, value: CellValue, style: number): void {
    const k = this.pieces;
    const head = k.openOf(col) + this.rowNo;
    if (typeof value === "string") this.cells += head + k.textTail(value, style);
    // String(-0) is "0", as cellXml writes it.
    else if (typeof value === "number" && Number.isFinite(value)) this.cells += head + k.numberOf(style) + String(value) + k.numberEnd;
    else if (value === null) this.cells += head + k.emptyOf(style);
    else this.cells += `${head}"${cellXmlTail(value, style, k.prefix)}`;
  }

  /** Whether the current row has no cell yet. */
  get empty(): boolean {
    return this.cells.length === 0;
  }

  /** The current row's cells, taken. */
  xml(): string {
    const xml = this.cells;
    this.cells = "";
    return xml;
  }

  /** Ends the current row: its cells between the two tags join the chunk. */
  endRow(startTag: string, endTag: string): void {
    this.chunk += startTag + this.cells + endTag;
    this.cells = "";
    if (this.chunk.length >= CHUNK_CHARS) this.flush();
  }

  /** Text as it is between rows (a stretch of the input sheet, a row's tags); a long one is kept whole. */
  push(text: string): void {
    if (text.length < CHUNK_CHARS) {
      this.chunk += text;
      if (this.chunk.length >= CHUNK_CHARS) this.flush();
      return;
    }
    this.flush();
    this.done.push(text);
  }

  /** Whether a complete chunk waits to be taken: a caller writing many rows at once takes it before going on. */
  get ready(): boolean {
    return this.done.length > 0;
  }

  /** Chunks complete so far, to be written in order; call between rows. */
  chunks(): readonly string[] {
    if (this.done.length === 0) return NONE;
    const done = this.done;
    this.done = [];
    return done;
  }

  /** Everything not yet taken, as chunks in order. */
  rest(): string[] {
    this.flush();
    const done = this.done;
    this.done = [];
    return done;
  }

  private flush(): void {
    if (this.chunk.length) this.done.push(this.chunk);
    this.chunk = "";
  }
}

const NONE: readonly string[] = Object.freeze([]);
