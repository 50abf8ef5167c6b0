// Turning a choice in the mapping table into the request's column overrides (field → 0-based column | null).
import type { FieldId } from "../domain/fields";

export type Overrides = Partial<Record<FieldId, number | null>>;

export interface MappedColumn {
  col: number;
  header: string;
  field?: FieldId;
  via: string;
}

/** The overrides after the user says column `col` means `field` (undefined: "not used"). */
export function assignColumn(columns: readonly MappedColumn[], overrides: Overrides, col: number, field: FieldId | undefined): Overrides {
  const next: Overrides = { ...overrides };
  const previous = columns.find((c) => c.col === col)?.field;
  if (previous && previous !== field) {
    // A yearly field (predikat 2023 | 2024) can sit in several columns: unmapping one keeps another.
    const other = columns.find((c) => c.col !== col && c.field === previous);
    next[previous] = other ? other.col : null;
  }
  if (field) next[field] = col;
  return next;
}
