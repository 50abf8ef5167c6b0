// The NIP column carries each row's NIP as two 9-digit numbers (TextColumn.nipHalves), read while the cells are
// parsed: the NIP checks must find exactly what they find from the texts alone.
import { describe, expect, it } from "vitest";
import { IssueSink } from "../../../src/domain/issue-sink";
import { checkNips } from "../../../src/domain/nip-checks";
import type { TalentaTable } from "../../../src/domain/table";
import { detectTable } from "../../../src/sheet/detect-table";
import { gridOf } from "./grid";

function tableOf(nips: (string | number | null)[]): TalentaTable {
  const r = detectTable(gridOf([["NIP", "Nama", "Nilai Kinerja", "Nilai Potensial"], ...nips.map((nip, i) => [nip, `P${i}`, 80, 70])]));
  if (!r.ok) throw new Error(r.code);
  return r.table;
}

function nipIssues(table: TalentaTable) {
  const sink = new IssueSink(table);
  checkNips(table, sink);
  return sink.all().filter((i) => i.code.startsWith("nip-"));
}

describe("RULES §6 NIP checks on a table read from a sheet", () => {
  const nips = [
    "197508062006012007",
    "'19750806 200601 2 007", // the first NIP, typed with an apostrophe and spaces
    199001012015031001, // stored as a number: its last digits are lost
    "19900101201503100", // 17 digits
    "199013012015031001", // month 13
    null,
    "198002022005012002",
    "198002022005012002",
  ];

  it("reads an 18-digit NIP as 197508062 and 006012007, typed plainly or with an apostrophe and spaces", () => {
    const halves = tableOf(nips).fields.nip;
    expect(halves?.kind === "text" ? [...halves.nipHalves!.slice(0, 4)] : undefined).toEqual([197508062, 6012007, 197508062, 6012007]);
  });

  it("marks a NIP that is not 18 digits with -1 halves", () => {
    const column = tableOf(nips).fields.nip;
    expect(column?.kind === "text" ? [...column.nipHalves!.slice(6, 8)] : undefined).toEqual([-1, -1]);
  });

  it("finds the same missing, invalid and repeated NIPs with the halves as without them", () => {
    const table = tableOf(nips);
    const column = table.fields.nip;
    if (column?.kind !== "text") throw new Error("no NIP column");
    const withoutHalves: TalentaTable = { ...table, fields: { ...table.fields, nip: { kind: "text", values: column.values } } };
    const issues = nipIssues(table);
    expect(issues.map((i) => `${i.code}@${i.row}`)).toEqual(
      expect.arrayContaining(["nip-duplicate@0", "nip-duplicate@1", "nip-invalid@3", "nip-invalid@4", "nip-missing@5", "nip-duplicate@6", "nip-duplicate@7"]),
    );
    expect(issues).toEqual(nipIssues(withoutHalves));
  });
});
