// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import type { SuccessionSummary } from "../../../src/app/types";
import { fakeWorkbook, renderPane, summary } from "./fake-pane";

afterEach(cleanup);

beforeAll(async () => {
  await import("../../../src/taskpane/components/WorkbookViews");
});

// Two key positions as the use case words them (RULES §8): one with a bench of two, one with nobody eligible.
const SUCCESSION: SuccessionSummary = {
  targetsSheet: "Jabatan Target",
  placementDate: "2027-01-01",
  poolSize: 5,
  bench: { hijau: 1, kuning: 0, merah: 1 },
  positions: [
    {
      name: "Kepala Badan Kepegawaian dan Pengembangan SDM",
      jenjang: "JPT Pratama",
      unitKerja: "BKPSDM",
      bench: "hijau",
      benchLabel: "Hijau",
      benchReason: "2 kandidat siap untuk 2 suksesor yang dibutuhkan.",
      jumlahSuksesor: 2,
      eligibleCount: 3,
      candidates: [
        {
          nip: "197501012000031001",
          nama: "Budi Santoso",
          kotak: 9,
          nilaiTalenta: 88.25,
          readiness: "siap-sekarang",
          readinessLabel: "Siap sekarang",
          reasons: ["Pangkat IV/b ≥ IV/a", "Pendidikan S2 ≥ S1"],
        },
        {
          nip: null,
          nama: "Sri Wahyuni",
          kotak: 8,
          nilaiTalenta: null,
          readiness: "siap-1-2-tahun",
          readinessLabel: "Siap 1–2 tahun",
          reasons: [],
        },
      ],
      nearMisses: [{ nip: "198001012005011002", nama: "Agus Salim", kotak: 7, reasons: ["Usia 57 tahun pada 2027-01-01; paling tinggi 56"] }],
      block: { sheet: "Talenta - Suksesi", cell: "A12" },
    },
    {
      name: "Sekretaris Dinas Pendidikan",
      bench: "merah",
      benchLabel: "Merah",
      benchReason: "Tidak ada kandidat yang memenuhi syarat.",
      jumlahSuksesor: 1,
      eligibleCount: 0,
      candidates: [],
      nearMisses: [],
      block: { sheet: "Talenta - Suksesi", cell: "A30" },
    },
  ],
  excluded: [{ nip: "12345", nama: "Tanpa NIP Sah", kotak: 9, reasons: ["NIP tidak sah"] }],
  issues: [{ code: "target-missing-name", cell: "B9", message: "Nama jabatan kosong." }],
};

async function classifyWith(succession: SuccessionSummary | undefined, options?: { excel?: boolean }) {
  const { workbook } = fakeWorkbook(
    () => ({ ok: true, summary: summary() }),
    () => ({ ok: true, summary: summary({ succession }) }),
    options,
  );
  renderPane(workbook);
  await screen.findByTestId("preset-reason");
  fireEvent.click(screen.getByRole("button", { name: "Klasifikasi" }));
  await screen.findByText("Selesai: 3 baris diklasifikasi.");
  return workbook;
}

