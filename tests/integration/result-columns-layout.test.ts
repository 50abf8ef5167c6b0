// The result columns on the user's data sheet, readable (analyst review): widths for Talenta's ten columns and
// no other, set the same by both hosts; the upper row of a two-row header filled above them; a re-run gives
// the same sheet. pemetaan-administrator-2025.xlsx: header rows 5–6, data A–O (its own <col>s 1–15), results P–Y.
import { afterEach, describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { classifyWorkbook } from "../../src/app/classify";
import { runWithOfficeHost } from "../../src/hosts/office/office-host";
import { XlsxHost } from "../../src/hosts/xlsx";
import { findSheet, installFakeExcel, uninstallFakeExcel } from "../fakes/fake-excel";
import { fakeWorkbookFromXlsx } from "../fakes/fixture-excel";
import { fixtureBytes } from "../hosts/fixture-files";
import { expectWorksheetOrder } from "../hosts/ooxml-checks";

afterEach(() => uninstallFakeExcel());
const NOW = new Date("2026-11-23T10:00:00Z");
const PEMETAAN = "pemetaan-administrator-2025.xlsx";
const DATA = "Pemetaan Talenta";
const SHEET_PART = "xl/worksheets/sheet1.xml";
const FIRST = 15; // column P, 0-based
const HEADER_FILL = "0F5E5C";

async function classifyXlsx(bytes: Uint8Array, lang: "id" | "en" = "id"): Promise<Uint8Array> {
  const host = XlsxHost.open(bytes);
  const outcome = await classifyWorkbook(host, { sheet: DATA, lang, now: NOW });
  expect(outcome.ok).toBe(true);
  return host.save();
}

const colsOf = (xml: string) => /<cols>[\s\S]*?<\/cols>/.exec(xml)?.[0] ?? "";
/** Characters by 1-based column, from the file's widths (less Excel's 5-pixel padding, 7-pixel digits). */
function widthsOf(xml: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of colsOf(xml).matchAll(/<col\s[^>]*>/g)) {
    const a = (n: string) => new RegExp(`\\s${n}="([^"]*)"`).exec(m[0])?.[1];
    for (let c = Number(a("min")); c <= Number(a("max")); c++) out.set(c, (Number(a("width")) * 7 - 5) / 7);
  }
  return out;
}

describe("result columns on the user's sheet: the .xlsx host", () => {
  it("sizes columns P–Y, keeps the user's <col>s for A–O byte for byte, and changes nothing with a second run", async () => {
    const source = strFromU8(unzipSync(fixtureBytes(PEMETAAN))[SHEET_PART]);
    const once = await classifyXlsx(fixtureBytes(PEMETAAN));
    const xml = strFromU8(unzipSync(once)[SHEET_PART]);
    expectWorksheetOrder(xml);
    const userCols = colsOf(source).replace(/<\/cols>$/, "");
    expect(colsOf(xml).startsWith(userCols)).toBe(true);
    const widths = widthsOf(xml);
    // Every one wider than its header ("Kotak", the shortest, 5 characters); Kategori holds its longest text.
    for (let c = FIRST + 1; c <= FIRST + 10; c++) expect(widths.get(c), `column ${c}`).toBeGreaterThan("Kotak".length);
    expect(widths.get(FIRST + 11)).toBeUndefined();
    expect(widths.get(FIRST + 6)).toBeGreaterThanOrEqual("Kinerja di bawah ekspektasi dan potensial menengah".length - 0.01);
    const twice = await classifyXlsx(once);
    expect(strFromU8(unzipSync(twice)[SHEET_PART])).toBe(xml);
    const english = widthsOf(strFromU8(unzipSync(await classifyXlsx(once, "en"))[SHEET_PART]));
    expect(english.get(FIRST + 1)).toBeGreaterThanOrEqual("Performance score (Y)".length + 1);
    expect([...english.keys()]).toEqual([...widths.keys()]);
  });

  it("fills P5:Y5, above the result header, with the header's colour and writes no value there", async () => {
    const files = unzipSync(await classifyXlsx(fixtureBytes(PEMETAAN)));
    const xml = strFromU8(files[SHEET_PART]);
    const row5 = /<row r="5"[^>]*>([\s\S]*?)<\/row>/.exec(xml)![1];
    const styles = strFromU8(files["xl/styles.xml"]);
    const xfs = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].matchAll(/<xf\s[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
    const fills = [.../<fills[^>]*>([\s\S]*?)<\/fills>/.exec(styles)![1].matchAll(/<fill>[\s\S]*?<\/fill>/g)].map((m) => m[0]);
    for (const letter of "PQRSTUVWXY") {
      const cell = new RegExp(`<c r="${letter}5"([^>]*?)(/>|>([\\s\\S]*?)</c>)`).exec(row5);
      expect(cell, `${letter}5`).not.toBeNull();
      expect(cell![3] ?? "", `${letter}5 has no value`).toBe("");
      const s = Number(/\ss="(\d+)"/.exec(cell![1])![1]);
      const fillId = Number(/fillId="(\d+)"/.exec(xfs[s])![1]);
      expect(fills[fillId]).toContain(HEADER_FILL);
    }
    expect(row5).not.toMatch(/<c r="Z5"/);
  });
});

describe("result columns on the user's sheet: the Office host (fake Excel)", () => {
  it("sets the widths of P–Y only, in points, and fills P5:Y5, in the run's syncs (no sync of their own)", async () => {
    const model = installFakeExcel(await fakeWorkbookFromXlsx(PEMETAAN));
    const before = model.syncCount;
    const outcome = await runWithOfficeHost((host) => classifyWorkbook(host, { sheet: DATA, now: NOW }));
    expect(outcome.ok).toBe(true);
    // Measured: 5 with and without the widths and the fill (they ride in the write batch).
    expect(model.syncCount - before).toBeLessThanOrEqual(5);
    const sheet = findSheet(model, DATA)!;
    expect([...sheet.columnWidths.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 10 }, (_, i) => FIRST + i));
    // Kategori: (7 px a character + 5 px padding) × 0.75 pt, at least 50 characters.
    expect(sheet.columnWidths.get(FIRST + 5)).toBeGreaterThanOrEqual((50 * 7 + 5) * 0.75);
    const fill = sheet.formatOps.find((op) => op.rect.row === 4 && op.rect.col === FIRST && op.key.endsWith("fill.color"));
    expect(fill?.value).toBe(`#${HEADER_FILL}`);
    expect(sheet.values[4]?.slice(FIRST, FIRST + 10).every((v) => v === null || v === undefined || v === "")).toBe(true);
  });
});
