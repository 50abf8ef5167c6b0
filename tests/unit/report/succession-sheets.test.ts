// The three succession sheets, built from a hand-made run: who the rules of RULES §8 keep is decided here
// by hand (see the people below), and the sheets must show it.
import { describe, expect, it } from "vitest";
import { defaultConfig, type TalentaConfig } from "../../../src/domain/config";
import type { Issue } from "../../../src/domain/issues";
import { planSuccession, type KeyPosition, type Person } from "../../../src/domain/succession";
import type { Block, CellValue } from "../../../src/grid/types";
import { KOTAK_COLOURS } from "../../../src/report/palette";
import { buildRingkasanSheet, RINGKASAN_COL } from "../../../src/report/ringkasan-sheet";
import type { SuccessionReportInput } from "../../../src/report/succession-input";
import { buildSuksesiSheet } from "../../../src/report/suksesi-sheet";
import { buildTalentPoolSheet, TALENT_POOL_HEADER_ROW } from "../../../src/report/talent-pool-sheet";
import { cellAt, findCell, makeInput, numberFormatAt } from "./make-report-input";

// Run on 12 March 2025 → placement 1 January 2026.
const days = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const PEOPLE: (Person & { row: number })[] = [
  // Box 9, Administrator IV/a S2, born 1975: eligible for a JPT Pratama post asking IV/a → Siap Sekarang.
  { record: 0, row: 4, nip: "197501012000011001", nama: "Ani", jabatan: "Sekretaris Dinas", unitKerja: "Dinas Sosial", eselon: "III.a", pangkat: "IV/a", pendidikan: "S2", kotak: 9, nilaiTalenta: 85, birthDays: days(1975, 1, 1) },
  // Box 8, III/d: fails only the pangkat rule → a near miss with that reason.
  { record: 1, row: 5, nip: "197601012001011002", nama: "Budi", eselon: "III.a", pangkat: "III/d", pendidikan: "S1", kotak: 8, nilaiTalenta: 78, birthDays: days(1976, 1, 1) },
  // Box 7, Administrator IV/a S1, born 1980, with a NIP shared by row 3: flagged, and still a candidate (RULES §6:
  // every copy is classified and flagged) → second after Ani, Siap 1–2 Tahun.
  { record: 2, row: 6, nip: "198001012005011003", nama: "Citra", nipDuplicate: true, eselon: "III.a", pangkat: "IV/a", pendidikan: "S1", kotak: 7, nilaiTalenta: 70, birthDays: days(1980, 1, 1) },
  { record: 3, row: 7, nip: "198001012005011003", nama: "Dedi", nipDuplicate: true, kotak: 5, nilaiTalenta: 65 },
  // Box 9 with a NIP stored as a number: left out of succession tables (RULES §6).
  { record: 4, row: 8, nama: "Eka", nipStoredAsNumber: true, eselon: "III.a", pangkat: "IV/b", pendidikan: "S2", kotak: 9, nilaiTalenta: 90, birthDays: days(1975, 6, 1) },
];
const RAW_NIP = ["197501012000011001", "197601012001011002", "198001012005011003", "198001012005011003", "197506012000011000"];
const POSITIONS: KeyPosition[] = [
  { jabatanTarget: "Kepala Dinas Sosial", jenjang: "JPT Pratama", eselon: "II.b", pangkatMinimal: "IV/a", pendidikanMinimal: "S1", jumlahSuksesor: 2 },
  { jabatanTarget: "Camat Tanpa Calon", jenjang: "Administrator", eselon: "III.a", pangkatMinimal: "IV/e" },
];

