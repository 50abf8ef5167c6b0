// Review (reviewB): the Talent Pool (and Validasi) row heights come from print-pages.ts wrappedLines, which
// counts characters (1.05 per width unit) whatever the letters. Upper-case text, common in BKPSDM sheets, is
// much wider: LibreOffice's PDF of talenta-jpt-bkn411.xlsx in upper case printed "BADAN PERENCANAAN PEMBANGUNAN
// DAERAH" in the 18-wide Unit Kerja column on four lines (BADAN / PERENCANAAN / PEMBANGUNAN / DAERAH) in a row
// sized for two, cutting the text. kotak9-names.ts already weighs capitals (textUnits). RULES §7: print-ready.
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/domain/config";
import { planSuccession, type Person } from "../../src/domain/succession";
import type { SuccessionReportInput } from "../../src/report/succession-input";
import { buildTalentPoolSheet, TALENT_POOL_HEADER_ROW } from "../../src/report/talent-pool-sheet";
import { makeInput } from "../unit/report/make-report-input";

function rowHeight(unitKerja: string): number | undefined {
  const config = defaultConfig("skor-sumbu");
  const person: Person = { record: 0, nip: "197501012000011001", nama: "Ani", jabatan: "Kepala Bidang", unitKerja, pangkat: "IV/a", kotak: 9, nilaiTalenta: 85 };
  const base = makeInput([{ row: 4, kotak: 9, nama: "Ani", nip: person.nip, nilaiTalenta: 85, kinerja: 90, potensial: 80 }], { config });
  const plan = planSuccession([person], [], config.succession, { today: base.run.at, poolBoxes: config.pool.instansi });
  const input: SuccessionReportInput = { ...base, succession: { plan, people: [person] } };
  const sheet = buildTalentPoolSheet(input);
  return sheet.layout.rowHeights?.find((h) => h.row === TALENT_POOL_HEADER_ROW + 1)?.height;
}

describe("Talent Pool row heights hold upper-case text (review)", () => {
  it("gives an upper-case Unit Kerja that wraps over four lines at least three lines of 15 pt", () => {
    expect(rowHeight("BADAN PERENCANAAN PEMBANGUNAN DAERAH")).toBeGreaterThanOrEqual(45);
  });
});
