import { describe, expect, it } from "vitest";
import { fieldFit } from "../../../../src/domain/succession/field-fit";

describe("RULES §8 field fit", () => {
  it("fits when a word of four letters or more in the Rumpun/Bidang is a word of the field", () => {
    expect(fieldFit("Perencanaan", "Perencanaan Wilayah dan Kota", {})).toEqual({
      fit: "fits",
      matchedBy: { word: "perencanaan" },
    });
    expect(fieldFit("Kesehatan", "Kesehatan Masyarakat", {}).fit).toBe("fits");
    expect(fieldFit("Pemerintahan", "Ilmu Pemerintahan", {}).fit).toBe("fits");
  });

  it("ignores case and punctuation", () => {
    expect(fieldFit("PENDIDIKAN", "pendidikan.", {}).fit).toBe("fits");
    expect(fieldFit("Hukum/Perundang-undangan", "Ilmu Hukum", {}).fit).toBe("fits");
  });

  it("does not match a word shorter than four letters", () => {
    expect(fieldFit("Sumber Daya Air", "Teknik Air", {}).fit).toBe("does-not-fit");
    expect(fieldFit("Tata Ruang", "Tata Boga", {}).fit).toBe("fits");
  });

  it("does not match a part of a word", () => {
    expect(fieldFit("Pengawasan", "Pengawas Sekolah", {}).fit).toBe("does-not-fit");
  });

  it("counts every shared word of four letters or more, Ilmu and Studi included: RULES has no stop-list", () => {
    expect(fieldFit("Ilmu Hukum", "Ilmu Pemerintahan", {})).toEqual({ fit: "fits", matchedBy: { word: "ilmu" } });
    expect(fieldFit("Bidang Studi Ekonomi", "Studi Islam", {})).toEqual({ fit: "fits", matchedBy: { word: "studi" } });
  });

  it("does not fit when no word is shared and no table entry says so", () => {
    expect(fieldFit("Keuangan", "Akuntansi", {}).fit).toBe("does-not-fit");
  });

  it("fits when the configuration table maps the field to the rumpun", () => {
    const table = { akuntansi: ["Keuangan", "Pengawasan"] };
    expect(fieldFit("Keuangan", "Akuntansi", table)).toEqual({ fit: "fits", matchedBy: { table: "Keuangan" } });
    expect(fieldFit("PENGAWASAN", "Akuntansi", table).fit).toBe("fits");
    expect(fieldFit("Pendidikan", "Akuntansi", table).fit).toBe("does-not-fit");
  });

  it("is unknown when either side is missing", () => {
    expect(fieldFit(undefined, "Akuntansi", {}).fit).toBe("unknown");
    expect(fieldFit("Keuangan", undefined, {}).fit).toBe("unknown");
    expect(fieldFit("Keuangan", "  ", {}).fit).toBe("unknown");
  });
});
