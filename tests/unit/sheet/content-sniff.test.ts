import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/grid/types";
import { CONTENT_SHARE, decideContent, profileColumn } from "../../../src/sheet/content-sniff";
import type { ContentClass } from "../../../src/sheet/synonyms";

const ALL: ContentClass[] = ["nip", "predikat", "kategoriKinerja", "kategoriPotensial", "score", "number", "text"];

function decide(cells: CellValue[], allowed: ContentClass[] = ALL, formats?: string[]) {
  const values = cells.map((v) => [v]);
  const numberFormats = cells.map((_, i) => [formats?.[i] ?? "General"]);
  return decideContent(profileColumn(values, numberFormats, 0, 0, cells.length - 1), allowed)?.cls;
}

describe("RULES §6 content sniffing", () => {
  it("knows 18-digit NIPs as text, with spaces, or typed as numbers", () => {
    expect(decide(["197508062006012007", "19750806 200601 2 007", 197508062006012000])).toBe("nip");
  });

  it("knows predikat labels in any case and with trailing spaces", () => {
    expect(decide(["Baik ", "SANGAT BAIK", "Butuh Perbaikan", "Kurang/Misconduct", "-", null])).toBe("predikat");
  });

  it("knows kinerja and potensial categories apart", () => {
    expect(decide(["Diatas Ekspektasi", "SESUAI EKSPEKTASI", "Bawah"])).toBe("kategoriKinerja");
    expect(decide(["Rendah", "Sedang", "Tinggi"])).toBe("kategoriPotensial");
  });

  it("lets low/medium/high join either axis but decide neither alone", () => {
    expect(decide(["Tinggi", "High", "Low", "Menengah"])).toBe("kategoriPotensial");
    expect(decide(["Low", "Medium", "High"])).toBeUndefined();
  });

  it("tells 0–100 scores from other numbers, percent cells counted ×100", () => {
    expect(decide([0, 100, "78,5"], ["score", "text"])).toBe("score");
    expect(decide([0.8, 0.9], ["score"], ["0%", "0%"])).toBe("score");
    expect(decide([101, 120], ["score", "text"])).toBeUndefined();
    expect(decide([101, 120], ["number"])).toBe("number");
  });

  it(`needs ${CONTENT_SHARE * 100}% of the filled cells to agree`, () => {
    const four = ["S1", "S2", "S1", "S3"];
    expect(decide([...four, 90], ["number", "text"])).toBe("text"); // 4 of 5
    expect(decide([...four.slice(0, 3), 90, 80], ["number", "text"])).toBeUndefined(); // 3 of 5
  });

  it("decides nothing from an empty column", () => {
    expect(decide([null, "-", " "])).toBeUndefined();
  });
});
