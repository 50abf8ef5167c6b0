// The `Jabatan Target` sheet (RULES §8) as a use case: read it during a run, or add an empty, formatted one
// with dropdown lists for the user to fill in.
import type { Host, SheetInfo } from "../hosts/host";
import { PANGKAT_TABLE } from "../domain/succession/pangkat";
import type { Block, SheetLayout } from "../grid/types";
import { isJabatanTargetSheetName, JABATAN_TARGET_SHEET, readJabatanTarget, type JabatanTargetRead } from "../sheet/jabatan-target";
import { TALENTA_HEADER } from "../report/palette";

export interface JabatanTargetSheet {
  sheet: string;
  read: JabatanTargetRead;
}

/** The workbook's `Jabatan Target` sheet, whatever its case and spacing. */
export function findJabatanTargetSheet(sheets: readonly SheetInfo[]): SheetInfo | undefined {
  return sheets.find((s) => isJabatanTargetSheetName(s.name));
}

/**
 * Reads the key positions when the workbook has a `Jabatan Target` sheet (one readUsedGrid); undefined when
 * it has none.
 * @throws host errors only.
 */
export async function readJabatanTargetSheet(host: Host, sheets: readonly SheetInfo[]): Promise<JabatanTargetSheet | undefined> {
  const found = findJabatanTargetSheet(sheets);
  if (!found) return undefined;
  return { sheet: found.name, read: readJabatanTarget(await host.readUsedGrid(found.name)) };
}

/** RULES §8 columns, in order. */
export const JABATAN_TARGET_HEADERS = [
  "Jabatan Target",
  "Jenjang",
  "Eselon",
  "Unit Kerja",
  "Pangkat Minimal",
  "Pendidikan Minimal",
  "Rumpun/Bidang",
  "Pemangku Saat Ini (NIP)",
  "Jumlah Suksesor",
] as const;

export const JENJANG_CHOICES = ["JPT Pratama", "Administrator", "Pengawas"];
export const ESELON_CHOICES = ["II.a", "II.b", "III.a", "III.b", "IV.a", "IV.b"];
/** III/a … IV/e: the ranks a key position can ask for. */
export const PANGKAT_CHOICES = PANGKAT_TABLE.filter((p) => p.code >= 31).map((p) => p.golongan);
export const PENDIDIKAN_CHOICES = ["SLTA", "D-III", "D-IV", "S1", "S2", "S3"];

/** Rows below the header that get the dropdowns and formats. */
export const JABATAN_TARGET_ROWS = 200;

const WIDTHS = [40, 16, 10, 36, 16, 18, 24, 24, 16];

/** The empty sheet: header, column formats (NIP as text), dropdown lists, frozen header. Pure. */
export function jabatanTargetTemplate(sheet: string): { block: Block; layout: SheetLayout } {
  const rows = JABATAN_TARGET_ROWS;
  const col = (name: (typeof JABATAN_TARGET_HEADERS)[number]) => JABATAN_TARGET_HEADERS.indexOf(name);
  const block: Block = {
    sheet,
    row: 0,
    col: 0,
    values: [[...JABATAN_TARGET_HEADERS]],
    formats: [
      {
        row: 0,
        col: 0,
        rows: 1,
        cols: JABATAN_TARGET_HEADERS.length,
        style: { bold: true, fill: TALENTA_HEADER.fill, fontColor: TALENTA_HEADER.font, hAlign: "center", vAlign: "center", wrap: true, border: "thin" },
      },
      { row: 1, col: 0, rows, cols: JABATAN_TARGET_HEADERS.length, style: { border: "thin", vAlign: "top", wrap: true } },
      // A NIP typed into a General cell becomes a number and loses its last digits (RULES §6).
      { row: 1, col: col("Pemangku Saat Ini (NIP)"), rows, cols: 1, style: { numberFormat: "@" } },
      { row: 1, col: col("Jumlah Suksesor"), rows, cols: 1, style: { numberFormat: "0", hAlign: "center" } },
    ],
  };
  const rect = (name: (typeof JABATAN_TARGET_HEADERS)[number]) => ({ row: 1, col: col(name), rows, cols: 1 });
  const layout: SheetLayout = {
    columnWidths: WIDTHS.map((width, c) => ({ col: c, width })),
    rowHeights: [{ row: 0, height: 32 }],
    freeze: { rows: 1, cols: 0 },
    tabColor: TALENTA_HEADER.fill,
    validations: [
      { rect: rect("Jenjang"), list: JENJANG_CHOICES },
      { rect: rect("Eselon"), list: ESELON_CHOICES },
      { rect: rect("Pangkat Minimal"), list: PANGKAT_CHOICES },
      { rect: rect("Pendidikan Minimal"), list: PENDIDIKAN_CHOICES },
    ],
  };
  return { block, layout };
}

export type AddTargetsOutcome = { ok: true; sheet: string } | { ok: false; code: "sheet-exists"; sheet: string };

/**
 * Adds an empty, formatted `Jabatan Target` sheet; refuses when the workbook already has one (its rows are
 * the user's, never replaced).
 * @throws host errors only.
 */
export async function addJabatanTargetSheet(host: Host): Promise<AddTargetsOutcome> {
  const existing = findJabatanTargetSheet(await host.listSheets());
  if (existing) return { ok: false, code: "sheet-exists", sheet: existing.name };
  const { block, layout } = jabatanTargetTemplate(JABATAN_TARGET_SHEET);
  await host.ensureSheet(JABATAN_TARGET_SHEET);
  await host.writeBlock(block);
  await host.setLayout(JABATAN_TARGET_SHEET, layout);
  await host.flush();
  return { ok: true, sheet: JABATAN_TARGET_SHEET };
}