function input(config: TalentaConfig = defaultConfig("skor-sumbu"), positions = POSITIONS, withTargets = true): SuccessionReportInput {
  const issues: Issue[] = [
    { code: "nip-duplicate", severity: "warning", row: 2, field: "nip" },
    { code: "nip-duplicate", severity: "warning", row: 3, field: "nip" },
    { code: "nip-stored-as-number", severity: "error", row: 4, field: "nip" },
  ];
  const base = makeInput(PEOPLE.map((p, i) => ({ row: p.row, kotak: p.kotak as 0, nama: p.nama, nip: RAW_NIP[i], nilaiTalenta: p.nilaiTalenta, kinerja: 70, potensial: 75 })), { issues, config });
  const people = PEOPLE.map(({ row: _row, ...p }) => p);
  const plan = planSuccession(people, positions, config.succession, { today: base.run.at, poolBoxes: config.pool.instansi });
  return { ...base, succession: { plan, people, ...(withTargets ? { targets: { sheet: "Jabatan Target", sheetRows: [1, 2], issues: [] } } : {}) } };
}

const texts = (block: Block) => block.values.flat().filter((v): v is string => typeof v === "string");
const fillAt = (block: Block, row: number, col: number) => {
  let fill: string | undefined;
  for (const f of block.formats ?? []) if (row >= f.row && row < f.row + f.rows && col >= f.col && col < f.col + f.cols && f.style.fill) fill = f.style.fill;
  return fill;
};
const rowOf = (block: Block, text: string) => findCell(block, (v) => v === text)!.row;

describe("RULES §8 Talenta - Suksesi", () => {
  const { sheet, blockRows } = buildSuksesiSheet(input());
  const block = sheet.blocks[0];

  it("puts each position's block where the summary and blockRows say, numbered in sheet order", () => {
    expect(cellAt(block, blockRows[0], 0)).toBe("1. Kepala Dinas Sosial");
    expect(cellAt(block, blockRows[1], 0)).toBe("2. Camat Tanpa Calon");
  });

  it("summarises bench strength with coloured cells: Hijau for a full Siap Sekarang list, Merah with no candidate", () => {
    const first = rowOf(block, "Kepala Dinas Sosial");
    expect(cellAt(block, first, 9)).toBe("Hijau");
    expect(fillAt(block, first, 9)).toBe(KOTAK_COLOURS[7].fill);
    const second = rowOf(block, "Camat Tanpa Calon");
    expect(cellAt(block, second, 9)).toBe("Merah");
    expect(fillAt(block, second, 9)).toBe(KOTAK_COLOURS[1].fill);
    expect(texts(block)).toContain("Jabatan tanpa kandidat: Camat Tanpa Calon");
  });

  it("lists the eligible candidate with NIP as text, box, Nilai Talenta and readiness", () => {
    const r = blockRows[0] + 6;
    expect(block.values[r].slice(0, 3)).toEqual([1, "197501012000011001", "Ani"]);
    expect(numberFormatAt(block, r, 1)).toBe("@");
    expect(cellAt(block, r, 6)).toBe(9);
    expect(cellAt(block, r, 7)).toBe(85);
    expect(cellAt(block, r, 9)).toBe("Siap Sekarang");
    expect(String(cellAt(block, r, 11))).toContain("Pangkat");
  });

  it("shows a near miss with the rule that stops it, worded", () => {
    const budi = findCell(block, (v) => v === "Budi")!;
    expect(budi.row).toBeGreaterThan(blockRows[0] + 6);
    expect(budi.row).toBeLessThan(blockRows[1]);
    const row = block.values[budi.row].filter((v): v is string => typeof v === "string");
    expect(row.some((t) => t.includes("Pangkat III/d di bawah minimal IV/a"))).toBe(true);
  });

  it("lists a flagged duplicate NIP that passes every rule as a candidate", () => {
    const r = blockRows[0] + 7;
    expect(block.values[r].slice(0, 3)).toEqual([2, "198001012005011003", "Citra"]);
    expect(cellAt(block, r, 9)).toBe("Siap 1–2 Tahun");
  });

  it("names the pool member left out for a NIP stored as a number, with why, and never proposes her", () => {
    const all = texts(block);
    expect(all).toContain("1 anggota Talent Pool tidak diikutkan karena NIP-nya tersimpan sebagai angka; lihat bagian akhir lembar ini.");
    const eka = block.values.flatMap((row, r) => (row.includes("Eka") ? [r] : []));
    expect(eka).toHaveLength(1);
    expect(eka[0]).toBeGreaterThan(blockRows[1]);
    expect(cellAt(block, eka[0], 1)).toBe("197506012000011000");
    expect(block.values[eka[0]].some((v) => typeof v === "string" && v.startsWith("NIP tersimpan sebagai angka"))).toBe(true);
  });

  it("counts every candidate in the summary and beside the bench, not only those listed", () => {
    const first = rowOf(block, "Kepala Dinas Sosial");
    expect([cellAt(block, first, 5), cellAt(block, first, 7)]).toEqual([2, 1]);
    expect(texts(block)).toContain("Jumlah suksesor terpenuhi dan ada kandidat Siap Sekarang. 2 kandidat memenuhi semua syarat, 1 di antaranya Siap Sekarang.");
  });

  it("prints on A4 landscape, one page wide", () => {
    expect(sheet.layout.page).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: 1 });
  });
});

