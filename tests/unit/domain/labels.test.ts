import { describe, expect, it } from "vitest";
import {
  isNoValue,
  kinerjaLevelOfLabel,
  kotakOfLabel,
  parsePredikat,
  potensialLevelOfLabel,
  DEFAULT_PREDIKAT_LEVELS,
  DEFAULT_PREDIKAT_POINTS,
} from "../../../src/domain/labels";

describe("RULES §3 predikat and its variants", () => {
  it.each([
    ["Sangat Baik", "sangatBaik"],
    ["SANGAT BAIK", "sangatBaik"],
    ["sangat  baik ", "sangatBaik"],
    ["Baik", "baik"],
    ["BAIK", "baik"],
    ["Butuh Perbaikan", "butuhPerbaikan"],
    ["Sedang/Butuh Perbaikan", "butuhPerbaikan"],
    ["Cukup", "butuhPerbaikan"],
    ["Kurang", "kurang"],
    ["Kurang/Misconduct", "kurang"],
    ["Kurang/misconduct", "kurang"],
    ["Kurang / Misconduct", "kurang"],
    ["SANGAT KURANG", "sangatKurang"],
  ])("reads %j as %s", (text, predikat) => expect(parsePredikat(text)).toBe(predikat));
  it.each(["", "-", "—", "n/a", "N/A", "  "])("reads %j as no value", (text) => expect(parsePredikat(text)).toBeUndefined());
  it("does not guess at an unknown label", () => {
    expect(parsePredikat("Luar Biasa")).toBe("unknown");
    expect(parsePredikat("Baik sekali")).toBe("unknown");
  });
  it("gives points SB 100, B 80, BP 60, K 40, SK 20", () =>
    expect(DEFAULT_PREDIKAT_POINTS).toEqual({ sangatBaik: 100, baik: 80, butuhPerbaikan: 60, kurang: 40, sangatKurang: 20 }));
  it("gives levels SB → Di Atas, B → Sesuai, BP/K/SK → Di Bawah", () =>
    expect(DEFAULT_PREDIKAT_LEVELS).toEqual({ sangatBaik: 3, baik: 2, butuhPerbaikan: 1, kurang: 1, sangatKurang: 1 }));
});

describe("RULES §1 kinerja category labels", () => {
  it.each([
    ["Di Atas Ekspektasi", 3],
    ["Diatas Ekspektasi", 3],
    ["DI ATAS EKSPEKTASI", 3],
    ["Atas", 3],
    ["High", 3],
    ["Kinerja di atas ekspektasi", 3],
    ["Sesuai Ekspektasi", 2],
    ["Sesuai", 2],
    ["medium", 2],
    ["Di Bawah Ekspektasi", 1],
    ["Dibawah Ekspektasi", 1],
    ["Bawah", 1],
    ["LOW", 1],
  ])("reads %j as level %i", (text, level) => expect(kinerjaLevelOfLabel(text)).toBe(level));
  it("does not read a potensial word as a kinerja level", () => expect(kinerjaLevelOfLabel("Menengah")).toBe("unknown"));
  it("reads '-' as no value", () => expect(kinerjaLevelOfLabel("-")).toBeUndefined());
});

describe("RULES §1 potensial category labels", () => {
  it.each([
    ["Tinggi", 3],
    ["TINGGI ", 3],
    ["potensial tinggi", 3],
    ["High", 3],
    ["Menengah", 2],
    ["Sedang", 2],
    ["Medium", 2],
    ["Rendah", 1],
    ["potensial rendah", 1],
    ["low", 1],
  ])("reads %j as level %i", (text, level) => expect(potensialLevelOfLabel(text)).toBe(level));
  it("rejects an unknown label", () => expect(potensialLevelOfLabel("Cukup Tinggi")).toBe("unknown"));
  it("reads empty as no value", () => expect(potensialLevelOfLabel("")).toBeUndefined());
});

describe("RULES §1 roman numerals for boxes", () => {
  it.each([
    ["I", 1], ["II", 2], ["III", 3], ["IV", 4], ["V", 5], ["VI", 6], ["VII", 7], ["VIII", 8], ["IX", 9],
    ["ix", 9], ["Kotak 9", 9], ["Kuadran IX", 9], ["5", 5],
  ])("reads %j as kotak %i", (text, kotak) => expect(kotakOfLabel(text)).toBe(kotak));
  it("reads the number 7 as kotak 7 and rejects 10, X and 0", () => {
    expect(kotakOfLabel(7)).toBe(7);
    expect(kotakOfLabel(10)).toBe("unknown");
    expect(kotakOfLabel("X")).toBe("unknown");
    expect(kotakOfLabel("0")).toBe("unknown");
  });
  it("reads n/a as no value", () => expect(kotakOfLabel("n/a")).toBeUndefined());
});

describe("RULES §3 no value", () => {
  it.each(["", " ", "-", "—", "n/a", "N/A"])("treats %j as no value", (t) => expect(isNoValue(t)).toBe(true));
  it("treats 0 and 'Baik' as values", () => {
    expect(isNoValue("0")).toBe(false);
    expect(isNoValue("Baik")).toBe(false);
  });
});
