// app/succession.ts builds a Person only for the records planning reads (the talent pool, and the rows whose NIP
// is a Pemangku Saat Ini). RULES §8 results must be exactly those of planning over every row of the table.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildPeople, planRunSuccession, successionRecords } from "../../../../src/app/succession";
import { classifyTable } from "../../../../src/domain/classify";
import { defaultConfig } from "../../../../src/domain/config";
import { planSuccession, type KeyPosition } from "../../../../src/domain/succession";
import { makeTable } from "../make-table";

const NIPS = ["198609262015051001", "19860926 201505 1 001", "197001012000011001", "197505152001122003", "198001012005011002",
  "123", "-", "199001012007011001", "'197001012000011001", "196501011990031004"];
const TODAY = new Date(2026, 5, 15);

const rowArb = fc.record({
  nip: fc.option(fc.constantFrom(...NIPS), { nil: undefined }),
  kinerja: fc.integer({ min: 0, max: 100 }),
  potensial: fc.integer({ min: 0, max: 100 }),
  pangkat: fc.constantFrom("Pembina, IV/a", "Penata Tk. I, III/d", "IV/b", undefined),
  eselon: fc.constantFrom("II.b", "III.a", "IV.a", undefined),
});
const positionArb = fc.record({
  jabatanTarget: fc.constantFrom("Kepala Dinas", "Sekretaris", "Kepala Bidang"),
  eselon: fc.constantFrom("II.b", "III.a", "III.b"),
  pemangkuNip: fc.option(fc.constantFrom(...NIPS, " 1970 0101 2000 01 1 001 ", "199912312020011001"), { nil: undefined }),
});

type Row = typeof rowArb extends fc.Arbitrary<infer R> ? R : never;

function run(rows: Row[]) {
  const table = makeTable({
    columns: {
      nip: rows.map((r) => r.nip),
      nilaiKinerja: rows.map((r) => r.kinerja),
      nilaiPotensial: rows.map((r) => r.potensial),
      pangkat: rows.map((r) => r.pangkat),
      eselon: rows.map((r) => r.eselon),
    },
  });
  const config = defaultConfig("skor-sumbu");
  return { table, config, c: classifyTable(table, config) };
}

describe("RULES §8 succession reads only the people it needs", () => {
  it("plans exactly as planning over every row does, and gives every pool member the same Person", () =>
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 25 }), fc.array(positionArb, { maxLength: 3 }), (rows, positions: KeyPosition[]) => {
        const { table, config, c } = run(rows);
        const all = buildPeople(table, c);
        const expected = planSuccession(all, positions, config.succession, { today: TODAY, poolBoxes: config.pool.instansi });
        const got = planRunSuccession(table, c, config, positions, TODAY);
        expect(got.plan).toEqual(expected);
        for (let i = 0; i < all.length; i++) if (got.people[i] !== undefined) expect(got.people[i]).toEqual(all[i]);
        for (let i = 0; i < all.length; i++) if (config.pool.instansi.includes(c.kotak[i])) expect(got.people[i]).toBeDefined();
      }),
      { numRuns: 300 },
    ));

  it("reads only the talent pool (boxes 7, 8, 9) when the workbook lists no key positions", () => {
    // Cuts 60 and 80 (RULES §2): kinerja/potensial 90/90 → box 9; 70/70 → box 5; 90/70 → box 7; 10/10 → box 1.
    const { table, c } = run([
      { nip: NIPS[0], kinerja: 90, potensial: 90, pangkat: undefined, eselon: undefined },
      { nip: NIPS[2], kinerja: 70, potensial: 70, pangkat: undefined, eselon: undefined },
      { nip: NIPS[3], kinerja: 90, potensial: 70, pangkat: undefined, eselon: undefined },
      { nip: NIPS[4], kinerja: 10, potensial: 10, pangkat: undefined, eselon: undefined },
    ]);
    expect(Array.from(c.kotak)).toEqual([9, 5, 7, 1]);
    expect(successionRecords(table, c, [7, 8, 9], [])).toEqual([0, 2]);
  });

  it("also reads the row of a Pemangku Saat Ini outside the pool, whatever spaces the NIP was typed with", () => {
    const { table, c } = run([
      { nip: NIPS[0], kinerja: 90, potensial: 90, pangkat: undefined, eselon: undefined },
      { nip: NIPS[2], kinerja: 50, potensial: 50, pangkat: undefined, eselon: undefined },
      { nip: NIPS[4], kinerja: 10, potensial: 10, pangkat: undefined, eselon: undefined },
    ]);
    const positions: KeyPosition[] = [{ jabatanTarget: "Kepala Dinas", pemangkuNip: " 1970 0101 2000 01 1 001 " }];
    expect(successionRecords(table, c, [7, 8, 9], positions)).toEqual([0, 1]);
    const { plan } = planRunSuccession(table, c, defaultConfig("skor-sumbu"), positions, TODAY);
    expect(plan.positions[0].incumbent?.person?.record).toBe(1);
  });
});
