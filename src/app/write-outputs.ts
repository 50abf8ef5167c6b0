// Writes a run's outputs: replaces Talenta's previous columns and sheets, nothing else.
import type { Host } from "../hosts/host";
import type { TalentaRecord } from "./record";
import type { PreviousColumns } from "./owned-columns";
import type { RunOutputs } from "./outputs";
import type { TableJoin } from "./table-join";

/** @throws host errors (protected sheet, broken workbook). */
export async function writeOutputs(
  host: Host,
  outputs: RunOutputs,
  previous: PreviousColumns | undefined,
  record: TalentaRecord | undefined,
  settings: string,
  existingSheets: readonly string[],
  join?: TableJoin,
): Promise<void> {
  const sheet = outputs.resultColumns.sheet;
  if (previous) await host.clearRange(sheet, previous.rect);
  // Joined after clearing and before writing: Excel adds table columns over empty cells, and the header write
  // that follows names them (issue 3).
  if (join) await host.joinTable(sheet, join.table, { col: join.col, names: join.names });
  await host.writeBlock(outputs.resultColumns);
  for (const block of outputs.resultHeaderAbove ?? []) await host.writeBlock(block);

  const produced = new Set(outputs.sheets.map((s) => s.name));
  for (const owned of outputs.sheets) {
    await host.ensureSheet(owned.name);
    for (const block of owned.blocks) await host.writeBlock(block);
    for (const block of owned.columnBlocks ?? []) await host.writeBlock(block);
    await host.setLayout(owned.name, owned.layout);
    for (const chart of owned.charts) await host.addScatterChart(chart);
  }
  const existing = new Set(existingSheets);
  for (const name of record?.ownedSheets ?? []) {
    if (!produced.has(name) && existing.has(name)) await host.deleteSheet(name);
  }
  await host.writeSettings(settings);
  await host.flush();
}
