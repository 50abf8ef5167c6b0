import { describe, expect, it } from "vitest";
import { parseHukdis } from "../../../../src/domain/succession/hukdis";

describe("RULES §8 hukuman disiplin text", () => {
  it.each([[""], ["-"], ["Tidak ada"], ["TIDAK ADA"], ["tidak ada hukuman disiplin"], ["Nihil"], [undefined]])(
    "reads %j as none",
    (text) => {
      expect(parseHukdis(text)).toBe("none");
    },
  );

  it.each([
    ["Ringan", "ringan"],
    ["Teguran tertulis", "ringan"],
    ["Sedang", "sedang"],
    ["Hukuman Disiplin Sedang", "sedang"],
    ["Pemotongan tunjangan kinerja 25% selama 6 bulan", "sedang"],
    ["Berat", "berat"],
    ["BERAT", "berat"],
    ["Penurunan jabatan setingkat lebih rendah", "berat"],
    ["Pembebasan dari jabatan", "berat"],
  ])("reads %j as %s", (text, tingkat) => {
    expect(parseHukdis(text)).toBe(tingkat);
  });

  it("reads a text that names no tingkat as unrecognized", () => {
    expect(parseHukdis("Ya")).toBe("unrecognized");
    expect(parseHukdis("Pernah")).toBe("unrecognized");
  });
});
