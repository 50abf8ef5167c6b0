// The shared host contract (tests/hosts/contract.ts) run against OfficeHost over the fake Excel.
// A "reopen" is a new Excel.run on the same workbook: a new context and a new host, nothing cached.
import { OfficeHost } from "../../src/hosts/office/office-host";
import { asExcelContext, type FakeWorkbook, FakeRequestContext, installFakeExcel } from "../fakes/fake-excel";
import { fakeWorkbookFromBytes, fakeWorkbookFromXlsx } from "../fakes/fixture-excel";
import { runHostContract } from "./contract";

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
  };
}
