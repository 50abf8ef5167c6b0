// The pane's stacked bars (issue 3) count people per unit kerja and per jenjang. RULES §8 reads a person's
// jenjang from a `Jenjang` / `Jenis Jabatan` value, else from the eselon (III.a = Administrator).
import { describe, it, expect } from "vitest";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { generateWorkbook } from "../../../src/hosts/xlsx/generate";
import { classifyWorkbook } from "../../../src/app/classify";
import type { CellValue } from "../../../src/grid/types";

const NOW = new Date("2026-11-23T10:00:00Z");
const nip = (i: number) => `1980010120050110${String(i).padStart(2, "0")}`;

async function groups(header: string[], rows: CellValue[][]) {
  const outcome = await classifyWorkbook(XlsxHost.open(generateWorkbook([header, ...rows])), { now: NOW });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.summary.groupCounts!;
}

describe("RULES §8 jenjang of a row, as the pane's per-jenjang bars count it", () => {
  it("reads the level from the eselon when the sheet has no Jenjang column", async () => {
    const g = await groups(
      ["NIP", "Nama", "Eselon", "Unit Kerja", "Nilai Kinerja", "Nilai Potensial"],
      [
        [nip(1), "A", "III.a", "Dinas X", 90, 90],
        [nip(2), "B", "III.b", "Dinas X", 90, 90],
        [nip(3), "C", "IV.a", "Dinas Y", 90, 90],
        [nip(4), "D", "II.b", "Dinas Y", 90, 90],
      ],
    );
    expect(Object.keys(g.jenjang).sort()).toEqual(["Administrator", "JPT Pratama", "Pengawas"]);
    expect(g.jenjang["Administrator"].reduce((a, b) => a + b, 0)).toBe(2);
    expect(g.unitKerja["Dinas X"].reduce((a, b) => a + b, 0)).toBe(2);
  });

  it("lets a Jenjang value win over the eselon, and keeps an unreadable value as typed", async () => {
    const g = await groups(
      ["NIP", "Nama", "Jenjang", "Eselon", "Nilai Kinerja", "Nilai Potensial"],
      [
        [nip(1), "A", "JF Ahli Madya", "III.a", 90, 90],
        [nip(2), "B", null, "IV.b", 90, 90],
        [nip(3), "C", "Struktural", null, 90, 90],
      ],
    );
    expect(Object.keys(g.jenjang).sort()).toEqual(["Ahli Madya", "Pengawas", "Struktural"]);
  });

  it("counts each row in the box it got: index 0 holds the rows not classified", async () => {
    const g = await groups(
      ["NIP", "Nama", "Eselon", "Nilai Kinerja", "Nilai Potensial"],
      [
        [nip(1), "A", "III.a", 90, 90],
        [nip(2), "B", "III.a", null, 90],
      ],
    );
    const admin = g.jenjang["Administrator"];
    expect(admin[0]).toBe(1);
    expect(admin.slice(1).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it("has no jenjang groups when the sheet has neither a jenjang nor an eselon column", async () => {
    const g = await groups(["NIP", "Nama", "Nilai Kinerja", "Nilai Potensial"], [[nip(1), "A", 90, 90]]);
    expect(g.jenjang).toEqual({});
  });
});
