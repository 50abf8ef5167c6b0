// Review (reviewB): English wording of one person and one box. The Kotak 9 sheet says "1 person" and "box 9"
// (kotak9-grid.ts ONE_PERSON / ONE_BOX); the Ringkasan and Talent Pool sheets, built from the same counts, still
// say "1 people" and "National group (boxes 9)" (RULES §1: English interface in English; the sheets must agree).
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/domain/config";
import { planSuccession, type Person } from "../../src/domain/succession";
import type { Block, CellValue } from "../../src/grid/types";
import { buildRingkasanSheet } from "../../src/report/ringkasan-sheet";
import type { SuccessionReportInput } from "../../src/report/succession-input";
import { buildTalentPoolSheet } from "../../src/report/talent-pool-sheet";
import { makeInput } from "../unit/report/make-report-input";

// One person in box 9 (the default KRS Nasional, RULES §1) and two in box 5.
const PEOPLE: Person[] = [
  { record: 0, nip: "197501012000011001", nama: "Ani", kotak: 9, nilaiTalenta: 85 },
  { record: 1, nip: "197601012001011002", nama: "Budi", kotak: 5, nilaiTalenta: 65 },
  { record: 2, nip: "197701012002011003", nama: "Citra", kotak: 5, nilaiTalenta: 62 },
];

function input(): SuccessionReportInput {
  const config = defaultConfig("skor-sumbu");
  const base = makeInput(
    PEOPLE.map((p, i) => ({ row: 4 + i, kotak: p.kotak as 9, nama: p.nama, nip: p.nip, nilaiTalenta: p.nilaiTalenta, kinerja: 70, potensial: 75 })),
    { config, lang: "en" },
  );
  const plan = planSuccession(PEOPLE, [], config.succession, { today: base.run.at, poolBoxes: config.pool.instansi });
  return { ...base, succession: { plan, people: PEOPLE } };
}

const texts = (block: Block) => block.values.flat().filter((v: CellValue): v is string => typeof v === "string");

describe("English sheets: one person, one box (review)", () => {
  it("Ringkasan counts the one person of box 9 as '1 person', as the Kotak 9 sheet does", () => {
    const all = texts(buildRingkasanSheet(input()).blocks[0]);
    expect(all.some((t) => t.startsWith("1 person ·"))).toBe(true);
    expect(all.some((t) => t.startsWith("1 people"))).toBe(false);
  });

  it("Ringkasan and Talent Pool name the national group's single box 'box 9', never 'boxes 9'", () => {
    const all = [...texts(buildRingkasanSheet(input()).blocks[0]), ...texts(buildTalentPoolSheet(input()).blocks[0])];
    expect(all.filter((t) => t.includes("boxes 9)"))).toEqual([]);
    expect(all.some((t) => t.includes("(box 9)"))).toBe(true);
  });
});
