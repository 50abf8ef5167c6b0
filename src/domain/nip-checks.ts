// NIP checks of RULES §6: flagged as warnings, the row is still classified.
//
// The 100,000-row loops take typed arrays, arrays, strings and a Map, never an object made for one run (the table,
// the issue sink, a class instance): the GC between two runs frees such objects and their hidden classes, and a
// loop compiled for them is thrown away and compiled again on every run. Issues are raised after the loops.
import * as columns from "./columns";
import type { IssueSink } from "./issue-sink";
import * as labels from "./labels";
import * as nipText from "./nip";
import type { NipFailure } from "./nip";
import type { FieldColumn, TalentaTable } from "./table";

// Bound once for the 100,000-row loop: under CommonJS (tsx, vitest) every use of an imported name is a getter
// call, which costs as much as the check itself.
const { columnOf, textsOf } = columns;
const { isNoValue } = labels;
const { nipFailure, nipFailureOfHalves, nipHalf, normalizeNipText, storeNipHalves } = nipText;

type Texts = readonly (string | undefined)[];

/**
 * First rows of NIPs. An 18-digit NIP is keyed on its two 9-digit halves in an open-addressing table of pairs
 * (row, low half): a probe reads one cache line; the high half (`his`, by row) is read only when the low matches.
 * A Map of 100,000 NIP strings costs about 100 ms (string hashing, rehashing), this a few.
 */
function newSlots(rows: number): Int32Array {
  let size = 16;
  while (size < rows * 2) size *= 2;
  return new Int32Array(size * 2).fill(-1);
}

/** The first row of the NIP with these halves, or -1 when `row` is its first (and is remembered as such). */
function firstRowOfHalves(slots: Int32Array, his: Int32Array, hi: number, lo: number, row: number): number {
  const mask = (slots.length >> 1) - 1;
  let h = Math.imul(hi, 0x9e3779b1) ^ lo;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  let slot = (h ^ (h >>> 13)) & mask;
  for (let r = slots[2 * slot]; r !== -1; r = slots[2 * slot]) {
    if (slots[2 * slot + 1] === lo && his[r] === hi) return r;
    slot = (slot + 1) & mask;
  }
  slots[2 * slot] = row;
  slots[2 * slot + 1] = lo;
  his[row] = hi;
  return -1;
}

/** The same for a NIP that is not 18 digits (rare: it is an invalid NIP too). */
function firstRowOfText(others: Map<string, number>, nip: string, row: number): number {
  const first = others.get(nip);
  if (first === undefined) others.set(nip, row);
  return first ?? -1;
}

/** The NIP of a row whose text is not 18 digits as stored, normalised; undefined when the cell has no value. */
function normalisedNip(text: string | undefined): string | undefined {
  return text === undefined || isNoValue(text) ? undefined : normalizeNipText(text);
}

/** The NIP of a row that has one, as compared. */
function nipOf(texts: Texts, halves: Int32Array, row: number): string {
  const text = texts[row] as string;
  return halves[2 * row + 1] >= 0 ? text : normalizeNipText(text);
}

/** The column's NIP halves (see TextColumn.nipHalves), computed here when the table was built without them. */
function halvesOf(column: FieldColumn, texts: Texts): Int32Array {
  if (column.kind === "text" && column.nipHalves !== undefined) return column.nipHalves;
  const halves = new Int32Array(2 * texts.length).fill(-1);
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    if (text !== undefined) storeNipHalves(text, halves, i);
  }
  return halves;
}

/**
 * Links the rows of each repeated NIP through `nextCopy`, from its first row to `lastCopy[first]` (no array per
 * NIP), and lists the first rows of repeated NIPs in the order the repeats show.
 */
function linkCopies(texts: Texts, halves: Int32Array, nextCopy: Int32Array, lastCopy: Int32Array, repeated: number[]): void {
  const n = texts.length;
  const slots = newSlots(n);
  const his = new Int32Array(n);
  const others = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    let hi = halves[2 * i];
    let lo = halves[2 * i + 1];
    let first: number;
    // Nearly every NIP is 18 digits as typed: its halves are its key, its text is not read.
    if (lo >= 0) first = firstRowOfHalves(slots, his, hi, lo, i);
    else {
      const nip = normalisedNip(texts[i]);
      if (nip === undefined) continue;
      hi = nipHalf(nip, 0);
      lo = hi < 0 ? -1 : nipHalf(nip, 1);
      first = lo >= 0 ? firstRowOfHalves(slots, his, hi, lo, i) : firstRowOfText(others, nip, i);
    }
    if (first < 0) continue;
    if (lastCopy[first] < 0) {
      repeated.push(first);
      nextCopy[first] = i;
    } else nextCopy[lastCopy[first]] = i;
    lastCopy[first] = i;
  }
}

/** Rows whose NIP is missing or invalid, in row order, and why; a NIP stored as a number is flagged as such already. */
function flagRows(texts: Texts, halves: Int32Array, storedAsNumber: Uint8Array, rows: number[], reasons: (NipFailure | "missing")[]): void {
  for (let i = 0; i < texts.length; i++) {
    if (storedAsNumber[i]) continue;
    const lo = halves[2 * i + 1];
    let reason: NipFailure | "missing" | undefined;
    if (lo >= 0) reason = nipFailureOfHalves(halves[2 * i], lo);
    else {
      const nip = normalisedNip(texts[i]);
      reason = nip === undefined ? "missing" : nipFailure(nip);
    }
    if (reason === undefined) continue;
    rows.push(i);
    reasons.push(reason);
  }
}

export function checkNips(table: TalentaTable, sink: IssueSink): void {
  const column = table.fields.nip;
  // No NIP column: nothing to check here; the caller reports the column, not 100,000 rows.
  if (!column) return;
  const col = columnOf(table, "nip");
  const n = table.sheetRows.length;
  const texts = textsOf(column, n);
  const halves = halvesOf(column, texts);
  const storedAsNumber = new Uint8Array(n);
  for (const row of sink.tableRowsWith("nip-stored-as-number")) storedAsNumber[row] = 1;

  const flagged: number[] = [];
  const reasons: (NipFailure | "missing")[] = [];
  flagRows(texts, halves, storedAsNumber, flagged, reasons);
  for (let k = 0; k < flagged.length; k++) {
    const row = flagged[k];
    const reason = reasons[k];
    const cell = sink.cellOf(row, col);
    if (reason === "missing") sink.add({ code: "nip-missing", severity: "warning", row, cell, field: "nip" }, col);
    else sink.add({ code: "nip-invalid", severity: "warning", row, cell, field: "nip", input: texts[row] as string, data: { reason } }, col);
  }

  const nextCopy = new Int32Array(n).fill(-1);
  const lastCopy = new Int32Array(n).fill(-1);
  const repeated: number[] = [];
  linkCopies(texts, halves, nextCopy, lastCopy, repeated);
  for (const first of repeated) {
    const rows: number[] = [];
    for (let r = first; r !== -1; r = nextCopy[r]) rows.push(r);
    // The NIP as its first repeat shows it.
    const nip = nipOf(texts, halves, nextCopy[first]);
    for (const row of rows)
      sink.add({ code: "nip-duplicate", severity: "warning", row, cell: sink.cellOf(row, col), field: "nip", input: nip, data: { copies: rows.length } }, col);
  }
}
