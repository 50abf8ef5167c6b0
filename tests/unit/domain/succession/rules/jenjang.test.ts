import { describe, expect, it } from "vitest";
import { jenjangRule } from "../../../../../src/domain/succession/rules/jenjang";
import { cand, config, ctx, target } from "../helpers";

describe("RULES §8 level one step below the target, or the same level for rotation", () => {
  const jpt = { jenjang: "JPT Pratama", eselon: "II.b" };
  const admin = { jenjang: "Administrator", eselon: "III.a" };

  it("passes an Administrator (III.a) for a JPT Pratama target", () => {
    expect(jenjangRule(cand({ eselon: "III.a" }), target(jpt), ctx())).toEqual({
      rule: "jenjang",
      pass: true,
      timeBased: false,
      reason: { code: "jenjang-one-step-below", data: { jenjang: "Administrator", target: "JPT Pratama", steps: 1 } },
    });
  });

  it("passes a Pengawas (IV.a) for an Administrator target", () => {
    expect(jenjangRule(cand({ eselon: "IV.a" }), target(admin), ctx()).reason.code).toBe("jenjang-one-step-below");
  });

  it("passes a JF Ahli Madya for a JPT Pratama target", () => {
    expect(jenjangRule(cand({ jenjang: "Ahli Madya" }), target(jpt), ctx()).pass).toBe(true);
  });

  it("passes the same level as rotation when allowed", () => {
    const r = jenjangRule(cand({ eselon: "II.b" }), target(jpt), ctx());
    expect(r.pass).toBe(true);
    expect(r.reason.code).toBe("jenjang-rotation");
    expect(jenjangRule(cand({ eselon: "III.b" }), target(admin), ctx()).reason.code).toBe("jenjang-rotation");
  });

  it("fails the same level when rotation is not allowed", () => {
    const noRotation = config({ allowRotation: false });
    const r = jenjangRule(cand({ eselon: "II.b" }), target(jpt), ctx("2027-01-01", noRotation));
    expect(r.pass).toBe(false);
    expect(r.timeBased).toBe(false);
    expect(r.reason.code).toBe("jenjang-rotation-not-allowed");
  });

  it("fails a Pengawas for a JPT Pratama target, two steps below, as time-based", () => {
    const r = jenjangRule(cand({ eselon: "IV.a" }), target(jpt), ctx());
    expect(r.pass).toBe(false);
    expect(r.timeBased).toBe(true);
    expect(r.reason).toEqual({ code: "jenjang-too-low", data: { jenjang: "Pengawas", target: "JPT Pratama", steps: 2 } });
  });

  it("fails a JPT Pratama for an Administrator target, not time-based", () => {
    const r = jenjangRule(cand({ eselon: "II.a" }), target(admin), ctx());
    expect(r.pass).toBe(false);
    expect(r.timeBased).toBe(false);
    expect(r.reason.code).toBe("jenjang-above-target");
  });

  it("reads the level from the Jenjang column before the eselon", () => {
    expect(jenjangRule(cand({ jenjang: "Pengawas", eselon: "III.a" }), target(jpt), ctx()).reason.code).toBe(
      "jenjang-too-low",
    );
  });

  it("is unknown without any level for the candidate or the target", () => {
    expect(jenjangRule(cand({ eselon: "99" }), target(jpt), ctx()).reason.code).toBe("jenjang-missing");
    expect(jenjangRule(cand({ eselon: "99" }), target(jpt), ctx()).pass).toBe("unknown");
    expect(jenjangRule(cand({ eselon: "III.a" }), target({}), ctx()).reason.code).toBe("jenjang-target-unknown");
  });
});
