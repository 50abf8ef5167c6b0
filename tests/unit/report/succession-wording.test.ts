// What the printed succession and validation sheets say, from the analyst's review of the printouts and RULES §6–§8:
// dates in words, a readiness for every near miss, sections named on paper, an incumbent already past BUP said so,
// every Merah and Kuning position named on the leadership summary, people left out counted, plain labels.
// Who passes which rule is decided here by hand (see the people below).
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/domain/config";
import { formatIssue } from "../../../src/domain/issue-messages";
import type { Issue } from "../../../src/domain/issues";
import { planSuccession, type KeyPosition, type Person } from "../../../src/domain/succession";
import type { Block } from "../../../src/grid/types";
import { buildRingkasanSheet, RINGKASAN_COL } from "../../../src/report/ringkasan-sheet";
import type { SuccessionReportInput } from "../../../src/report/succession-input";
import { buildSuksesiSheet } from "../../../src/report/suksesi-sheet";
import { buildTalentPoolSheet } from "../../../src/report/talent-pool-sheet";
import { buildValidasiSheet, VALIDASI_ROW } from "../../../src/report/validasi-sheet";
import { cellAt, findCell, makeInput } from "./make-report-input";

// makeInput runs on 12 March 2025 → placement 1 January 2026.
const days = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
type P = Person & { row: number };
const ANI: P = { record: 0, row: 4, nip: "197501012000011001", nama: "Ani", eselon: "III.a", pangkat: "IV/a", pendidikan: "S2", kotak: 9, nilaiTalenta: 85, jpm: 89.6, birthDays: days(1975, 1, 1) };
// Box 8, III/d: below a IV/a minimum only (pangkat comes with years: time-based) → Belum Siap there.
const BUDI: P = { record: 1, row: 5, nip: "197601012001011002", nama: "Budi", eselon: "III.a", pangkat: "III/d", pendidikan: "S1", kotak: 8, nilaiTalenta: 78, birthDays: days(1976, 1, 1) };
// Box 9 Pengawas, IV/a, born 10 March 1968: BUP 58 of an Administrator post → pensiun 1 April 2026, three months
// after placement. Fails BUP only, which no waiting cures: not Belum Siap.
const HADI: P = { record: 2, row: 6, nip: "196803102000011003", nama: "Hadi", eselon: "IV.a", pangkat: "IV/a", kotak: 9, nilaiTalenta: 88, birthDays: days(1968, 3, 10) };
// Incumbent of the JPT post, born 10 June 1964: BUP 60 → pensiun 1 July 2024, before the run (12 March 2025).
const LAMA: P = { record: 3, row: 7, nip: "196406101990011004", nama: "Lama", eselon: "II.b", pangkat: "IV/d", kotak: 5, nilaiTalenta: 65, birthDays: days(1964, 6, 10) };
// Incumbent of the Administrator post, born 20 May 1967: BUP 58 → pensiun 1 June 2025, after the run.
const SOON: P = { record: 4, row: 8, nip: "196705202000011005", nama: "Soon", eselon: "III.a", pangkat: "IV/a", kotak: 5, nilaiTalenta: 65, birthDays: days(1967, 5, 20) };
// Not classified (an empty input): the leader must see that someone is missing.
const KOSONG: P = { record: 5, row: 9, nip: "198001012005011006", nama: "Kosong", kotak: 0 };
// Box 9 with a NIP stored as a number: left out of succession tables (RULES §6).
const EKA: P = { record: 6, row: 10, nama: "Eka", nipStoredAsNumber: true, eselon: "III.a", pangkat: "IV/b", kotak: 9, nilaiTalenta: 90, birthDays: days(1975, 6, 1) };
const PEOPLE = [ANI, BUDI, HADI, LAMA, SOON, KOSONG, EKA];
const RAW_NIP = [ANI.nip, BUDI.nip, HADI.nip, LAMA.nip, SOON.nip, KOSONG.nip, "197506012000011000"];

const POSITIONS: KeyPosition[] = [
  // Hijau: Ani Siap Sekarang; the incumbent is already past BUP.
  { jabatanTarget: "Kepala Dinas Sosial", jenjang: "JPT Pratama", eselon: "II.b", pangkatMinimal: "IV/a", jumlahSuksesor: 1, pemangkuNip: LAMA.nip },
  // Hijau: Ani (rotation); Hadi a near miss on BUP only.
  { jabatanTarget: "Kepala Bagian Umum", jenjang: "Administrator", eselon: "III.a", pangkatMinimal: "III/d", jumlahSuksesor: 1 },
  // Merah: nobody reaches IV/e.
  { jabatanTarget: "Camat Tanpa Calon", jenjang: "Administrator", eselon: "III.a", pangkatMinimal: "IV/e" },
  // Kuning: Ani only (Budi III/d below IV/a), 1 of 3.
  { jabatanTarget: "Kepala Bidang Kurang", jenjang: "Administrator", eselon: "III.a", pangkatMinimal: "IV/a", jumlahSuksesor: 3 },
];

