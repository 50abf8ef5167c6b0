import { describe, expect, it } from "vitest";
import { XlsxHost, WorkbookReadError } from "../../src/hosts/xlsx";
import { fixtureBytes } from "./fixture-files";

function codeOf(bytes: Uint8Array, limits?: Parameters<typeof XlsxHost.open>[1]): string | undefined {
  try {
    XlsxHost.open(bytes, limits);
    return undefined;
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    expect(e.message.split("\n")).toHaveLength(1);
    return e.code;
  }
}

describe("DESIGN: every file is hostile until read (fixtures/hostile)", () => {
  it.each([
    ["xxe-external-entity.xlsx", "dtd"],
    ["billion-laughs.xlsx", "dtd"],
    ["zip-entry-outside-package.xlsx", "unsafe-entry-name"],
    ["truncated.xlsx", "truncated"],
    ["csv-saved-as-xlsx.xlsx", "csv"],
    ["excel-97-2003-renamed.xlsx", "ole"],
    ["zip-bomb-0.5gib.xlsx", "too-large"],
  ])("refuses %s with code %s", (file, code) => {
    expect(codeOf(fixtureBytes(`hostile/${file}`))).toBe(code);
  });

  it("names the limit when refusing the zip bomb", () => {
    expect(() => XlsxHost.open(fixtureBytes("hostile/zip-bomb-0.5gib.xlsx"))).toThrow(/256 MiB/);
  });

  it("refuses a bomb whose zip headers lie about its size, counting bytes while inflating", () => {
    const bytes = fixtureBytes("hostile/zip-bomb-0.5gib.xlsx").slice();
    const view = new DataView(bytes.buffer);
    // Rewrite the claimed uncompressed size of every central directory entry to 1 KiB.
    for (let p = 0; p < bytes.length - 46; p++) if (view.getUint32(p, true) === 0x02014b50) view.setUint32(p + 24, 1024, true);
    const before = process.memoryUsage().rss;
    expect(codeOf(bytes, { maxPartBytes: 16 * 1024 * 1024 })).toBe("too-large");
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it("applies the total limit across parts, and a part exactly at the limit passes", () => {
    const bytes = fixtureBytes("rich-workbook.xlsx");
    expect(codeOf(bytes, { maxTotalBytes: 50_000 })).toBe("too-large");
    expect(codeOf(bytes, { maxPartBytes: 54_538 })).toBeUndefined();
    expect(codeOf(bytes, { maxPartBytes: 54_537 })).toBe("too-large");
  });

  it("reads the 300 real rows of a sheet whose <dimension> claims A1:XFD1048576", async () => {
    const host = XlsxHost.open(fixtureBytes("hostile/dimension-claims-whole-sheet.xlsx"));
    const g = await host.readUsedGrid("Hasil Pemetaan");
    expect(g.values.length).toBe(304);
    expect(g.values[0].length).toBe(8);
    expect(g.values[303][0]).toBe(300);
  });

  it("reads an empty sheet as an empty grid", async () => {
    const host = XlsxHost.open(fixtureBytes("hostile/empty-sheet.xlsx"));
    expect(await host.readUsedGrid("Kosong")).toEqual({ sheet: "Kosong", origin: { row: 0, col: 0 }, values: [], numberFormats: [], merges: [], hiddenRows: [] });
  });

  it("tells a zip that is not a workbook, and bytes that are neither zip nor text", () => {
    expect(codeOf(new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]))).toBe("not-a-workbook");
    expect(codeOf(new Uint8Array([0x00, 0x01, 0x02, 0xff, 0xfe]))).toBe("not-zip");
    expect(codeOf(new Uint8Array(0))).toBe("not-zip");
  });
});
