// The command line as a user meets it: one command, clear one-line errors, non-zero exits, nothing half-written.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { generateWorkbook } from "../../src/hosts/xlsx/generate";
import { cliWorkspace, FIXTURES, sha } from "./cli-harness";

const cli = cliWorkspace("talenta-cli-", {
  "pemetaan-administrator-2025.xlsx": "pemetaan-administrator-2025.xlsx",
  "kategori-unit-eselon1.xlsx": "kategori-unit-eselon1.xlsx",
});
const { talenta } = cli;

describe("talenta classify", () => {
  it("writes <input>.talenta.xlsx beside the input, leaves the input untouched, and prints mapping, preset and counts", () => {
    const before = sha(join(cli.dir, "pemetaan-administrator-2025.xlsx"));
    const r = talenta("classify", "pemetaan-administrator-2025.xlsx", "--quiet");
    expect(r.code, r.err).toBe(0);
    expect(existsSync(join(cli.dir, "pemetaan-administrator-2025.talenta.xlsx"))).toBe(true);
    expect(sha(join(cli.dir, "pemetaan-administrator-2025.xlsx"))).toBe(before);
    const v = talenta("classify", "pemetaan-administrator-2025.xlsx", "-o", "out.xlsx");
    expect(v.code, v.err).toBe(0);
    expect(v.out).toMatch(/baris judul: 5–6/);
    expect(v.out).toMatch(/permenpan-3-2020/);
    expect(v.out).toMatch(/\[9\]/);
    expect(v.out).toMatch(/Tidak terklasifikasi/);
    expect(readdirSync(cli.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("speaks English with --lang en", () => {
    const r = talenta("classify", "kategori-unit-eselon1.xlsx", "-o", "k.xlsx", "--lang", "en");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/header row: 1/);
    expect(r.out).toMatch(/Preset: kategori/);
  });

  it("refuses a sheet that does not exist, with a one-line error and exit 1", () => {
    const r = talenta("classify", "kategori-unit-eselon1.xlsx", "--sheet", "Tidak Ada", "-o", "x.xlsx");
    expect(r.code).toBe(1);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/Tidak Ada/);
    expect(existsSync(join(cli.dir, "x.xlsx"))).toBe(false);
  });

  it("names the missing inputs when a preset does not fit the sheet", () => {
    const r = talenta("classify", "kategori-unit-eselon1.xlsx", "--preset", "bkn-411-2025", "-o", "x.xlsx");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bkn-411-2025/);
    expect(r.err).toMatch(/predikat/i);
  });

  it("refuses an unknown preset", () => {
    const r = talenta("classify", "kategori-unit-eselon1.xlsx", "--preset", "nope", "-o", "x.xlsx");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/nope/);
  });

  it("says when the output cannot be written, before doing any work", () => {
    const ro = join(cli.dir, "readonly");
    spawnSync("mkdir", ["-p", ro]);
    chmodSync(ro, 0o555);
    const r = talenta("classify", "kategori-unit-eselon1.xlsx", "-o", join(ro, "out.xlsx"));
    // root can write anywhere; the check still has to hold for a folder that does not exist
    const r2 = talenta("classify", "kategori-unit-eselon1.xlsx", "-o", join(cli.dir, "no-such-cli.dir", "out.xlsx"));
    expect(r2.code).toBe(1);
    expect(r2.err).toMatch(/tidak dapat menulis/);
    void r;
  });

  for (const [file, pattern] of [
    ["csv-saved-as-xlsx.xlsx", /CSV/],
    ["excel-97-2003-renamed.xlsx", /97-2003|kata sandi/],
    ["truncated.xlsx", /rusak|tidak lengkap/],
    ["zip-bomb-0.5gib.xlsx", /batas ukuran/],
    ["zip-entry-outside-package.xlsx", /di luar paket/],
    ["xxe-external-entity.xlsx", /DTD/],
    ["billion-laughs.xlsx", /DTD/],
  ] as const) {
    it(`refuses hostile/${file} with one clear line and no output`, () => {
      copyFileSync(join(FIXTURES, "hostile", file), join(cli.dir, file));
      const r = talenta("classify", file, "-o", "hostile-out.xlsx");
      expect(r.code).toBe(1);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).toMatch(pattern);
      expect(r.err).not.toMatch(/root:|passwd/);
      expect(existsSync(join(cli.dir, "hostile-out.xlsx"))).toBe(false);
    });
  }

  it("says there is no data on an empty sheet", () => {
    copyFileSync(join(FIXTURES, "hostile", "empty-sheet.xlsx"), join(cli.dir, "empty.xlsx"));
    const r = talenta("classify", "empty.xlsx", "-o", "e.xlsx");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Tidak ada data|no data/i);
  });

  /** The fixture with its XML parts rewritten by `edit`, written into the test folder as `name`. */
  function rewrittenFixture(name: string, edit: (part: string, text: string) => string): void {
    const parts = unzipSync(readFileSync(join(FIXTURES, "pemetaan-administrator-2025.xlsx")));
    for (const [part, bytes] of Object.entries(parts)) if (/\.(xml|rels)$/.test(part)) parts[part] = strToU8(edit(part, strFromU8(bytes)));
    writeFileSync(join(cli.dir, name), zipSync(parts));
  }
  const macroEnabled = (part: string, text: string) =>
    part === "[Content_Types].xml" ? text.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml") : text;

  it("keeps a macro-enabled workbook's extension: the default output is .talenta.xlsm", () => {
    rewrittenFixture("makro.xlsm", macroEnabled);
    const r = talenta("classify", "makro.xlsm", "--quiet");
    expect(r.code, r.err).toBe(0);
    expect(existsSync(join(cli.dir, "makro.talenta.xlsm"))).toBe(true);
    expect(strFromU8(unzipSync(readFileSync(join(cli.dir, "makro.talenta.xlsm")))["[Content_Types].xml"])).toContain("macroEnabled.main+xml");
  });

  it("refuses -o with an extension Excel would not open the workbook under (.xlsm written as .xlsx)", () => {
    rewrittenFixture("makro2.xlsm", macroEnabled);
    const r = talenta("classify", "makro2.xlsm", "-o", "hasil.xlsx");
    expect(r.code).toBe(1);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/\.xlsm/);
    expect(existsSync(join(cli.dir, "hasil.xlsx"))).toBe(false);
    const en = talenta("classify", "makro2.xlsm", "-o", "hasil.XLSM", "--lang", "en", "--quiet");
    expect(en.code, en.err).toBe(0);
  });

  it("refuses a Strict Open XML workbook and says how to re-save it", () => {
    rewrittenFixture("strict.xlsx", (_, text) =>
      text
        .split("http://schemas.openxmlformats.org/spreadsheetml/2006/main")
        .join("http://purl.oclc.org/ooxml/spreadsheetml/main")
        .split("http://schemas.openxmlformats.org/officeDocument/2006/relationships")
        .join("http://purl.oclc.org/ooxml/officeDocument/relationships"),
    );
    const r = talenta("classify", "strict.xlsx", "-o", "strict-out.xlsx");
    expect(r.code).toBe(1);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/Strict Open XML.*Excel Workbook \(\.xlsx\)/);
    expect(existsSync(join(cli.dir, "strict-out.xlsx"))).toBe(false);
  });

  it("prints a header typed on two lines (Alt+Enter) on one line of the mapping table", () => {
    const rows: (string | number)[][] = [["NIP", "Nama", "Nilai\nKinerja", "Nilai\tPotensial"]];
    for (let i = 0; i < 5; i++) rows.push([`19850312201001100${i}`, `Pegawai ${i}`, 70 + i, 60 + i]);
    writeFileSync(join(cli.dir, "dua-baris.xlsx"), generateWorkbook(rows, "Data"));
    const r = talenta("classify", "dua-baris.xlsx", "-o", "dua-baris-out.xlsx");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^ {2}C {3}Nilai Kinerja +→/m);
    expect(r.out).toMatch(/^ {2}D {3}Nilai Potensial +→/m);
  });

  it("lists presets and writes an editable configuration that classify accepts", () => {
    const p = talenta("presets");
    expect(p.code).toBe(0);
    for (const id of ["skor-sumbu", "kategori", "permenpan-3-2020", "bkn-411-2025"]) expect(p.out).toContain(id);
    const c = talenta("config", "--preset", "kategori");
    expect(c.code).toBe(0);
    const cfg = JSON.parse(c.out);
    cfg.cuts.kinerja.high = 90;
    writeFileSync(join(cli.dir, "talenta.json"), JSON.stringify(cfg));
    const r = talenta("classify", "kategori-unit-eselon1.xlsx", "--config", "talenta.json", "-o", "cfg.xlsx", "--quiet");
    expect(r.code, r.err).toBe(0);
  });

  it("rejects a configuration whose weights do not add up to 100", () => {
    const c = JSON.parse(talenta("config", "--preset", "permenpan-3-2020").out);
    c.potensial.inputs[0].weight = 10;
    writeFileSync(join(cli.dir, "bad.json"), JSON.stringify(c));
    const r = talenta("classify", "pemetaan-administrator-2025.xlsx", "--config", "bad.json", "-o", "bad.xlsx");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Konfigurasi tidak sah/);
  });
});
