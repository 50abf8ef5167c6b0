// The quirks the fixture README lists for pemetaan-administrator-2025.xlsx, checked one by one against RULES §6–§7.
import { describe, it, expect, beforeAll } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { classifyWorkbook } from "../../src/app/classify";
import type { RunSummary } from "../../src/app/types";
import type { Grid } from "../../src/grid/types";

const FIXTURE = join(__dirname, "../../../shared/fixtures/pemetaan-administrator-2025.xlsx");
let summary: RunSummary;
let output: Uint8Array;
let after: Grid;

const cell = (g: Grid, a1: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1].charCodeAt(0) - 65;
  return g.values[Number(m[2]) - 1 - g.origin.row]?.[col - g.origin.col] ?? null;
};

beforeAll(async () => {
  const host = XlsxHost.open(new Uint8Array(readFileSync(FIXTURE)));
  const outcome = await classifyWorkbook(host, { now: new Date("2026-11-23T10:00:00Z") });
  if (!outcome.ok) throw new Error(outcome.error.message);
  summary = outcome.summary;
  output = host.save();
  after = await XlsxHost.open(output).readUsedGrid("Pemetaan Talenta");
});

describe("RULES §6 on pemetaan-administrator-2025.xlsx", () => {
  it("finds the two-row header on rows 5–6 and the data on rows 8–225 (the column-number row 7 and the footer are not data)", () => {
    expect(summary.headerRows.map((r) => r + 1)).toEqual([5, 6]);
    expect(summary.firstDataRow + 1).toBe(8);
    expect(summary.lastDataRow + 1).toBe(225);
    expect(summary.rows).toBe(218);
  });

  it("flags the four NIPs typed as numbers and still classifies those rows", () => {
    const stored = summary.issues.filter((i) => i.code === "nip-stored-as-number");
    expect(stored.map((i) => i.cell).sort()).toEqual(["B108", "B177", "B75", "B76"]);
    // RULES §6: the row "carries an error `NIP tersimpan sebagai angka`" and is still classified.
    expect(stored.every((i) => i.severity === "error")).toBe(true);
    const kotakCol = (after.values[5 - after.origin.row] as unknown[]).indexOf("Kotak");
    for (const r of [75, 76, 108, 177]) {
      const others = summary.issues.filter((i) => i.severity === "error" && i.row === r - 8 && i.field !== "nip");
      const kotak = after.values[r - 1 - after.origin.row][kotakCol];
      // Classified unless another value of the row is missing; the NIP alone never stops classification.
      expect(typeof kotak === "number" || others.length > 0, `row ${r}`).toBe(true);
    }
  });

  it("flags every copy of the duplicated NIP", () => {
    const dups = summary.issues.filter((i) => i.code === "nip-duplicate");
    expect(dups.length).toBeGreaterThanOrEqual(2);
    expect(dups.every((i) => i.severity === "warning")).toBe(true);
    // Each duplicated NIP appears on at least two rows.
    const perNip = new Map<string, number>();
    for (const d of dups) perNip.set(String(d.input), (perNip.get(String(d.input)) ?? 0) + 1);
    for (const n of perNip.values()) expect(n).toBeGreaterThanOrEqual(2);
  });

  it("treats the hidden rows 23 and 179 as data", () => {
    const kotakCol = (after.values[5 - after.origin.row] as unknown[]).indexOf("Kotak");
    expect(kotakCol).toBeGreaterThan(0);
    for (const r of [23, 179]) {
      const row = after.values[r - 1 - after.origin.row];
      const reason = row[kotakCol + 5];
      expect(row[kotakCol] !== null || (typeof reason === "string" && reason !== "")).toBe(true);
    }
  });

  it("keeps the Keterangan texts that start with = + - @ as text, and writes no formula anywhere", () => {
    expect(cell(after, "O16")).toBe("@tugas belajar");
    expect(cell(after, "O55")).toBe("=Plt. Kabid Pelayanan");
    expect(cell(after, "O113")).toBe("- cuti besar s.d. Maret");
    expect(cell(after, "O121")).toBe("+62 812 6612 0043");
    const files = unzipSync(output);
    for (const [name, bytes] of Object.entries(files)) {
      if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) expect(strFromU8(bytes), name).not.toMatch(/<f[ >]/);
    }
  });

  it("gives every row a box or a reason", () => {
    const kotakCol = (after.values[5 - after.origin.row] as unknown[]).indexOf("Kotak");
    for (let r = 8; r <= 225; r++) {
      const row = after.values[r - 1 - after.origin.row];
      const ok = typeof row[kotakCol] === "number" || (typeof row[kotakCol + 5] === "string" && row[kotakCol + 5] !== "");
      expect(ok, `row ${r}`).toBe(true);
    }
  });
});
