import type { Host } from "../../src/hosts/host";
import { RelsFile, relsPathFor } from "../../src/hosts/xlsx/rels";

export const DATA = "Hasil Pemetaan";
export const K9 = "Talenta - Kotak 9";
export const SUKSESI = "Talenta - Suksesi";

/** What one classify run does to rich-workbook: result columns I:J, two owned sheets, a chart, settings. */
export async function fullRun(host: Host): Promise<void> {
  await host.clearRange(DATA, { row: 3, col: 8, rows: 121, cols: 2 });
  const values = [["Kotak", "Kategori"], ...Array.from({ length: 120 }, (_, i) => [(i % 9) + 1, i % 7 === 0 ? "=Perlu dikembangkan" : `Kategori ${i % 9}`])];
  await host.writeBlock({
    sheet: DATA,
    row: 3,
    col: 8,
    values,
    formats: [
      { row: 0, col: 0, rows: 1, cols: 2, style: { bold: true, fill: "1F4E79", fontColor: "FFFFFF", hAlign: "center", border: "thin" } },
      { row: 1, col: 0, rows: 120, cols: 1, style: { numberFormat: "0", hAlign: "center" } },
    ],
  });
  await host.ensureSheet(K9);
  await host.writeBlock({ sheet: K9, row: 0, col: 0, values: [["Rekap Kotak 9"], [null], ["Potensial", "Kinerja"], [60, 80], [72.5, 65.89], [90.58, 62.36]], formats: [{ row: 0, col: 0, rows: 1, cols: 1, style: { bold: true, fontSize: 14 } }, { row: 3, col: 0, rows: 3, cols: 2, style: { numberFormat: "0.00" } }] });
  await host.setLayout(K9, {
    columnWidths: [{ col: 0, width: 14 }, { col: 1, width: 14 }, { col: 2, width: 30 }],
    rowHeights: [{ row: 0, height: 24 }],
    merges: [{ row: 0, col: 0, rows: 1, cols: 4 }],
    freeze: { rows: 3, cols: 0 },
    page: { orientation: "landscape", paper: "A4", fitToWidth: 1, fitToHeight: 1, printArea: { row: 0, col: 0, rows: 30, cols: 12 } },
    tabColor: "1F4E79",
    showGridLines: false,
  });
  await host.addScatterChart({
    sheet: K9,
    anchor: { row: 7, col: 0, rows: 20, cols: 8 },
    title: "Sebaran Kotak 9",
    xAxis: { title: "Potensial", min: 0, max: 100, majorUnit: 20 },
    yAxis: { title: "Kinerja", min: 0, max: 100, majorUnit: 20 },
    series: [
      { name: "Pegawai", color: "2E75B6", x: { sheet: K9, rect: { row: 3, col: 0, rows: 3, cols: 1 } }, y: { sheet: K9, rect: { row: 3, col: 1, rows: 3, cols: 1 } } },
      { name: "Data", color: "C00000", x: { sheet: DATA, rect: { row: 4, col: 7, rows: 120, cols: 1 } }, y: { sheet: DATA, rect: { row: 4, col: 6, rows: 120, cols: 1 } } },
    ],
  });
  await host.ensureSheet(SUKSESI);
  await host.writeBlock({ sheet: SUKSESI, row: 0, col: 0, values: [["Jabatan", "Calon"], ["Kepala Bidang", "'Ani"]] });
  await host.setLayout(SUKSESI, { page: { orientation: "portrait", paper: "A4" } });
  await host.writeSettings('{"preset":"skor-sumbu","versi":1}');
}

/** Parts that no relationship chain from the package root reaches. */
export function unreachableParts(texts: Map<string, string>): string[] {
  const seen = new Set<string>();
  const visit = (source: string) => {
    const rels = texts.get(relsPathFor(source).replace(/^\//, "").replace(/^_rels/, "_rels"));
    if (rels === undefined) return;
    for (const t of new RelsFile(source, rels).targets()) {
      if (seen.has(t.part) || !texts.has(t.part)) continue;
      seen.add(t.part);
      visit(t.part);
    }
  };
  visit("");
  return [...texts.keys()].filter((n) => !n.endsWith(".rels") && n !== "[Content_Types].xml" && !seen.has(n));
}

/** Relationship targets that point at a part that is not in the package. */
export function danglingTargets(texts: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [name, xml] of texts) {
    if (!name.endsWith(".rels")) continue;
    const source = name.replace(/_rels\/([^/]*)\.rels$/, "$1");
    for (const t of new RelsFile(source === ".rels" ? "" : source, xml).targets()) if (!texts.has(t.part)) out.push(`${name} → ${t.part}`);
  }
  return out;
}
