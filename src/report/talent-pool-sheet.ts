// "Talenta - Talent Pool": every member of the Kelompok Rencana Suksesi (RULES §1: Instansi = boxes 7, 8, 9;
// Nasional = box 9) as an Excel table, so the user can sort and filter; the header stays frozen.
// Ordered box 9, 8, 7, then Nilai Talenta, then the data sheet's order.
import { KOTAK_INFO, SHEET_NAMES, type Lang } from "../domain/glossary";
import { NIP_FLAG_LABEL, nipFlags } from "../domain/succession";
import type { CellValue, SheetLayout } from "../grid/types";
import { Canvas } from "./canvas";
import { KOTAK_COLOURS, TALENTA_HEADER, type KotakNumber } from "./palette";
import { FITTED_ROWS_UP_TO, pageFooter, wrappedRowHeights } from "./print-pages";
import { boxesText, phrase, POOL_SHORT } from "./report-labels";
import { sourceLine } from "./source-line";
import { nameOf, nipOf, type SuccessionReportInput } from "./succession-input";
import { sPhrase } from "./succession-labels";
import { HEADER_STYLE } from "./suksesi-layout";
import { resultColumnLabel, term } from "./terms";
import { listText } from "./text-format";
import { widthForWords } from "./text-measure";
import type { OwnedSheet } from "./types";

export const TALENT_POOL_TABLE = "TalentaTalentPool";
/** 0-based sheet row of the table's header. */
export const TALENT_POOL_HEADER_ROW = 3;

// Printed one page wide on A4 landscape: about 170 characters across keeps 11-point text above 8 points
// (RULES §7 print-ready). Long texts wrap in their column instead of being cut by the next one.
const COLUMNS = [
  { key: "no", width: 5 },
  { key: "nip", width: 19 }, // 18 digits
  { key: "nama", width: 21, wrap: true },
  { key: "jabatan", width: 20, wrap: true },
  { key: "unit", width: 18, wrap: true },
  { key: "pangkat", width: 14, wrap: true }, // "Penata Tingkat" / "I, III/d": two lines, golongan kept
  { key: "kotak", width: 6 },
  { key: "kategori", width: 25, wrap: true }, // two lines
  { key: "kinerja", width: 9 },
  { key: "potensial", width: 10 },
  { key: "nilaiTalenta", width: 8 },
  { key: "krs", width: 9 },
  { key: "catatan", width: 10, wrap: true },
] as const;

