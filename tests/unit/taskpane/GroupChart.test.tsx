// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { fakeWorkbook, renderPane, summary } from "./fake-pane";

// chart.js is replaced by a recorder: each chart drawn leaves its configuration here.
const charts = vi.hoisted(() => [] as { config: any; destroyed: boolean }[]);
vi.mock("chart.js", () => {
  class Chart {
    static register = vi.fn();
    entry: { config: any; destroyed: boolean };
    constructor(_canvas: unknown, config: unknown) {
      this.entry = { config, destroyed: false };
      charts.push(this.entry);
    }
    destroy() {
      this.entry.destroyed = true;
    }
  }
  const piece = (name: string) => ({ id: name });
  return {
    Chart,
    BarController: piece("bar"),
    BarElement: piece("barElement"),
    CategoryScale: piece("category"),
    LinearScale: piece("linear"),
    Tooltip: piece("tooltip"),
    Legend: piece("legend"),
  };
});

afterEach(cleanup);

beforeAll(async () => {
  await import("../../../src/taskpane/components/WorkbookViews");
});

beforeEach(() => {
  charts.length = 0;
  // jsdom has no canvas; the pane only draws on one that gives a 2d context.
  HTMLCanvasElement.prototype.getContext = vi.fn(() => ({})) as unknown as HTMLCanvasElement["getContext"];
});

const GROUPS = {
  unitKerja: {
    "Dinas Pendidikan": [1, 0, 0, 0, 2, 3, 0, 1, 0, 1],
    BKPSDM: [0, 0, 0, 0, 0, 1, 0, 0, 0, 1],
    "": [0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
  },
  jenjang: { "JPT Pratama": [0, 0, 0, 0, 0, 0, 0, 0, 0, 2], Administrator: [1, 1, 0, 0, 2, 4, 0, 1, 0, 1] },
};

async function openDashboard() {
  const { workbook } = fakeWorkbook(
    () => ({ ok: true, summary: summary() }),
    () => ({ ok: true, summary: summary({ groupCounts: GROUPS }) }),
  );
  renderPane(workbook);
  await screen.findByTestId("preset-reason");
  fireEvent.click(screen.getByRole("button", { name: "Klasifikasi" }));
  fireEvent.click(await screen.findByRole("tab", { name: "Dasbor" }));
}

const stacked = () => charts.filter((c) => c.config.options?.indexAxis === "y");

describe("dashboard: stacked bars of the kotak per unit kerja and per jenjang", () => {
  it("draws one horizontal stacked bar per unit kerja, largest first, with a segment per kotak and one for not classified", async () => {
    await openDashboard();
    await waitFor(() => expect(stacked()).toHaveLength(1));
    const { config } = stacked()[0];
    expect(config.data.labels).toEqual(["Dinas Pendidikan", "BKPSDM", "(kosong)"]);
    expect(config.options.scales.x.stacked).toBe(true);
    expect(config.options.scales.y.stacked).toBe(true);
    const byLabel = Object.fromEntries(config.data.datasets.map((d: { label: string; data: number[] }) => [d.label, d.data]));
    expect(Object.keys(byLabel)).toEqual([...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => `Kotak ${k}`), "Tidak terklasifikasi"]);
    expect(byLabel["Kotak 5"]).toEqual([3, 1, 0]);
    expect(byLabel["Kotak 9"]).toEqual([1, 1, 0]);
    expect(byLabel["Kotak 1"]).toEqual([0, 0, 1]);
    expect(byLabel["Tidak terklasifikasi"]).toEqual([1, 0, 0]);
    const chart = screen.getByRole("img", { name: /menurut unit kerja/ });
    expect(chart.getAttribute("aria-label")).toBe("Jumlah pegawai per kotak menurut unit kerja: 3 kelompok.");
  });

  it("switches to jenjang with the toggle, destroying the unit kerja chart", async () => {
    await openDashboard();
    await waitFor(() => expect(stacked()).toHaveLength(1));
    fireEvent.click(screen.getByRole("radio", { name: "Jenjang" }));
    await waitFor(() => expect(stacked()).toHaveLength(2));
    expect(stacked()[0].destroyed).toBe(true);
    expect(stacked()[1].config.data.labels).toEqual(["Administrator", "JPT Pratama"]);
  });

  it("gives the same numbers in a table for screen readers, with each group's total", async () => {
    await openDashboard();
    const table = screen.getByTestId("group-table");
    const first = within(table).getAllByRole("row")[1];
    expect(within(first).getByRole("rowheader").textContent).toBe("Dinas Pendidikan");
    expect(within(first).getAllByRole("cell").map((c) => c.textContent)).toEqual(["0", "0", "0", "2", "3", "0", "1", "0", "1", "1", "8"]);
  });

  it("says so when the sheet has no jenjang column, instead of an empty chart", async () => {
    const { workbook } = fakeWorkbook(
      () => ({ ok: true, summary: summary() }),
      () => ({ ok: true, summary: summary({ groupCounts: { unitKerja: GROUPS.unitKerja, jenjang: {} } }) }),
    );
    renderPane(workbook);
    await screen.findByTestId("preset-reason");
    fireEvent.click(screen.getByRole("button", { name: "Klasifikasi" }));
    fireEvent.click(await screen.findByRole("tab", { name: "Dasbor" }));
    fireEvent.click(screen.getByRole("radio", { name: "Jenjang" }));
    expect(screen.getByText("Lembar ini tidak punya kolom jenjang.")).toBeTruthy();
  });
});