const ISSUES: Issue[] = [
  { code: "missing-value", severity: "error", row: 5, cell: "D10", field: "nilaiPotensial" },
  { code: "nip-stored-as-number", severity: "error", row: 6, cell: "A11", field: "nip", input: 197506012000011000 },
];

function input(opts: { lang?: "id" | "en"; positions?: KeyPosition[]; targets?: boolean } = {}): SuccessionReportInput {
  const config = defaultConfig("skor-sumbu");
  const positions = opts.positions ?? POSITIONS;
  const base = makeInput(
    PEOPLE.map((p, i) => ({ row: p.row, kotak: p.kotak as 0, nama: p.nama, nip: RAW_NIP[i], nilaiTalenta: p.nilaiTalenta, kinerja: 70, potensial: 75 })),
    { issues: ISSUES, config, lang: opts.lang ?? "id" },
  );
  const people = PEOPLE.map(({ row: _row, ...p }) => p);
  const withTargets = opts.targets ?? true;
  const plan = planSuccession(people, withTargets ? positions : [], config.succession, { today: base.run.at, poolBoxes: config.pool.instansi });
  return { ...base, succession: { plan, people, ...(withTargets ? { targets: { sheet: "Jabatan Target", sheetRows: positions.map((_, i) => i + 1), issues: [] } } : {}) } };
}

const texts = (block: Block) => block.values.flat().filter((v): v is string => typeof v === "string");
const styleAt = (block: Block, row: number, col: number) => {
  const style: Record<string, unknown> = {};
  for (const f of block.formats ?? []) if (row >= f.row && row < f.row + f.rows && col >= f.col && col < f.col + f.cols) Object.assign(style, f.style);
  return style;
};
const rowWith = (block: Block, text: string) => block.values.findIndex((r) => r.includes(text));

