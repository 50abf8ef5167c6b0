import { describe, expect, it } from "vitest";
import { isJabatanTargetSheetName, readJabatanTarget } from "../../../src/sheet/jabatan-target";
import { gridOf } from "./grid";
import { loadFixtureGrid } from "./load-fixture-grid";

const HEADER = ["Jabatan Target", "Jenjang", "Eselon", "Unit Kerja", "Pangkat Minimal", "Pendidikan Minimal", "Rumpun/Bidang", "Pemangku Saat Ini (NIP)", "Jumlah Suksesor"];

describe("RULES §8 the Jabatan Target sheet", () => {
  it("is found by name whatever its case and spacing", () => {
    expect(isJabatanTargetSheetName("Jabatan Target")).toBe(true);
    expect(isJabatanTargetSheetName(" jabatan   TARGET ")).toBe(true);
    expect(isJabatanTargetSheetName("Jabatan Targets")).toBe(false);
    expect(isJabatanTargetSheetName("Jabatan")).toBe(false);
  });

  it("reads the six key positions of talenta-jpt-bkn411.xlsx, the one without Pangkat Minimal left empty", () => {
    const read = readJabatanTarget(loadFixtureGrid("talenta-jpt-bkn411.xlsx", "Jabatan Target"));
    expect(read.issues).toEqual([]);
    expect(read.positions.map((p) => p.jabatanTarget)).toEqual([
      "Kepala Dinas Pendidikan dan Kebudayaan",
      "Kepala Badan Perencanaan Pembangunan Daerah",
      "Inspektur Daerah",
      "Sekretaris Dinas Kesehatan",
      "Kepala Bidang Anggaran",
      "Camat Sungai Tarab",
    ]);
    expect(read.positions[2]).toEqual({
      jabatanTarget: "Inspektur Daerah",
      jenjang: "JPT Pratama",
      eselon: "II.b",
      unitKerja: "Inspektorat",
      pendidikanMinimal: "S1",
      rumpun: "Pengawasan",
      jumlahSuksesor: 3,
    });
    expect(read.positions[4].jumlahSuksesor).toBe(2);
    expect(read.sheetRows).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("finds the header under title rows, with other spellings, and stops at the signature footer", () => {
    const grid = gridOf([
      ["DAFTAR JABATAN KUNCI 2026"],
      [],
      ["No", "Nama Jabatan Target", "Jenjang Jabatan", "Esl", "OPD", "Golongan Minimal", "Syarat Pendidikan", "Rumpun", "NIP Pemangku", "Jumlah Kandidat"],
      [1, "Kepala Dinas Sosial", "JPT Pratama", "II.b", "Dinas Sosial", "IV/c", "S2", "Sosial", "'19700101 199501 1 001", 2],
      [2, "Camat Batipuh", "Administrator", "III.a", "Kecamatan Batipuh", "", "S1", "", "", ""],
      [],
      [],
      ["Sukamaju, 12 Desember 2025"],
      ["KEPALA BKPSDM"],
    ]);
    const read = readJabatanTarget(grid);
    expect(read.detection?.headerRows).toEqual([2]);
    expect(read.positions).toEqual([
      {
        jabatanTarget: "Kepala Dinas Sosial",
        jenjang: "JPT Pratama",
        eselon: "II.b",
        unitKerja: "Dinas Sosial",
        pangkatMinimal: "IV/c",
        pendidikanMinimal: "S2",
        rumpun: "Sosial",
        pemangkuNip: "197001011995011001",
        jumlahSuksesor: 2,
      },
      { jabatanTarget: "Camat Batipuh", jenjang: "Administrator", eselon: "III.a", unitKerja: "Kecamatan Batipuh", pendidikanMinimal: "S1" },
    ]);
    expect(read.sheetRows).toEqual([3, 4]);
  });

  it("leaves Jumlah Suksesor to the configuration when it is not a whole number of at least 1, and says which cell", () => {
    const read = readJabatanTarget(gridOf([HEADER, ["A", "Administrator", "III.a", "", "", "", "", "", "dua"], ["B", "Pengawas", "IV.a", "", "", "", "", "", 0], ["C", "Pengawas", "IV.a", "", "", "", "", "", 1]]));
    expect(read.positions.map((p) => p.jumlahSuksesor)).toEqual([undefined, undefined, 1]);
    expect(read.issues).toEqual([
      { code: "target-jumlah-invalid", cell: "I2", input: "dua" },
      { code: "target-jumlah-invalid", cell: "I3", input: 0 },
    ]);
  });

  it("flags an incumbent NIP typed as a number (its last digits are lost) and keeps the position", () => {
    const read = readJabatanTarget(gridOf([HEADER, ["Kepala Dinas", "JPT Pratama", "II.b", "", "", "", "", 197001011995011000, ""]]));
    expect(read.positions[0].pemangkuNip).toBeUndefined();
    expect(read.issues).toEqual([{ code: "target-pemangku-nip-number", cell: "H2", input: 197001011995011000 }]);
  });

  it("skips a row without a position name and says where it is", () => {
    const read = readJabatanTarget(gridOf([HEADER, ["", "Administrator", "III.a"], ["Camat", "Administrator", "III.a"]]));
    expect(read.positions.map((p) => p.jabatanTarget)).toEqual(["Camat"]);
    expect(read.issues).toEqual([{ code: "target-name-missing", cell: "A2" }]);
  });

  it("reports a sheet with no recognisable header instead of guessing", () => {
    const read = readJabatanTarget(gridOf([["Catatan rapat"], ["Kepala Dinas", "besok"]]));
    expect(read.positions).toEqual([]);
    expect(read.detection).toBeUndefined();
    expect(read.issues.map((i) => i.code)).toEqual(["target-no-header"]);
  });
});
