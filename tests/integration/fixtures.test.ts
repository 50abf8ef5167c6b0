// Every fixture classifies, and every row's box matches what RULES.md says (computed by the independent oracle).
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { classifyWorkbook } from "../../src/app/classify";
import { columnIndex } from "../../src/grid/a1";
import type { Grid } from "../../src/grid/types";
import { FIXTURE_CASES, type Row } from "./fixture-cases";

const FIXTURES = join(__dirname, "../../../shared/fixtures");
const NOW = new Date("2026-11-23T10:00:00Z");

function rowReader(grid: Grid, row1: number): Row {
  return (col) => {
    const r = row1 - 1 - grid.origin.row;
    const c = columnIndex(col) - grid.origin.col;
    return { value: grid.values[r]?.[c] ?? null, format: grid.numberFormats[r]?.[c] ?? "General" };
  };
}

function headerColumn(grid: Grid, headerRow1: number, text: string): number {
  const row = grid.values[headerRow1 - 1 - grid.origin.row];
  const c = row.findIndex((v) => v === text);
  expect(c, `column "${text}" in row ${headerRow1}`).toBeGreaterThanOrEqual(0);
  return c;
}

describe("RULES §1–§7 on every fixture", () => {
  for (const fx of FIXTURE_CASES) {
    it(`classifies ${fx.file} exactly as RULES.md says`, async () => {
      const bytes = new Uint8Array(readFileSync(join(FIXTURES, fx.file)));
      const host = XlsxHost.open(bytes);
      const before = await host.readUsedGrid(fx.sheet);
      const outcome = await classifyWorkbook(host, { now: NOW });
      expect(outcome.ok, JSON.stringify(!outcome.ok && outcome.error)).toBe(true);
      if (!outcome.ok) return;
      expect(outcome.summary.sheet).toBe(fx.sheet);
      expect(outcome.summary.presetId).toBe(fx.preset);

      const lastRow = fx.lastRow > 0 ? fx.lastRow : lastNipRow(before, fx.firstRow);
      const expected = new Map<number, number | undefined>();
      for (let r = fx.firstRow; r <= lastRow; r++) expected.set(r, fx.expected(rowReader(before, r)));

      const after = await XlsxHost.open(host.save()).readUsedGrid(fx.sheet);
      const kotakCol = headerColumn(after, fx.headerRow, "Kotak");
      const catatanCol = headerColumn(after, fx.headerRow, "Catatan Talenta");
      let notClassified = 0;
      for (const [r, want] of expected) {
        const i = r - 1 - after.origin.row;
        const got = after.values[i][kotakCol];
        if (want === undefined) {
          notClassified++;
          expect(got, `row ${r}: not classified`).toBeNull();
          expect(String(after.values[i][catatanCol] ?? ""), `row ${r}: a reason`).not.toBe("");
        } else {
          expect(got, `row ${r}`).toBe(want);
        }
      }
      expect(outcome.summary.rows).toBe(expected.size);
      expect(outcome.summary.notClassified).toBe(notClassified);
      expect(outcome.summary.classified).toBe(expected.size - notClassified);
    });
  }
});

function lastNipRow(grid: Grid, firstRow: number): number {
  let last = firstRow;
  const nipCol = 1 - grid.origin.col; // column B holds the NIP in the rich workbooks
  for (let i = firstRow - 1 - grid.origin.row; i < grid.values.length; i++) {
    const v = grid.values[i][nipCol];
    if (v !== null && /^\d[\d ]{8,}/.test(String(v))) last = i + 1 + grid.origin.row;
  }
  return last;
}