describe("Talenta - Suksesi, as printed", () => {
  const { sheet, blockRows } = buildSuksesiSheet(input());
  const block = sheet.blocks[0];

  it("words a BUP date in a near miss's reason the Indonesian way, as the incumbent line does", () => {
    const r = block.values.findIndex((row, i) => i > blockRows[1] && i < blockRows[2] && row.includes("Hadi"));
    expect(r).toBeGreaterThan(0);
    const reason = block.values[r].find((v) => typeof v === "string" && v.startsWith("BUP"));
    expect(reason).toBe("BUP 58 tahun, pensiun 1 April 2026: hanya 3 bulan setelah penempatan (minimal 2 tahun).");
    expect(texts(block).some((t) => /\d{4}-\d{2}-\d{2}/.test(t))).toBe(false);
  });

  it("says Tidak memenuhi syarat for a near miss failing BUP (not time-based), Belum Siap for one failing pangkat only", () => {
    const hadi = block.values.findIndex((row, i) => i > blockRows[1] && i < blockRows[2] && row.includes("Hadi"));
    expect(block.values[hadi]).toContain("Tidak memenuhi syarat");
    const budi = block.values.findIndex((row, i) => i > blockRows[3] && row.includes("Budi"));
    expect(block.values[budi]).toContain("Belum Siap");
    // RULES §8: never an empty Kesiapan cell on a near-miss row.
    const readinessCol = block.values[blockRows[0] + 5].indexOf("Kesiapan");
    for (const [i, row] of block.values.entries()) {
      if (i > blockRows[0] && row.includes("Hadi")) expect(row[readinessCol]).not.toBeNull();
    }
  });

  it("names each position's section by its number in the summary, never a sheet row", () => {
    const all = texts(block);
    expect(all.some((t) => /Blok baris|baris \d+\./.test(t))).toBe(false);
    const summary = rowWith(block, "Camat Tanpa Calon");
    expect(block.values[summary].some((v) => typeof v === "string" && v.endsWith("Lihat bagian 3."))).toBe(true);
    expect(cellAt(block, blockRows[2], 0)).toBe("3. Camat Tanpa Calon");
  });

  it("says the incumbent is already past BUP when the pensiun date is before the run date, and when not, when", () => {
    const all = texts(block);
    expect(all).toContain(`Lama (NIP ${LAMA.nip}) · BUP 60 tahun: sudah pensiun 1 Juli 2024 (sudah melewati BUP)`);
    const en = texts(buildSuksesiSheet(input({ lang: "en" })).sheet.blocks[0]);
    expect(en).toContain(`Lama (NIP ${LAMA.nip}) · Retirement age 60: already past retirement age (retired 1 July 2024)`);
    const soon = buildSuksesiSheet(input({ positions: [{ ...POSITIONS[2], pemangkuNip: SOON.nip }] })).sheet.blocks[0];
    expect(texts(soon)).toContain(`Soon (NIP ${SOON.nip}) · BUP 58 tahun: pensiun 1 Juni 2025`);
  });

  it("centres Kesiapan so the right-aligned JPM beside it never touches it", () => {
    const r = blockRows[0] + 6;
    const col = block.values[blockRows[0] + 5].indexOf("Kesiapan");
    expect(cellAt(block, r, col)).toBe("Siap Sekarang");
    expect(cellAt(block, r, col - 1)).toBe(89.6);
    expect(styleAt(block, r, col).hAlign).toBe("center");
  });

  it("centres No in the table of pool members left out, away from the NIP", () => {
    const r = rowWith(block, "Eka");
    expect(cellAt(block, r, 0)).toBe(1);
    expect(styleAt(block, r, 0).hAlign).toBe("center");
  });

  it("takes Kotak, Nilai Talenta and JPM from the glossary, and has no two columns called Rank in English", () => {
    const en = buildSuksesiSheet(input({ lang: "en" }));
    const b = en.sheet.blocks[0];
    // A title may break at word ends where its column is narrow ("Job Person\nMatch").
    const header = b.values[en.blockRows[0] + 5].filter((v): v is string => typeof v === "string").map((h) => h.replace(/\n/g, " "));
    expect(header.filter((h) => h === "Rank")).toHaveLength(1);
    expect(header).toEqual(expect.arrayContaining(["Order", "Rank", "Box", "Talent score", "Job Person Match"]));
    expect(header).not.toContain("Kotak");
    const excludedHeader = b.values[rowWith(b, "Eka") - 1];
    expect(excludedHeader).toContain("Box");
    // The JPM title takes three lines in its narrow column: the header row is sized for them.
    const jpm = b.values[en.blockRows[0] + 5].find((v) => typeof v === "string" && v.startsWith("Job"));
    expect(jpm).toBe("Job\nPerson\nMatch");
    const height = en.sheet.layout.rowHeights?.find((h) => h.row === en.blockRows[0] + 5)?.height ?? 0;
    expect(height).toBeGreaterThanOrEqual(3 * 12);
  });

  it("says 1 pool member, not 1 pool members", () => {
    const en = texts(buildSuksesiSheet(input({ lang: "en" })).sheet.blocks[0]);
    expect(en).toContain("1 pool member is left out because their NIP is stored as a number; see the end of this sheet.");
    expect(en.some((t) => t.startsWith("1 pool members"))).toBe(false);
  });
});

