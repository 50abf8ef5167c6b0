// The task pane in a real browser, outside Office: open a workbook, edit the mapping, classify, download.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Server } from "node:http";
import type { Browser, Page } from "playwright-core";
import { unzipSync } from "fflate";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { columnIndex } from "../../src/grid/a1";
import type { Grid } from "../../src/grid/types";
import { FIXTURE_CASES } from "../integration/fixture-cases";
import { ensureBuild, launchChromium, ROOT, serveDist } from "./harness";

const FIXTURE = join(ROOT, "../shared/fixtures/pemetaan-administrator-2025.xlsx");
const JPT_FIXTURE = join(ROOT, "../shared/fixtures/talenta-jpt-bkn411.xlsx");
const CASE = FIXTURE_CASES.find((c) => c.file === "pemetaan-administrator-2025.xlsx")!;
const SHOTS = join(ROOT, "test-results/screenshots");

let browser: Browser;
let server: Server;
let origin: string;
let page: Page;
const requests: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  ensureBuild();
  ({ server, origin } = await serveDist());
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 360, height: 900 }, acceptDownloads: true });
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  mkdirSync(SHOTS, { recursive: true });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

function kotakColumn(grid: Grid): { row1: number; kotak: unknown }[] {
  const header = grid.values[CASE.headerRow - 1 - grid.origin.row];
  const col = header.findIndex((v) => v === "Kotak");
  expect(col, "a Kotak column in the header row").toBeGreaterThanOrEqual(0);
  const out: { row1: number; kotak: unknown }[] = [];
  for (let r = CASE.firstRow; r <= CASE.lastRow; r++) out.push({ row1: r, kotak: grid.values[r - 1 - grid.origin.row][col] });
  return out;
}

