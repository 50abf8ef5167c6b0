import { describe, expect, it } from "vitest";
import { benchStrength } from "../../../../src/domain/succession/bench";

// Counts over every candidate of a position (RULES §8: every pool member who passes every rule, listed or not).
const counts = (candidates: number, siapSekarang: number) => ({ candidates, siapSekarang });

describe("RULES §8 bench strength", () => {
  it("is Hijau with at least Jumlah Suksesor candidates and one Siap Sekarang", () => {
    expect(benchStrength(counts(3, 1), 3, false)).toEqual({ strength: "hijau", reason: "full-with-siap-sekarang" });
    expect(benchStrength(counts(5, 1), 3, false).strength).toBe("hijau");
  });

  it("is Kuning one candidate short of Jumlah Suksesor", () => {
    expect(benchStrength(counts(2, 1), 3, false).strength).toBe("kuning");
  });

  it("is Kuning with enough candidates but none Siap Sekarang", () => {
    expect(benchStrength(counts(3, 0), 3, false)).toEqual({ strength: "kuning", reason: "some-candidates" });
  });

  it("is Merah with no candidate", () => {
    expect(benchStrength(counts(0, 0), 3, false)).toEqual({ strength: "merah", reason: "no-candidates" });
  });

  it("is Merah when the incumbent reaches BUP within a year and nobody is Siap Sekarang", () => {
    expect(benchStrength(counts(3, 0), 3, true)).toEqual({
      strength: "merah",
      reason: "incumbent-bup-without-siap-sekarang",
    });
  });

  it("stays Hijau when the incumbent retires soon but a candidate is Siap Sekarang", () => {
    expect(benchStrength(counts(3, 1), 3, true).strength).toBe("hijau");
  });
});
