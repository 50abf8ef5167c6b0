// NIP checks of RULES §6: flagged as warnings, the row is still classified.
import { columnOf, textAt } from "./columns";
import type { IssueSink } from "./issue-sink";
import { isNoValue } from "./labels";
import { normalizeNipText, nipFailure } from "./nip";
import type { TalentaTable } from "./table";

export function checkNips(table: TalentaTable, sink: IssueSink): void {
  const column = table.fields.nip;
  // No NIP column: nothing to check here; the caller reports the column, not 100,000 rows.
  if (!column) return;
  const col = columnOf(table, "nip");
  const storedAsNumber = sink.tableRowsWith("nip-stored-as-number");
  // First row per NIP; a repeated NIP links its rows through `nextCopy` (no array per NIP: 100,000 rows stay cheap).
  const firstRow = new Map<string, number>();
  const lastCopy = new Map<string, number>();
  const n = table.sheetRows.length;
  const nextCopy = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const text = textAt(column, i);
    if (text === undefined || isNoValue(text)) {
      if (!storedAsNumber.has(i)) sink.add({ code: "nip-missing", severity: "warning", row: i, cell: sink.cellOf(i, col), field: "nip" }, col);
      continue;
    }
    const nip = normalizeNipText(text);
    const first = firstRow.get(nip);
    if (first === undefined) firstRow.set(nip, i);
    else {
      nextCopy[lastCopy.get(nip) ?? first] = i;
      lastCopy.set(nip, i);
    }
    if (storedAsNumber.has(i)) continue;
    const reason = nipFailure(nip);
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
  for (const [nip, last] of lastCopy) {
    const rows: number[] = [];
    for (let r = firstRow.get(nip)!; ; r = nextCopy[r]) {
      rows.push(r);
      if (r === last) break;
    }
    for (const row of rows)
      sink.add({
        code: "nip-duplicate",
        severity: "warning",
        row,
        cell: sink.cellOf(row, col),
        field: "nip",
        input: nip,
        data: { copies: rows.length },
      }, col);
  }
}
