// RULES §8 on talenta-jpt-bkn411.xlsx: the Suksesi sheet lists, for each of the six key positions, exactly
// the candidates an independent reading of the rules finds (succession-oracle.ts), in the same order, with
// their readiness and the position's bench strength.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { classifyWorkbook } from "../../src/app/classify";
import type { RunSummary } from "../../src/app/types";
import { parseCellAddress } from "../../src/grid/a1";
import type { CellValue, Grid } from "../../src/grid/types";
import { XlsxHost } from "../../src/hosts/xlsx";
import { candidates, failures, readiness, readPeople, readPositions, type OraclePerson, type OraclePosition } from "./succession-oracle";

const FIXTURE = join(__dirname, "../../../shared/fixtures/talenta-jpt-bkn411.xlsx");
// Placement date: 1 January of the year after the run (RULES §8 default).
const NOW = new Date("2026-11-23T10:00:00Z");
const PLACEMENT: [number, number, number] = [2027, 1, 1];

let summary: RunSummary;
let suksesi: Grid;
let people: OraclePerson[];
let positions: OraclePosition[];

beforeAll(async () => {
  const host = XlsxHost.open(new Uint8Array(readFileSync(FIXTURE)));
  people = readPeople(await host.readUsedGrid("Data Talenta"));
  positions = readPositions(await host.readUsedGrid("Jabatan Target"), 3);
  const outcome = await classifyWorkbook(host, { now: NOW });
  if (!outcome.ok) throw new Error(outcome.error.message);
  summary = outcome.summary;
  suksesi = await XlsxHost.open(host.save()).readUsedGrid("Talenta - Suksesi");
});

const text = (v: CellValue | undefined) => String(v ?? "").trim();
const cell = (g: Grid, r: number, c: number) => g.values[r - g.origin.row]?.[c - g.origin.col] ?? null;
const format = (g: Grid, r: number, c: number) => g.numberFormats[r - g.origin.row]?.[c - g.origin.col];

function rowStarting(g: Grid, prefix: string, from = 0): number {
  for (let r = Math.max(from, g.origin.row); r < g.origin.row + g.values.length; r++) if (text(cell(g, r, 0)).startsWith(prefix)) return r;
  throw new Error(`no row starts with "${prefix}"`);
}

interface BlockRead {
  title: number;
  requirements: string;
  bench: string;
  rows: { rank: number; nip: CellValue; nipFormat?: string; kotak: CellValue; readiness: string }[];
}

/** One position's block as the sheet shows it: ranked rows under the header whose B cell is "NIP". */
function readBlock(index: number, name: string): BlockRead {
  const title = rowStarting(suksesi, `${index + 1}. ${name}`, 12);
  const header = (() => {
    for (let r = title + 1; r < title + 12; r++) if (text(cell(suksesi, r, 1)) === "NIP") return r;
    throw new Error(`no candidate header under ${name}`);
  })();
  const heads = suksesi.values[header - suksesi.origin.row].map(text);
  const col = (h: string) => heads.indexOf(h);
  const rows: BlockRead["rows"] = [];
  for (let r = header + 1; typeof cell(suksesi, r, 0) === "number"; r++) {
    rows.push({
      rank: cell(suksesi, r, 0) as number,
      nip: cell(suksesi, r, 1),
      nipFormat: format(suksesi, r, 1),
      kotak: cell(suksesi, r, col("Kotak")),
      readiness: text(cell(suksesi, r, col("Kesiapan"))),
    });
  }
  return {
    title,
    requirements: text(cell(suksesi, rowStarting(suksesi, "Syarat", title), 2)),
    bench: text(cell(suksesi, rowStarting(suksesi, "Kekuatan Bench", title), 2)),
    rows,
  };
}

describe("RULES §8 on talenta-jpt-bkn411.xlsx (six key positions)", () => {
  it("reads the six positions of the Jabatan Target sheet", () => {
    expect(positions.map((p) => p.name)).toEqual(summary.succession!.positions.map((p) => p.name));
    expect(positions).toHaveLength(6);
  });

  it("lists, per position, exactly the eligible pool members RULES §8 names, in its order, NIP as text", () => {
    let listed = 0;
    positions.forEach((t, i) => {
      const want = candidates(people, t, PLACEMENT);
      const block = readBlock(i, t.name);
      expect(block.rows.map((r) => r.nip), t.name).toEqual(want.map((p) => p.nip));
      expect(block.rows.map((r) => r.rank)).toEqual(want.map((_, k) => k + 1));
      expect(block.rows.map((r) => r.kotak)).toEqual(want.map((p) => p.kotak));
      expect(block.rows.map((r) => r.readiness), t.name).toEqual(want.map(readiness));
      for (const r of block.rows) {
        expect(typeof r.nip).toBe("string");
        expect(r.nipFormat).toBe("@");
      }
      listed += want.length;
    });
    // The fixture is not trivial: the rules keep some and leave out others.
    expect(listed).toBeGreaterThan(6);
  });

  it("colours bench strength as RULES §8 says: Hijau with Jumlah Suksesor candidates and one Siap Sekarang, Kuning with any, Merah with none", () => {
    positions.forEach((t, i) => {
      const want = candidates(people, t, PLACEMENT);
      const eligible = want.length;
      const expected = eligible === 0 ? "Merah" : eligible >= t.jumlah && want.some((p) => readiness(p) === "Siap Sekarang") ? "Hijau" : "Kuning";
      expect(readBlock(i, t.name).bench, t.name).toBe(expected);
      expect(summary.succession!.positions[i].benchLabel).toBe(expected);
    });
  });

  it("uses the eselon's floor (II.b → IV/b) for Inspektur Daerah, which has no Pangkat Minimal", () => {
    const i = positions.findIndex((p) => p.name === "Inspektur Daerah");
    expect(positions[i].pangkatMinimal).toBe(42);
    expect(readBlock(i, "Inspektur Daerah").requirements).toContain("IV/b (batas bawah eselon II.b)");
    // Someone the floor stops: a pool member at IV/a who meets every other rule is not listed.
    const stopped = people.filter((p) => [7, 8, 9].includes(p.kotak) && failures(p, positions[i], PLACEMENT).join() === "pangkat");
    expect(stopped.length).toBeGreaterThan(0);
    const listed = readBlock(i, "Inspektur Daerah").rows.map((r) => r.nip);
    for (const p of stopped) expect(listed).not.toContain(p.nip);
  });

  it("gives the pane each position's block address on the Suksesi sheet", () => {
    summary.succession!.positions.forEach((p, i) => {
      expect(p.block?.sheet).toBe("Talenta - Suksesi");
      const at = parseCellAddress(p.block!.cell)!;
      expect(text(cell(suksesi, at.row, 0))).toBe(`${i + 1}. ${p.name}`);
    });
  });

  it("counts the talent pool and the bench strengths in the run summary", () => {
    const s = summary.succession!;
    expect(s.poolSize).toBe(people.filter((p) => p.kotak >= 7).length);
    expect(s.bench.hijau + s.bench.kuning + s.bench.merah).toBe(6);
    expect(s.placementDate).toBe("2027-01-01");
    expect(summary.sheetsWritten).toEqual(
      expect.arrayContaining(["Talenta - Suksesi", "Talenta - Talent Pool", "Talenta - Ringkasan"]),
    );
  });
});
