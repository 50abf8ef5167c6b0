import { describe, expect, it } from "vitest";
import { rowsWithin } from "../../src/hosts/office/block-writes";
import { listSource } from "../../src/hosts/office/dropdowns";
import { runsOf } from "../../src/hosts/office/layout";
import { columnWidthPoints } from "../../src/grid/column-width";
import { fitZoom } from "../../src/hosts/office/page-setup";
import { tableNameProblem } from "../../src/grid/table-name";
import { chunkRows, isPayloadError } from "../../src/hosts/office/payload";
import { parseAreas } from "../../src/hosts/office/sheet-extent";
import { decodeSettingsXml, encodeSettingsXml } from "../../src/hosts/settings-xml";
import { excelText, excelValue, numberFormatGrid } from "../../src/hosts/office/text-cells";

describe("RULES §7 text cells for Range.values", () => {
  it("prefixes an apostrophe to text starting with = + - @ ' tab or CR, and to nothing else", () => {
    expect(["=A1", "+62", "-", "@x", "'a", "\tx", "\rx"].map(excelText)).toEqual(["'=A1", "'+62", "'-", "'@x", "''a", "'\tx", "'\rx"]);
    expect(["a=b", " =x", "O'Brien", "", "19800101"].map(excelText)).toEqual(["a=b", " =x", "O'Brien", "", "19800101"]);
  });

  it("writes empty as an empty string (null would leave the old value) and refuses non-finite numbers", () => {
    expect([excelValue(null), excelValue(0), excelValue(false)]).toEqual(["", 0, false]);
    expect(() => excelValue(Number.NaN)).toThrow(TypeError);
  });

  it("formats text cells as text whatever the block asks, other cells with the block's format, else General", () => {
    const grid = numberFormatGrid([["a", 1, null], [2, "b", 3]], [{ row: 0, col: 0, rows: 2, cols: 2, style: { numberFormat: "0.00" } }]);
    expect(grid).toEqual([["@", "0.00", "General"], ["0.00", "@", "General"]]);
  });
});

