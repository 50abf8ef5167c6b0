// Fixture grids for the sheet tests, read through the real .xlsx host (one reader of workbooks, not two).
// Read once at module load (top-level await), so tests keep a synchronous loadFixtureGrid.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Grid } from "../../../src/grid/types";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";

export const FIXTURES_DIR = join(__dirname, "../../../../shared/fixtures");

const GRIDS = new Map<string, Grid>();
for (const file of readdirSync(FIXTURES_DIR).filter((f) => f.endsWith(".xlsx"))) {
  const host = XlsxHost.open(new Uint8Array(readFileSync(join(FIXTURES_DIR, file))));
  const sheets = await host.listSheets();
  for (const [i, s] of sheets.entries()) {
    const grid = await host.readUsedGrid(s.name);
    GRIDS.set(`${file}\u0000${s.name}`, grid);
    if (i === 0) GRIDS.set(`${file}\u0000`, grid);
  }
}

/** One sheet (the first when no name is given) of a fixture workbook. */
export function loadFixtureGrid(file: string, sheetName?: string): Grid {
  const grid = GRIDS.get(`${file}\u0000${sheetName ?? ""}`);
  if (!grid) throw new Error(`no sheet ${sheetName ?? "(first)"} in fixture ${file}`);
  return grid;
}
