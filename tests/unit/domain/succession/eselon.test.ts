import { describe, expect, it } from "vitest";
import { eselonLabel, eselonPangkatRange, parseEselon } from "../../../../src/domain/succession/eselon";
import { golonganLabel } from "../../../../src/domain/succession/pangkat";

describe("reference §7.3 eselon spellings", () => {
  it.each([
    ["II.a", "II.a"],
    ["II.b", "II.b"],
    ["II.A", "II.a"],
    ["IIa", "II.a"],
    ["II/b", "II.b"],
    ["II - b", "II.b"],
    ["III.a", "III.a"],
    ["III.b", "III.b"],
    ["IV.a", "IV.a"],
    ["IV.b", "IV.b"],
    ["iv.b", "IV.b"],
    ["I.a", "I.a"],
    ["V", "V"],
    ["Eselon II.b", "II.b"],
    [" III.a ", "III.a"],
  ])("reads %j as %s", (text, label) => {
    const e = parseEselon(text);
    expect(e).toBeDefined();
    expect(eselonLabel(e!)).toBe(label);
  });

  it.each([["99"], ["-"], ["Non Eselon"], [""], ["VI"], ["II.c"], [undefined]])("reads %j as no eselon", (text) => {
    expect(parseEselon(text)).toBeUndefined();
  });
});

describe("reference §5.6 eselon ↔ pangkat range (PP 13/2002)", () => {
  it.each([
    ["I.a", "IV/d", "IV/e"],
    ["I.b", "IV/c", "IV/e"],
    ["II.a", "IV/c", "IV/d"],
    ["II.b", "IV/b", "IV/c"],
    ["III.a", "IV/a", "IV/b"],
    ["III.b", "III/d", "IV/a"],
    ["IV.a", "III/c", "III/d"],
    ["IV.b", "III/b", "III/c"],
    ["V", "III/a", "III/b"],
  ])("eselon %s runs from %s to %s", (text, min, max) => {
    const range = eselonPangkatRange(parseEselon(text)!);
    expect(golonganLabel(range.min)).toBe(min);
    expect(golonganLabel(range.max)).toBe(max);
  });

  it("gives an eselon written without a sub-level the floor of its b level", () => {
    const range = eselonPangkatRange(parseEselon("II")!);
    expect(golonganLabel(range.min)).toBe("IV/b");
    expect(golonganLabel(range.max)).toBe("IV/d");
  });
});
