import { describe, expect, it } from "vitest";
import { cellXml, MAX_CELL_CHARS } from "../../../src/hosts/xlsx/cell-xml";

describe("cell-xml: RULES §7 text copied from users is written as text", () => {
  it.each(["=SUM(A1)", "+62", "-", "@x"])("writes %s as an inline string, never a formula", (s) => {
    expect(cellXml(0, 0, s, 0)).toBe(`<c r="A1" t="inlineStr"><is><t>${s}</t></is></c>`);
  });

  it("escapes markup, keeps edge spaces and line breaks, and removes XML-invalid control characters", () => {
    expect(cellXml(1, 2, "a<b>&c", 3)).toBe('<c r="C2" s="3" t="inlineStr"><is><t>a&lt;b&gt;&amp;c</t></is></c>');
    expect(cellXml(0, 0, " x\ny", 0)).toContain('<t xml:space="preserve"> x\ny</t>');
    expect(cellXml(0, 0, "a\u0001b\u0008", 0)).toContain("<t>ab</t>");
    expect(cellXml(0, 0, "_x0041_", 0)).toContain("<t>_x005F_x0041_</t>");
  });

  it("writes numbers as <v>, booleans as t=b, empty styled cells without a value", () => {
    expect(cellXml(0, 26, 81.5, 0)).toBe('<c r="AA1"><v>81.5</v></c>');
    expect(cellXml(0, 0, true, 0)).toBe('<c r="A1" t="b"><v>1</v></c>');
    expect(cellXml(0, 0, null, 4)).toBe('<c r="A1" s="4"/>');
    expect(cellXml(0, 0, Number.NaN, 0)).toContain('t="e"><v>#NUM!</v>');
    expect(cellXml(0, 0, 1, 0, "x:")).toBe('<x:c r="A1"><x:v>1</x:v></x:c>');
  });

  it("cuts text at Excel's 32,767 characters (boundary kept whole)", () => {
    const exact = "a".repeat(MAX_CELL_CHARS);
    expect(cellXml(0, 0, exact, 0)).toContain(`<t>${exact}</t>`);
    expect(cellXml(0, 0, `${exact}b`, 0)).toContain(`<t>${exact}</t>`);
  });
});