describe("RULES §1 Talenta - Talent Pool", () => {
  it("lists boxes 7, 8, 9 only, box 9 first, with KRS Nasional for box 9, as a sortable table under a frozen header", () => {
    const sheet = buildTalentPoolSheet(input());
    const block = sheet.blocks[0];
    const h = TALENT_POOL_HEADER_ROW;
    const rows = block.values.slice(h + 1).map((r) => [r[2], r[6], r[11]]);
    expect(rows).toEqual([
      ["Eka", 9, "Nasional"],
      ["Ani", 9, "Nasional"],
      ["Budi", 8, "Instansi"],
      ["Citra", 7, "Instansi"],
    ]);
    expect(sheet.layout.tables).toEqual([{ name: "TalentaTalentPool", rect: { row: h, col: 0, rows: 5, cols: 13 }, style: "TableStyleMedium2" }]);
    expect(sheet.layout.freeze).toEqual({ rows: h + 1, cols: 0 });
    expect(numberFormatAt(block, h + 1, 1)).toBe("@");
    expect(block.values[h + 1][12]).toMatch(/^NIP tersimpan sebagai angka/);
    expect(block.values[h + 4][12]).toMatch(/^NIP ganda/);
    expect(block.values[h + 2][12]).toBeNull();
  });

  it("writes a note and no table when nobody is in the pool", () => {
    const config = { ...defaultConfig("skor-sumbu"), pool: { instansi: [1], nasional: [1] } };
    const sheet = buildTalentPoolSheet(input(config));
    expect(sheet.layout.tables).toBeUndefined();
    expect(texts(sheet.blocks[0])).toContain("Belum ada pegawai di kotak Talent Pool (1).");
  });
});

