import { afterEach, describe, expect, it } from "vitest";
import type { CellValue } from "../../src/grid/types";
import { runWithOfficeHost } from "../../src/hosts/office/office-host";
import { type FakeWorkbook, formatAt, installFakeExcel, newWorkbook, setCell, uninstallFakeExcel, valueAt } from "../fakes/fake-excel";

afterEach(() => uninstallFakeExcel());

const MB4 = 4 * 1024 * 1024;
const COLS = 12;

function seed(rows: number): FakeWorkbook {
  const model = installFakeExcel(newWorkbook(["Data"]));
  const s = model.sheets[0];
  for (let c = 0; c < COLS; c++) setCell(s, 0, c, `Kolom ${c + 1}`);
  for (let r = 1; r <= rows; r++) {
    setCell(s, r, 0, `Pegawai Nomor ${r}`);
    setCell(s, r, 1, `19800101200501${String(r % 10000).padStart(4, "0")}`, "@");
    for (let c = 2; c < COLS; c++) setCell(s, r, c, (r * c) % 100 + 0.5, c === 3 ? "0%" : undefined);
  }
  return model;
}

/** The whole ribbon sequence: read, 10 result columns, 3 sheets, settings, chart. */
async function classifyLikeRun(rows: number): Promise<void> {
  await runWithOfficeHost(async (host) => {
    const grid = await host.readUsedGrid("Data");
    const result: CellValue[][] = grid.values.map((_, i) => i === 0
      ? ["Nilai Kinerja (Y)", "Nilai Potensial (X)", "Kinerja", "Potensial", "Kotak", "Kategori", "Rekomendasi", "Kelompok Rencana Suksesi", "Nilai Talenta", "Catatan Talenta"]
      : [81.25, 72.5, "Di Atas Ekspektasi", "Menengah", 8, "Potensial Star", "Penugasan khusus", "Instansi", 76.9, i % 50 === 0 ? "=periksa" : null]);
    await host.writeBlock({ sheet: "Data", row: 0, col: COLS, values: result, formats: [
      { row: 0, col: 0, rows: 1, cols: 10, style: { bold: true, fill: "1F3864", fontColor: "FFFFFF" } },
      { row: 1, col: 0, rows: rows, cols: 2, style: { numberFormat: "0.00" } },
    ] });
    for (const name of ["Talenta - Kotak 9", "Talenta - Validasi", "Talenta - Konfigurasi"]) {
      await host.ensureSheet(name);
      await host.writeBlock({ sheet: name, row: 0, col: 0, values: [["Judul"], ["isi"]] });
      await host.setLayout(name, { columnWidths: [{ col: 0, width: 30 }], tabColor: "1F3864", page: { orientation: "landscape", paper: "A4", fitToWidth: 1, fitToHeight: 1 } });
    }
    await host.writeSettings(JSON.stringify({ preset: "permenpan-3-2020", weights: [0.6, 0.4] }));
    await host.addScatterChart({
      sheet: "Talenta - Kotak 9", anchor: { row: 2, col: 2, rows: 20, cols: 8 }, title: "Kotak 9",
      xAxis: { title: "X", min: 0, max: 3, majorUnit: 1 }, yAxis: { title: "Y", min: 0, max: 3, majorUnit: 1 },
      series: [{ name: "Kotak 8", color: "00B050", x: { sheet: "Data", rect: { row: 1, col: COLS, rows, cols: 1 } }, y: { sheet: "Data", rect: { row: 1, col: COLS + 1, rows, cols: 1 } } }],
    });
  });
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("OfficeHost round trips", () => {
  it("runs the whole sequence on 100,000 rows within 3 + ceil(payload / 4 MB) syncs, 100 rows in 3", async () => {
    const small = seed(100);
    await classifyLikeRun(100);
    expect(small.syncCount).toBe(3); // sheet list + extent of the active sheet, one block of cells, one batch of writes

    const big = seed(100_000);
    await classifyLikeRun(100_000);
    const payload = sum(big.requestBytes) + sum(big.responseBytes);
    expect(big.syncCount).toBeLessThanOrEqual(3 + Math.ceil(payload / MB4));
    expect(big.maxRequestBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(big.maxResponseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(big.discardedActions).toBe(0);
    // The data really arrived, as text where it is text.
    const s = big.sheets[0];
    expect([valueAt(s, 100_000, COLS), valueAt(s, 100_000, COLS + 4), valueAt(s, 50, COLS + 9)]).toEqual([81.25, 8, "=periksa"]);
    expect([formatAt(s, 99_999, COLS), formatAt(s, 99_999, COLS + 2)]).toEqual(["0.00", "@"]);
    expect(s.formulas.size).toBe(0);
  }, 120_000);

  it("halves its batches and resends when Excel refuses a request for its size, losing nothing", async () => {
    const model = seed(20_000);
    model.payloadLimitBytes = 1_000_000; // a stricter host than the 4 MB budget assumes
    await classifyLikeRun(20_000);
    expect(model.requestBytes.some((b) => b > 1_000_000)).toBe(true); // a refusal happened
    expect(model.maxRequestBytes).toBeLessThanOrEqual(1_000_000);
    expect(valueAt(model.sheets[0], 20_000, COLS + 8)).toBe(76.9);
    expect(valueAt(model.sheets[0], 1, COLS)).toBe(81.25);
  }, 60_000);

  it("halves its read blocks when a response is refused for its size", async () => {
    const model = seed(20_000);
    model.payloadLimitBytes = 600_000;
    const grid = await runWithOfficeHost((h) => h.readUsedGrid("Data"));
    expect(grid.values).toHaveLength(20_001);
    expect(grid.values[20_000][0]).toBe("Pegawai Nomor 20000");
    expect(model.maxResponseBytes).toBeLessThanOrEqual(600_000);
  }, 60_000);
});
