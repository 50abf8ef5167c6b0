// Regression (RULES audit): a NIP stored as a number is an error, not a warning.
//
// RULES §6: "A NIP stored as a number has lost its last digits: the row is still classified, carries an error
// `NIP tersimpan sebagai angka`, and is left out of succession tables." So the row gets its box, and Talenta -
// Validasi lists the issue as an error ("Kesalahan"), not as a warning ("Peringatan") beside harmless notes.
import { describe, expect, it, vi } from "vitest";
import { classifyWorkbook } from "../../src/app/classify";
import { printSummary } from "../../src/cli/print-summary";
import { generateWorkbook } from "../../src/hosts/xlsx/generate";
import { XlsxHost } from "../../src/hosts/xlsx";

const NOW = new Date("2026-11-23T10:00:00Z");

describe("review (RULES §6): NIP stored as a number", () => {
  it("classifies the row and lists it on Talenta - Validasi as an error (Kesalahan)", async () => {
    const host = XlsxHost.open(
      generateWorkbook([
        ["NIP", "Nama", "Nilai Kinerja", "Nilai Potensial"],
        [198001012005011001, "Andi", 85, 90],
        ["198001012005011002", "Budi", 70, 70],
      ], "Data"),
    );
    const outcome = await classifyWorkbook(host, { now: NOW });
    expect(outcome.ok).toBe(true);
    const data = (await host.readUsedGrid("Data")).values;
    const kotak = data[0].indexOf("Kotak");
    expect(data[1][kotak]).toBe(9); // still classified

    const validasi = (await host.readUsedGrid("Talenta - Validasi")).values;
    const header = validasi.findIndex((r) => r.includes("Tingkat"));
    const row = validasi.slice(header + 1).find((r) => r.includes("NIP berupa angka"));
    expect(row).toBeDefined();
    expect(String(row![validasi[header].indexOf("Keterangan")])).toContain("NIP tersimpan sebagai angka");
    expect(row![validasi[header].indexOf("Tingkat")]).toBe("Kesalahan");
  });

  it("counts the row as classified and flagged everywhere, and notes the NIP in Catatan Talenta", async () => {
    const host = XlsxHost.open(
      generateWorkbook([
        ["NIP", "Nama", "Nilai Kinerja", "Nilai Potensial"],
        [198001012005011001, "Andi", 85, 90],
        ["198001012005011002", "Budi", 70, 70],
        ["198001012005011003", "Citra", "delapan puluh", 70],
      ], "Data"),
    );
    const outcome = await classifyWorkbook(host, { now: NOW });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const s = outcome.summary;
    // Andi: classified with an error on the NIP; Budi: classified; Citra: not classified (a word for a score).
    expect([s.rows, s.classified, s.notClassified, s.flagged]).toEqual([3, 2, 1, 1]);

    const data = (await host.readUsedGrid("Data")).values;
    const catatan = data[0].indexOf("Catatan Talenta");
    expect(String(data[1][catatan])).toContain("NIP tersimpan sebagai angka");

    const validasi = (await host.readUsedGrid("Talenta - Validasi")).values;
    const count = (label: string) => validasi.find((r) => r.includes(label))?.find((v) => typeof v === "number");
    expect([count("Terklasifikasi"), count("Tidak terklasifikasi"), count("Terklasifikasi dengan catatan")]).toEqual([2, 1, 1]);

    // The command line lists under "Tidak terklasifikasi:" the rows that got no box: Citra, not Andi.
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      printSummary(s, "out.xlsx", 1000, "id");
      const printed = write.mock.calls.map((c) => String(c[0])).join("");
      const list = printed.slice(printed.indexOf("Tidak terklasifikasi:"));
      expect(list).toContain("Sel C4");
      expect(list).not.toContain("Sel A2");
      expect(list).not.toContain("NIP tersimpan sebagai angka");
    } finally {
      write.mockRestore();
    }
  });
});
