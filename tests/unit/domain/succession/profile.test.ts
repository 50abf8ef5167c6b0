import { describe, expect, it } from "vitest";
import { targetRuleKey } from "../../../../src/domain/succession/profile";
import { target } from "./helpers";

describe("targets that share every rule input share a rule key", () => {
  const kadin = { jenjang: "JPT Pratama", eselon: "II.b", pangkatMinimal: "IV/c", pendidikanMinimal: "S1" };

  it("ignores what no rule reads: name, unit, rumpun, incumbent, jumlah suksesor", () => {
    expect(targetRuleKey(target(kadin))).toBe(
      targetRuleKey(target({ ...kadin, jabatanTarget: "Kepala Badan", unitKerja: "X", rumpun: "Hukum", pemangkuNip: "1", jumlahSuksesor: 5 })),
    );
  });

  it("counts spellings that mean the same minimum as the same", () => {
    expect(targetRuleKey(target(kadin))).toBe(targetRuleKey(target({ ...kadin, pangkatMinimal: "Pembina Utama Muda", pendidikanMinimal: "S-1" })));
  });

  it("separates a different pangkat, pendidikan, jenjang or source of the minimum", () => {
    const key = targetRuleKey(target(kadin));
    expect(targetRuleKey(target({ ...kadin, pangkatMinimal: "IV/b" }))).not.toBe(key);
    expect(targetRuleKey(target({ ...kadin, pendidikanMinimal: "S2" }))).not.toBe(key);
    expect(targetRuleKey(target({ ...kadin, jenjang: "Administrator" }))).not.toBe(key);
    expect(targetRuleKey(target({ ...kadin, eselon: "II.a", pangkatMinimal: "" }))).not.toBe(
      targetRuleKey(target({ ...kadin, pangkatMinimal: "IV/c" })),
    );
  });

  it("separates unreadable minimums by their text, which the reason quotes", () => {
    expect(targetRuleKey(target({ ...kadin, pangkatMinimal: "tinggi" }))).not.toBe(
      targetRuleKey(target({ ...kadin, pangkatMinimal: "rendah" })),
    );
  });
});
