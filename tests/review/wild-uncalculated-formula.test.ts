// Review (wild inputs): workbooks made by a script (openpyxl, PhpSpreadsheet with pre-calculation off, a SIMPEG
// export) hold score formulas such as =AVERAGE(D2:E2) with no cached value: Excel computes them when the file is
// opened, so the user sees numbers. Talenta reads no value and tells the user the cell is empty ("Nilai Kinerja
// kosong … Isi kolom Nilai Kinerja"), which is false: the cell holds a formula that has not been calculated yet.
// The row is rightly not classified; the reason must say what is really wrong (open and save the file in Excel,
// or paste the values), not send the user to fill in a cell that is already filled.
import { unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { classifyWorkbook } from "../../src/app/classify";
import { XlsxHost, generateWorkbook } from "../../src/hosts/xlsx";
import type { CellValue } from "../../src/grid/types";

const NIPS = ["196801011992011001", "196902021993022002", "197003031994031003"];

function workbookWithUncalculatedFormula(): Uint8Array {
  const rows: CellValue[][] = [["No", "NIP", "Nama", "Kinerja Semester I", "Kinerja Semester II", "Nilai Kinerja", "Nilai Potensial"]];
  NIPS.forEach((nip, i) => rows.push([i + 1, nip, `Pegawai ${i + 1}`, 70 + i, 74 + i, 72 + i, 65 + i]));
  const files = unzipSync(generateWorkbook(rows, "Data"));
  const xml = new TextDecoder().decode(files["xl/worksheets/sheet1.xml"]);
  // F3: the formula as a script writes it, without a cached <v>.
  const cell = '<c r="F3"><v>73</v></c>';
  expect(xml).toContain(cell);
  files["xl/worksheets/sheet1.xml"] = new TextEncoder().encode(xml.replace(cell, '<c r="F3"><f>AVERAGE(D3:E3)</f></c>'));
  return zipSync(files);
}

describe("review (wild): a score formula with no cached value", () => {
  it("is not reported as an empty cell", async () => {
    const host = XlsxHost.open(workbookWithUncalculatedFormula());
    const outcome = await classifyWorkbook(host, { now: new Date("2025-06-02T03:00:00Z") });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.summary.notClassified).toBe(1);

    const validasi = await XlsxHost.open(host.save()).readUsedGrid("Talenta - Validasi");
    const line = validasi.values.find((r) => r.some((v) => v === "Data!F3"));
    expect(line, "Talenta - Validasi names cell F3").toBeDefined();
    const reason = line!.filter((v): v is string => typeof v === "string").join(" ");
    expect(reason).not.toMatch(/kosong/i);
  });
});
