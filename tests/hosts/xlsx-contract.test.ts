import { XlsxHost } from "../../src/hosts/xlsx";
import { runHostContract } from "./contract";
import { fixtureBytes } from "./fixture-files";

const open = (bytes: Uint8Array) => {
  const host = XlsxHost.open(bytes);
  return { host, reopen: async () => XlsxHost.open(host.save()) };
};

runHostContract("xlsx package host", async (fixture) => open(fixtureBytes(fixture)), async (bytes) => open(bytes));
