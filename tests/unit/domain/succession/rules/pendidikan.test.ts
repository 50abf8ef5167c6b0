import { describe, expect, it } from "vitest";
import { pendidikanRule } from "../../../../../src/domain/succession/rules/pendidikan";
import { cand, target } from "../helpers";

describe("RULES §8 pendidikan ≥ Pendidikan Minimal", () => {
  const s2 = { jenjang: "JPT Pratama", pendidikanMinimal: "S2" };

  it("passes a pendidikan equal to the minimum", () => {
    expect(pendidikanRule(cand({ pendidikan: "Magister" }), target(s2))).toEqual({
      rule: "pendidikan",
      pass: true,
      timeBased: false,
      reason: { code: "pendidikan-meets-minimum", data: { pendidikan: "S2", minimum: "S2", source: "pendidikan-minimal" } },
    });
  });

  it("passes S3 against S2", () => {
    expect(pendidikanRule(cand({ pendidikan: "S3" }), target(s2)).pass).toBe(true);
  });

  it("fails S1 against S2, not as a time-based failure", () => {
    const r = pendidikanRule(cand({ pendidikan: "S1" }), target(s2));
    expect(r.pass).toBe(false);
    expect(r.timeBased).toBe(false);
    expect(r.reason.code).toBe("pendidikan-below-minimum");
  });

  it("counts D-IV as S1", () => {
    expect(pendidikanRule(cand({ pendidikan: "D-IV" }), target({ pendidikanMinimal: "S1" })).pass).toBe(true);
    expect(pendidikanRule(cand({ pendidikan: "S-1" }), target({ pendidikanMinimal: "D4" })).pass).toBe(true);
  });

  it("fails D-III against S1 and passes D-III against D-III", () => {
    expect(pendidikanRule(cand({ pendidikan: "D3" }), target({ pendidikanMinimal: "S1" })).pass).toBe(false);
    expect(pendidikanRule(cand({ pendidikan: "DIII" }), target({ pendidikanMinimal: "D-III" })).pass).toBe(true);
    expect(pendidikanRule(cand({ pendidikan: "SMA" }), target({ pendidikanMinimal: "D-III" })).pass).toBe(false);
  });

  it("checks no pendidikan when the target has no Pendidikan Minimal, whatever its jenjang (RULES §8 gives no fallback)", () => {
    for (const jenjang of ["JPT Pratama", "Administrator", "Pengawas"]) {
      const r = pendidikanRule(cand({ pendidikan: "D3" }), target({ jenjang, pendidikanMinimal: "" }));
      expect(r).toEqual({ rule: "pendidikan", pass: true, timeBased: false, reason: { code: "pendidikan-no-minimum" } });
    }
    expect(pendidikanRule(cand({ pendidikan: "SMA" }), target({ eselon: "II.b" })).reason.code).toBe("pendidikan-no-minimum");
  });

  it("is unknown when the candidate's pendidikan cannot be read", () => {
    const r = pendidikanRule(cand({ pendidikan: "Dr." }), target(s2));
    expect(r.pass).toBe("unknown");
    expect(r.reason).toEqual({ code: "pendidikan-missing", data: { input: "Dr." } });
  });

  it("is unknown when the Pendidikan Minimal cannot be read", () => {
    expect(pendidikanRule(cand({ pendidikan: "S2" }), target({ pendidikanMinimal: "tinggi" })).pass).toBe("unknown");
  });
});
