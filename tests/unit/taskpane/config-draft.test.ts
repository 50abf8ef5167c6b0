import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/domain/config";
import { checkDraft, draftOf, parseNumber, setCut, setWeight } from "../../../src/taskpane/config-draft";

// permenpan-3-2020: potensial = Asesmen 50 + Rekam Jejak 40 + Pertimbangan Lainnya 10; kinerja is categorical.
const base = () => draftOf(defaultConfig("permenpan-3-2020"));

describe("RULES §2/§5 weights and cuts editor", () => {
  it("accepts the preset as it is, unedited, with weights adding up to 100", () => {
    const c = checkDraft(base());
    expect(c.ok).toBe(true);
    expect(c.ok && c.edited).toBe(false);
    expect(c.axes.potensial.sum).toBe(100);
  });

  it("refuses potensial weights adding up to 90 and names the sum", () => {
    const c = checkDraft(setWeight(base(), "potensial", 2, "0,0001"));
    expect(c.ok).toBe(false);
    expect(c.axes.potensial.sumOk).toBe(false);
    const d = checkDraft(setWeight(base(), "potensial", 1, "30"));
    expect(d.axes.potensial.sum).toBe(90);
    expect(d.ok).toBe(false);
  });

  it("accepts 45 + 45 + 10 as a custom configuration that says so", () => {
    let d = setWeight(base(), "potensial", 0, "45");
    d = setWeight(d, "potensial", 1, "45");
    const c = checkDraft(d);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.edited).toBe(true);
    expect(c.config.preset).toBe("custom");
    const inputs = c.config.potensial.kind === "scored" ? c.config.potensial.inputs.map((i) => i.weight) : [];
    expect(inputs).toEqual([45, 45, 10]);
  });

  it("reads a decimal comma: 49,5 + 40,5 + 10 is 100", () => {
    let d = setWeight(base(), "potensial", 0, "49,5");
    d = setWeight(d, "potensial", 1, "40,5");
    expect(checkDraft(d).ok).toBe(true);
    expect(parseNumber(" 49,5 ")).toBe(49.5);
    expect(parseNumber("")).toBeNaN();
  });

  it("refuses a weight of 0 or an empty weight (the schema wants every weight above 0)", () => {
    let d = setWeight(base(), "potensial", 0, "60");
    d = setWeight(d, "potensial", 2, "0");
    const c = checkDraft(d);
    expect(c.axes.potensial.sumOk).toBe(true);
    expect(c.axes.potensial.weightOk).toEqual([true, true, false]);
    expect(c.ok).toBe(false);
    expect(checkDraft(setWeight(base(), "potensial", 1, "")).axes.potensial.weightOk[1]).toBe(false);
  });

  it("accepts cuts at the ends of 0–100 and refuses just outside", () => {
    expect(checkDraft(setCut(setCut(base(), "potensial", "mid", "0"), "potensial", "high", "100")).ok).toBe(true);
    expect(checkDraft(setCut(base(), "potensial", "mid", "-1")).axes.potensial.midOk).toBe(false);
    expect(checkDraft(setCut(base(), "potensial", "high", "100.5")).axes.potensial.highOk).toBe(false);
  });

  it("needs mid below high: 79.9 < 80 passes, 80 = 80 fails", () => {
    expect(checkDraft(setCut(base(), "potensial", "mid", "79.9")).ok).toBe(true);
    const equal = checkDraft(setCut(base(), "potensial", "mid", "80"));
    expect(equal.axes.potensial.orderOk).toBe(false);
    expect(equal.ok).toBe(false);
  });

  it("does not check weights or cuts of a categorical axis (kinerja from the predikat)", () => {
    const d = setCut(base(), "kinerja", "mid", "90");
    const c = checkDraft(d);
    expect(d.axes.kinerja.scored).toBe(false);
    expect(c.axes.kinerja.orderOk).toBe(true);
  });
});
