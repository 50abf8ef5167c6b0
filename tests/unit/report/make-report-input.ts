// Builds a ReportInput by hand. Layout of the hand-made sheet "Data Pegawai": a two-row header in sheet rows
// 3–4 (0-based 2–3), columns A NIP, B Nama, C Nilai Kinerja, D Nilai Potensial, results from column E (endCol 4).
// Each person gives its sheet row (0-based), kotak and scores; levels come from the kotak unless given.
import type { Classification, Kotak, Level } from "../../../src/domain/classification";
import { defaultConfig, type TalentaConfig } from "../../../src/domain/config";
import type { Issue } from "../../../src/domain/issues";
import { levelsOfKotak } from "../../../src/domain/ninebox";
import type { TalentaTable } from "../../../src/domain/table";
import { blockCell, blockHeight, blockWidth, type AnyBlock } from "../../../src/grid/block";
import type { Block, CellValue, RangeRef } from "../../../src/grid/types";
import type { OwnedSheet } from "../../../src/report/types";
import type { ReportInput } from "../../../src/report/types";

export interface Person {
  row: number;
  kotak: Kotak;
  nama?: string;
  nip?: string;
  /** NaN (default) = categorical axis or missing input. */
  kinerja?: number;
  potensial?: number;
  kinerjaLevel?: Level;
  potensialLevel?: Level;
  nilaiTalenta?: number;
}

export const SHEET = "Data Pegawai";
export const HEADER_ROWS = [2, 3];
export const END_COL = 4;

export function makeInput(people: Person[], opts: { issues?: Issue[]; config?: TalentaConfig; lang?: "id" | "en" } = {}): ReportInput {
  const levels = people.map((p) => (p.kotak === 0 ? { kinerja: 0 as Level, potensial: 0 as Level } : levelsOfKotak(p.kotak)));
  const table: TalentaTable = {
    sheet: SHEET,
    headerRows: HEADER_ROWS,
    sheetRows: Int32Array.from(people, (p) => p.row),
    endCol: END_COL,
    columns: [
      { field: "nip", col: 0, header: "NIP" },
      { field: "nama", col: 1, header: "Nama" },
      { field: "nilaiKinerja", col: 2, header: "Nilai Kinerja" },
      { field: "nilaiPotensial", col: 3, header: "Nilai Potensial" },
    ],
    fields: {
      nip: { kind: "text", values: people.map((p) => p.nip) },
      nama: { kind: "text", values: people.map((p) => p.nama) },
      nilaiKinerja: { kind: "number", values: Float64Array.from(people, (p) => p.kinerja ?? NaN) },
      nilaiPotensial: { kind: "number", values: Float64Array.from(people, (p) => p.potensial ?? NaN) },
    },
    yearly: {},
    issues: [],
  };
  const classification: Classification = {
    kinerjaScore: Float64Array.from(people, (p) => p.kinerja ?? NaN),
    potensialScore: Float64Array.from(people, (p) => p.potensial ?? NaN),
    kinerjaLevel: Uint8Array.from(people, (p, i) => p.kinerjaLevel ?? levels[i].kinerja),
    potensialLevel: Uint8Array.from(people, (p, i) => p.potensialLevel ?? levels[i].potensial),
    kotak: Uint8Array.from(people, (p) => p.kotak),
    nilaiTalenta: Float64Array.from(people, (p) => p.nilaiTalenta ?? NaN),
    issues: opts.issues ?? [],
  };
  return {
    table,
    classification,
    config: opts.config ?? defaultConfig("skor-sumbu"),
    lang: opts.lang ?? "id",
    run: {
      at: new Date(2025, 2, 12, 10, 30),
      sourceSheet: SHEET,
      presetId: "skor-sumbu",
      presetReason: "Kolom Nilai Kinerja dan Nilai Potensial ditemukan",
      rulesVersion: 1,
      appVersion: "0.1.0",
    },
  };
}

/** `count` people in one kotak, on consecutive sheet rows from `firstRow`. */
export function many(count: number, kotak: Kotak, firstRow: number, extra: Partial<Person> = {}): Person[] {
  return Array.from({ length: count }, (_, i) => ({ row: firstRow + i, kotak, nama: `Pegawai ${kotak}-${i + 1}`, ...extra }));
}

/** The value a block writes at a sheet cell (0-based), or undefined outside the block. */
export function cellAt(block: AnyBlock, row: number, col: number): CellValue | undefined {
  const r = row - block.row;
  const c = col - block.col;
  if ("values" in block) return block.values[r]?.[c];
  return r >= 0 && r < blockHeight(block) && c >= 0 && c < blockWidth(block) ? blockCell(block, r, c) : undefined;
}

/** Every block of an owned sheet, tall column blocks included. */
export function sheetBlocks(sheet: OwnedSheet): AnyBlock[] {
  return [...sheet.blocks, ...(sheet.columnBlocks ?? [])];
}

/** Sheet cell of the first cell whose text satisfies `test`. */
export function findCell(block: Block, test: (v: CellValue) => boolean): { row: number; col: number } | undefined {
  for (let r = 0; r < block.values.length; r++) {
    const c = block.values[r].findIndex(test);
    if (c >= 0) return { row: block.row + r, col: block.col + c };
  }
  return undefined;
}

/** The values of a one-column range, read from whichever block holds them. */
export function rangeValues(blocks: AnyBlock[], ref: RangeRef): CellValue[] {
  const out: CellValue[] = [];
  for (let r = ref.rect.row; r < ref.rect.row + ref.rect.rows; r++) {
    const block = blocks.find((b) => b.sheet === ref.sheet && r >= b.row && r < b.row + blockHeight(b) && ref.rect.col >= b.col && ref.rect.col < b.col + blockWidth(b));
    out.push(block ? cellAt(block, r, ref.rect.col)! : undefined!);
  }
  return out;
}

/** The number format the block's formats give a cell (the last range covering it wins). */
export function numberFormatAt(block: AnyBlock, row: number, col: number): string | undefined {
  let format: string | undefined;
  for (const f of block.formats ?? []) {
    const r = row - block.row - f.row;
    const c = col - block.col - f.col;
    if (r >= 0 && r < f.rows && c >= 0 && c < f.cols && f.style.numberFormat !== undefined) format = f.style.numberFormat;
  }
  return format;
}
