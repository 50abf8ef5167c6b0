// RULES §6 and §8 on the way from the classified table to the people succession planning sees.
import { describe, expect, it } from "vitest";
import { buildPeople } from "../../src/app/succession";
import type { Classification } from "../../src/domain/classification";
import type { Issue } from "../../src/domain/issues";
import type { TalentaTable } from "../../src/domain/table";

const days = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

function run(nips: (string | undefined)[], birth: number[] | undefined, issues: Issue[] = []): { table: TalentaTable; c: Classification } {
  const n = nips.length;
  const table: TalentaTable = {
    sheet: "Data",
    headerRows: [0],
    sheetRows: Int32Array.from(nips, (_, i) => i + 1),
    endCol: 3,
    columns: [],
    fields: {
      nip: { kind: "text", values: nips },
      pangkat: { kind: "text", values: nips.map(() => "Pembina Tk. I, IV/b") },
      jpm: { kind: "number", values: Float64Array.from(nips, () => 88.5) },
      ...(birth ? { tanggalLahir: { kind: "number" as const, values: Float64Array.from(birth) } } : {}),
    },
    yearly: {},
    issues: [],
  };
  const c: Classification = {
    kinerjaScore: new Float64Array(n), potensialScore: new Float64Array(n), kinerjaLevel: new Uint8Array(n), potensialLevel: new Uint8Array(n),
    kotak: Uint8Array.from(nips, () => 9), nilaiTalenta: Float64Array.from(nips, () => 82), issues,
  };
  return { table, c };
}

describe("RULES §8 people for succession planning", () => {
  it("takes the birth date from the NIP when the sheet has no Tanggal Lahir column", () => {
    const { table, c } = run(["19860926 201505 1 001"], undefined);
    const [p] = buildPeople(table, c);
    expect(p.nip).toBe("198609262015051001");
    expect(p.birthDays).toBe(days(1986, 9, 26));
    expect(p).toMatchObject({ kotak: 9, nilaiTalenta: 82, jpm: 88.5, pangkat: "Pembina Tk. I, IV/b" });
  });

  it("prefers the Tanggal Lahir column over the NIP", () => {
    const { table, c } = run(["198609262015051001"], [days(1986, 10, 1)]);
    expect(buildPeople(table, c)[0].birthDays).toBe(days(1986, 10, 1));
  });

  it("carries the run's NIP issues as flags, for the plan and the notes (RULES §6)", () => {
    const issues: Issue[] = [
      { code: "nip-stored-as-number", severity: "error", row: 0, field: "nip" },
      { code: "nip-duplicate", severity: "warning", row: 1, field: "nip" },
      { code: "nip-duplicate", severity: "warning", row: 2, field: "nip" },
      { code: "nip-invalid", severity: "warning", row: 3, field: "nip" },
    ];
    const { table, c } = run(["198609262015051000", "198609262015051001", "198609262015051001", "123", undefined], undefined, issues);
    const people = buildPeople(table, c);
    expect(people.map((p) => [p.nipStoredAsNumber ?? false, p.nipDuplicate ?? false, p.nipInvalid ?? false, p.nip])).toEqual([
      [true, false, false, undefined],
      [false, true, false, "198609262015051001"],
      [false, true, false, "198609262015051001"],
      [false, false, true, undefined],
      [false, false, false, undefined],
    ]);
    // A NIP stored as a number gives no birth date: its digits cannot be trusted.
    expect(people[0].birthDays).toBeUndefined();
  });
});
