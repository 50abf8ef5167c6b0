// The shared host contract (tests/hosts/contract.ts) run against OfficeHost over the fake Excel.
// A "reopen" is a new Excel.run on the same workbook: a new context and a new host, nothing cached.
import { OfficeHost } from "../../src/hosts/office/office-host";
import { asExcelContext, type FakeWorkbook, FakeRequestContext, installFakeExcel } from "../fakes/fake-excel";
import { fakeWorkbookFromBytes, fakeWorkbookFromXlsx } from "../fakes/fixture-excel";
import { type PrintSetup, runHostContract } from "./contract";

runHostContract("OfficeHost (fake Excel)", async (fixture: string) => onFake(await fakeWorkbookFromXlsx(fixture)), async (bytes) => onFake(await fakeWorkbookFromBytes(bytes)));

function onFake(workbook: FakeWorkbook) {
  const model = installFakeExcel(workbook);
  const open = () => new OfficeHost(asExcelContext(new FakeRequestContext(model)));
  const host = open();
  return {
    host,
    reopen: async () => {
      await host.flush();
      return open();
    },
    printSetup: async (sheet: string): Promise<PrintSetup> => {
      await host.flush();
      const page = model.sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase())!.pageLayout;
      const hf = page.headersFooters ?? {};
      const footer: PrintSetup["footer"] = {};
      if (hf.leftFooter !== undefined) footer.left = hf.leftFooter;
      if (hf.centerFooter !== undefined) footer.center = hf.centerFooter;
      if (hf.rightFooter !== undefined) footer.right = hf.rightFooter;
      return { ...(page.printTitleRows !== undefined ? { titleRows: page.printTitleRows } : {}), rowBreaks: page.rowBreaks ?? [], footer };
    },
    // Points as set (layout.ts: (7 px a character + 5 px) × 0.75) back to characters.
    columnWidths: async (sheet: string): Promise<Map<number, number>> => {
      await host.flush();
      const points = model.sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase())!.columnWidths;
      return new Map([...points].map(([col, pt]) => [col, Math.round(((pt / 0.75 - 5) / 7) * 100) / 100]));
    },
  };
}
