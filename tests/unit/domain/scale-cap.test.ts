// RULES §4 JPM: a percentage up to 200 counts, capped at 100 before it is averaged (scales.ts scaleNumbers).
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/domain/config";
import { IssueSink } from "../../../src/domain/issue-sink";
import { scaleField } from "../../../src/domain/scales";
import { makeTable } from "./make-table";

function jpm(values: (number | null)[]) {
  const table = makeTable({ columns: { jpm: values } });
  const sink = new IssueSink(table);
  const out = scaleField({ table, config: defaultConfig("permenpan-3-2020"), sink, input: "asesmen" }, { kind: "field", field: "jpm", cap: 100, max: 200 });
  return { out: Array.from(out), issues: sink.all().map((i) => [i.code, i.row]) };
}

describe("RULES §4 JPM capped at 100", () => {
  it("keeps 0, 99.5 and 100 as they are and caps 100.5, 130 and 200 at 100", () =>
    expect(jpm([0, 99.5, 100, 100.5, 130, 200]).out).toEqual([0, 99.5, 100, 100, 100, 100]));

  it("does not count 200.01 or -0.01 (out of scale) nor an empty cell (missing), each with its issue", () => {
    const r = jpm([200.01, -0.01, null, 88]);
    expect(r.out).toEqual([NaN, NaN, NaN, 88]);
    expect(r.issues).toEqual([["out-of-scale", 0], ["out-of-scale", 1], ["missing-value", 2]]);
  });
});
