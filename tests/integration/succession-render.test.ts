// Renders the classified talenta-jpt-bkn411.xlsx with LibreOffice and keeps PNGs of "Talenta - Kotak 9" and
// "Talenta - Ringkasan" in test-results/render/ to be looked at. Needs soffice and poppler (pdftotext,
// pdftoppm): CI installs them, and the test fails, never skips, without them.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { classifyWorkbook } from "../../src/app/classify";
import { XlsxHost } from "../../src/hosts/xlsx";

const FIXTURE = join(__dirname, "../../../shared/fixtures/talenta-jpt-bkn411.xlsx");
const OUT = resolve(__dirname, "../../test-results/render");
const NOW = new Date("2026-11-23T10:00:00Z");

function pageTexts(pdf: string): string[] {
  const all = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  return all.split("\f");
}

function renderPage(pdf: string, page: number, name: string): string {
  const stem = join(OUT, name);
  execFileSync("pdftoppm", ["-f", String(page), "-l", String(page), "-r", "110", "-png", "-singlefile", pdf, stem]);
  return `${stem}.png`;
}

describe("RULES §7–§8 printed: the .xlsx output rendered by LibreOffice", () => {
  it("renders Talenta - Kotak 9 and Talenta - Ringkasan (one A4 landscape page) to PNG", async () => {
    mkdirSync(OUT, { recursive: true });
    const host = XlsxHost.open(new Uint8Array(readFileSync(FIXTURE)));
    const outcome = await classifyWorkbook(host, { now: NOW });
    expect(outcome.ok).toBe(true);
    const xlsx = join(OUT, "talenta-jpt-bkn411.talenta.xlsx");
    writeFileSync(xlsx, host.save());

    const profile = join(tmpdir(), `talenta-lo-${process.pid}`);
    const pdf = join(OUT, "talenta-jpt-bkn411.talenta.pdf");
    rmSync(pdf, { force: true });
    try {
      execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", OUT, xlsx], {
        timeout: 180_000,
        stdio: "pipe",
      });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    expect(existsSync(pdf)).toBe(true);

    const pages = pageTexts(pdf);
    const kotak9 = pages.findIndex((t) => t.includes("Peta Talenta – Kotak 9"));
    const ringkasan = pages.findIndex((t) => t.includes("Ringkasan Manajemen Talenta"));
    expect(kotak9).toBeGreaterThanOrEqual(0);
    expect(ringkasan).toBeGreaterThanOrEqual(0);
    // One page: the signature block (`NIP. `) is on the summary's own page, and the next page is another sheet.
    expect(pages[ringkasan]).toContain("NIP. ");
    expect(pages[ringkasan]).toContain("Kandidat teratas per jabatan target");
    // Every key position of the fixture is named on the one page, the Administrator posts too (RULES §8 bench per position).
    for (const name of ["Inspektur Daerah", "Camat Sungai Tarab"]) expect(pages[ringkasan]).toContain(name);
    expect(pages[ringkasan + 1]).toMatch(/Validasi Data/);

    for (const png of [renderPage(pdf, kotak9 + 1, "talenta-kotak9"), renderPage(pdf, ringkasan + 1, "talenta-ringkasan")]) {
      expect(statSync(png).size).toBeGreaterThan(20_000);
    }
  });
});
