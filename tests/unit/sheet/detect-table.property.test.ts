// RULES §6 reading never throws: any grid gives a table or a clean refusal.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIELD_IDS } from "../../../src/domain/fields";
import type { CellValue, Grid } from "../../../src/grid/types";
import { detectTable } from "../../../src/sheet/detect-table";
import { FIELD_SYNONYMS } from "../../../src/sheet/synonyms";
import type { DetectOptions } from "../../../src/sheet/types";

const WORDS = [
  ...Object.values(FIELD_SYNONYMS).flat().slice(0, 60),
  "No", "Keterangan", "2023", "2024", "Predikat Kinerja", "Hasil Asesmen", "Kinerja", "Pendidikan", "NAMA / NIP",
  "Baik", "Sangat Baik", "-", "n/a", "78,5", "81,25%", "1.234,5", "01 Agustus 2025", "1-Apr-23", "31/02/2023",
  "'197508062006012007", "19750806 200601 2 007", "Sukamaju, 12 Desember 2025", "KEPALA BKPSDM", "NIP. 1970",
  "Jumlah", "", " ", "=SUM(A1)", "Tinggi", "Di Atas Ekspektasi",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 50 }) },
  { weight: 1, arbitrary: fc.constantFrom(197508062006012000, 45017, 0.8125, 1e300, -0) },
  { weight: 1, arbitrary: fc.boolean() },
);

const gridArb: fc.Arbitrary<Grid> = fc
  .record({
    rows: fc.integer({ min: 0, max: 14 }),
    cols: fc.integer({ min: 0, max: 7 }),
    originRow: fc.integer({ min: 0, max: 3 }),
    originCol: fc.integer({ min: 0, max: 3 }),
  })
  .chain(({ rows, cols, originRow, originCol }) =>
    fc.record({
      sheet: fc.constant("S"),
      origin: fc.constant({ row: originRow, col: originCol }),
      values: fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
      numberFormats: fc.array(
        fc.array(fc.constantFrom("General", "0.00%", "dd/mm/yyyy", "@", "0"), { minLength: cols, maxLength: cols }),
        { minLength: rows, maxLength: rows },
      ),
      merges: fc.array(
        fc.record({
          row: fc.integer({ min: -1, max: 20 }),
          col: fc.integer({ min: -1, max: 12 }),
          rows: fc.integer({ min: 0, max: 4 }),
          cols: fc.integer({ min: 0, max: 4 }),
        }),
        { maxLength: 4 },
      ),
      hiddenRows: fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 3 }),
    }),
  );

const optionsArb: fc.Arbitrary<DetectOptions> = fc.record(
  {
    overrides: fc.dictionary(
      fc.constantFrom("nip", "nama", "predikat", "jpm", "tanggalLahir", "nilaiKinerja", "toString"),
      fc.option(fc.integer({ min: -2, max: 12 }), { nil: null }),
    ),
    excludeColumns: fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 3 }),
    headerRow: fc.integer({ min: -1, max: 16 }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<DetectOptions>;

describe("RULES §6 detectTable never throws", () => {
  it("gives a consistent table or a clean refusal for any grid", () => {
    fc.assert(
      fc.property(gridArb, optionsArb, (grid, options) => {
        const r = detectTable(grid, options);
        if (!r.ok) {
          expect(["empty-sheet", "no-header"]).toContain(r.code);
          return;
        }
        const n = r.table.sheetRows.length;
        for (const col of Object.values(r.table.fields)) expect(col!.values.length).toBe(n);
        for (let i = 1; i < n; i++) expect(r.table.sheetRows[i]).toBeGreaterThan(r.table.sheetRows[i - 1]);
        for (const issue of r.table.issues) expect(issue.row).toBeLessThan(n);
        for (const c of r.detection.columns) {
          expect(options.excludeColumns ?? []).not.toContain(c.col);
          if (c.field !== undefined) expect(FIELD_IDS).toContain(c.field);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
