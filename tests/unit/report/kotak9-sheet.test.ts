import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/grid/types";
import { buildKotak9Sheet } from "../../../src/report/kotak9-sheet";
import { cellAt, findCell, makeInput, many, numberFormatAt, sheetBlocks, type Person } from "./make-report-input";

const boxTitle = (k: number) => (v: CellValue) => typeof v === "string" && v.startsWith(`Kotak ${k} – `);

/** A hand-made distribution: 4 in kotak 9, 2 in 5, 1 in 7, 1 in 1, 2 not classified (10 rows, 8 classified). */
function distribution(): Person[] {
  return [...many(4, 9, 10), ...many(2, 5, 14), ...many(1, 7, 16), ...many(1, 1, 17), ...many(2, 0, 18)];
}

describe("RULES §1 Kotak 9 sheet: the grid in the printed orientation", () => {
  const sheet = buildKotak9Sheet(makeInput(distribution()));
  const main = sheet.blocks[0];
  const at = (k: number) => findCell(main, boxTitle(k))!;

  it("is the sheet named Talenta - Kotak 9", () => {
    expect(sheet.name).toBe("Talenta - Kotak 9");
    expect(sheetBlocks(sheet).every((b) => b.sheet === "Talenta - Kotak 9")).toBe(true);
  });

  it("prints rows 4 7 9 / 2 5 8 / 1 3 6 from top to bottom, left to right", () => {
    const rows = [[4, 7, 9], [2, 5, 8], [1, 3, 6]];
    for (const [i, line] of rows.entries()) {
      for (const [j, k] of line.entries()) {
        expect(at(k).row).toBe(at(4).row + 3 * i);
        expect(at(k).col).toBe(at(4).col + j);
      }
    }
  });

  it("puts box 9 top-right, box 1 bottom-left, box 4 top-left and box 6 bottom-right", () => {
    expect(at(9).row).toBe(at(4).row);
    expect(at(9).col).toBeGreaterThan(at(4).col);
    expect(at(1).col).toBe(at(4).col);
    expect(at(1).row).toBeGreaterThan(at(4).row);
    expect(at(6)).toEqual({ row: at(1).row, col: at(9).col });
  });

  it("labels kinerja levels down the left side (Di Atas on top) and potensial levels below (Tinggi right)", () => {
    expect(cellAt(main, at(4).row, at(4).col - 1)).toBe("Di Atas Ekspektasi");
    expect(cellAt(main, at(1).row, at(1).col - 1)).toBe("Di Bawah Ekspektasi");
    const below = at(1).row + 3;
    expect([0, 1, 2].map((j) => cellAt(main, below, at(1).col + j))).toEqual(["Rendah", "Menengah", "Tinggi"]);
    expect(findCell(main, (v) => v === "Kinerja")).toBeDefined();
    expect(findCell(main, (v) => v === "Potensial")).toBeDefined();
  });

  it("writes the official category in each box title", () => {
    expect(cellAt(main, at(9).row, at(9).col)).toBe("Kotak 9 – Kinerja di atas ekspektasi dan potensial tinggi");
    expect(cellAt(main, at(1).row, at(1).col)).toBe("Kotak 1 – Kinerja di bawah ekspektasi dan potensial rendah");
  });

  it("counts each box with its share of the classified rows", () => {
    const count = (k: number) => cellAt(main, at(k).row + 1, at(k).col);
    expect(count(9)).toBe("4 orang · 50,0%");
    expect(count(5)).toBe("2 orang · 25,0%");
    expect(count(7)).toBe("1 orang · 12,5%");
    expect(count(1)).toBe("1 orang · 12,5%");
    expect(count(3)).toBe("0 orang · 0,0%");
  });

  it("lists the names in each box and leaves an empty box without names", () => {
    expect(cellAt(main, at(5).row + 2, at(5).col)).toBe("Pegawai 5-1; Pegawai 5-2");
    expect(cellAt(main, at(3).row + 2, at(3).col)).toBeNull();
  });

  it("colours the boxes: 9 dark with white text, 1–3 one colour, 4–6 another, 7–8 another", () => {
    const fillOf = (k: number) =>
      main.formats!.find((f) => f.row === at(k).row && f.col === at(k).col && f.rows === 3 && f.style.fill)!.style;
    expect(fillOf(9).fontColor).toBe("FFFFFF");
    expect(fillOf(1).fill).toBe(fillOf(3).fill);
    expect(fillOf(4).fill).toBe(fillOf(6).fill);
    expect(fillOf(7).fill).toBe(fillOf(8).fill);
    expect(new Set([1, 4, 7, 9].map((k) => fillOf(k).fill)).size).toBe(4);
  });
});

