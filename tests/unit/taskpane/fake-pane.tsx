// Fake use cases for the pane's component tests: a workbook whose preview and classify return fixed summaries.
import { vi } from "vitest";
import { configure, render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../../src/taskpane/components/App";
import type { PaneRequest, PaneServices, WorkbookActions } from "../../../src/taskpane/services";
import type { ClassifyOutcome, RunSummary } from "../../../src/app/types";

// The views come in a lazy chunk: on 2 shared cores under a full test run its first load can pass
// testing-library's 1 s default for findBy*, which made these tests fail by timing alone.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

export const COLUMNS: RunSummary["columns"] = [
  { col: 1, header: "NIP", field: "nip", via: "header" },
  { col: 9, header: "Predikat Kinerja 2024", field: "predikat", via: "header" },
  { col: 10, header: "Nilai Potensi", field: "nilaiPotensi", via: "header" },
  { col: 12, header: "Nilai Rekam Jejak", field: "rekamJejak", via: "header" },
  { col: 13, header: "Pertimbangan Lainnya", field: "pertimbanganLainnya", via: "header" },
  { col: 14, header: "Keterangan", via: "header" },
];

export function summary(over: Partial<RunSummary> = {}): RunSummary {
  return {
    sheet: "Pemetaan Talenta",
    headerRows: [4, 5],
    firstDataRow: 7,
    lastDataRow: 10,
    columns: COLUMNS,
    presetId: "permenpan-3-2020",
    presetReason: "Dipilih otomatis: preset pertama yang semua masukannya ada di lembar (permenpan-3-2020).",
    rows: 4,
    classified: 3,
    notClassified: 1,
    flagged: 0,
    kotakCounts: [1, 0, 0, 0, 0, 2, 0, 0, 0, 1],
    poolInstansi: 1,
    poolNasional: 1,
    issues: [],
    sheetsWritten: [],
    resultColumns: { first: 15, last: 24 },
    ...over,
  };
}

export function fakeWorkbook(
  preview: (r: PaneRequest) => ClassifyOutcome,
  classify?: () => ClassifyOutcome,
  options: { excel?: boolean } = { excel: true },
) {
  const calls: PaneRequest[] = [];
  const workbook: WorkbookActions = {
    listSheets: async () => [{ name: "Pemetaan Talenta", visibility: "visible", protected: false }],
    preview: vi.fn(async (r: PaneRequest) => {
      calls.push(r);
      return preview(r);
    }),
    classify: vi.fn(async (_r: PaneRequest, onProgress?: (s: "read" | "done") => void) => {
      onProgress?.("read");
      return classify ? classify() : { ok: true as const, summary: summary() };
    }),
  };
  if (options.excel !== false) workbook.selectCell = vi.fn(async () => {});
  return { workbook, calls };
}

export function renderPane(workbook: WorkbookActions) {
  const services: PaneServices = { mode: "excel", workbook };
  return render(
    <FluentProvider theme={webLightTheme}>
      <App services={services} />
    </FluentProvider>,
  );
}
