// Review (reviewB): Ringkasan's candidate rows are 40 pt (three 9-point lines: name, NIP, box and readiness) unless
// a name has more than 28 characters (ringkasan-sheet.ts rowHeight). Letter widths are ignored: an upper-case
// name of 27 characters, common in BKPSDM sheets, wraps in the 19-wide candidate column, and LibreOffice's PDF of
// talenta-jpt-bkn411.xlsx in upper case cut the readiness line ("Kotak 8 · Siap 1–2 Tahun") off the page.
// RULES §8 readiness is what the leader reads there; the row must hold the fourth line.
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/domain/config";
import { planSuccession, type KeyPosition, type Person } from "../../src/domain/succession";
import { buildRingkasanSheet } from "../../src/report/ringkasan-sheet";
import type { SuccessionReportInput } from "../../src/report/succession-input";
import { findCell, makeInput } from "../unit/report/make-report-input";

const days = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
// Box 9, Administrator IV/a S2, born 1975: a Siap Sekarang candidate for the JPT Pratama post below (run 2025).
const candidate = (nama: string): Person => ({
  record: 0, nip: "197501012000011001", nama, jabatan: "Sekretaris Dinas", unitKerja: "Dinas Sosial", eselon: "III.a",
  pangkat: "IV/a", pendidikan: "S2", kotak: 9, nilaiTalenta: 85, birthDays: days(1975, 1, 1),
});
const POST: KeyPosition = { jabatanTarget: "Kepala Dinas Sosial", jenjang: "JPT Pratama", eselon: "II.b", pangkatMinimal: "IV/a", pendidikanMinimal: "S1", jumlahSuksesor: 1 };

function candidateRowHeight(nama: string): number {
  const config = defaultConfig("skor-sumbu");
  const person = candidate(nama);
  const base = makeInput([{ row: 4, kotak: 9, nama, nip: person.nip, nilaiTalenta: 85, kinerja: 90, potensial: 85 }], { config });
  const plan = planSuccession([person], [POST], config.succession, { today: base.run.at, poolBoxes: config.pool.instansi });
  expect(plan.positions[0].candidates).toHaveLength(1);
  const input: SuccessionReportInput = { ...base, succession: { plan, people: [person], targets: { sheet: "Jabatan Target", sheetRows: [1], issues: [] } } };
  const sheet = buildRingkasanSheet(input);
  const block = sheet.blocks[0];
  // The position's row in the top-candidates table (the figures above do not name positions).
  const at = findCell(block, (v) => v === POST.jabatanTarget)!;
  return sheet.layout.rowHeights!.find((h) => h.row === at.row)!.height;
}

describe("Ringkasan top candidates: a wrapped name gets its line (review)", () => {
  it("an upper-case name of 27 characters gets the same room as a long name, since it wraps too", () => {
    const longMixed = candidateRowHeight("Ir. Ma'ruf Ramadhan Hidayat, S.Kep."); // > 28 characters: the builder's long name
    expect(candidateRowHeight("IR. MA'RUF RAMADHAN, S.KEP.")).toBeGreaterThanOrEqual(longMixed);
  });
});