describe("RULES §1 Kotak 9 sheet: legend and talent pool", () => {
  const sheet = buildKotak9Sheet(makeInput(distribution()));
  const main = sheet.blocks[0];
  const rowOfLabel = (text: string) => findCell(main, (v) => typeof v === "string" && v.startsWith(text))!.row;

  it("lists every box with kategori, rekomendasi, count and share", () => {
    const r9 = findCell(main, (v) => v === 9)!;
    expect(cellAt(main, r9.row, r9.col + 1)).toBe("Kinerja di atas ekspektasi dan potensial tinggi");
    expect(cellAt(main, r9.row, r9.col + 2)).toBe(
      "Dipromosikan dan dipertahankan; Masuk Kelompok Rencana Suksesi Instansi/Nasional; Penghargaan",
    );
    expect(cellAt(main, r9.row, r9.col + 4)).toBe(4);
    expect(cellAt(main, r9.row, r9.col + 5)).toBe(0.5);
    expect(numberFormatAt(main, r9.row, r9.col + 5)).toBe("0.0%");
  });

  it("RULES §1 counts the Instansi group from boxes 7, 8, 9 and the Nasional group from box 9", () => {
    const instansi = rowOfLabel("Kelompok Rencana Suksesi Instansi");
    const nasional = rowOfLabel("Kelompok Rencana Suksesi Nasional");
    expect(cellAt(main, instansi, 1)).toBe("Kelompok Rencana Suksesi Instansi (kotak 7, 8, 9)");
    expect(cellAt(main, instansi, 5)).toBe(5);
    expect(cellAt(main, instansi, 6)).toBe(5 / 8);
    expect(cellAt(main, nasional, 5)).toBe(4);
  });

  it("counts the rows not classified and the rows read", () => {
    const exactRow = (text: string) => findCell(main, (v) => v === text)!.row;
    expect(cellAt(main, exactRow("Tidak terklasifikasi"), 5)).toBe(2);
    expect(cellAt(main, exactRow("Baris dibaca"), 5)).toBe(10);
  });
});

/** Civil-service names with titles, commas inside ("Dr. Rina Lubis, S.STP., M.Si."), deterministic. */
function titledNames(count: number, caps = false): string[] {
  const pre = ["", "H. ", "Hj. ", "Dr. ", "dr. ", "Ir. ", "Drs. "];
  const first = ["Rahayu", "Yusuf", "Sari", "Bambang", "Nur'aini", "Lestari", "Gunawan", "Winda", "Ahmad", "Fauzi", "Rina"];
  const last = ["Wibowo", "Harahap", "Simanjuntak", "Sembiring", "Tanjung", "Caniago", "Syahputra", "Manurung"];
  const post = [", S.STP., M.Si.", ", S.E., M.M.", ", M.H.", ", S.Kom.", ", S.Kep.", ", S.H., M.H.", ""];
  return Array.from({ length: count }, (_, i) => {
    const name = `${pre[i % 7]}${first[i % 11]} ${last[(i * 3) % 8]}${post[(i * 5) % 7]}`;
    return caps ? name.toUpperCase() : name;
  });
}

/** Lines a text takes wrapped at spaces into lines of at most `width` characters (explicit breaks kept). */
function linesAt(text: string, width: number): number {
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = -1;
    lines++;
    for (const word of paragraph.split(" ")) {
      if (used >= 0 && used + 1 + word.length <= width) used += 1 + word.length;
      else {
        if (used >= 0) lines++;
        used = word.length;
      }
    }
  }
  return lines;
}

const namesOf = (sheet: ReturnType<typeof buildKotak9Sheet>, k: number) => {
  const main = sheet.blocks[0];
  const title = findCell(main, (v) => boxTitle(k)(v) || (typeof v === "string" && v.startsWith(`Box ${k} – `)))!;
  return cellAt(main, title.row + 2, title.col);
};

