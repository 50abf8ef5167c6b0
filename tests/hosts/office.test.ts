// The shared host contract (tests/hosts/contract.ts) run against OfficeHost over the fake Excel.
// A "reopen" is a new Excel.run on the same workbook: a new context and a new host, nothing cached.
import { OfficeHost } from "../../src/hosts/office/office-host";
import { asExcelContext, FakeRequestContext, installFakeExcel } from "../fakes/fake-excel";
import { fakeWorkbookFromXlsx } from "../fakes/fixture-excel";
import { runHostContract } from "./contract";

runHostContract("OfficeHost (fake Excel)", async (fixture: string) => {
  const model = installFakeExcel(await fakeWorkbookFromXlsx(fixture));
  const open = () => new OfficeHost(asExcelContext(new FakeRequestContext(model)));
  const host = open();
  return {
    host,
    reopen: async () => {
      await host.flush();
      return open();
    },
  };
});
