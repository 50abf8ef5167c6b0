// How a person is named on Talenta's sheets: the Nama cell, else the NIP, else the sheet row.
import type { TalentaTable } from "../domain/table";

function textOf(table: TalentaTable, field: "nama" | "nip", i: number): string | undefined {
  const column = table.fields[field];
  if (!column) return undefined;
  if (column.kind === "text") {
    const v = column.values[i];
    return v === undefined || v.trim() === "" ? undefined : v.trim();
  }
  const x = column.values[i];
  return Number.isNaN(x) ? undefined : String(x);
}

export function personName(table: TalentaTable, i: number, rowWord: string): string {
  return textOf(table, "nama", i) ?? textOf(table, "nip", i) ?? `${rowWord} ${table.sheetRows[i] + 1}`;
}

/** A user's cell copied as is (text), or null. */
export function userText(table: TalentaTable, field: "nama" | "nip", i: number): string | null {
  return textOf(table, field, i) ?? null;
}
