// The baselines the CLI is compared with, run as a process like the CLI (same startup, same disk I/O):
//   copy    — open, read the data sheet's used grid, save unchanged (untouched parts are raw-copied).
//   rewrite — the same, but every cell of the data sheet is written back, so the sheet is re-serialised and
//             re-compressed: the work of "re-writing the file" that a raw copy skips.
// Usage: node bare.cjs <copy|rewrite> <input.xlsx> <output.xlsx> <sheet>
import { readFileSync } from "node:fs";
import { writeOutputAtomically } from "../src/cli/files";
import { XlsxHost } from "../src/hosts/xlsx/xlsx-host";

async function main(): Promise<void> {
  const [mode, input, output, sheet] = process.argv.slice(2);
  const host = XlsxHost.open(readFileSync(input));
  const grid = await host.readUsedGrid(sheet);
  if (mode === "rewrite") await host.writeBlock({ sheet, row: grid.origin.row, col: grid.origin.col, values: grid.values });
  // The CLI's own save path: deflate on the thread pool, written through a temporary file.
  writeOutputAtomically(output, await host.saveAsync());
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
