import { describe, expect, it } from "vitest";
import { FIELD_IDS } from "../../../src/domain/fields";
import { compileSynonyms, matchHeader } from "../../../src/sheet/header-match";
import { boundedEditDistance, headerWords, normaliseHeader } from "../../../src/sheet/normalise";
import { FIELD_SYNONYMS, OTHER_HEADERS } from "../../../src/sheet/synonyms";

const index = compileSynonyms(FIELD_SYNONYMS, OTHER_HEADERS);
const field = (text: string) => matchHeader(text, index)?.key;

describe("RULES §6 header synonyms: the table itself", () => {
  it("has spellings for every field", () => {
    for (const id of FIELD_IDS) expect(FIELD_SYNONYMS[id].length, id).toBeGreaterThan(0);
  });

  it("gives each normalised spelling to one field only", () => {
    const owner = new Map<string, string>();
    for (const id of FIELD_IDS) {
      for (const s of FIELD_SYNONYMS[id]) {
        const key = headerWords(s).tokens.join(" ");
        expect(owner.get(key) ?? id, `${s} is in ${owner.get(key)} and ${id}`).toBe(id);
        owner.set(key, id);
      }
    }
  });

  it("never lists an input spelling among the headers that are no input", () => {
    const inputs = new Set(FIELD_IDS.flatMap((id) => FIELD_SYNONYMS[id].map((s) => normaliseHeader(s))));
    for (const o of OTHER_HEADERS) expect(inputs.has(normaliseHeader(o)), o).toBe(false);
  });
});

describe("RULES §6 header matching ignores case, punctuation and spacing", () => {
  it.each([
    ["NIP", "nip"],
    ["Nama", "nama"],
    ["NAMA", "nama"],
    ["Pangkat/Gol. Ruang", "pangkat"],
    ["PANGKAT / GOL RUANG", "pangkat"],
    ["Gol", "pangkat"],
    ["Golongan", "pangkat"],
    ["Jabatan", "jabatan"],
    ["Eselon", "eselon"],
    ["Jenjang", "jenjang"],
    ["Unit Kerja", "unitKerja"],
    ["Unit Eselon I", "unitKerja"],
    ["OPD", "unitKerja"],
    ["Pendidikan Terakhir", "pendidikan"],
    ["Jurusan", "jurusan"],
    ["Bidang Ilmu", "jurusan"],
    ["Bidang Studi", "jurusan"],
    ["Nilai SKP", "nilaiSkp"],
    ["Nilai Kinerja (Sumbu Y)", "nilaiKinerja"],
    ["NILAI KINERJA (SUMBU Y)", "nilaiKinerja"],
    ["Kategori Kinerja", "kategoriKinerja"],
    ["Nilai Potensial (Sumbu X)", "nilaiPotensial"],
    ["Kategori Potensial", "kategoriPotensial"],
    ["Hasil Asesmen", "asesmen"],
    ["Nilai Asesmen", "asesmen"],
    ["Nilai Potensi", "nilaiPotensi"],
    ["Potensi", "nilaiPotensi"],
    ["JPM (%)", "jpm"],
    ["Job Person Match", "jpm"],
    ["Potkom", "jpm"],
    ["Nilai Rekam Jejak", "rekamJejak"],
    ["Pertimbangan Lainnya", "pertimbanganLainnya"],
    ["Penghargaan", "penghargaan"],
    ["Penugasan Tim Kerja", "penugasanTimKerja"],
    ["Umpan Balik 360", "umpanBalik360"],
    ["Penilaian Kompetensi", "penilaianKompetensi"],
    ["Pengembangan Kompetensi", "pengembanganKompetensi"],
    ["Pengalaman Jabatan", "pengalamanJabatan"],
    ["Kompetensi", "kompetensi"],
    ["Kualifikasi", "kualifikasi"],
    ["Tingkat Pendidikan", "tingkatPendidikan"],
    ["Kesesuaian Bidang Ilmu", "kesesuaianBidangIlmu"],
    ["Integritas dan Moralitas", "integritasMoralitas"],
    ["Integritas & Moralitas", "integritasMoralitas"],
    ["Tanggal Lahir", "tanggalLahir"],
    ["TMT Jabatan", "tmtJabatan"],
    ["Hukuman Disiplin", "hukumanDisiplin"],
    ["Tanggal Hukuman Disiplin", "tanggalHukumanDisiplin"],
    ["TMT Hukdis", "tanggalHukumanDisiplin"],
    ["Preferensi Karier", "preferensiKarier"],
  ])("maps %j to %s", (text, id) => expect(field(text)).toBe(id));

  it("takes the year from the header text: Predikat Kinerja 2024", () => {
    expect(matchHeader("Predikat Kinerja 2024", index)).toMatchObject({ key: "predikat", year: 2024, confidence: 1 });
    expect(matchHeader("Predikat Kinerja Tahun 2023", index)).toMatchObject({ key: "predikat", year: 2023 });
  });

  it("drops a weight in parentheses, a little less sure: Nilai Rekam Jejak (40%)", () =>
    expect(matchHeader("Nilai Rekam Jejak (40%)", index)).toMatchObject({ key: "rekamJejak", confidence: 0.95 }));

  it("finds a spelling inside a longer header, less sure: Total Nilai Kinerja Akhir", () => {
    const m = matchHeader("Total Nilai Kinerja Akhir", index);
    expect(m?.key).toBe("nilaiKinerja");
    expect(m!.confidence).toBeLessThan(0.95);
  });

  it("prefers the longest spelling inside a header: Skor Kesesuaian Bidang Ilmu is not Jurusan", () =>
    expect(field("Skor Kesesuaian Bidang Ilmu")).toBe("kesesuaianBidangIlmu"));

  it("does not read a title row as a column: Instansi: Pemerintah Provinsi Nusa Harapan", () =>
    expect(matchHeader("Instansi: Pemerintah Provinsi Nusa Harapan", index)).toBeUndefined());

  it("knows No and Keterangan as headers that are no input", () => {
    expect(matchHeader("No", index)).toMatchObject({ known: true });
    expect(matchHeader("No", index)?.key).toBeUndefined();
    expect(matchHeader("Keterangan", index)?.key).toBeUndefined();
  });
});

