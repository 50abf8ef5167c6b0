import { describe, expect, it } from "vitest";
import { SheetNotFoundError, SheetProtectedError, type Host } from "../../src/hosts/host";
import type { CellValue, Grid } from "../../src/grid/types";
import { HEADER, pegawai, workbookWithTable } from "./user-table-book";

export interface HostUnderTest {
  host: Host;
  /** The workbook as another session would see it after the writes (xlsx: save and open again). */
  reopen: () => Promise<Host>;
  /** How a sheet prints, as the saved workbook says (xlsx: the saved package; Office: the fake Excel's model). */
  printSetup: (sheet: string) => Promise<PrintSetup>;
  /**
   * A sheet's column widths as saved by `of` (default: host), in characters by 0-based column; columns at the
   * default width are absent (xlsx: the saved file's <col>s; Office: what the fake Excel was told).
   */
  columnWidths: (sheet: string, of?: Host) => Promise<Map<number, number>>;
}

/** What the contract checks of a sheet's printing: rows repeated on each page, manual breaks, footer sections. */
export interface PrintSetup {
  /** "$4:$4", or undefined without print titles. */
  titleRows?: string;
  /** 0-based rows a new page starts at, ascending. */
  rowBreaks: number[];
  footer: { left?: string; center?: string; right?: string };
}

/** Fixture names are file names in ../shared/fixtures; a factory must work on a copy, never the file itself. */
export type HostFactory = (fixture: string) => Promise<HostUnderTest>;
/** A host over a workbook given as .xlsx bytes (built by the test: the fixtures have no Excel table). */
export type BytesHostFactory = (bytes: Uint8Array) => Promise<HostUnderTest>;

const RICH = "rich-workbook.xlsx";
const DATA = "Hasil Pemetaan";
const K9 = "Talenta - Kotak 9";

const at = (g: Grid, row: number, col: number): CellValue => g.values[row - g.origin.row]?.[col - g.origin.col] ?? null;
const formatAt = (g: Grid, row: number, col: number): string => g.numberFormats[row - g.origin.row]?.[col - g.origin.col] ?? "General";

/** One Talenta run on rich-workbook: result columns to the right of the data (I..J), one owned sheet, settings. */
async function classifyLikeRun(host: Host): Promise<void> {
  await host.clearRange(DATA, { row: 3, col: 8, rows: 121, cols: 2 });
  await host.writeBlock({
    sheet: DATA,
    row: 3,
    col: 8,
    values: [["Kotak", "Catatan Talenta"], [5, "=bukan rumus"], [9, null]],
    formats: [{ row: 0, col: 0, rows: 1, cols: 2, style: { bold: true, fill: "D9E1F2" } }],
  });
  await host.ensureSheet(K9);
  await host.writeBlock({ sheet: K9, row: 0, col: 0, values: [["Kotak", "Jumlah"], [9, 12], [5, 40]] });
  await host.writeSettings('{"preset":"permenpan-3-2020"}');
}

/**
 * RULES §7 as any host must keep it: values and formats round-trip, text stays text, a re-run replaces
 * only Talenta's columns and sheets. Uses nothing but the Host interface.
 */