describe("RULES §8 Talenta - Ringkasan", () => {
  const at = (block: Block, r: number, c: number): CellValue | undefined => cellAt(block, r, c);

  it("draws the grid in the Kotak 9 orientation and palette: box 9 top right, box 1 bottom left", () => {
    const block = buildRingkasanSheet(input()).blocks[0];
    const k9 = findCell(block, (v) => v === "Kotak 9")!;
    const k1 = findCell(block, (v) => v === "Kotak 1")!;
    const k7 = findCell(block, (v) => v === "Kotak 7")!;
    expect(k9.col).toBe(RINGKASAN_COL.box + 2);
    expect(k1.col).toBe(RINGKASAN_COL.box);
    expect(k7.row).toBe(k9.row);
    expect(k1.row).toBeGreaterThan(k9.row);
    expect(at(block, k9.row + 1, k9.col)).toBe("2 orang · 40,0%");
    expect(fillAt(block, k9.row, k9.col)).toBe(KOTAK_COLOURS[9].fill);
    expect(fillAt(block, k1.row, k1.col)).toBe(KOTAK_COLOURS[1].fill);
  });

  it("is one printable A4 landscape page", () => {
    const sheet = buildRingkasanSheet(input());
    const block = sheet.blocks[0];
    expect(sheet.layout.page).toEqual({
      orientation: "landscape",
      paper: "A4",
      fitToWidth: 1,
      fitToHeight: 1,
      printArea: { row: 0, col: 0, rows: block.values.length, cols: RINGKASAN_COL.last + 1 },
      footer: "&LTalenta - Ringkasan&RHalaman &P dari &N",
    });
  });

  it("says plainly when the Indeks Sistem Merit is below 325, and not at 325", () => {
    const below = texts(buildRingkasanSheet(input({ ...defaultConfig("skor-sumbu"), meritIndex: 324 })).blocks[0]);
    expect(below).toContain("324 – Kategori III (Baik)");
    expect(below).toContain("Di bawah 325 (Sangat Baik): JPT belum dapat diisi dari Talent Pool tanpa seleksi terbuka.");
    const at325 = texts(buildRingkasanSheet(input({ ...defaultConfig("skor-sumbu"), meritIndex: 325 })).blocks[0]);
    expect(at325).toContain("325 – Kategori IV (Sangat Baik)");
    expect(at325.some((t) => t.startsWith("Di bawah 325"))).toBe(false);
    expect(texts(buildRingkasanSheet(input()).blocks[0])).toContain("Belum diisi dalam konfigurasi.");
  });

  it("shows the top candidates of every key position, not only JPT Pratama", () => {
    const all = texts(buildRingkasanSheet(input()).blocks[0]);
    expect(all).toContain("Kepala Dinas Sosial");
    expect(all).toContain("Camat Tanpa Calon");
    expect(all.some((t) => t.startsWith("Ani\nNIP 197501012000011001 · Kotak 9 · Siap Sekarang"))).toBe(true);
  });

  it("signs as reference §8.4 says: place and date, jabatan in capitals, name, Pangkat (gol), NIP. and 18 digits", () => {
    const signer = { nama: "Drs. H. Amrizal, M.Si.", nip: "19701125 200604 1 002", jabatan: "Kepala BKPSDM Kabupaten Sukamaju", pangkat: "IV/c", tempat: "Sukamaju" };
    const sheet = buildRingkasanSheet(input({ ...defaultConfig("skor-sumbu"), signer }));
    const block = sheet.blocks[0];
    const place = findCell(block, (v) => v === "Sukamaju, 12 Maret 2025")!;
    expect(at(block, place.row + 1, place.col)).toBe("KEPALA BKPSDM KABUPATEN SUKAMAJU");
    expect(at(block, place.row + 5, place.col)).toBe("Drs. H. Amrizal, M.Si.");
    expect(at(block, place.row + 6, place.col)).toBe("Pembina Utama Muda (IV/c)");
    expect(at(block, place.row + 7, place.col)).toBe("NIP. 197011252006041002");
    const nameStyle = (block.formats ?? []).filter((f) => f.row === place.row + 5 && f.col === place.col).map((f) => f.style);
    expect(nameStyle.some((s) => s.underline && s.bold)).toBe(true);
  });

  it("leaves dotted lines to fill in by hand when no signer is configured", () => {
    const block = buildRingkasanSheet(input()).blocks[0];
    const nip = findCell(block, (v) => typeof v === "string" && v.startsWith("NIP. ."))!;
    expect(nip).toBeDefined();
    expect(String(at(block, nip.row - 7, nip.col))).toMatch(/^\.+, 12 Maret 2025$/);
  });

  it("says there is no Jabatan Target sheet yet instead of an empty candidate table", () => {
    const all = texts(buildRingkasanSheet(input(undefined, [], false)).blocks[0]);
    expect(all).toContain("Tambahkan lembar Jabatan Target untuk rencana suksesi.");
  });
});
