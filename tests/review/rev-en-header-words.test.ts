// Review (reviewB): English headers broken inside a word. Talent Pool's score and group columns (9 wide) and
// Ringkasan's kinerja axis column (9 wide) were sized for the Indonesian words; "Performance" (11 letters) and
// "Succession" (10) print as "Performa|nce" and "Successio|n" (seen in LibreOffice's PDF). kotak9-layout.ts
// already widened its axis column for the same word (11 wide broke it). RULES §7: print-ready sheets.
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/domain/config";
import { planSuccession, type Person } from "../../src/domain/succession";
import { buildRingkasanSheet, RINGKASAN_COL } from "../../src/report/ringkasan-sheet";
import type { SuccessionReportInput } from "../../src/report/succession-input";
import { buildTalentPoolSheet, TALENT_POOL_HEADER_ROW } from "../../src/report/talent-pool-sheet";
import { cellAt, makeInput } from "../unit/report/make-report-input";

const PEOPLE: Person[] = [{ record: 0, nip: "197501012000011001", nama: "Ani", kotak: 9, nilaiTalenta: 85 }];

function input(lang: "id" | "en"): SuccessionReportInput {
  const config = defaultConfig("skor-sumbu");
  const base = makeInput([{ row: 4, kotak: 9, nama: "Ani", nip: PEOPLE[0].nip, nilaiTalenta: 85, kinerja: 90, potensial: 80 }], { config, lang });
  const plan = planSuccession(PEOPLE, [], config.succession, { today: base.run.at, poolBoxes: config.pool.instansi });
  return { ...base, succession: { plan, people: PEOPLE } };
}

/** Words of a header that do not fit their column on one line: a bold letter per width unit, one unit of padding. */
function brokenWords(header: string, width: number): string[] {
  return header.split(/\s+/).filter((w) => w.length + 1 > width);
}

describe.each(["en", "id"] as const)("headers keep whole words (%s, review)", (lang) => {
  it("every Talent Pool header word fits its column's width", () => {
    const sheet = buildTalentPoolSheet(input(lang));
    const broken = sheet.layout.columnWidths!.flatMap(({ col, width }) => {
      const header = cellAt(sheet.blocks[0], TALENT_POOL_HEADER_ROW, col);
      return typeof header === "string" ? brokenWords(header, width).map((w) => `${w} (width ${width})`) : [];
    });
    expect(broken).toEqual([]);
  });

  it("the Ringkasan kinerja axis title fits its column's width", () => {
    const sheet = buildRingkasanSheet(input(lang));
    const width = sheet.layout.columnWidths!.find((w) => w.col === RINGKASAN_COL.axis)!.width;
    const title = sheet.blocks[0].values.map((r) => r[RINGKASAN_COL.axis]).find((v) => v === (lang === "en" ? "Performance" : "Kinerja"));
    expect(title).toBeDefined();
    expect(brokenWords(String(title), width)).toEqual([]);
  });
});