export function runHostContract(name: string, makeHost: HostFactory, fromBytes: BytesHostFactory): void {
  describe(`Host contract (RULES §7): ${name}`, () => {
    it("reads rich-workbook's data sheet from A1 to H124 with the header on row 4", async () => {
      const { host } = await makeHost(RICH);
      const g = await host.readUsedGrid(DATA);
      expect(g.origin).toEqual({ row: 0, col: 0 });
      expect(g.values.length).toBe(124);
      expect(g.values.every((r) => r.length === 8)).toBe(true);
      expect(g.values[3]).toEqual(["NO", "NIP", "NAMA", "JABATAN", "JENJANG", "UNIT KERJA", "NILAI KINERJA (SUMBU Y)", "NILAI POTENSIAL (SUMBU X)"]);
      expect(g.values[4]).toEqual([1, "197005111996021002", "Sutrisno Syamsul Sulistyo, S.E.", "Pranata Komputer", "Ahli Muda", "Dinas Kesehatan", 80, 60]);
      expect(g.values[1][1]).toBeNull();
    });

    it("lists sheets with their visibility and protection", async () => {
      const { host } = await makeHost(RICH);
      expect(await host.listSheets()).toEqual([
        { name: "Hasil Pemetaan", visibility: "visible", protected: false },
        { name: "Rekap", visibility: "visible", protected: false },
        { name: "Referensi", visibility: "hidden", protected: false },
        { name: "Terkunci", visibility: "visible", protected: true },
      ]);
    });

    it("reads percent formats, merged header cells, hidden rows and text that looks like a formula", async () => {
      const { host } = await makeHost("pemetaan-administrator-2025.xlsx");
      const g = await host.readUsedGrid("Pemetaan Talenta");
      expect(at(g, 7, 11)).toBe(0.8404);
      expect(formatAt(g, 7, 11)).toBe("0.00%");
      expect(formatAt(g, 7, 10)).toBe("General");
      expect(at(g, 7, 9)).toBe("Baik ");
      expect(g.merges).toContainEqual({ row: 4, col: 0, rows: 2, cols: 1 });
      expect(g.merges).toContainEqual({ row: 4, col: 8, rows: 1, cols: 2 });
      expect(g.hiddenRows).toEqual([22, 178]);
      expect(at(g, 54, 14)).toBe("=Plt. Kabid Pelayanan");
      expect(at(g, 15, 14)).toBe("@tugas belajar");
      expect(at(g, 120, 14)).toBe("+62 812 6612 0043");
    });

    it("reads a date as its serial number with its custom date format", async () => {
      const { host } = await makeHost("talenta-jpt-bkn411.xlsx");
      const g = await host.readUsedGrid("Data Talenta");
      expect(at(g, 3, 18)).toBe(45352);
      expect(formatAt(g, 3, 18)).toBe("dd/mm/yyyy");
    });

    it("keeps text starting with = + - @ as text, and numbers, booleans and empties as they are", async () => {
      const { host, reopen } = await makeHost(RICH);
      await host.ensureSheet(K9);
      const values: CellValue[][] = [["=SUM(A1:A3)", "+62 812", "-", "@home"], [0.5, -3, true, false], ["  spasi  ", "baris\nbaru", null, "a & <b>"]];
      await host.writeBlock({ sheet: K9, row: 1, col: 1, values });
      await host.flush();
      const g = await (await reopen()).readUsedGrid(K9);
      expect(g.origin).toEqual({ row: 1, col: 1 });
      expect(g.values).toEqual(values);
    });

    it("a block given by column writes the same cells as the block given by row: NaN and null are empty, text stays text", async () => {
      const { host, reopen } = await makeHost(RICH);
      await host.ensureSheet(K9);
      await host.writeBlock({
        sheet: K9,
        row: 2,
        col: 1,
        head: [["Kotak", "Nilai", "Catatan"]],
        columns: [Float64Array.of(9, NaN, 5), Float64Array.of(81.5, 70, NaN), ["=bukan rumus", null, "-"]],
        formats: [{ row: 1, col: 1, rows: 3, cols: 1, style: { numberFormat: "0.00" } }],
      });
      await host.flush();
      const g = await (await reopen()).readUsedGrid(K9);
      expect(g.origin).toEqual({ row: 2, col: 1 });
      expect(g.values).toEqual([["Kotak", "Nilai", "Catatan"], [9, 81.5, "=bukan rumus"], [null, 70, null], [5, null, "-"]]);
      expect(formatAt(g, 4, 2)).toBe("0.00");
    });

    it("round-trips number formats written with the values", async () => {
      const { host, reopen } = await makeHost(RICH);
      await host.ensureSheet(K9);
      await host.writeBlock({
        sheet: K9,
        row: 0,
        col: 0,
        values: [[0.25, 81.5, "teks"]],
        formats: [
          { row: 0, col: 0, rows: 1, cols: 1, style: { numberFormat: "0%" } },
          { row: 0, col: 1, rows: 1, cols: 1, style: { numberFormat: "0.00", bold: true } },
          { row: 0, col: 2, rows: 1, cols: 1, style: { numberFormat: "@" } },
        ],
      });
      await host.flush();
      const g = await (await reopen()).readUsedGrid(K9);
      expect(g.numberFormats).toEqual([["0%", "0.00", "@"]]);
    });

    it("writes result columns beside the data and leaves every user cell as it was", async () => {
      const { host, reopen } = await makeHost(RICH);
      const before = await host.readUsedGrid(DATA);
      await classifyLikeRun(host);
      await host.flush();
      const after = await (await reopen()).readUsedGrid(DATA);
      expect(after.values.length).toBe(124);
      expect(after.values.map((r) => r.slice(0, 8))).toEqual(before.values);
      expect(after.values[3].slice(8)).toEqual(["Kotak", "Catatan Talenta"]);
      expect(after.values[4].slice(8)).toEqual([5, "=bukan rumus"]);
      expect(after.values[5].slice(8)).toEqual([9, null]);
    });

    it("a block's widths size its columns on the user's sheet, only those, and a re-run replaces them", async () => {
      const { host, reopen, columnWidths } = await makeHost(RICH);
      const before = await columnWidths(DATA);
      await host.writeBlock({ sheet: DATA, row: 3, col: 8, values: [["Kotak", "Rekomendasi", "Catatan"], [5, "Rotasi", null]], widths: [7, 60, undefined] });
      await host.flush();
      const once = await columnWidths(DATA);
      expect(once.get(8)).toBeCloseTo(7, 1);
      expect(once.get(9)).toBeCloseTo(60, 1);
      expect(once.get(10)).toBe(before.get(10));
      for (const [col, width] of before) if (col < 8 || col > 9) expect(once.get(col), `column ${col}`).toBe(width);
      for (const col of once.keys()) if (col < 8 || col > 9) expect(before.has(col), `column ${col}`).toBe(true);
      const again = await reopen();
      await again.writeBlock({ sheet: DATA, row: 3, col: 8, values: [["Box", "Recommendation"]], widths: [6, 45] });
      await again.flush();
      const twice = await columnWidths(DATA, again);
      expect(twice.get(8)).toBeCloseTo(6, 1);
      expect(twice.get(9)).toBeCloseTo(45, 1);
      expect(twice.size).toBe(once.size);
      expect((await again.readUsedGrid(DATA)).values[4].slice(8)).toEqual([5, "Rotasi", null]);
      await expect(host.writeBlock({ sheet: DATA, row: 3, col: 8, values: [["x"]], widths: [256] })).rejects.toBeInstanceOf(RangeError);
    });

    it("a re-run replaces only Talenta's columns and sheets: two runs read like one", async () => {
      const single = await makeHost(RICH);
      await classifyLikeRun(single.host);
      await single.host.flush();
      const once = await single.reopen();
      const double = await makeHost(RICH);
      await classifyLikeRun(double.host);
      await classifyLikeRun(double.host);
      await double.host.flush();
      const twice = await double.reopen();
      expect(await twice.readUsedGrid(DATA)).toEqual(await once.readUsedGrid(DATA));
      expect(await twice.listSheets()).toEqual(await once.listSheets());
      expect((await twice.readUsedGrid(K9)).values).toEqual([["Kotak", "Jumlah"], [9, 12], [5, 40]]);
      expect(await twice.readSettings()).toBe(await once.readSettings());
    });

    it("ensureSheet twice gives one sheet, emptied", async () => {
      const { host, reopen } = await makeHost(RICH);
      await host.ensureSheet(K9);
      await host.writeBlock({ sheet: K9, row: 0, col: 0, values: [["lama"]] });
      await host.ensureSheet(K9);
      await host.writeBlock({ sheet: K9, row: 2, col: 2, values: [["baru"]] });
      await host.flush();
      const h = await reopen();
      expect((await h.listSheets()).filter((s) => s.name === K9)).toHaveLength(1);
      const g = await h.readUsedGrid(K9);
      expect(g.origin).toEqual({ row: 2, col: 2 });
      expect(g.values).toEqual([["baru"]]);
    });

    it("new sheets go at the end, and deleteSheet removes one", async () => {
      const { host, reopen } = await makeHost(RICH);
      await host.ensureSheet(K9);
      await host.ensureSheet("Talenta - Suksesi");
      await host.deleteSheet(K9);
      await host.flush();
      const names = (await (await reopen()).listSheets()).map((s) => s.name);
      expect(names).toEqual(["Hasil Pemetaan", "Rekap", "Referensi", "Terkunci", "Talenta - Suksesi"]);
    });

    it("settings are absent at first, then read back as written", async () => {
      const { host, reopen } = await makeHost(RICH);
      expect(await host.readSettings()).toBeUndefined();
      const text = '{"preset":"bkn-411-2025","bobot":{"kinerja":0.5},"catatan":"<&> \\"kutip\\""}';
      await host.writeSettings(text);
      await host.flush();
      const h = await reopen();
      expect(await h.readSettings()).toBe(text);
      await h.writeSettings("v2");
      expect(await h.readSettings()).toBe("v2");
    });

    it("clearRange empties exactly the rectangle", async () => {
      const { host, reopen } = await makeHost(RICH);
      await host.writeBlock({ sheet: DATA, row: 3, col: 8, values: [["a", "b"], [1, 2], [3, 4]] });
      await host.flush();
      const h = await reopen();
      await h.clearRange(DATA, { row: 4, col: 8, rows: 2, cols: 1 });
      await h.flush();
      const g = await h.readUsedGrid(DATA);
      expect(g.values[3].slice(8)).toEqual(["a", "b"]);
      expect(g.values[4].slice(8)).toEqual([null, 2]);
      expect(g.values[5].slice(8)).toEqual([null, 4]);
      expect(g.values[4][7]).toBe(60);
    });

    it("setLayout merges show up when the sheet is read again", async () => {
      const { host, reopen } = await makeHost(RICH);
      await host.ensureSheet(K9);
      await host.writeBlock({ sheet: K9, row: 0, col: 0, values: [["Judul", null, null]] });
      await host.setLayout(K9, {
        columnWidths: [{ col: 0, width: 30 }, { col: 1, width: 12 }],
        rowHeights: [{ row: 0, height: 28 }],
        merges: [{ row: 0, col: 0, rows: 1, cols: 3 }],
        freeze: { rows: 1, cols: 0 },
        page: { orientation: "landscape", paper: "A4", fitToWidth: 1, fitToHeight: 1, printArea: { row: 0, col: 0, rows: 10, cols: 3 } },
        tabColor: "1F4E79",
        showGridLines: false,
      });
      await host.flush();
      expect((await (await reopen()).readUsedGrid(K9)).merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 3 }]);
    });

    it("prints a long owned sheet with its header row on every page, breaks where asked and a page-numbered footer", async () => {
      const { host, printSetup } = await makeHost(RICH);
      await host.ensureSheet(K9);
      const values: CellValue[][] = [["Daftar"], [null], [null], ["Nama"], ...Array.from({ length: 120 }, (_, i) => [`Pegawai ${i + 1}`])];
      await host.writeBlock({ sheet: K9, row: 0, col: 0, values });
      await host.setLayout(K9, {
        page: {
          orientation: "landscape",
          paper: "A4",
          fitToWidth: 1,
          fitToHeight: 0,
          printTitles: { rows: { first: 3, last: 3 } },
          rowBreaks: [80, 40],
          footer: "&LTalenta - Kotak 9 & Co&RHalaman &P dari &N",
        },
      });
      await host.flush();
      expect(await printSetup(K9)).toEqual({
        titleRows: "$4:$4",
        rowBreaks: [40, 80],
        footer: { left: "Talenta - Kotak 9 & Co", right: "Halaman &P dari &N" },
      });
    });

    it("a sheet emptied by ensureSheet prints without the earlier run's titles, breaks and footer", async () => {
      const { host, printSetup } = await makeHost(RICH);
      await host.ensureSheet(K9);
      await host.writeBlock({ sheet: K9, row: 0, col: 0, values: [["Nama"], ["Ani"], ["Budi"]] });
      await host.setLayout(K9, { page: { orientation: "portrait", paper: "A4", printTitles: { rows: { first: 0, last: 0 } }, rowBreaks: [2], footer: "&CHalaman &P" } });
      await host.flush();
      await host.ensureSheet(K9);
      await host.writeBlock({ sheet: K9, row: 0, col: 0, values: [["Nama"]] });
      await host.flush();
      expect(await printSetup(K9)).toEqual({ rowBreaks: [], footer: {} });
    });

    it("adds a scatter chart over cells written on the owned sheet", async () => {
      const { host, reopen } = await makeHost(RICH);
      await host.ensureSheet(K9);
      await host.writeBlock({ sheet: K9, row: 0, col: 0, values: [["x", "y"], [60, 70], [85, 90]] });
      await host.addScatterChart({
        sheet: K9,
        anchor: { row: 4, col: 0, rows: 15, cols: 8 },
        title: "Kotak 9",
        xAxis: { title: "Potensial", min: 0, max: 100, majorUnit: 10 },
        yAxis: { title: "Kinerja", min: 0, max: 100, majorUnit: 10 },
        series: [{ name: "Pegawai", color: "1F77B4", x: { sheet: K9, rect: { row: 1, col: 0, rows: 2, cols: 1 } }, y: { sheet: K9, rect: { row: 1, col: 1, rows: 2, cols: 1 } } }],
      });
      await host.flush();
      expect((await (await reopen()).readUsedGrid(K9)).values).toEqual([["x", "y"], [60, 70], [85, 90]]);
    });

    it("a table and dropdown lists on an owned sheet leave its cells as written", async () => {
      const { host, reopen } = await makeHost(RICH);
      await host.ensureSheet(K9);
      const values: CellValue[][] = [["Nama", "Kotak", "Jenjang"], ["Ani", 9, "Ahli Muda"], ["Budi", 5, "Ahli Pertama"]];
      await host.writeBlock({ sheet: K9, row: 0, col: 0, values });
      await host.setLayout(K9, {
        tables: [{ name: "DaftarKotak9", rect: { row: 0, col: 0, rows: 3, cols: 3 }, style: "TableStyleMedium2" }],
        validations: [{ rect: { row: 1, col: 2, rows: 2, cols: 1 }, list: ["Ahli Pertama", "Ahli Muda", "Ahli Madya"] }],
      });
      await host.flush();
      const g = await (await reopen()).readUsedGrid(K9);
      expect(g.origin).toEqual({ row: 0, col: 0 });
      expect(g.values).toEqual(values);
    });

    it("refuses a table name Excel would refuse", async () => {
      const { host } = await makeHost(RICH);
      await host.ensureSheet(K9);
      await host.writeBlock({ sheet: K9, row: 0, col: 0, values: [["Nama"], ["Ani"]] });
      await expect(host.setLayout(K9, { tables: [{ name: "A1", rect: { row: 0, col: 0, rows: 2, cols: 1 } }] })).rejects.toBeInstanceOf(TypeError);
    });

    it("reports the user's table and joins result columns to it: the table grows, its names are the header cells", async () => {
      const { host, reopen } = await fromBytes(workbookWithTable(pegawai(6), { name: "DataPegawai", rect: { row: 0, col: 0, rows: 7, cols: 4 } }));
      const g = await host.readUsedGrid("Data");
      expect(g.tables).toEqual([{ name: "DataPegawai", rect: { row: 0, col: 0, rows: 7, cols: 4 }, headerRow: true, totalsRow: false, filtered: false }]);
      await expect(host.joinTable("Data", "DataPegawai", { col: 5, names: ["Kotak"] })).rejects.toThrow();
      await host.joinTable("Data", "DataPegawai", { col: 4, names: ["Kotak", "Catatan Talenta"] });
      await host.writeBlock({ sheet: "Data", row: 0, col: 4, values: [["Kotak", "Catatan Talenta"], [5, "=bukan rumus"]] });
      await host.flush();
      const after = await (await reopen()).readUsedGrid("Data");
      expect(after.tables?.map((t) => [t.name, t.rect])).toEqual([["DataPegawai", { row: 0, col: 0, rows: 7, cols: 6 }]]);
      expect(after.values[0]).toEqual([...HEADER, "Kotak", "Catatan Talenta"]);
      expect(after.values[1].slice(4)).toEqual([5, "=bukan rumus"]);
      expect(after.values[2].slice(4)).toEqual([null, null]);
    });

    it("a join over columns already in the table adds nothing", async () => {
      const { host, reopen } = await fromBytes(workbookWithTable(pegawai(3), { name: "DataPegawai", rect: { row: 0, col: 0, rows: 4, cols: 4 } }));
      await host.readUsedGrid("Data");
      await host.joinTable("Data", "DataPegawai", { col: 3, names: ["Nilai Potensial"] });
      await host.flush();
      expect((await (await reopen()).readUsedGrid("Data")).tables?.[0].rect).toEqual({ row: 0, col: 0, rows: 4, cols: 4 });
    });

    it("refuses to write into a protected sheet or a sheet that does not exist", async () => {
      const { host } = await makeHost(RICH);
      await expect(host.writeBlock({ sheet: "Terkunci", row: 0, col: 0, values: [["x"]] })).rejects.toBeInstanceOf(SheetProtectedError);
      await expect(host.readUsedGrid("Tidak Ada")).rejects.toBeInstanceOf(SheetNotFoundError);
      await expect(host.writeBlock({ sheet: "Tidak Ada", row: 0, col: 0, values: [["x"]] })).rejects.toBeInstanceOf(SheetNotFoundError);
    });
  });
}
