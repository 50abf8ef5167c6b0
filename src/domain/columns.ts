// Where a field sits in the sheet, and its values as numbers or texts.
import type { FieldId } from "./fields";
import type { FieldColumn, TalentaTable } from "./table";

/** 0-based sheet column of a field; for yearly fields the latest year's. -1 when not mapped. */
export function columnOf(table: TalentaTable, field: FieldId): number {
  const years = table.yearly[field];
  if (years && years.length > 0) return years[years.length - 1].col;
  return table.columns.find((c) => c.field === field)?.col ?? -1;
}

export function availableFields(table: TalentaTable): Set<FieldId> {
  return new Set(Object.keys(table.fields) as FieldId[]);
}

/** The value of a number column; a text column is read with a decimal comma allowed. NaN = no value. */
export function numberAt(column: FieldColumn, row: number): number {
  if (column.kind === "number") return column.values[row];
  const text = column.values[row];
  if (text === undefined) return NaN;
  const t = text.trim().replace(",", ".");
  return t === "" ? NaN : Number(t);
}

export function textAt(column: FieldColumn, row: number): string | undefined {
  if (column.kind === "text") return column.values[row];
  const v = column.values[row];
  return Number.isNaN(v) ? undefined : String(v);
}

/** Every row's text (textAt), as the column's own array when it is a text column. */
export function textsOf(column: FieldColumn, n: number): readonly (string | undefined)[] {
  if (column.kind === "text") return column.values;
  return Array.from({ length: n }, (_, i) => textAt(column, i));
}
