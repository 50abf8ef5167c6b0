import { describe, expect, it } from "vitest";
import { parsePendidikan, pendidikanRank } from "../../../../src/domain/succession/pendidikan";

describe("RULES §8 pendidikan spellings", () => {
  it.each([
    ["SMA", "slta"],
    ["SLTA/sederajat", "slta"],
    ["SLTA Sederajat", "slta"],
    ["SMK", "slta"],
    ["D3", "d3"],
    ["D-III", "d3"],
    ["DIII", "d3"],
    ["D III", "d3"],
    ["Diploma III", "d3"],
    ["D4", "d4"],
    ["D-IV", "d4"],
    ["Sarjana Terapan", "d4"],
    ["S-1", "s1"],
    ["S1", "s1"],
    ["s1", "s1"],
    ["Strata 1", "s1"],
    ["Sarjana", "s1"],
    ["S1 Teknik Sipil", "s1"],
    ["Magister", "s2"],
    ["S2", "s2"],
    ["S-2", "s2"],
    ["Pascasarjana", "s2"],
    ["Doktor", "s3"],
    ["S3", "s3"],
    ["S-III", "s3"],
    ["SD", "sd"],
    ["SMP", "sltp"],
  ])("reads %j as %s", (text, level) => {
    expect(parsePendidikan(text)).toBe(level);
  });

  it.each([["Dr."], ["dr."], ["M.Si"], [""], ["-"], [undefined]])("leaves the ambiguous or empty %j unread", (text) => {
    expect(parsePendidikan(text)).toBeUndefined();
  });

  it("orders SLTA < D-III < D-IV = S1 < S2 < S3", () => {
    expect(pendidikanRank("slta")).toBeLessThan(pendidikanRank("d3"));
    expect(pendidikanRank("d3")).toBeLessThan(pendidikanRank("d4"));
    expect(pendidikanRank("d4")).toBe(pendidikanRank("s1"));
    expect(pendidikanRank("s1")).toBeLessThan(pendidikanRank("s2"));
    expect(pendidikanRank("s2")).toBeLessThan(pendidikanRank("s3"));
  });
});
