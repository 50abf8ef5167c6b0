// Builds small TalentaTables by hand: header in sheet row 1, records from row 2, columns A, B, C… in the
// order given, so the cell of record r in the k-th column is `${letter(k)}${r + 2}`.
import { FIELDS, type FieldId } from "../../../src/domain/fields";
import type { Issue } from "../../../src/domain/issues";
import type { FieldColumn, MappedColumn, TalentaTable } from "../../../src/domain/table";

type Cell = string | number | null | undefined;

export interface TableSpec {
  columns: Partial<Record<FieldId, Cell[]>>;
  /** Yearly predikat columns, placed after `columns`, ascending by year; the latest also becomes `fields.predikat`. */
  predikatYears?: Record<number, Cell[]>;
  issues?: Issue[];
}

function toColumn(field: FieldId, cells: Cell[]): FieldColumn {
  if (FIELDS[field].kind === "number" || FIELDS[field].kind === "date")
    return { kind: "number", values: Float64Array.from(cells, (c) => (typeof c === "number" ? c : NaN)) };
  return { kind: "text", values: cells.map((c) => (c === null || c === undefined ? undefined : String(c))) };
}

export function makeTable(spec: TableSpec): TalentaTable {
  const columns: MappedColumn[] = [];
  const fields: TalentaTable["fields"] = {};
  const yearly: TalentaTable["yearly"] = {};
  let col = 0;
  let n = 0;
  for (const [field, cells] of Object.entries(spec.columns) as [FieldId, Cell[]][]) {
    columns.push({ field, col, header: FIELDS[field].label });
    fields[field] = toColumn(field, cells);
    n = Math.max(n, cells.length);
    col++;
  }
  if (spec.predikatYears) {
    const years = Object.keys(spec.predikatYears).map(Number).sort((a, b) => a - b);
    yearly.predikat = years.map((year) => {
      const cells = spec.predikatYears![year];
      n = Math.max(n, cells.length);
      columns.push({ field: "predikat", col, header: `Predikat Kinerja ${year}`, year });
      return { year, col: col++, column: toColumn("predikat", cells) };
    });
    fields.predikat = yearly.predikat[yearly.predikat.length - 1].column;
  }
  return {
    sheet: "Data",
    headerRows: [0],
    sheetRows: Int32Array.from({ length: n }, (_, i) => i + 1),
    endCol: col,
    columns,
    fields,
    yearly,
    issues: spec.issues ?? [],
  };
}
