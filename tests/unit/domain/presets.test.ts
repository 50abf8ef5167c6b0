import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/domain/config";
import type { FieldId } from "../../../src/domain/fields";
import { choosePreset, missingFields, PRESETS, requiredFields } from "../../../src/domain/presets";

const set = (...f: FieldId[]) => new Set<FieldId>(f);

describe("RULES §5 presets", () => {
  it("lists the four presets in the order of the RULES table, each with names in both languages", () => {
    expect(PRESETS.map((p) => p.id)).toEqual(["skor-sumbu", "kategori", "permenpan-3-2020", "bkn-411-2025"]);
    for (const p of PRESETS) expect(p.name.id && p.name.en && p.regulation.id && p.regulation.en).toBeTruthy();
  });
  it("weights bkn-411-2025 kinerja 60/15/15/10 and potensial 40/25/20/15", () => {
    const c = defaultConfig("bkn-411-2025");
    const weights = (a: typeof c.kinerja) => (a.kind === "scored" ? a.inputs.map((i) => i.weight) : []);
    expect(weights(c.kinerja)).toEqual([60, 15, 15, 10]);
    expect(weights(c.potensial)).toEqual([40, 25, 20, 15]);
  });
  it("weights permenpan-3-2020 potensial 50 Asesmen + 40 Rekam Jejak + 10 Pertimbangan Lainnya", () => {
    const c = defaultConfig("permenpan-3-2020");
    expect(c.potensial.kind === "scored" && c.potensial.inputs.map((i) => [i.id, i.weight])).toEqual([
      ["asesmen", 50],
      ["rekamJejak", 40],
      ["pertimbanganLainnya", 10],
    ]);
  });
});

describe("RULES §5 choosing without being told", () => {
  it("chooses skor-sumbu when the sheet has its own kinerja and potensial scores", () => {
    const r = choosePreset(set("nip", "nilaiKinerja", "nilaiPotensial", "kategoriKinerja", "kategoriPotensial"));
    expect(r).toEqual({ ok: true, presetId: "skor-sumbu", fits: ["nilaiKinerja", "nilaiPotensial"], skipped: [] });
  });
  it("chooses kategori when only category labels are there, saying why skor-sumbu did not fit", () => {
    const r = choosePreset(set("kategoriKinerja", "kategoriPotensial", "nilaiKinerja"));
    expect(r).toEqual({
      ok: true,
      presetId: "kategori",
      fits: ["kategoriKinerja", "kategoriPotensial"],
      skipped: [{ presetId: "skor-sumbu", missing: ["nilaiPotensial"] }],
    });
  });
  it("chooses permenpan-3-2020 for predikat + Nilai Potensi + JPM + Rekam Jejak + Pertimbangan Lainnya", () => {
    const r = choosePreset(set("predikat", "nilaiPotensi", "jpm", "rekamJejak", "pertimbanganLainnya"));
    expect(r.ok && r.presetId).toBe("permenpan-3-2020");
    expect(r.ok && r.fits).toEqual(["predikat", "nilaiPotensi", "jpm", "rekamJejak", "pertimbanganLainnya"]);
  });
  it("does not choose permenpan-3-2020 when Pertimbangan Lainnya is missing", () => {
    const r = choosePreset(set("predikat", "asesmen", "rekamJejak"));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.missing.find((m) => m.presetId === "permenpan-3-2020")?.missing).toEqual(["pertimbanganLainnya"]);
  });
  it("chooses bkn-411-2025 with the derived Kompetensi and Kualifikasi columns", () => {
    const r = choosePreset(
      set("predikat", "penghargaan", "penugasanTimKerja", "umpanBalik360", "penilaianKompetensi", "pengembanganKompetensi",
        "pengalamanJabatan", "nilaiPotensi", "tingkatPendidikan", "kesesuaianBidangIlmu", "integritasMoralitas"),
    );
    expect(r.ok && r.presetId).toBe("bkn-411-2025");
    expect(r.ok && r.skipped.map((s) => s.presetId)).toEqual(["skor-sumbu", "kategori", "permenpan-3-2020"]);
  });
  it("chooses bkn-411-2025 with plain Kompetensi and Kualifikasi columns", () => {
    const r = choosePreset(
      set("predikat", "penghargaan", "penugasanTimKerja", "umpanBalik360", "kompetensi", "nilaiPotensi", "kualifikasi", "integritasMoralitas"),
    );
    expect(r.ok && r.presetId).toBe("bkn-411-2025");
  });
  it("fits nothing when only two of the three Kompetensi parts and no Kompetensi column exist, naming the preferred parts", () => {
    const r = choosePreset(
      set("predikat", "penghargaan", "penugasanTimKerja", "umpanBalik360", "penilaianKompetensi", "pengembanganKompetensi",
        "nilaiPotensi", "kualifikasi", "integritasMoralitas"),
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.missing.find((m) => m.presetId === "bkn-411-2025")?.missing).toEqual(["pengalamanJabatan"]);
  });
  it("fits nothing for a sheet of names only, and lists what each preset lacks", () => {
    const r = choosePreset(set("nip", "nama"));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.missing.map((m) => m.presetId)).toEqual(["skor-sumbu", "kategori", "permenpan-3-2020", "bkn-411-2025"]);
    expect(!r.ok && r.missing[2].missing).toEqual(["predikat", "asesmen", "rekamJejak", "pertimbanganLainnya"]);
  });
});

describe("required and missing fields", () => {
  it("requires the preferred alternative of each input", () =>
    expect(requiredFields(defaultConfig("bkn-411-2025"))).toEqual([
      "predikat", "penghargaan", "penugasanTimKerja", "umpanBalik360", "penilaianKompetensi", "pengembanganKompetensi",
      "pengalamanJabatan", "nilaiPotensi", "tingkatPendidikan", "kesesuaianBidangIlmu", "integritasMoralitas",
    ]));
  it("finds nothing missing when an alternative fits", () =>
    expect(missingFields(defaultConfig("permenpan-3-2020"), set("predikat", "jpm", "rekamJejak", "pertimbanganLainnya"))).toEqual([]));
  it("names the label column a categorical axis lacks", () =>
    expect(missingFields(defaultConfig("kategori"), set("kategoriKinerja"))).toEqual(["kategoriPotensial"]));
});
