import { describe, expect, it } from "vitest";
import { benchStrength } from "../../../../src/domain/succession/bench";

const now = { readiness: "siap-sekarang" as const };
const later = { readiness: "siap-1-2-tahun" as const };

describe("RULES §8 bench strength", () => {
  it("is Hijau with at least Jumlah Suksesor candidates and one Siap Sekarang", () => {
    expect(benchStrength([now, later, later], 3, false)).toEqual({ strength: "hijau", reason: "full-with-siap-sekarang" });
  });

  it("is Kuning one candidate short of Jumlah Suksesor", () => {
    expect(benchStrength([now, later], 3, false).strength).toBe("kuning");
  });

  it("is Kuning with enough candidates but none Siap Sekarang", () => {
    expect(benchStrength([later, later, later], 3, false)).toEqual({ strength: "kuning", reason: "some-candidates" });
  });

  it("is Merah with no candidate", () => {
    expect(benchStrength([], 3, false)).toEqual({ strength: "merah", reason: "no-candidates" });
  });

  it("is Merah when the incumbent reaches BUP within a year and nobody is Siap Sekarang", () => {
    expect(benchStrength([later, later, later], 3, true)).toEqual({
      strength: "merah",
      reason: "incumbent-bup-without-siap-sekarang",
    });
  });

  it("stays Hijau when the incumbent retires soon but a candidate is Siap Sekarang", () => {
    expect(benchStrength([now, later, later], 3, true).strength).toBe("hijau");
  });
});
