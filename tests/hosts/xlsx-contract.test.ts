import { XlsxHost } from "../../src/hosts/xlsx";
import { runHostContract } from "./contract";
import { fixtureBytes } from "./fixture-files";

runHostContract("xlsx package host", async (fixture) => {
  const host = XlsxHost.open(fixtureBytes(fixture));
  return { host, reopen: async () => XlsxHost.open(host.save()) };
});
