import { afterEach, describe, expect, it } from "vitest";
import type { ScatterChartSpec } from "../../src/grid/types";
import { runWithOfficeHost } from "../../src/hosts/office/office-host";
import { decodeSettingsXml, encodeSettingsXml, SETTINGS_NAMESPACE } from "../../src/hosts/settings-xml";
import { addSheet, type FakeWorkbook, installFakeExcel, newWorkbook, uninstallFakeExcel } from "../fakes/fake-excel";

afterEach(() => uninstallFakeExcel());

function workbook(apiVersion = "1.17"): FakeWorkbook {
  const model = installFakeExcel(newWorkbook(["Data"], apiVersion));
  addSheet(model, "Talenta - Kotak 9");
  return model;
}

describe("OfficeHost settings in a custom XML part", () => {
  it("reads undefined when the workbook has no Talenta part", async () => {
    workbook();
    expect(await runWithOfficeHost((h) => h.readSettings())).toBeUndefined();
  });

  it("round-trips text with markup characters, quotes, CDATA ends and non-Latin letters", async () => {
    const model = workbook();
    const text = JSON.stringify({ preset: "permenpan-3-2020", note: `a<b & "c" ]]> 'd' — Kinerja ≥ 80\r\n` });
    await runWithOfficeHost((h) => h.writeSettings(text));
    expect(model.customXmlParts).toHaveLength(1);
    expect(model.customXmlParts[0].namespaceUri).toBe(SETTINGS_NAMESPACE);
    expect(await runWithOfficeHost((h) => h.readSettings())).toBe(text);
  });

  it("replaces its own part on every write and leaves other parts alone", async () => {
    const model = workbook();
    model.customXmlParts.push({ id: "{other}", namespaceUri: "urn:lain", xml: '<x xmlns="urn:lain"/>' });
    await runWithOfficeHost((h) => h.writeSettings("satu"));
    await runWithOfficeHost(async (h) => {
      await h.writeSettings("dua");
      await h.writeSettings("tiga");
    });
    expect(model.customXmlParts.map((p) => p.namespaceUri).sort()).toEqual(["urn:lain", SETTINGS_NAMESPACE]);
    expect(await runWithOfficeHost((h) => h.readSettings())).toBe("tiga");
  });

  it("costs no sync of its own on a first run: the part ids came with the sheet list, and there are none", async () => {
    const model = workbook();
    await runWithOfficeHost(async (h) => {
      await h.listSheets();
      expect(await h.readSettings()).toBeUndefined();
    });
    expect(model.syncCount).toBe(1);
  });

  it("fetches a present part's XML in exactly one sync, and writes the new one with the final batch", async () => {
    const model = workbook();
    await runWithOfficeHost((h) => h.writeSettings("satu"));
    const before = model.syncCount;
    const read = await runWithOfficeHost(async (h) => {
      await h.listSheets();
      const text = await h.readSettings();
      await h.writeSettings("dua");
      return text;
    });
    expect(read).toBe("satu");
    expect(model.syncCount - before).toBe(3); // sheet list with ids, the XML, the final batch
    expect(model.customXmlParts.map((p) => decodeSettingsXml(p.xml))).toEqual(["dua"]);
  });

  it("replaces the part it wrote earlier in the same run after that write was sent, and reads back its own write", async () => {
    const model = workbook();
    model.customXmlParts.push({ id: "{old}", namespaceUri: SETTINGS_NAMESPACE, xml: encodeSettingsXml("lama") });
    const read = await runWithOfficeHost(async (h) => {
      await h.writeSettings("dua");
      await h.flush();
      await h.writeSettings("tiga");
      return h.readSettings();
    });
    expect(read).toBe("tiga");
    expect(model.customXmlParts.map((p) => decodeSettingsXml(p.xml))).toEqual(["tiga"]);
  });
});

const spec = (over: Partial<ScatterChartSpec> = {}): ScatterChartSpec => ({
  sheet: "Talenta - Kotak 9",
  anchor: { row: 1, col: 5, rows: 20, cols: 8 },
  title: "Kotak 9",
  xAxis: { title: "Potensial", min: 0, max: 3, majorUnit: 1 },
  yAxis: { title: "Kinerja", min: 0, max: 3, majorUnit: 1 },
  series: [
    { name: "Kotak 1", color: "C00000", x: { sheet: "Data", rect: { row: 1, col: 0, rows: 4, cols: 1 } }, y: { sheet: "Data", rect: { row: 1, col: 1, rows: 4, cols: 1 } } },
    { name: "Kotak 9", color: "00B050", x: { sheet: "Data", rect: { row: 5, col: 0, rows: 2, cols: 1 } }, y: { sheet: "Data", rect: { row: 5, col: 1, rows: 2, cols: 1 } } },
  ],
  ...over,
});

describe("OfficeHost native scatter chart", () => {
  it("draws one series per spec series from its cell ranges, with axes on the box borders and marker colours", async () => {
    const model = workbook();
    await runWithOfficeHost((h) => h.addScatterChart(spec()));
    const [chart] = model.sheets[1].charts;
    expect(chart.type).toBe("XYScatter");
    expect(chart.title).toBe("Kotak 9");
    expect(chart.category).toMatchObject({ minimum: 0, maximum: 3, majorUnit: 1, title: "Potensial" });
    expect(chart.value).toMatchObject({ minimum: 0, maximum: 3, majorUnit: 1, title: "Kinerja" });
    expect(chart.series.map((s) => [s.name, s.markerBackgroundColor, s.x?.rect.row, s.y?.rect.col, s.y?.rect.rows])).toEqual([
      ["Kotak 1", "#C00000", 1, 1, 4],
      ["Kotak 9", "#00B050", 5, 1, 2],
    ]);
  });

  it("draws each series with its marker shape (circle when none) and hides axis numbers when the spec says so", async () => {
    const model = workbook();
    const [one, nine] = spec().series;
    await runWithOfficeHost((h) => h.addScatterChart(spec({
      xAxis: { title: "Potensial", min: 0, max: 3, majorUnit: 1, tickLabels: false },
      series: [{ ...one, marker: "square" }, { ...nine, marker: "diamond" }, { ...one, name: "Kotak 2" }],
    })));
    const [chart] = model.sheets[1].charts;
    expect(chart.series.map((s) => s.markerStyle)).toEqual(["Square", "Diamond", "Circle"]);
    expect(chart.category.tickLabelPosition).toBe("None");
    expect(chart.value.tickLabelPosition).toBeUndefined();
  });

  it("leaves out a series without points and draws no chart when none has points", async () => {
    const model = workbook();
    const empty = { name: "Kotak 5", color: "FFC000", x: { sheet: "Data", rect: { row: 0, col: 0, rows: 0, cols: 1 } }, y: { sheet: "Data", rect: { row: 0, col: 1, rows: 0, cols: 1 } } };
    await runWithOfficeHost((h) => h.addScatterChart(spec({ series: [empty, ...spec().series] })));
    expect(model.sheets[1].charts[0].series.map((s) => s.name)).toEqual(["Kotak 1", "Kotak 9"]);
    await runWithOfficeHost((h) => h.addScatterChart(spec({ series: [empty] })));
    expect(model.sheets[1].charts).toHaveLength(1);
  });
});
