// @vitest-environment jsdom
// Issue 3: the pane shows the filtered-data refusal as it shows any run error, worded by the use case.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { runErrorMessage } from "../../src/app/messages";
import { fakeWorkbook, renderPane, summary } from "../unit/taskpane/fake-pane";

afterEach(cleanup);

describe("issue 3: a selection inside a filtered table gets a clear message in the pane", () => {
  it("shows the refusal naming the table after Klasifikasi", async () => {
    const data = { sheet: "Pemetaan Talenta", table: "DataPegawai" };
    const { workbook } = fakeWorkbook(
      () => ({ ok: true, summary: summary() }),
      () => ({ ok: false, error: { code: "data-filtered", message: runErrorMessage("data-filtered", "id", data), data } }),
    );
    renderPane(workbook);
    const button = await screen.findByRole("button", { name: "Klasifikasi" });
    fireEvent.click(button);
    const shown = await screen.findByText(/Tabel "DataPegawai" di lembar "Pemetaan Talenta" sedang difilter/);
    expect(shown.textContent).toContain("Data › Hapus");
  });
});

describe("issue 3: the preview says ahead of the click that the run would stop", () => {
  it("shows the warning under the preview heading", async () => {
    const data = { sheet: "Pemetaan Talenta", table: "DataPegawai" };
    const blocked = { code: "data-filtered" as const, message: runErrorMessage("data-filtered", "id", data), data };
    const { workbook } = fakeWorkbook(() => ({ ok: true, summary: { ...summary(), blocked } }));
    renderPane(workbook);
    const shown = await screen.findByTestId("preview-blocked");
    expect(shown.textContent).toMatch(/Tabel "DataPegawai" di lembar "Pemetaan Talenta" sedang difilter/);
  });
});
