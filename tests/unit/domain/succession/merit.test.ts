import { describe, expect, it } from "vitest";
import { meritIndexCategory } from "../../../../src/domain/succession/merit";

describe("RULES §8 Indeks Sistem Merit categories", () => {
  it.each([
    [100, "I", "Buruk"],
    [174, "I", "Buruk"],
    [175, "II", "Kurang"],
    [249, "II", "Kurang"],
    [250, "III", "Baik"],
    [324, "III", "Baik"],
    [324.9, "III", "Baik"],
    [325, "IV", "Sangat Baik"],
    [400, "IV", "Sangat Baik"],
  ])("puts %d in category %s %s", (score, roman, label) => {
    expect(meritIndexCategory(score)).toMatchObject({ roman, label });
  });

  it("flags every score below 325", () => {
    expect(meritIndexCategory(324)!.belowSangatBaik).toBe(true);
    expect(meritIndexCategory(325)!.belowSangatBaik).toBe(false);
  });

  it.each([[99], [401], [Number.NaN], [0.62]])("has no category for %d, outside 100–400", (score) => {
    expect(meritIndexCategory(score)).toBeUndefined();
  });
});
