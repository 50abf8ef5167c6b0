// Classifies a generated workbook through the Office.js host on the fake Excel, counting round trips.
import { runWithOfficeHost } from "../src/hosts/office/office-host";
import { classifyWorkbook } from "../src/app/classify";
import { XlsxHost } from "../src/hosts/xlsx/xlsx-host";
import { installFakeExcel, loadGrid, newWorkbook, uninstallFakeExcel } from "../tests/fakes/fake-excel";
import { makeAssessmentWorkbook } from "./make-workbook";

const MB4 = 4 * 1024 * 1024;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export interface OfficeFigures {
  syncs: number;
  budget: number;
  payloadBytes: number;
  largestRequest: number;
  largestResponse: number;
  ms: number;
}

export async function benchOfficeHost(rows: number): Promise<OfficeFigures> {
  const grid = await XlsxHost.open(makeAssessmentWorkbook(rows)).readUsedGrid("Pemetaan Talenta");
  const model = installFakeExcel(newWorkbook([]));
  loadGrid(model, grid);
  model.activeSheet = grid.sheet;
  const t = performance.now();
  try {
    const outcome = await runWithOfficeHost((host) => classifyWorkbook(host, { sheet: grid.sheet }));
    if (!outcome.ok) throw new Error(outcome.error.message);
  } finally {
    uninstallFakeExcel();
  }
  const payloadBytes = sum(model.requestBytes) + sum(model.responseBytes);
  return {
    syncs: model.syncCount,
    budget: 3 + Math.ceil(payloadBytes / MB4),
    payloadBytes,
    largestRequest: model.maxRequestBytes,
    largestResponse: model.maxResponseBytes,
    ms: performance.now() - t,
  };
}

// `npx tsx bench/office-host.ts 1000` prints the figures for one size (not when bundled into bench/run.ts).
if (/office-host\.ts$/.test(process.argv[1] ?? "")) {
  benchOfficeHost(Number(process.argv[2] ?? 1000)).then((f) => console.log(f));
}