describe("task pane in the browser (no Office)", () => {
  it("opens a copy of pemetaan-administrator-2025.xlsx, takes a mapping change, classifies and downloads the result", async () => {
    const work = mkdtempSync(join(tmpdir(), "talenta-e2e-"));
    const input = join(work, "pemetaan-administrator-2025.xlsx");
    copyFileSync(FIXTURE, input);

    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("button", { name: "Buka berkas .xlsx" }).waitFor();
    await page.locator("input[type=file]").setInputFiles(input);

    // The detected mapping, from the preview of the whole sheet.
    const rekam = page.getByRole("combobox", { name: "Arti: Nilai Rekam Jejak" });
    await expect.poll(() => rekam.inputValue(), { timeout: 30_000 }).toBe("rekamJejak");
    await expect.poll(() => page.getByTestId("preview-rows").textContent()).toBe("218 baris, 212 terklasifikasi");
    await expect.poll(() => page.getByTestId("preset-reason").textContent()).toContain("permenpan-3-2020");

    // Unmapping a preset input warns and blocks nothing silently; mapping it back restores the preview.
    await rekam.selectOption({ label: "Tidak dipakai" });
    await page.getByText("Masukan preset belum dipetakan: Nilai Rekam Jejak.", { exact: false }).waitFor();
    await rekam.selectOption("rekamJejak");
    await expect.poll(() => page.getByTestId("preview-rows").textContent()).toBe("218 baris, 212 terklasifikasi");
    expect(await page.getByRole("combobox", { name: "Arti: Keterangan" }).inputValue()).toBe("");

    await page.getByRole("button", { name: "Klasifikasi" }).click();
    const downloadButton = page.getByRole("button", { name: "Unduh hasil" });
    await downloadButton.waitFor({ timeout: 60_000 });
    await page.getByText("Selesai: 212 baris diklasifikasi.").waitFor();
    await page.screenshot({ path: join(SHOTS, "pane-id.png"), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent("download"), downloadButton.click()]);
    expect(download.suggestedFilename()).toBe("pemetaan-administrator-2025.talenta.xlsx");
    const outPath = join(work, download.suggestedFilename());
    await download.saveAs(outPath);
    const outBytes = new Uint8Array(readFileSync(outPath));

    // Every row's Kotak is what RULES.md gives (the independent oracle of the integration tests).
    const before = await XlsxHost.open(new Uint8Array(readFileSync(input))).readUsedGrid(CASE.sheet);
    const after = await XlsxHost.open(outBytes).readUsedGrid(CASE.sheet);
    const cell = (row1: number) => (col: string) => {
      const r = row1 - 1 - before.origin.row;
      const c = columnIndex(col) - before.origin.col;
      return { value: before.values[r]?.[c] ?? null, format: before.numberFormats[r]?.[c] ?? "General" };
    };
    const shownCounts = new Array<number>(10).fill(0);
    for (const { row1, kotak } of kotakColumn(after)) {
      const want = CASE.expected(cell(row1));
      expect(kotak, `row ${row1}`).toBe(want ?? null);
      shownCounts[typeof kotak === "number" ? kotak : 0]++;
    }
    // The nine-box in the pane shows the same counts as the written column.
    const result = page.getByRole("table", { name: "Sebaran 9 kotak" });
    for (let k = 1; k <= 9; k++) {
      await expect.poll(() => result.locator(`[data-kotak="${k}"]`).getAttribute("aria-label")).toBe(`Kotak ${k}: ${shownCounts[k]}`);
    }
    await page.getByRole("heading", { name: `Tidak terklasifikasi (${shownCounts[0]})` }).waitFor();

    // The user's package is whole: every part of the input is still in the output.
    const inEntries = Object.keys(unzipSync(new Uint8Array(readFileSync(input))));
    const outEntries = new Set(Object.keys(unzipSync(outBytes)));
    expect(inEntries.filter((e) => !outEntries.has(e))).toEqual([]);

    // English, same results.
    await page.getByRole("combobox", { name: "Bahasa" }).selectOption("en");
    await page.getByRole("button", { name: "Download results" }).waitFor();
    await page.getByText("Done: 212 rows classified.").waitFor();
    await page.getByRole("tab", { name: "Dashboard" }).click();
    await page.getByRole("img", { name: /^Employees per box:/ }).waitFor();
    await page.getByText("Why this preset: Configuration saved in the workbook by an earlier run.").waitFor();
    await page.screenshot({ path: join(SHOTS, "pane-en.png"), fullPage: true });
  });

  it("opens a copy of talenta-jpt-bkn411.xlsx, classifies, and shows its six key positions in the Suksesi view", async () => {
    const work = mkdtempSync(join(tmpdir(), "talenta-e2e-"));
    const input = join(work, "talenta-jpt-bkn411.xlsx");
    copyFileSync(JPT_FIXTURE, input);
    // The key positions as the user wrote them on the fixture's Jabatan Target sheet (input, not output).
    const targets = await XlsxHost.open(new Uint8Array(readFileSync(input))).readUsedGrid("Jabatan Target");
    const head = targets.values[0].map(String);
    const rows = targets.values.slice(1).filter((r) => typeof r[0] === "string" && r[0] !== "");
    const names = rows.map((r) => r[head.indexOf("Jabatan Target")] as string);
    const wanted = rows.map((r) => r[head.indexOf("Jumlah Suksesor")] as number);
    expect(names).toHaveLength(6);

    await page.setViewportSize({ width: 320, height: 900 });
    await page.goto(`${origin}/taskpane.html`);
    await page.locator("input[type=file]").setInputFiles(input);
    await expect.poll(() => page.getByTestId("preset-reason").textContent(), { timeout: 30_000 }).toContain("bkn-411-2025");
    await page.getByRole("button", { name: "Klasifikasi" }).click();
    // 64 officials with every component of the model (fixtures README): all of them are classified.
    await page.getByText("Selesai: 64 baris diklasifikasi.").waitFor({ timeout: 60_000 });

    await page.getByRole("tab", { name: "Suksesi" }).click();
    const list = page.getByRole("list", { name: "Jabatan kunci" });
    const positions = list.locator(":scope > li > button");
    expect(await positions.count()).toBe(6);
    for (let i = 0; i < 6; i++) {
      expect(await positions.nth(i).locator("span").first().textContent()).toBe(names[i]);
      expect(await positions.nth(i).textContent()).toMatch(/Kekuatan bangku: (Hijau|Kuning|Merah)/);
    }

    // Keyboard: Tab to the first position and open it with Enter.
    await positions.first().focus();
    await page.keyboard.press("Enter");
    expect(await positions.first().getAttribute("aria-expanded")).toBe("true");
    const detail = page.getByRole("region", { name: names[0] });
    const candidates = detail.getByRole("list", { name: /^Kandidat \(\d+\)$/ });
    const people = candidates.locator(":scope > li");
    const shown = await people.count();
    // RULES §8: at most Jumlah Suksesor candidates, all from the talent pool (boxes 7, 8 and 9).
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(wanted[0]);
    for (let i = 0; i < shown; i++) {
      expect(await people.nth(i).textContent()).toMatch(/Kotak [789]\b/);
      expect(await people.nth(i).locator("ul > li").count()).toBeGreaterThan(0);
    }
    const near = detail.getByRole("list", { name: /^Hampir memenuhi/ });
    expect(await near.locator(":scope > li").count()).toBeLessThanOrEqual(3);
    // Browser mode: the block's address instead of a button; the downloaded workbook has the position there.
    const address = (await detail.getByText(/^Blok di lembar: /).textContent())!.replace("Blok di lembar: ", "");
    const [, sheet, a1] = /^'(.+)'!([A-Z]+\d+)$/.exec(address)!;
    expect(sheet).toBe("Talenta - Suksesi");
    await page.screenshot({ path: join(SHOTS, "pane-suksesi.png"), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh hasil" }).click()]);
    const outPath = join(work, download.suggestedFilename());
    await download.saveAs(outPath);
    const suksesi = await XlsxHost.open(new Uint8Array(readFileSync(outPath))).readUsedGrid(sheet);
    const row = Number(/\d+/.exec(a1)![0]) - 1 - suksesi.origin.row;
    const col = columnIndex(/[A-Z]+/.exec(a1)![0]) - suksesi.origin.col;
    // "Buka di lembar" goes to the block's first cell, which names the position.
    expect(String(suksesi.values[row]?.[col])).toContain(names[0]);

    // The dashboard: per box, and stacked per unit kerja / per jenjang.
    await page.getByRole("tab", { name: "Dasbor" }).click();
    await page.getByRole("img", { name: /menurut unit kerja/ }).waitFor();
    await page.getByRole("radio", { name: "Jenjang" }).check();
    await page.getByRole("img", { name: /menurut jenjang/ }).waitFor();
    await page.getByRole("radio", { name: "Unit kerja" }).check();
    await page.getByRole("img", { name: /menurut unit kerja/ }).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, "pane-dashboard.png"), fullPage: true });
    await page.setViewportSize({ width: 360, height: 900 });
  });

  it("sent no request outside 127.0.0.1 and broke no content-security rule", () => {
    expect(requests.length).toBeGreaterThan(0);
    const outside = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith("blob:") && !u.startsWith("data:"));
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
    // The browser mode never fetches office.js (office/load-office.ts), so Microsoft's telemetry frame it would
    // open is never attempted either.
    expect(requests.filter((u) => u.includes("/office/") || u.includes("oaspapps.com"))).toEqual([]);
  });

  it("refuses a CSV named .xlsx with a message that says what to do", async () => {
    const work = mkdtempSync(join(tmpdir(), "talenta-e2e-"));
    const csv = join(work, "data.xlsx");
    copyFileSync(join(ROOT, "../shared/fixtures/hostile/csv-saved-as-xlsx.xlsx"), csv);
    await page.goto(`${origin}/taskpane.html`);
    await page.locator("input[type=file]").setInputFiles(csv);
    await page.getByText("Ini berkas CSV. Buka di Excel, lalu simpan sebagai Buku Kerja Excel (.xlsx).").waitFor();
  });
});
