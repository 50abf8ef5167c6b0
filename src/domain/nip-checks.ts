// NIP checks of RULES §6: flagged as warnings, the row is still classified.
import * as columns from "./columns";
import type { IssueSink } from "./issue-sink";
import * as labels from "./labels";
import * as nipText from "./nip";
import type { NipFailure } from "./nip";
import type { TalentaTable } from "./table";

// Bound once for the 100,000-row loop: under CommonJS (tsx, vitest) every use of an imported name is a getter
// call, which costs as much as the check itself.
const { columnOf, textAt } = columns;
const { isNoValue } = labels;
const { nipFailure, nipFailureOfHalves, nipHalf, normalizeNipText } = nipText;

/**
 * First row of each NIP. An 18-digit NIP is keyed on its two 9-digit halves in an open-addressing table of
 * typed arrays: a Map of 100,000 NIP strings costs about 100 ms (string hashing, rehashing), this a few.
 * Any other text (rare: it is an invalid NIP too) goes through a Map.
 */
class FirstRows {
  /** Pairs (row, low half) per slot: a probe reads one cache line; the high half is read only when the low matches. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly hi: Int32Array;
  private readonly others = new Map<string, number>();

  constructor(rows: number) {
    let size = 16;
    while (size < rows * 2) size *= 2;
    this.slots = new Int32Array(size * 2).fill(-1);
    this.mask = size - 1;
    this.hi = new Int32Array(rows);
  }

  /** The first row of the NIP with these halves, or -1 when `row` is its first (and is remembered as such). */
  ofHalves(hi: number, lo: number, row: number): number {
    let h = Math.imul(hi, 0x9e3779b1) ^ lo;
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
    let slot = (h ^ (h >>> 13)) & this.mask;
    for (let r = this.slots[2 * slot]; r !== -1; r = this.slots[2 * slot]) {
      if (this.slots[2 * slot + 1] === lo && this.hi[r] === hi) return r;
      slot = (slot + 1) & this.mask;
    }
    this.slots[2 * slot] = row;
    this.slots[2 * slot + 1] = lo;
    this.hi[row] = hi;
    return -1;
  }

  /** The same for a NIP that is not 18 digits. */
  ofText(nip: string, row: number): number {
    const first = this.others.get(nip);
    if (first === undefined) this.others.set(nip, row);
    return first ?? -1;
  }
}

export function checkNips(table: TalentaTable, sink: IssueSink): void {
  const column = table.fields.nip;
  // No NIP column: nothing to check here; the caller reports the column, not 100,000 rows.
  if (!column) return;
  const col = columnOf(table, "nip");
  const n = table.sheetRows.length;
  const storedAsNumber = new Uint8Array(n);
  for (const row of sink.tableRowsWith("nip-stored-as-number")) storedAsNumber[row] = 1;
  // A repeated NIP links its rows through `nextCopy`, from its first row to `lastCopy[first]`: no array per NIP.
  const firstRows = new FirstRows(n);
  const nextCopy = new Int32Array(n).fill(-1);
  const lastCopy = new Int32Array(n).fill(-1);
  // First rows of repeated NIPs and the NIPs, in the order the repeats show.
  const repeated: number[] = [];
  const repeatedNip: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = textAt(column, i);
    if (text === undefined || isNoValue(text)) {
      if (!storedAsNumber[i]) sink.add({ code: "nip-missing", severity: "warning", row: i, cell: sink.cellOf(i, col), field: "nip" }, col);
      continue;
    }
    // Nearly every NIP is 18 digits as typed: read its halves once, for the key and for the checks.
    let nip = text;
    let hi = nipHalf(text, 0);
    let lo = hi < 0 ? -1 : nipHalf(text, 1);
    if (lo < 0) {
      nip = normalizeNipText(text);
      hi = nipHalf(nip, 0);
      lo = hi < 0 ? -1 : nipHalf(nip, 1);
    }
    const first = lo < 0 ? firstRows.ofText(nip, i) : firstRows.ofHalves(hi, lo, i);
    if (first >= 0) {
      if (lastCopy[first] < 0) {
        repeated.push(first);
        repeatedNip.push(nip);
        nextCopy[first] = i;
      } else nextCopy[lastCopy[first]] = i;
      lastCopy[first] = i;
    }
    if (storedAsNumber[i]) continue;
    const reason: NipFailure | undefined = lo < 0 ? nipFailure(nip) : nipFailureOfHalves(hi, lo);
    if (reason !== undefined)
      sink.add({
        code: "nip-invalid",
        severity: "warning",
        row: i,
        cell: sink.cellOf(i, col),
        field: "nip",
        input: text,
        data: { reason },
      }, col);
  }
  for (let g = 0; g < repeated.length; g++) {
    const rows: number[] = [];
    for (let r = repeated[g]; r !== -1; r = nextCopy[r]) rows.push(r);
    for (const row of rows)
      sink.add({
        code: "nip-duplicate",
        severity: "warning",
        row,
        cell: sink.cellOf(row, col),
        field: "nip",
        input: repeatedNip[g],
        data: { copies: rows.length },
      }, col);
  }
}
