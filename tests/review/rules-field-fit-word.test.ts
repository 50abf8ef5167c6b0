// Regression (RULES audit): field fit by a shared word of four letters or more.
//
// RULES §8: "a candidate fits when the position's field names the same discipline: a word of four letters or more in
// the position's `Rumpun/Bidang` equals a word of the candidate's field (case and punctuation ignored), or a
// field → rumpun table in the configuration says so." RULES has no list of words that do not count, so a pair that
// shares "ilmu" or "studi" fits like any other; it is not ranked as "does not fit" (after every "unknown").
import { describe, expect, it } from "vitest";
import { fieldFit } from "../../src/domain/succession/field-fit";

describe("review (RULES §8): field fit is a shared word of four letters or more", () => {
  it("fits Rumpun/Bidang 'Ilmu Hukum' with the field 'Ilmu Pemerintahan' (shared word 'ilmu')", () => {
    expect(fieldFit("Ilmu Hukum", "Ilmu Pemerintahan", {}).fit).toBe("fits");
  });

  it("fits Rumpun/Bidang 'Studi Pembangunan' with the field 'Studi Islam' (shared word 'studi')", () => {
    expect(fieldFit("Studi Pembangunan", "Studi Islam", {}).fit).toBe("fits");
  });
});
