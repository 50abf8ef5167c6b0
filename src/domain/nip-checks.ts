// NIP checks of RULES §6: flagged as warnings, the row is still classified.
import { columnOf, textAt } from "./columns";
import type { IssueSink } from "./issue-sink";
import { isNoValue } from "./labels";
import { normalizeNipText, parseNip } from "./nip";
import type { TalentaTable } from "./table";

export function checkNips(table: TalentaTable, sink: IssueSink): void {
  const column = table.fields.nip;
  // No NIP column: nothing to check here; the caller reports the column, not 100,000 rows.
  if (!column) return;
  const col = columnOf(table, "nip");
  const storedAsNumber = sink.tableRowsWith("nip-stored-as-number");
  const rowsByNip = new Map<string, number[]>();
  const n = table.sheetRows.length;
  for (let i = 0; i < n; i++) {
    const text = textAt(column, i);
    if (text === undefined || isNoValue(text)) {
      if (!storedAsNumber.has(i)) sink.add({ code: "nip-missing", severity: "warning", row: i, cell: sink.cellOf(i, col), field: "nip" }, col);
      continue;
    }
    const nip = normalizeNipText(text);
    const rows = rowsByNip.get(nip);
    if (rows) rows.push(i);
    else rowsByNip.set(nip, [i]);
    if (storedAsNumber.has(i)) continue;
    const parsed = parseNip(text);
    if (!parsed.ok)
      sink.add({
        code: "nip-invalid",
        severity: "warning",
        row: i,
        cell: sink.cellOf(i, col),
        field: "nip",
        input: text,
        data: { reason: parsed.reason },
      }, col);
  }
  for (const [nip, rows] of rowsByNip) {
    if (rows.length < 2) continue;
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
