// A user's workbook whose data is an Excel table (fixtures have none): generateWorkbook's plain sheet plus a
// table part as Excel writes one (sheet rels, <tableParts>, content-type override).
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { CellValue, Rect } from "../../src/grid/types";
import { rangeAddress } from "../../src/grid/a1";
import { generateWorkbook } from "../../src/hosts/xlsx/generate";

export const NOW = new Date("2026-11-23T10:00:00Z");
export const HEADER = ["NIP", "Nama", "Nilai Kinerja", "Nilai Potensial"];

/** The header and `n` civil servants with scores across the grid. */
export function pegawai(n: number): CellValue[][] {
  return [HEADER, ...Array.from({ length: n }, (_, i) => [`1980010120050110${String(i).padStart(2, "0")}`, `Pegawai ${i}`, 40 + i * 5, 95 - i * 5])];
}

export interface TableSpec {
  name: string;
  rect: Rect;
  /** Column names; default: the header cells of the table's first row. */
  columns?: string[];
  totalsRow?: boolean;
  /** Puts a filter with criteria on the table's first column. */
  filtered?: boolean;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function tablePartXml(t: TableSpec, values: CellValue[][]): string {
  const ref = rangeAddress(t.rect);
  const body = t.totalsRow ? { ...t.rect, rows: t.rect.rows - 1 } : t.rect;
  const names = t.columns ?? Array.from({ length: t.rect.cols }, (_, i) => String(values[t.rect.row]?.[t.rect.col + i] ?? `Column${i + 1}`));
  const filter = t.filtered ? `<filterColumn colId="0"><filters><filter val="${String(values[t.rect.row + 1]?.[t.rect.col] ?? "")}"/></filters></filterColumn>` : "";
  const totals = t.totalsRow ? ` totalsRowCount="1"` : ` totalsRowShown="0"`;
  const cols = names.map((n, i) => `<tableColumn id="${i + 1}" name="${n}"${t.totalsRow && i === 0 ? ' totalsRowLabel="Jumlah"' : ""}/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="1" name="${t.name}" displayName="${t.name}" ref="${ref}"${totals}>` +
    `<autoFilter ref="${rangeAddress(body)}">${filter}</autoFilter><tableColumns count="${names.length}">${cols}</tableColumns>` +
    `<tableStyleInfo name="TableStyleMedium9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** The sheet `Data` with `values` at A1 and the table over `spec.rect`. */
export function workbookWithTable(values: CellValue[][], spec: TableSpec): Uint8Array {
  const files = unzipSync(generateWorkbook(values));
  const sheet = strFromU8(files["xl/worksheets/sheet1.xml"])
    .replace(`<worksheet xmlns="${MAIN}">`, `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">`)
    .replace("</worksheet>", `<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`);
  files["xl/worksheets/sheet1.xml"] = strToU8(sheet);
  files["xl/worksheets/_rels/sheet1.xml.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>`,
  );
  files["xl/tables/table1.xml"] = strToU8(tablePartXml(spec, values));
  files["[Content_Types].xml"] = strToU8(
    strFromU8(files["[Content_Types].xml"]).replace(
      "</Types>",
      `<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>`,
    ),
  );
  return zipSync(files, { level: 1, mtime: new Date(2000, 0, 1) });
}

/** Every part of a package as text. */
export function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
}