describe("RULES §6 fuzzy header matching", () => {
  it("forgives one typo in a word of five letters or more: Jabatn, Eselom", () => {
    expect(matchHeader("Jabatn", index)).toMatchObject({ key: "jabatan", via: "fuzzy" });
    expect(field("Eselom")).toBe("eselon");
  });
  it("forgives missing spaces: UnitKerja", () => expect(matchHeader("UnitKerja", index)).toMatchObject({ key: "unitKerja", via: "fuzzy" }));
  it("never guesses short words: Gul is not Gol, NIK is not NIP", () => {
    expect(matchHeader("Gul", index)).toBeUndefined();
    expect(matchHeader("NIK", index)).toBeUndefined();
  });
  it("keeps Nilai Potensial and Nilai Potensi apart", () => {
    expect(field("Nilai Potensial")).toBe("nilaiPotensial");
    expect(field("Nilai Potensi")).toBe("nilaiPotensi");
    expect(field("NILAI POTENSIAL")).toBe("nilaiPotensial");
  });
  it("refuses a typo that is one edit from both: Nilai Potensil", () => {
    const m = matchHeader("Nilai Potensil", index);
    expect(m?.key).toBeUndefined();
    expect(m?.ambiguous).toEqual(expect.arrayContaining(["nilaiPotensial", "nilaiPotensi"]));
  });
  it("is less sure of a fuzzy match than of an exact one", () =>
    expect(matchHeader("Jabatn", index)!.confidence).toBeLessThan(matchHeader("Jabatan", index)!.confidence));
});

describe("edit distance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(boundedEditDistance("jabatan", "jabatn", 2)).toBe(1);
    expect(boundedEditDistance("kitten", "sitting", 5)).toBe(3);
    expect(boundedEditDistance("", "abc", 5)).toBe(3);
  });
  it("stops at the bound", () => expect(boundedEditDistance("abcdef", "uvwxyz", 2)).toBe(3));
});