describe("Kotak 9 sheet: names in a box (review of the printed grid)", () => {
  it("separates people with '; ', since their titles hold commas", () => {
    const sheet = buildKotak9Sheet(makeInput([
      { row: 10, kotak: 9, nama: "H. Yusuf Wibowo, S.STP., M.Si." },
      { row: 11, kotak: 9, nama: "Sari Harahap, M.H." },
    ]));
    expect(namesOf(sheet, 9)).toBe("H. Yusuf Wibowo, S.STP., M.Si.; Sari Harahap, M.H.");
  });

  it("puts the highest Nilai Talenta first when the preset gives one", () => {
    const sheet = buildKotak9Sheet(makeInput([
      { row: 10, kotak: 8, nama: "Ani", nilaiTalenta: 71, potensial: 90, kinerja: 70 },
      { row: 11, kotak: 8, nama: "Budi", nilaiTalenta: 88.5, potensial: 85, kinerja: 70 },
      { row: 12, kotak: 8, nama: "Citra", nilaiTalenta: 80, potensial: 80, kinerja: 79 },
    ]));
    expect(namesOf(sheet, 8)).toBe("Budi; Citra; Ani");
  });

  it("without Nilai Talenta, puts the highest potensial + kinerja first, equal sums by name", () => {
    const sheet = buildKotak9Sheet(makeInput([
      { row: 10, kotak: 5, nama: "Dewi", potensial: 61, kinerja: 62 },
      { row: 11, kotak: 5, nama: "Eko", potensial: 79, kinerja: 70 },
      { row: 12, kotak: 5, nama: "Candra", potensial: 70, kinerja: 79 },
      { row: 13, kotak: 5, nama: "Fajar", potensial: 75, kinerja: 74 },
    ]));
    expect(namesOf(sheet, 5)).toBe("Candra; Eko; Fajar; Dewi");
  });

  it("orders by the scored axis alone when the other is a category (no score)", () => {
    const sheet = buildKotak9Sheet(makeInput([
      { row: 10, kotak: 9, nama: "Gita", potensial: 82 },
      { row: 11, kotak: 9, nama: "Hadi", potensial: 97 },
    ]));
    expect(namesOf(sheet, 9)).toBe("Hadi; Gita");
  });

  it("orders by name when both axes are categories", () => {
    const sheet = buildKotak9Sheet(makeInput([
      { row: 10, kotak: 4, nama: "Wulan" },
      { row: 11, kotak: 4, nama: "ahmad" },
      { row: 12, kotak: 4, nama: "Bambang" },
    ]));
    expect(namesOf(sheet, 4)).toBe("ahmad; Bambang; Wulan");
  });

  it("shows every name, without a marker, when they fit the cell", () => {
    const names = titledNames(4);
    const sheet = buildKotak9Sheet(makeInput(names.map((nama, i) => ({ row: 10 + i, kotak: 7, nama }))));
    const text = String(namesOf(sheet, 7));
    expect(text.split("; ").sort()).toEqual([...names].sort());
    expect(text).not.toContain("lainnya");
  });

  for (const caps of [false, true]) {
    it(`cuts a long list (${caps ? "names in capitals" : "titled names"}) to what the 110 pt cell shows, with "… dan N lainnya" on its own last line`, () => {
      const names = titledNames(95, caps);
      const sheet = buildKotak9Sheet(makeInput(names.map((nama, i) => ({ row: 10 + i, kotak: 5, nama, potensial: 60 + (i % 20), kinerja: 60 + (i % 7) }))));
      const text = String(namesOf(sheet, 5));
      const lines = text.split("\n");
      expect(lines).toHaveLength(2);
      const shown = lines[0].split("; ");
      expect(lines[1]).toBe(`… dan ${95 - shown.length} lainnya`);
      for (const name of shown) expect(names).toContain(name);
      // The printed cell (34 wide, 9 pt, 110 pt tall) held about 50 characters a line and 10 lines in
      // LibreOffice; capitals are wider. The names and the marker must stay well inside that.
      expect(linesAt(text, caps ? 34 : 42)).toBeLessThanOrEqual(9);
      expect(shown.length).toBeGreaterThanOrEqual(caps ? 4 : 6);
    });
  }

  it("shows the best placed, not the first rows of the sheet, when the list is cut", () => {
    const people = titledNames(60).map((nama, i) => ({ row: 10 + i, kotak: 9 as const, nama, nilaiTalenta: 80 + i / 10 }));
    const shown = String(namesOf(buildKotak9Sheet(makeInput(people)), 9)).split("\n")[0].split("; ");
    expect(shown).toEqual(people.slice().reverse().slice(0, shown.length).map((p) => p.nama));
  });

  it("says in English how many more", () => {
    const people = titledNames(50).map((nama, i) => ({ row: 10 + i, kotak: 2 as const, nama }));
    const text = String(namesOf(buildKotak9Sheet(makeInput(people, { lang: "en" })), 2));
    expect(text).toMatch(/\n… and \d+ more$/);
  });

  it("keeps the names cell far below Excel's 32,767 characters even with very long names", () => {
    const people = many(40, 2, 10).map((p, i) => ({ ...p, nama: `${"X".repeat(5000)}${i}` }));
    const names = String(namesOf(buildKotak9Sheet(makeInput(people)), 2));
    expect(names.length).toBeLessThan(32767);
    expect(names).toContain("dan 40 lainnya");
  });

  it("names a person by NIP, then by sheet row, when the name is missing", () => {
    const sheet = buildKotak9Sheet(makeInput([{ row: 10, kotak: 4, nip: "198001012006041001" }, { row: 11, kotak: 4 }]));
    expect(namesOf(sheet, 4)).toBe("198001012006041001; Baris 12");
  });
});

