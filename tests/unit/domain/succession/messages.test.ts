import { describe, expect, it } from "vitest";
import { formatReason } from "../../../../src/domain/succession/messages";
import type { ReasonCode } from "../../../../src/domain/succession/types";
import { day } from "./helpers";

const ALL_CODES: ReasonCode[] = [
  "pangkat-meets-minimum", "pangkat-below-minimum", "pangkat-missing", "pangkat-minimum-unreadable", "pangkat-no-minimum",
  "pendidikan-meets-minimum", "pendidikan-below-minimum", "pendidikan-missing", "pendidikan-minimum-unreadable",
  "pendidikan-no-minimum", "jenjang-one-step-below", "jenjang-rotation", "jenjang-rotation-not-allowed", "jenjang-too-low",
  "jenjang-above-target", "jenjang-missing", "jenjang-target-unknown", "usia-within-max", "usia-over-max",
  "usia-not-applicable", "usia-birth-missing", "bup-far-enough", "bup-too-close", "bup-birth-missing", "bup-target-unknown",
  "hukdis-none", "hukdis-ringan", "hukdis-outside-window", "hukdis-within-window", "hukdis-date-missing", "hukdis-unrecognized",
];

describe("succession reason messages", () => {
  it("words a failed pangkat in Indonesian and English with its data", () => {
    const reason = { code: "pangkat-below-minimum" as const, data: { pangkat: "IV/b", minimum: "IV/c", source: "eselon" } };
    expect(formatReason(reason, "id")).toBe("Pangkat IV/b di bawah minimal IV/c (batas bawah eselon).");
    expect(formatReason(reason, "en")).toBe("Pangkat IV/b is below the minimum IV/c (floor of the eselon).");
  });

  it("says that an undated hukuman disiplin needs its date", () => {
    expect(formatReason({ code: "hukdis-date-missing", data: { tingkat: "berat" } }, "id")).toContain("isi tanggal");
  });

  it("words the BUP date the language's way, as the incumbent line does (1 Desember 2028), never as yyyy-mm-dd", () => {
    const reason = { code: "bup-too-close" as const, data: { bupAge: 58, bupDays: day("2028-12-01"), monthsToBup: 23, minYears: 2 } };
    expect(formatReason(reason, "id")).toBe("BUP 58 tahun, pensiun 1 Desember 2028: hanya 23 bulan setelah penempatan (minimal 2 tahun).");
    expect(formatReason(reason, "en")).toBe(
      "Retirement age 58, pension from 1 December 2028: only 23 months after placement (at least 2 years needed).",
    );
    const far = { code: "bup-far-enough" as const, data: { bupAge: 60, bupDays: day("2029-07-01"), monthsToBup: 30, minYears: 2 } };
    expect(formatReason(far, "id")).toContain("pensiun 1 Juli 2029");
  });

  it("words the dates of a hukuman disiplin in words too", () => {
    const data = { tingkat: "sedang", dateDays: day("2025-06-01"), untilDays: day("2027-06-01"), years: 2 };
    expect(formatReason({ code: "hukdis-within-window", data }, "id")).toBe(
      "Hukuman disiplin sedang tanggal 1 Juni 2025; baru memenuhi syarat setelah 1 Juni 2027.",
    );
    expect(formatReason({ code: "hukdis-within-window", data }, "en")).toBe(
      "Disciplinary penalty (sedang) of 1 June 2025; eligible only after 1 June 2027.",
    );
    expect(formatReason({ code: "hukdis-outside-window", data }, "id")).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it.each(ALL_CODES)("has both languages for %s", (code) => {
    const data = { pangkat: "IV/b", minimum: "IV/c", source: "pangkat-minimal", input: "x", pendidikan: "S1", jenjang: "Pengawas",
      target: "JPT Pratama", steps: 2, age: 57, max: 56, bupAge: 58, bupDays: day("2028-12-01"), monthsToBup: 23, minYears: 2,
      tingkat: "sedang", dateDays: day("2025-06-01"), untilDays: day("2027-06-01"), years: 2 };
    for (const lang of ["id", "en"] as const) {
      const text = formatReason({ code, data }, lang);
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toContain("undefined");
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{5}/);
    }
  });
});