describe("payload chunks", () => {
  it("fills each chunk up to the budget and starts a new one past it", () => {
    expect(chunkRows([40, 40, 20, 50, 10], 100)).toEqual([
      { start: 0, count: 3, bytes: 100 }, { start: 3, count: 2, bytes: 60 },
    ]);
  });

  it("keeps a row bigger than the budget as a chunk of its own", () => {
    expect(chunkRows([10, 500, 10], 100)).toEqual([
      { start: 0, count: 1, bytes: 10 }, { start: 1, count: 1, bytes: 500 }, { start: 2, count: 1, bytes: 10 },
    ]);
  });

  it("recognises both payload size error codes and nothing else", () => {
    expect(isPayloadError({ code: "RequestPayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadError({ code: "ResponsePayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadError({ code: "InvalidArgument" })).toBe(false);
    expect(isPayloadError(null)).toBe(false);
  });
});

describe("settings XML", () => {
  it("decodes what it encodes, including markup characters and line ends", () => {
    const text = '{"a":"<b> & \\"c\\" ]]>\r\n"}';
    expect(decodeSettingsXml(encodeSettingsXml(text))).toBe(text);
  });

  it("reads its own part, one written by earlier .xlsx-host versions, a prefixed root and CDATA; ignores other namespaces", () => {
    expect(decodeSettingsXml(encodeSettingsXml('{"x":"<1>"}'))).toBe('{"x":"<1>"}');
    const earlier = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<settings xmlns="urn:talenta:settings:v1">{&quot;a&quot;:&quot;x &amp; y&quot;}</settings>';
    expect(decodeSettingsXml(earlier)).toBe('{"a":"x & y"}');
    expect(decodeSettingsXml('<t:s xmlns:t="urn:talenta:settings:v1"><![CDATA[a<b]]>&amp;c</t:s>')).toBe("a<b&c");
    expect(decodeSettingsXml('<settings xmlns="urn:lain">x</settings>')).toBeUndefined();
    expect(decodeSettingsXml('<settings xmlns="urn:talenta:settings:v1"/>')).toBe("");
  });

  it("refuses control characters XML cannot carry", () => {
    expect(() => encodeSettingsXml("a\u0001b")).toThrow(TypeError);
  });
});

describe("layout arithmetic", () => {
  it("converts Excel's character widths to points: 8.43 → 48, 20 → 108.75, 0 → 3.75", () => {
    expect([columnWidthPoints(8.43), columnWidthPoints(20), columnWidthPoints(0)]).toEqual([48, 108.75, 3.75]);
  });

  it("groups consecutive columns of equal width into one call", () => {
    expect(runsOf([{ index: 3, size: 10 }, { index: 1, size: 10 }, { index: 2, size: 10 }, { index: 4, size: 12 }, { index: 6, size: 12 }]))
      .toEqual([{ index: 1, count: 3, size: 10 }, { index: 4, count: 1, size: 12 }, { index: 6, count: 1, size: 12 }]);
  });

  it("parses merged-area addresses, quoted sheet names with commas included", () => {
    expect(parseAreas("Data!A1:C1,Data!$D$4")).toEqual([{ row: 0, col: 0, rows: 1, cols: 3 }, { row: 3, col: 3, rows: 1, cols: 1 }]);
    expect(parseAreas("'a, b'!B2:B3,'a, b'!E5:F5")).toEqual([{ row: 1, col: 1, rows: 2, cols: 1 }, { row: 4, col: 4, rows: 1, cols: 2 }]);
  });
});

describe("inline dropdown sources", () => {
  it("joins items with commas up to Excel's 255 characters, and not one more", () => {
    expect(listSource(["Ahli Muda", "Ahli Madya"])).toBe("Ahli Muda,Ahli Madya");
    expect(listSource(["a".repeat(127), "b".repeat(127)])).toHaveLength(255);
    expect(listSource(["a".repeat(127), "b".repeat(128)])).toBeUndefined();
  });

  it("gives no source for an empty list, a blank item, an item holding a comma, or a source Excel would read as a formula", () => {
    expect([listSource([]), listSource(["a", " "]), listSource(["Penata, III/c"]), listSource(["=B2:B9"])]).toEqual([undefined, undefined, undefined, undefined]);
    expect(listSource(["a=b", "-"])).toBe("a=b,-");
  });
});

describe("Excel table names", () => {
  it("accepts letters, digits, _ . and \\ after a letter, _ or \\, in any script", () => {
    expect(["Talenta_Kotak9", "_x", "\\t", "Daftar.Talenta", "Pegawai_Ü", "ABCD1"].map(tableNameProblem)).toEqual(Array(6).fill(undefined));
  });

  it("refuses spaces, a leading digit, cell references in both styles, and more than 255 characters", () => {
    for (const bad of ["Kotak 9", "9kotak", "A1", "xfd1048576", "R1C1", "r", "C", "R2C", "a".repeat(256)]) expect(tableNameProblem(bad), bad).toBeDefined();
  });
});

describe("fit to pages", () => {
  const a4 = { orientation: "portrait" as const, paper: "A4" as const };
  it("writes 0 (automatic) for an unset, zero or negative count and keeps whole counts ≥ 1", () => {
    expect(fitZoom({ ...a4, fitToWidth: 1 })).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(fitZoom({ ...a4, fitToWidth: 2, fitToHeight: -1 })).toEqual({ horizontalFitToPages: 2, verticalFitToPages: 0 });
    expect(fitZoom({ ...a4 })).toBeUndefined();
  });
});

describe("rows within a byte budget", () => {
  // Rows of 10, 20, 30, 40 bytes: running sums 0, 10, 30, 60, 100.
  const before = [0, 10, 30, 60, 100];
  it("counts the rows from a start whose bytes stay within the budget, the boundary included", () => {
    expect([rowsWithin(before, 0, 4, 29), rowsWithin(before, 0, 4, 30), rowsWithin(before, 1, 3, 50), rowsWithin(before, 0, 4, 1000)]).toEqual([1, 2, 2, 4]);
    expect(rowsWithin(before, 2, 2, 29)).toBe(0);
  });
});