describe("Talenta - Ringkasan, as printed for a leader", () => {
  const C = RINGKASAN_COL;

  it("names every Merah and Kuning position first, each with why in one line, then the others", () => {
    const block = buildRingkasanSheet(input()).blocks[0];
    const order = ["Camat Tanpa Calon", "Kepala Bidang Kurang", "Kepala Dinas Sosial", "Kepala Bagian Umum"].map((t) => rowWith(block, t));
    expect(order.every((r) => r > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(cellAt(block, order[0] + 1, 2)).toBe("Tidak ada kandidat yang memenuhi semua syarat.");
    expect(cellAt(block, order[1] + 1, 2)).toBe("Ada kandidat, tetapi kurang dari jumlah suksesor atau belum ada yang Siap Sekarang.");
    // A Hijau row has no reason line: the next position follows at once.
    expect(order[3]).toBe(order[2] + 1);
  });

  it("names the Merah position whose incumbent retires within a year without a Siap Sekarang candidate, with that reason", () => {
    // Budi is the only candidate at III/d (not Siap Sekarang); Soon retires 1 June 2025, within a year of the run.
    const positions: KeyPosition[] = [
      { jabatanTarget: "Kepala Seksi Aman", jenjang: "Administrator", eselon: "III.a", pangkatMinimal: "III/d", jumlahSuksesor: 1 },
      { jabatanTarget: "Kepala Bagian Pensiun", jenjang: "Administrator", eselon: "III.a", pangkatMinimal: "III/d", pendidikanMinimal: "S1", pemangkuNip: SOON.nip },
    ];
    const only = input({ positions });
    only.succession.plan.positions[1].bench = { strength: "merah", reason: "incumbent-bup-without-siap-sekarang" };
    const block = buildRingkasanSheet(only).blocks[0];
    const r = rowWith(block, "Kepala Bagian Pensiun");
    expect(r).toBeLessThan(rowWith(block, "Kepala Seksi Aman"));
    expect(cellAt(block, r + 1, 2)).toBe("Pemangku mencapai BUP dalam setahun dan tidak ada kandidat Siap Sekarang.");
  });

  it("lists as many positions as fit the page and says how many more, Merah ones never left out before a Hijau", () => {
    const many: KeyPosition[] = Array.from({ length: 12 }, (_, i) => ({ jabatanTarget: `Jabatan Hijau ${i + 1}`, jenjang: "Administrator", eselon: "III.a", pangkatMinimal: "III/d", jumlahSuksesor: 1 }));
    many.push({ jabatanTarget: "Jabatan Merah", jenjang: "Administrator", eselon: "III.a", pangkatMinimal: "IV/e" });
    const sheet = buildRingkasanSheet(input({ positions: many }));
    const block = sheet.blocks[0];
    const all = texts(block);
    expect(all).toContain("Jabatan Merah");
    const shown = all.filter((t) => t.startsWith("Jabatan Hijau")).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(12);
    expect(all).toContain(`… dan ${12 - shown} jabatan target lain (${12 - shown} Hijau); lihat lembar Talenta - Suksesi.`);
  });

  it("counts rows read and not classified beside the classified, and points to Validasi", () => {
    const block = buildRingkasanSheet(input()).blocks[0];
    const read = findCell(block, (v) => v === "Baris dibaca")!;
    expect(read.col).toBe(C.label);
    expect(cellAt(block, read.row, C.value)).toBe(PEOPLE.length);
    const missing = findCell(block, (v) => v === "Tidak terklasifikasi")!;
    expect(cellAt(block, missing.row, C.value)).toBe(1);
    expect(cellAt(block, missing.row, C.note)).toBe("Belum masuk kotak; lihat lembar Talenta - Validasi.");
    expect(cellAt(block, rowWith(block, "Pegawai terklasifikasi"), C.value)).toBe(PEOPLE.length - 1);
  });

  it("shows — for the bench counts without a Jabatan Target sheet, with a note for a leader and no command line", () => {
    const block = buildRingkasanSheet(input({ targets: false })).blocks[0];
    for (const bench of ["Hijau", "Kuning", "Merah"]) expect(cellAt(block, rowWith(block, `Jabatan dengan bench ${bench}`), C.value)).toBe("—");
    expect(cellAt(block, rowWith(block, "Jabatan target"), C.value)).toBe("—");
    const all = texts(block);
    expect(all).toContain("Tambahkan lembar Jabatan Target untuk rencana suksesi.");
    expect(all.some((t) => /talenta targets|\(talenta/.test(t))).toBe(false);
  });
});

describe("one spelling of Talent Pool on the Indonesian sheets", () => {
  it("writes Talent Pool, never Talent pool or talent pool", () => {
    const i = input();
    const all = [buildSuksesiSheet(i).sheet, buildRingkasanSheet(i), buildTalentPoolSheet(i)].flatMap((s) => texts(s.blocks[0]));
    const spellings = new Set(all.flatMap((t) => t.match(/talent pool/gi) ?? []));
    expect([...spellings]).toEqual(["Talent Pool"]);
  });
});

describe("Talenta - Validasi, as printed", () => {
  const block = buildValidasiSheet(input()).blocks[0];
  const line = (i: number) => block.values[VALIDASI_ROW.first + i];

  it("shows a short label per issue, never the program's code", () => {
    const kinds = [0, 1].map((i) => line(i)[5]);
    expect(kinds).toEqual(["Nilai kosong", "NIP berupa angka"]);
    expect(texts(block).some((t) => /^[a-z]+(-[a-z]+)+$/.test(t))).toBe(false);
  });

  it("says Kesalahan, the word BKPSDM staff use, not Galat", () => {
    expect(line(0)[6]).toBe("Kesalahan");
    expect(texts(block)).not.toContain("Galat");
  });

  it("writes a number in a message with a decimal comma in Indonesian and a point in English; a NIP stays digits", () => {
    const issue: Issue = { code: "out-of-scale", severity: "error", row: 0, cell: "K211", field: "nilaiPotensial", input: 695.7, data: { min: 0, max: 100 } };
    expect(formatIssue(issue, "id")).toContain("nilai 695,7 di luar skala 0–100");
    expect(formatIssue(issue, "en")).toContain("value 695.7 is outside the scale 0–100");
    const scale = { ...issue, input: 130.25, data: { min: 0, max: 120.5 } };
    expect(formatIssue(scale, "id")).toContain("nilai 130,25 di luar skala 0–120,5");
    const nip: Issue = { code: "nip-duplicate", severity: "warning", row: 0, field: "nip", input: "197506012000011000", data: { copies: 2 } };
    expect(formatIssue(nip, "id")).toContain("NIP 197506012000011000 muncul 2 kali");
  });
});

