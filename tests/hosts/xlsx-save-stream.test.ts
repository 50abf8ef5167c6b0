import { describe, expect, it } from "vitest";
import { XlsxHost, generateWorkbook } from "../../src/hosts/xlsx";
import { entryTexts } from "./fixture-files";

const SHEET_PART = "xl/worksheets/sheet1.xml";

async function hostWithWrite(): Promise<{ host: XlsxHost; original: string }> {
  const input = generateWorkbook([["Nama", "Nilai"], ["Ani", 81.5], ["Budi", 70]]);
  const original = entryTexts(input).get(SHEET_PART)!;
  const host = XlsxHost.open(input);
  await host.readUsedGrid("Data");
  await host.writeBlock({ sheet: "Data", row: 0, col: 2, values: [["Kotak"], [9], [5]] });
  return { host, original };
}

describe(".xlsx save produces changed parts while zipping and keeps none of them", () => {
  it("two saves of the same state give identical bytes; a write between saves shows only in the next", async () => {
    const { host } = await hostWithWrite();
    const first = host.save();
    expect(host.save()).toEqual(first);
    await host.writeBlock({ sheet: "Data", row: 3, col: 0, values: [["Citra", 64, 1]] });
    const third = entryTexts(host.save()).get(SHEET_PART)!;
    expect(entryTexts(first).get(SHEET_PART)).not.toContain("Citra");
    expect(third).toContain('<row r="4"><c r="A4" t="inlineStr"><is><t>Citra</t></is></c><c r="B4"><v>64</v></c><c r="C4"><v>1</v></c></row>');
    expect(third).toContain('<dimension ref="A1:C4"/>');
  });

  it("after a save the user's sheet still reads back with the writes, from its original text", async () => {
    const { host, original } = await hostWithWrite();
    host.save();
    expect(host.store.isChanged(SHEET_PART)).toBe(true);
    expect(host.store.originalText(SHEET_PART)).toBe(original);
    expect(host.store.text(SHEET_PART)).toContain('<c r="C2"><v>9</v></c>');
    const grid = await host.readUsedGrid("Data");
    expect(grid.values.map((r) => r[2])).toEqual(["Kotak", 9, 5]);
  });

  it("a produced part is computed on each read, so it follows later writes", async () => {
    const { host } = await hostWithWrite();
    host.save();
    await host.writeBlock({ sheet: "Data", row: 1, col: 2, values: [[7]] });
    expect(host.store.text(SHEET_PART)).toContain('<c r="C2"><v>7</v></c>');
    expect(host.store.text(SHEET_PART)).not.toContain('<c r="C2"><v>9</v></c>');
  });

  it("a new part has no original text", async () => {
    const { host } = await hostWithWrite();
    await host.ensureSheet("Talenta - Ringkasan");
    host.save();
    const part = host.sheets.find((s) => s.entry.name === "Talenta - Ringkasan")!.part;
    expect(host.store.isChanged(part)).toBe(true);
    expect(host.store.originalText(part)).toBeUndefined();
  });

  it("the command line's save on the thread pool gives the same bytes as save(), a large owned sheet included", async () => {
    const { host } = await hostWithWrite();
    await host.ensureSheet("Talenta - Kotak 9");
    const rows = Array.from({ length: 30_000 }, (_, i) => [`Pegawai ${i} & <co>`, i * 1.5, i % 3 ? null : "ya"]);
    await host.writeBlock({ sheet: "Talenta - Kotak 9", row: 0, col: 0, values: rows, formats: [{ row: 0, col: 0, rows: 30_000, cols: 4, style: { fill: "FFEEDD" } }] });
    const chunks = await host.saveAsync();
    const joined = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) (joined.set(c, at), (at += c.length));
    expect(Buffer.compare(joined, host.save())).toBe(0);
    const part = host.sheets.find((s) => s.entry.name === "Talenta - Kotak 9")!.part;
    const xml = entryTexts(joined).get(part)!;
    expect(xml.length).toBeGreaterThan(1 << 20);
    expect(xml).toContain('<row r="30000"><c r="A30000" s="');
    expect(xml).toContain("<t>Pegawai 29999 &amp; &lt;co&gt;</t>");
  });
});