describe("RULES §8 Suksesi view in the task pane", () => {
  it("lists each key position with its bench strength as a coloured chip that also says the colour in words", async () => {
    await classifyWith(SUCCESSION);
    fireEvent.click(screen.getByRole("tab", { name: "Suksesi" }));
    const list = screen.getByRole("list", { name: "Jabatan kunci" });
    const buttons = within(list).getAllByRole("button");
    expect(buttons).toHaveLength(2);
    expect(buttons[0].textContent).toContain("Kepala Badan Kepegawaian dan Pengembangan SDM");
    expect(buttons[0].textContent).toContain("Kekuatan bangku: Hijau");
    expect(buttons[0].textContent).toContain("3 memenuhi syarat · butuh 2 suksesor");
    expect(buttons[0].textContent).toContain("JPT Pratama · BKPSDM");
    expect(buttons[1].querySelector("[data-bench]")?.getAttribute("data-bench")).toBe("merah");
    expect(buttons[1].textContent).toContain("Merah");
    // The headline counts: 1 hijau, 0 kuning, 1 merah.
    const counts = screen.getByRole("group", { name: "Kekuatan bangku" });
    expect(counts.textContent).toBe("Kekuatan bangku: Hijau 1Kekuatan bangku: Kuning 0Kekuatan bangku: Merah 1");
    expect(screen.getByText("2 jabatan kunci, 5 anggota talent pool; usia dihitung per 2027-01-01.")).toBeTruthy();
  });

  it("opens a position: candidates in rank order with the rules they pass, near-misses with the rule that stops them", async () => {
    await classifyWith(SUCCESSION);
    fireEvent.click(screen.getByRole("tab", { name: "Suksesi" }));
    const first = screen.getByRole("button", { name: /Kepala Badan Kepegawaian/ });
    expect(first.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(first);
    expect(first.getAttribute("aria-expanded")).toBe("true");
    const detail = screen.getByRole("region", { name: "Kepala Badan Kepegawaian dan Pengembangan SDM" });
    const candidates = within(detail).getByRole("list", { name: "Kandidat (2)" });
    const items = within(candidates).getAllByRole("listitem").filter((li) => li.parentElement === candidates);
    expect(items.map((li) => li.querySelector("strong")?.textContent)).toEqual(["Budi Santoso", "Sri Wahyuni"]);
    expect(items[0].textContent).toContain("Siap sekarang");
    expect(items[0].textContent).toContain("197501012000031001 · Kotak 9 · Nilai Talenta 88,25");
    expect(items[0].textContent).toContain("Pangkat IV/b ≥ IV/a");
    expect(items[1].textContent).toContain("tanpa NIP · Kotak 8");
    expect(items[1].textContent).not.toContain("Nilai Talenta");
    const near = within(detail).getByRole("list", { name: "Hampir memenuhi (1)" });
    expect(near.textContent).toContain("Agus Salim");
    expect(near.textContent).toContain("Usia 57 tahun pada 2027-01-01; paling tinggi 56");
    expect(detail.textContent).toContain("2 kandidat siap untuk 2 suksesor yang dibutuhkan.");
    // One position open at a time.
    fireEvent.click(screen.getByRole("button", { name: /Sekretaris Dinas Pendidikan/ }));
    expect(first.getAttribute("aria-expanded")).toBe("false");
    expect(screen.getByText("Belum ada kandidat yang memenuhi semua syarat.")).toBeTruthy();
  });

  it("in Excel, Buka di lembar selects the position's block on the Suksesi sheet", async () => {
    const workbook = await classifyWith(SUCCESSION);
    fireEvent.click(screen.getByRole("tab", { name: "Suksesi" }));
    fireEvent.click(screen.getByRole("button", { name: /Sekretaris Dinas Pendidikan/ }));
    fireEvent.click(screen.getByRole("button", { name: "Buka di lembar" }));
    expect(workbook.selectCell).toHaveBeenCalledWith("Talenta - Suksesi", "A30");
  });

  it("in the browser, shows the block's address instead of a button", async () => {
    await classifyWith(SUCCESSION, { excel: false });
    fireEvent.click(screen.getByRole("tab", { name: "Suksesi" }));
    fireEvent.click(screen.getByRole("button", { name: /Kepala Badan Kepegawaian/ }));
    expect(screen.queryByRole("button", { name: "Buka di lembar" })).toBeNull();
    expect(screen.getByText("Blok di lembar: 'Talenta - Suksesi'!A12")).toBeTruthy();
  });

  it("shows the Jabatan Target notes and the pool members left out for their NIP", async () => {
    await classifyWith(SUCCESSION);
    fireEvent.click(screen.getByRole("tab", { name: "Suksesi" }));
    expect(screen.getByText("Catatan lembar Jabatan Target (1)")).toBeTruthy();
    expect(screen.getByText("B9: Nama jabatan kosong.")).toBeTruthy();
    expect(screen.getByText("Tanpa NIP Sah (12345, Kotak 9): NIP tidak sah")).toBeTruthy();
  });

  it("says the workbook has no Jabatan Target sheet when the plan has no positions source", async () => {
    await classifyWith({ ...SUCCESSION, targetsSheet: undefined, positions: [], bench: { hijau: 0, kuning: 0, merah: 0 }, issues: [], excluded: [] });
    fireEvent.click(screen.getByRole("tab", { name: "Suksesi" }));
    expect(screen.getByText("Buku kerja ini belum punya lembar Jabatan Target, jadi belum ada tabel suksesi.")).toBeTruthy();
    expect(screen.queryByRole("list", { name: "Jabatan kunci" })).toBeNull();
  });

  it("has no Suksesi tab when the run made no succession plan", async () => {
    await classifyWith(undefined);
    expect(screen.getByRole("tab", { name: "Hasil" })).toBeTruthy();
    expect(screen.queryByRole("tab", { name: "Suksesi" })).toBeNull();
  });

  it("switches the view's own words to English (the use case's reasons stay in the run's language)", async () => {
    await classifyWith(SUCCESSION);
    fireEvent.change(screen.getByRole("combobox", { name: "Bahasa" }), { target: { value: "en" } });
    fireEvent.click(await screen.findByRole("tab", { name: "Succession" }));
    const first = screen.getByRole("button", { name: /Kepala Badan Kepegawaian/ });
    expect(first.textContent).toContain("Bench strength: Green");
    expect(first.textContent).toContain("3 eligible · 2 successors wanted");
    fireEvent.click(first);
    expect(screen.getByRole("list", { name: "Candidates (2)" }).textContent).toContain("Box 9 · Talent score 88.25");
    expect(screen.getByRole("button", { name: "Open in the sheet" })).toBeTruthy();
  });
});
