// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { RunSummary } from "../../../src/app/types";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../../src/taskpane/components/App";
import { COLUMNS, fakeWorkbook, renderPane, summary } from "./fake-pane";

afterEach(cleanup);

// The workbook views are a lazy chunk in the pane; load the module once so React.lazy resolves at once here.
beforeAll(async () => {
  await import("../../../src/taskpane/components/WorkbookViews");
});

describe("task pane with fake use cases", () => {
  it("shows the detected header row, the mapping per column and why the preset was chosen", async () => {
    const { workbook } = fakeWorkbook(() => ({ ok: true, summary: summary() }));
    renderPane(workbook);
    const table = await screen.findByRole("table", { name: "Pemetaan kolom" });
    expect(screen.getByText(/Baris judul: 5, 6/)).toBeTruthy();
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getAllByRole("cell")[0].textContent)).toEqual(["B", "J", "K", "M", "N", "O"]);
    expect((screen.getByRole("combobox", { name: "Arti: Nilai Rekam Jejak" }) as HTMLSelectElement).value).toBe("rekamJejak");
    expect((screen.getByRole("combobox", { name: "Arti: Keterangan" }) as HTMLSelectElement).value).toBe("");
    expect(screen.getByTestId("preset-reason").textContent).toContain("permenpan-3-2020");
  });

  it("sends the changed mapping as an override and warns about the preset input left unmapped", async () => {
    const { workbook, calls } = fakeWorkbook((r) =>
      r.overrides?.rekamJejak === null
        ? {
            ok: false,
            error: {
              code: "preset-inputs-missing",
              message: "Kolom yang dibutuhkan preset permenpan-3-2020 tidak ditemukan: rekamJejak.",
              data: { preset: "permenpan-3-2020", missing: ["rekamJejak"], columns: COLUMNS.map((c) => (c.col === 12 ? { ...c, field: undefined } : c)) },
            },
          }
        : { ok: true, summary: summary() },
    );
    renderPane(workbook);
    const select = await screen.findByRole("combobox", { name: "Arti: Nilai Rekam Jejak" });
    fireEvent.change(select, { target: { value: "" } });
    await screen.findByText(/Masukan preset belum dipetakan: Nilai Rekam Jejak\./);
    expect(calls.at(-1)?.overrides).toEqual({ rekamJejak: null });
    // The table stays editable from the error's columns.
    expect((screen.getByRole("combobox", { name: "Arti: Nilai Rekam Jejak" }) as HTMLSelectElement).value).toBe("");
  });

  it("disables Klasifikasi while the potensial weights add up to 90, and enables it at 100", async () => {
    const { workbook, calls } = fakeWorkbook(() => ({ ok: true, summary: summary() }));
    renderPane(workbook);
    const rekam = await screen.findByRole("textbox", { name: "Rekam Jejak" });
    const button = screen.getByRole("button", { name: "Klasifikasi" }) as HTMLButtonElement;
    expect(button.disabled).toBe(false);

    fireEvent.change(rekam, { target: { value: "30" } });
    expect(screen.getByRole("alert").textContent).toBe("Jumlah bobot Potensial 90; harus 100.");
    expect(button.disabled).toBe(true);
    const previews = calls.length;

    fireEvent.change(screen.getByRole("textbox", { name: "Asesmen" }), { target: { value: "60" } });
    expect(screen.queryByRole("alert")).toBeNull();
    expect(button.disabled).toBe(false);
    // A valid edit becomes a custom configuration in the next preview.
    await waitFor(() => expect(calls.length).toBeGreaterThan(previews));
    const config = calls.at(-1)?.config as { preset: string; potensial: { inputs: { weight: number }[] } };
    expect(config.preset).toBe("custom");
    expect(config.potensial.inputs.map((i) => i.weight)).toEqual([60, 30, 10]);
  });

  it("refuses mid ≥ high for the potensial cuts with a message on the field", async () => {
    const { workbook } = fakeWorkbook(() => ({ ok: true, summary: summary() }));
    renderPane(workbook);
    const mid = await screen.findByRole("textbox", { name: "Menengah mulai" });
    fireEvent.change(mid, { target: { value: "80" } });
    expect(screen.getByText("Batas tingkat 2 harus di bawah batas tingkat 3.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Klasifikasi" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("lists the rows not classified in the glossary's words and selects the cell on click (Excel)", async () => {
    const issues: RunSummary["issues"] = [
      { code: "missing-value", severity: "error", row: 17, cell: "K25", field: "nilaiPotensi" },
      { code: "nip-duplicate", severity: "warning", row: 7, cell: "B15", field: "nip", input: "197907272008022001", data: { copies: 2 } },
    ];
    const { workbook } = fakeWorkbook(
      () => ({ ok: true, summary: summary() }),
      () => ({ ok: true, summary: summary({ issues, flagged: 1, sheetsWritten: ["Talenta - Kotak 9", "Talenta - Validasi"] }) }),
    );
    renderPane(workbook);
    await screen.findByTestId("preset-reason");
    fireEvent.click(screen.getByRole("button", { name: "Klasifikasi" }));
    const notClassified = await screen.findByRole("region", { name: "Tidak terklasifikasi (1)" });
    expect(notClassified.textContent).toContain(
      "Nilai Potensi kosong; baris ini tidak diklasifikasi. Isi kolom Nilai Potensi atau pilih preset lain.",
    );
    fireEvent.click(within(notClassified).getByRole("button", { name: "Ke sel K25" }));
    expect(workbook.selectCell).toHaveBeenCalledWith("Pemetaan Talenta", "K25");
    expect(screen.getByRole("region", { name: "Ditandai (1)" }).textContent).toContain("NIP 197907272008022001 muncul 2 kali.");
    expect(screen.getByText("Talenta - Kotak 9")).toBeTruthy();
    // Excel mode has nothing to download: the results are in the open workbook.
    expect(screen.queryByRole("button", { name: "Unduh hasil" })).toBeNull();
  });

  it("switches the pane to English, domain words included", async () => {
    const { workbook } = fakeWorkbook(() => ({ ok: true, summary: summary() }));
    renderPane(workbook);
    await screen.findByTestId("preset-reason");
    fireEvent.change(screen.getByRole("combobox", { name: "Bahasa" }), { target: { value: "en" } });
    expect(await screen.findByRole("button", { name: "Classify" })).toBeTruthy();
    expect(screen.getByRole("table", { name: "Column mapping" })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Track record" })).toBeTruthy();
    expect(screen.getByRole("table", { name: "Preview" }).querySelector('[data-kotak="9"]')?.getAttribute("aria-label")).toBe("Box 9: 1");
  });

  it("shows the shell while Office answers, then takes the workbook when the Excel use cases arrive", async () => {
    const { workbook } = fakeWorkbook(() => ({ ok: true, summary: summary() }));
    const pane = (services: Parameters<typeof App>[0]["services"]) => (
      <FluentProvider theme={webLightTheme}>
        <App services={services} />
      </FluentProvider>
    );
    const { rerender } = render(pane({ mode: "excel" }));
    expect(screen.getByText("Memuat…")).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Bahasa" })).toBeTruthy();
    rerender(pane({ mode: "excel", workbook }));
    expect(await screen.findByRole("table", { name: "Pemetaan kolom" })).toBeTruthy();
    expect(screen.queryByText("Memuat…")).toBeNull();
  });

  it("says why the ribbon's Klasifikasi failed when the pane opens after it, in the pane's words", async () => {
    const { workbook } = fakeWorkbook(() => ({ ok: true, summary: summary() }));
    let taken = 0;
    const run = { at: new Date().toISOString(), sheet: "Data", ok: false as const, error: { code: "sheet-protected" as const, message: "Sheet \"Data\" is protected.", data: { sheet: "Data" } } };
    render(
      <FluentProvider theme={webLightTheme}>
        <App services={{ mode: "excel", workbook, takeRibbonRun: () => (taken++ === 0 ? run : undefined) }} />
      </FluentProvider>,
    );
    expect(await screen.findByText('Klasifikasi dari pita tidak selesai (lembar "Data").')).toBeTruthy();
    expect(screen.getByText(/Lembar "Data" diproteksi\. Buka proteksinya/)).toBeTruthy();
  });

  it("reports a ribbon run that finished with its counts", async () => {
    const { workbook } = fakeWorkbook(() => ({ ok: true, summary: summary() }));
    const run = { at: new Date().toISOString(), sheet: "Data", ok: true as const, rows: 218, classified: 210, notClassified: 8, flagged: 5 };
    render(
      <FluentProvider theme={webLightTheme}>
        <App services={{ mode: "excel", workbook, takeRibbonRun: () => run }} />
      </FluentProvider>,
    );
    expect(await screen.findByText("210 dari 218 baris terklasifikasi, 8 tidak terklasifikasi.")).toBeTruthy();
  });
});