describe("RULES §7 Kotak 9 sheet: print-ready A4 landscape", () => {
  const sheet = buildKotak9Sheet(makeInput(distribution()));
  const main = sheet.blocks[0];

  it("fits the grid on one A4 landscape page without gridlines", () => {
    // One page wide, pages as tall as needed: Excel keeps manual page breaks only when the height is automatic.
    expect(sheet.layout.page).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.layout.showGridLines).toBe(false);
    const area = sheet.layout.page!.printArea!;
    for (const k of [1, 4, 6, 9]) {
      const c = findCell(main, boxTitle(k))!;
      expect(c.row).toBeGreaterThanOrEqual(area.row);
      expect(c.row + 2).toBeLessThan(area.row + area.rows);
      expect(c.col).toBeLessThan(area.col + area.cols);
    }
    const potensialTitle = findCell(main, (v) => v === "Potensial")!;
    expect(potensialTitle.row).toBeLessThan(area.row + area.rows);
  });

  it("merges the kinerja axis title over the three levels and sets the box widths", () => {
    const kinerja = findCell(main, (v) => v === "Kinerja")!;
    expect(sheet.layout.merges).toContainEqual({ row: kinerja.row, col: kinerja.col, rows: 9, cols: 1 });
    const box = findCell(main, boxTitle(5))!;
    expect(sheet.layout.columnWidths!.find((w) => w.col === box.col)!.width).toBeGreaterThanOrEqual(30);
  });

  it("writes the source sheet and the run date in the heading", () => {
    expect(findCell(main, (v) => typeof v === "string" && v.includes('"Data Pegawai"') && v.includes("12 Maret 2025"))).toBeDefined();
  });

  it("does not add format ranges as rows grow", () => {
    const small = buildKotak9Sheet(makeInput(many(5, 9, 10)));
    const large = buildKotak9Sheet(makeInput(many(3000, 9, 10)));
    const ranges = (s: typeof small) => sheetBlocks(s).reduce((n, b) => n + (b.formats?.length ?? 0), 0);
    expect(ranges(large)).toBe(ranges(small));
  });
});

describe("Kotak 9 sheet: English interface", () => {
  it("writes English words but keeps the Indonesian sheet name", () => {
    const sheet = buildKotak9Sheet(makeInput(distribution(), { lang: "en" }));
    const main = sheet.blocks[0];
    expect(sheet.name).toBe("Talenta - Kotak 9");
    expect(findCell(main, (v) => v === "Box 9 – Performance above expectations and high potential")).toBeDefined();
    expect(findCell(main, (v) => v === "4 people · 50.0%")).toBeDefined();
    expect(sheet.charts[0].xAxis.title).toBe("Potential: Low · Medium · High");
    expect(sheet.charts[0].yAxis.title).toBe("Performance: Below · Meets · Above expectations");
  });

  it("says 1 person, not 1 people, and box 9, not boxes 9", () => {
    const main = buildKotak9Sheet(makeInput(distribution(), { lang: "en" })).blocks[0];
    expect(findCell(main, (v) => v === "1 person · 12.5%")).toBeDefined();
    expect(findCell(main, (v) => v === "National succession group (box 9)")).toBeDefined();
    expect(findCell(main, (v) => typeof v === "string" && v.endsWith("(boxes 7, 8, 9)"))).toBeDefined();
  });

  it("gives the kinerja axis title a column wide enough for 'Performance' on one line", () => {
    const sheet = buildKotak9Sheet(makeInput(distribution(), { lang: "en" }));
    const axis = findCell(sheet.blocks[0], (v) => v === "Performance")!;
    // Bold 11 pt letters are wider than the width unit (a digit); 11 broke the word as "Performanc e".
    expect(sheet.layout.columnWidths!.find((w) => w.col === axis.col)!.width).toBeGreaterThanOrEqual("Performance".length + 3);
  });
});

describe("Kotak 9 sheet: a run with nobody classified", () => {
  it("shows zero counts without percentages and keeps the nine chart series", () => {
    const sheet = buildKotak9Sheet(makeInput(many(3, 0, 10)));
    const main = sheet.blocks[0];
    const title = findCell(main, boxTitle(9))!;
    expect(cellAt(main, title.row + 1, title.col)).toBe("0 orang");
    const r9 = findCell(main, (v) => v === 9)!;
    expect(cellAt(main, r9.row, r9.col + 5)).toBeNull();
    expect(sheet.charts[0].series).toHaveLength(9);
  });
});
