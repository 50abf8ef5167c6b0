// RULES §8 key positions from the user's side: `talenta targets` adds an empty Jabatan Target sheet with
// dropdown lists; once filled in, classify reads it and writes the Suksesi sheet.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { classifyWorkbook } from "../../src/app/classify";
import { addJabatanTargetSheet, JABATAN_TARGET_HEADERS, jabatanTargetTemplate } from "../../src/app/targets";
import { XlsxHost } from "../../src/hosts/xlsx";

const ROOT = join(__dirname, "../..");
const FIXTURES = join(ROOT, "../shared/fixtures");
const NOW = new Date("2026-11-23T10:00:00Z");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "talenta-targets-"));
  for (const f of ["pemetaan-administrator-2025.xlsx", "talenta-jpt-bkn411.xlsx"]) copyFileSync(join(FIXTURES, f), join(dir, f));
});

function talenta(...args: string[]) {
  const r = spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "src/cli/main.ts"), ...args], { encoding: "utf8", cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("RULES §8 the empty Jabatan Target sheet", () => {
  it("has the RULES §8 columns in order, NIP as text, and dropdowns for Jenjang, Eselon, Pangkat III/a–IV/e and Pendidikan", () => {
    const { block, layout } = jabatanTargetTemplate("Jabatan Target");
    expect(block.values[0]).toEqual([
      "Jabatan Target", "Jenjang", "Eselon", "Unit Kerja", "Pangkat Minimal", "Pendidikan Minimal", "Rumpun/Bidang", "Pemangku Saat Ini (NIP)", "Jumlah Suksesor",
    ]);
    expect(block.formats).toContainEqual({ row: 1, col: 7, rows: 200, cols: 1, style: { numberFormat: "@" } });
    const lists = Object.fromEntries((layout.validations ?? []).map((v) => [JABATAN_TARGET_HEADERS[v.rect.col], v.list]));
    expect(lists["Jenjang"]).toEqual(["JPT Pratama", "Administrator", "Pengawas"]);
    expect(lists["Pangkat Minimal"]).toEqual(["III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e"]);
    expect(lists["Pendidikan Minimal"]).toEqual(["SLTA", "D-III", "D-IV", "S1", "S2", "S3"]);
    expect(layout.freeze).toEqual({ rows: 1, cols: 0 });
  });

  it("refuses to add a second one: the user's rows are never replaced", async () => {
    const host = XlsxHost.open(new Uint8Array(readFileSync(join(FIXTURES, "talenta-jpt-bkn411.xlsx"))));
    expect(await addJabatanTargetSheet(host)).toEqual({ ok: false, code: "sheet-exists", sheet: "Jabatan Target" });
  });

  it("once filled in, makes classify write Talenta - Suksesi with that position", async () => {
    const host = XlsxHost.open(new Uint8Array(readFileSync(join(FIXTURES, "pemetaan-administrator-2025.xlsx"))));
    expect(await addJabatanTargetSheet(host)).toEqual({ ok: true, sheet: "Jabatan Target" });
    const filled = XlsxHost.open(host.save());
    await filled.writeBlock({ sheet: "Jabatan Target", row: 1, col: 0, values: [["Kepala Bagian Umum", "Administrator", "III.a", "Sekretariat Daerah", "III/d", "S1", "", "", 2]] });
    const outcome = await classifyWorkbook(filled, { now: NOW });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.summary.succession?.targetsSheet).toBe("Jabatan Target");
    expect(outcome.summary.succession?.positions.map((p) => [p.name, p.jumlahSuksesor])).toEqual([["Kepala Bagian Umum", 2]]);
    const suksesi = await XlsxHost.open(filled.save()).readUsedGrid("Talenta - Suksesi");
    expect(suksesi.values.flat()).toContain("1. Kepala Bagian Umum");
  });
});

describe("talenta targets", () => {
  it("writes <input>.talenta.xlsx with the sheet and its dropdown lists, then refuses on a workbook that has one", () => {
    const r = talenta("targets", "pemetaan-administrator-2025.xlsx");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Lembar "Jabatan Target" ditambahkan/);
    const out = join(dir, "pemetaan-administrator-2025.talenta.xlsx");
    expect(existsSync(out)).toBe(true);
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    expect(strFromU8(files["xl/workbook.xml"])).toContain('name="Jabatan Target"');
    const sheets = Object.keys(files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).map((n) => strFromU8(files[n]));
    expect(sheets.some((xml) => xml.includes("<dataValidations") && xml.includes("JPT Pratama,Administrator,Pengawas"))).toBe(true);

    const again = talenta("targets", "talenta-jpt-bkn411.xlsx", "-o", "x.xlsx");
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/sudah punya lembar "Jabatan Target"/);
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });
});
