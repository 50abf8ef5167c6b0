// Invariants over many generated rows (STYLE: property tests for what must hold on every sheet).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyTable } from "../../../src/domain/classify";
import { defaultConfig } from "../../../src/domain/config";
import type { FieldId } from "../../../src/domain/fields";
import { levelOf, levelsOf } from "../../../src/domain/ninebox";
import { PRESET_IDS } from "../../../src/domain/presets";
import { makeTable } from "./make-table";

const cuts = { mid: 60, high: 80 };
const score = fc.double({ min: 0, max: 100, noNaN: true });
const BKN_NUMBERS: FieldId[] = [
  "penghargaan", "penugasanTimKerja", "umpanBalik360", "penilaianKompetensi", "pengembanganKompetensi",
  "pengalamanJabatan", "nilaiPotensi", "tingkatPendidikan", "kesesuaianBidangIlmu", "integritasMoralitas",
];
const PREDIKAT = ["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang"];

describe("RULES §2 raising a score never lowers its level", () => {
  it("holds for levelOf", () =>
    fc.assert(fc.property(score, fc.double({ min: 0, max: 100, noNaN: true }), (s, d) => levelOf(s + d, cuts) >= levelOf(s, cuts))));

  it("levelsOf over a column gives levelOf of each score, NaN included", () =>
    fc.assert(
      fc.property(fc.array(fc.oneof(score, fc.constant(NaN), fc.constant(80 - 1e-12))), (xs) => {
        expect(Array.from(levelsOf(Float64Array.from(xs), cuts))).toEqual(xs.map((x) => levelOf(x, cuts)));
      }),
    ));

  it("holds for both axes of bkn-411-2025 when one input rises", () => {
    const row = fc.record({
      predikat: fc.constantFrom(...PREDIKAT),
      values: fc.array(score, { minLength: BKN_NUMBERS.length, maxLength: BKN_NUMBERS.length }),
      which: fc.nat({ max: BKN_NUMBERS.length - 1 }),
      raise: fc.double({ min: 0, max: 100, noNaN: true }),
    });
    const config = defaultConfig("bkn-411-2025");
    fc.assert(
      fc.property(row, ({ predikat, values, which, raise }) => {
        const raised = values.map((v, i) => (i === which ? Math.min(100, v + raise) : v));
        const table = makeTable({
          columns: {
            predikat: [predikat, predikat],
            ...Object.fromEntries(BKN_NUMBERS.map((f, i) => [f, [values[i], raised[i]]])),
          },
        });
        const c = classifyTable(table, config);
        expect(c.kinerjaLevel[1]).toBeGreaterThanOrEqual(c.kinerjaLevel[0]);
        expect(c.potensialLevel[1]).toBeGreaterThanOrEqual(c.potensialLevel[0]);
      }),
    );
  });
});

describe("RULES §6 row order never changes a row's box", () => {
  it("gives each row the same kotak after the rows are shuffled", () => {
    const rows = fc.array(fc.tuple(score, score), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(rows, fc.infiniteStream(fc.nat()), (data, randoms) => {
        const order = data.map((_, i) => i);
        const it = randoms[Symbol.iterator]();
        for (let i = order.length - 1; i > 0; i--) {
          const j = it.next().value % (i + 1);
          [order[i], order[j]] = [order[j], order[i]];
        }
        const build = (idx: number[]) =>
          makeTable({ columns: { nilaiKinerja: idx.map((i) => data[i][0]), nilaiPotensial: idx.map((i) => data[i][1]) } });
        const config = defaultConfig("skor-sumbu");
        const a = classifyTable(build(data.map((_, i) => i)), config);
        const b = classifyTable(build(order), config);
        order.forEach((original, pos) => expect(b.kotak[pos]).toBe(a.kotak[original]));
      }),
    );
  });
});

describe("RULES §5 every row gets a box or an error", () => {
  // Any cell a real sheet may hold: in-scale, out-of-scale, empty, labels known and unknown.
  const number = fc.oneof(score, fc.double({ min: -50, max: 300, noNaN: true }), fc.constant(null));
  const label = fc.oneof(
    fc.constantFrom(...PREDIKAT, "Cukup", "Kurang/Misconduct", "Di Atas Ekspektasi", "Sedang", "Tinggi", "Low", "-", "n/a"),
    fc.string({ maxLength: 6 }),
    fc.constant(null),
  );
  const numberFields: FieldId[] = [
    "nilaiKinerja", "nilaiPotensial", "asesmen", "nilaiPotensi", "jpm", "rekamJejak", "pertimbanganLainnya",
    "kompetensi", "kualifikasi", ...BKN_NUMBERS,
  ];
  const labelFields: FieldId[] = ["predikat", "kategoriKinerja", "kategoriPotensial", "nip"];

  it.each(PRESET_IDS)("holds for preset %s on arbitrary sheets", (presetId) => {
    const config = defaultConfig(presetId);
    const sheet = fc.record({
      n: fc.integer({ min: 1, max: 25 }),
      numbers: fc.array(fc.array(number, { minLength: 25, maxLength: 25 }), { minLength: numberFields.length, maxLength: numberFields.length }),
      labels: fc.array(fc.array(label, { minLength: 25, maxLength: 25 }), { minLength: labelFields.length, maxLength: labelFields.length }),
      present: fc.array(fc.boolean(), { minLength: numberFields.length + labelFields.length, maxLength: numberFields.length + labelFields.length }),
    });
    fc.assert(
      fc.property(sheet, ({ n, numbers, labels, present }) => {
        const columns: Partial<Record<FieldId, (string | number | null)[]>> = {};
        numberFields.forEach((f, i) => present[i] && (columns[f] = numbers[i].slice(0, n)));
        labelFields.forEach((f, i) => present[numberFields.length + i] && (columns[f] = labels[i].slice(0, n)));
        columns.nama = Array(n).fill("x");
        const c = classifyTable(makeTable({ columns }), config);
        for (let r = 0; r < n; r++) {
          const hasError = c.issues.some((i) => i.row === r && i.severity === "error");
          expect(c.kotak[r] === 0, `row ${r}`).toBe(hasError);
          if (c.kotak[r] !== 0) expect(c.kotak[r]).toBeLessThanOrEqual(9);
        }
        for (let i = 1; i < c.issues.length; i++) expect(c.issues[i].row).toBeGreaterThanOrEqual(c.issues[i - 1].row);
      }),
      { numRuns: 150 },
    );
  });
});