function headers(lang: Lang): string[] {
  return [
    phrase("no", lang),
    sPhrase("nip", lang),
    sPhrase("nama", lang),
    sPhrase("jabatanSaatIni", lang),
    sPhrase("unitKerja", lang),
    sPhrase("pangkat", lang),
    term("kotak", lang),
    term("kategori", lang),
    resultColumnLabel("nilaiKinerja", lang),
    resultColumnLabel("nilaiPotensial", lang),
    term("nilaiTalenta", lang),
    sPhrase("krs", lang),
    sPhrase("catatan", lang),
  ];
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Record indices of the pool, in the sheet's order. */
export function poolMembers(input: SuccessionReportInput): number[] {
  const c = input.classification;
  const boxes = new Set(input.config.pool.instansi);
  const members: number[] = [];
  for (let i = 0; i < c.kotak.length; i++) if (c.kotak[i] > 0 && boxes.has(c.kotak[i])) members.push(i);
  const talenta = (i: number) => (Number.isFinite(c.nilaiTalenta[i]) ? c.nilaiTalenta[i] : -Infinity);
  return members.sort((a, b) => c.kotak[b] - c.kotak[a] || talenta(b) - talenta(a) || a - b);
}

export function buildTalentPoolSheet(input: SuccessionReportInput): OwnedSheet {
  const { lang, run, classification: c, config } = input;
  const name = SHEET_NAMES.talentPool;
  const width = COLUMNS.length;
  const canvas = new Canvas(name, width);
  const members = poolMembers(input);
  const nasional = new Set(config.pool.nasional);

  canvas.set(0, 0, sPhrase("talentPoolTitle", lang)).merge(0, 0, 1, 6).format(0, 0, 1, 1, { bold: true, fontSize: 14, fontColor: TALENTA_HEADER.fill });
  const counts = `${sPhrase("poolInstansi", lang, { boxes: boxesText(config.pool.instansi, lang) })}: ${members.length} · ${sPhrase("poolNasional", lang, { boxes: boxesText(config.pool.nasional, lang) })}: ${members.filter((i) => nasional.has(c.kotak[i])).length}`;
  canvas.set(1, 0, `${sourceLine(run, lang, { preset: false })} · ${counts}`).merge(1, 0, 1, width);
  canvas.format(1, 0, 1, 1, { fontSize: 10, fontColor: "6B6B6B" });

  const h = TALENT_POOL_HEADER_ROW;
  const header = headers(lang);
  canvas.setRow(h, header).format(h, 0, 1, width, HEADER_STYLE);
  const people = input.succession.people;
  members.forEach((i, n) => {
    const person = people[i];
    if (person === undefined) throw new Error(`talent pool member at record ${i} has no succession data`);
    const k = c.kotak[i] as KotakNumber;
    // RULES §6: every NIP flag is noted; only a NIP stored as a number also leaves the member out of Suksesi.
    const codes = nipFlags(person);
    const row: CellValue[] = [
      n + 1,
      nipOf(input, person),
      nameOf(input, person),
      person.jabatan ?? null,
      person.unitKerja ?? null,
      person.pangkat ?? null,
      k,
      KOTAK_INFO[k].kategori[lang],
      finite(c.kinerjaScore[i]),
      finite(c.potensialScore[i]),
      finite(c.nilaiTalenta[i]),
      (nasional.has(k) ? POOL_SHORT.nasional : POOL_SHORT.instansi)[lang],
      codes.length > 0 ? codes.map((code) => NIP_FLAG_LABEL[lang][code]).join(" ") : null,
    ];
    canvas.setRow(h + 1 + n, row);
  });
  // The Kotak cell in its box colour: members are ordered by kotak, so one range per kotak, not one per row
  // (a 100,000-row sheet has tens of thousands of members).
  for (let from = 0; from < members.length; ) {
    const k = c.kotak[members[from]] as KotakNumber;
    let to = from + 1;
    while (to < members.length && c.kotak[members[to]] === k) to++;
    canvas.format(h + 1 + from, 6, to - from, 1, { fill: KOTAK_COLOURS[k].fill, fontColor: KOTAK_COLOURS[k].font, bold: true });
    from = to;
  }
  const rows = members.length;
  if (rows === 0) {
    canvas.set(h + 1, 0, sPhrase("emptyPool", lang, { list: listText([...config.pool.instansi].sort((a, b) => a - b)), boxes: boxesText(config.pool.instansi, lang) })).merge(h + 1, 0, 1, width);
  } else {
    canvas.format(h + 1, 0, rows, 1, { numberFormat: "0", hAlign: "center" });
    canvas.format(h + 1, 1, rows, 1, { numberFormat: "@" });
    canvas.format(h + 1, 6, rows, 1, { numberFormat: "0", hAlign: "center" });
    canvas.format(h + 1, 8, rows, 3, { numberFormat: "0.00" });
    // Wrapped columns; the rows get heights that fit them (LibreOffice keeps a row without a height at one line).
    COLUMNS.forEach((col, i) => {
      if ("wrap" in col && col.wrap) canvas.format(h + 1, i, rows, 1, { wrap: true, vAlign: "top" });
    });
    canvas.format(h + 1, 0, rows, width, { vAlign: "top" });
  }

  // A header wraps between words, never inside one: a column is widened for a longer word of the run's language
  // ("Performance", "Succession"), never narrowed below the width set above.
  const columnWidths = COLUMNS.map((col, i) => ({ col: i, width: Math.max(col.width, widthForWords(header[i], { bold: true })) }));
  const block = canvas.toBlock();
  const bodyHeights = rows > 0 && rows <= FITTED_ROWS_UP_TO ? wrappedRowHeights(block.values, columnWidths, h + 1) : [];
  const layout: SheetLayout = {
    columnWidths,
    // The header row holds up to three lines ("Nilai / Potensial / (X)") at these widths.
    rowHeights: [{ row: 0, height: 24 }, { row: h, height: 45 }, ...bodyHeights],
    merges: canvas.merges,
    freeze: { rows: h + 1, cols: 0 },
    page: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      // The table's header row on top of every page.
      printTitles: { rows: { first: h, last: h } },
      footer: pageFooter(name, lang),
    },
    tabColor: TALENTA_HEADER.fill,
    // An Excel table needs a data row; an empty pool gets the note instead.
    ...(rows > 0 ? { tables: [{ name: TALENT_POOL_TABLE, rect: { row: h, col: 0, rows: rows + 1, cols: width }, style: "TableStyleMedium2" }] } : {}),
  };
  return { name, blocks: [block], layout, charts: [] };
}
