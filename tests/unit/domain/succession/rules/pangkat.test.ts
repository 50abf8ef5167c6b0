import { describe, expect, it } from "vitest";
import { pangkatRule } from "../../../../../src/domain/succession/rules/pangkat";
import { cand, target } from "../helpers";

describe("RULES §8 pangkat ≥ Pangkat Minimal", () => {
  const kadin = { jenjang: "JPT Pratama", eselon: "II.b", pangkatMinimal: "IV/c" };

  it("passes a pangkat equal to the minimum", () => {
    const r = pangkatRule(cand({ pangkat: "Pembina Utama Muda" }), target(kadin));
    expect(r).toEqual({
      rule: "pangkat",
      pass: true,
      timeBased: false,
      reason: { code: "pangkat-meets-minimum", data: { pangkat: "IV/c", minimum: "IV/c", source: "pangkat-minimal" } },
    });
  });

  it("passes a pangkat above the minimum", () => {
    expect(pangkatRule(cand({ pangkat: "IV/d" }), target(kadin)).pass).toBe(true);
  });

  it("fails one grade below the minimum, as a time-based failure", () => {
    const r = pangkatRule(cand({ pangkat: "Pembina Tk. I, IV b" }), target(kadin));
    expect(r.pass).toBe(false);
    expect(r.timeBased).toBe(true);
    expect(r.reason).toEqual({
      code: "pangkat-below-minimum",
      data: { pangkat: "IV/b", minimum: "IV/c", source: "pangkat-minimal" },
    });
  });

  it("uses the floor of the eselon's range when there is no Pangkat Minimal (II.b → IV/b)", () => {
    const inspektur = { jenjang: "JPT Pratama", eselon: "II.b", pangkatMinimal: "" };
    expect(pangkatRule(cand({ pangkat: "IV/b" }), target(inspektur)).reason).toEqual({
      code: "pangkat-meets-minimum",
      data: { pangkat: "IV/b", minimum: "IV/b", source: "eselon" },
    });
    expect(pangkatRule(cand({ pangkat: "IV/a" }), target(inspektur)).pass).toBe(false);
  });

  it("uses the floor of III.b (III/d) for a Kepala Bidang without Pangkat Minimal", () => {
    const kabid = { jenjang: "Administrator", eselon: "III.b" };
    expect(pangkatRule(cand({ pangkat: "III/d" }), target(kabid)).pass).toBe(true);
    expect(pangkatRule(cand({ pangkat: "III/c" }), target(kabid)).pass).toBe(false);
  });

  it("uses the floor of the jenjang's lowest eselon when neither minimum nor eselon is given", () => {
    const r = pangkatRule(cand({ pangkat: "IV/a" }), target({ jenjang: "JPT Pratama" }));
    expect(r.pass).toBe(false);
    expect(r.reason.data).toMatchObject({ minimum: "IV/b", source: "jenjang" });
  });

  it("is unknown, never a pass, when the candidate's pangkat cannot be read", () => {
    const r = pangkatRule(cand({ pangkat: "Kepala" }), target(kadin));
    expect(r.pass).toBe("unknown");
    expect(r.timeBased).toBe(false);
    expect(r.reason).toEqual({ code: "pangkat-missing", data: { input: "Kepala" } });
    expect(pangkatRule(cand({ pangkat: undefined }), target(kadin)).pass).toBe("unknown");
  });

  it("is unknown when the Pangkat Minimal cannot be read", () => {
    const r = pangkatRule(cand({ pangkat: "IV/c" }), target({ ...kadin, pangkatMinimal: "tinggi" }));
    expect(r.pass).toBe("unknown");
    expect(r.reason.code).toBe("pangkat-minimum-unreadable");
  });

  it("has nothing to check for a position with no minimum, eselon or jenjang", () => {
    const r = pangkatRule(cand({ pangkat: undefined }), target({}));
    expect(r.pass).toBe(true);
    expect(r.reason.code).toBe("pangkat-no-minimum");
  });
});
