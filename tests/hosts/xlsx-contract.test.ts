import type { Host } from "../../src/hosts/host";
import { XlsxHost } from "../../src/hosts/xlsx";
import { type PrintSetup, runHostContract } from "./contract";
import { entryTexts, fixtureBytes } from "./fixture-files";
import { expectPrintParts, expectWorksheetOrder } from "./ooxml-checks";

const open = (bytes: Uint8Array) => {
  const host = XlsxHost.open(bytes);
  return {
    host,
    reopen: async () => XlsxHost.open(host.save()),
    printSetup: async (sheet: string) => printSetupOf(host.save(), sheet),
    columnWidths: async (sheet: string, of?: Host) => columnWidthsOf(((of ?? host) as XlsxHost).save(), sheet),
  };
};

/** Widths in characters (the file's width less Excel's 5-pixel padding, 7-pixel digits) by 0-based column. */
function columnWidthsOf(zip: Uint8Array, sheet: string): Map<number, number> {
  const saved = XlsxHost.open(zip);
  const xml = saved.currentSheetXml(saved.find(sheet)!).xml;
  expectWorksheetOrder(xml);
  const widths = new Map<number, number>();
  for (const m of xml.matchAll(/<col\s[^>]*>/g)) {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(m[0])?.[1];
    const width = attr("width");
    if (width === undefined || attr("customWidth") !== "1") continue;
    for (let c = Number(attr("min")); c <= Number(attr("max")); c++) widths.set(c - 1, Math.round(((Number(width) * 7 - 5) / 7) * 100) / 100);
  }
  return widths;
}

/** The print setup of `sheet` read from a saved package: _xlnm.Print_Titles, <rowBreaks>, <oddFooter>. */
function printSetupOf(zip: Uint8Array, sheet: string): PrintSetup {
  const texts = entryTexts(zip);
  const workbook = texts.get("xl/workbook.xml")!;
  const sheets = [...workbook.matchAll(/<(?:\w+:)?sheet\s[^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)];
  const index = sheets.findIndex((m) => m[1] === sheet);
  const relId = sheets[index][2];
  const rels = texts.get("xl/_rels/workbook.xml.rels")!;
  const target = new RegExp(`<Relationship[^>]*Id="${relId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship[^>]*Target="([^"]+)"[^>]*Id="${relId}"`).exec(rels)![1];
  const xml = texts.get(target.startsWith("/") ? target.slice(1) : `xl/${target}`)!;
  expectWorksheetOrder(xml);
  expectPrintParts(xml);
  const unescape = (t: string) => t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  const titles = new RegExp(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">([^<]*)</definedName>`).exec(workbook)?.[1];
  const breaks = [...(/<rowBreaks\b[\s\S]*?<\/rowBreaks>/.exec(xml)?.[0] ?? "").matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
  const code = unescape(/<oddFooter>([^<]*)<\/oddFooter>/.exec(xml)?.[1] ?? "");
  const footer: PrintSetup["footer"] = {};
  for (const m of code.matchAll(/&([LCR])((?:[^&]|&[^LCR])*)/g)) footer[({ L: "left", C: "center", R: "right" } as const)[m[1] as "L" | "C" | "R"]] = m[2];
  const rows = titles === undefined ? undefined : unescape(titles).replace(/^.*!/, "");
  return { ...(rows !== undefined ? { titleRows: rows } : {}), rowBreaks: breaks, footer };
}

runHostContract("xlsx package host", async (fixture) => open(fixtureBytes(fixture)), async (bytes) => open(bytes));
