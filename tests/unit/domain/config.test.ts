import { describe, expect, it } from "vitest";
import { configSchema, defaultConfig, parseConfig, type TalentaConfig } from "../../../src/domain/config";
import { PRESET_IDS } from "../../../src/domain/presets";

function withChange(change: (c: TalentaConfig) => void): unknown {
  const c = defaultConfig("bkn-411-2025");
  change(c);
  return c;
}

function paths(input: unknown): string[] {
  const r = parseConfig(input);
  return r.ok ? [] : r.issues.map((i) => i.path);
}

describe("configuration defaults (RULES §1, §2, §3, §5)", () => {
  it.each(PRESET_IDS)("accepts the default configuration of preset %s", (id) => {
    const r = parseConfig(defaultConfig(id));
    expect(r.ok).toBe(true);
  });
  it("ships cuts 80/60 on both axes, pool 7–9 / 9, the latest predikat year and versions 1", () => {
    const c = defaultConfig("skor-sumbu");
    expect(c.cuts).toEqual({ kinerja: { mid: 60, high: 80 }, potensial: { mid: 60, high: 80 } });
    expect(c.pool).toEqual({ instansi: [7, 8, 9], nasional: [9] });
    expect(c.predikatYears).toEqual({ mode: "latest" });
    expect(c.predikatPoints).toEqual({ sangatBaik: 100, baik: 80, butuhPerbaikan: 60, kurang: 40, sangatKurang: 20 });
    expect([c.schemaVersion, c.rulesVersion]).toEqual([1, 1]);
  });
  it("uses Nilai Talenta 0.5·X + 0.5·Y for bkn-411-2025 and the mean for the others", () => {
    expect(defaultConfig("bkn-411-2025").nilaiTalenta).toEqual({ kind: "weighted", kinerja: 50, potensial: 50 });
    expect(defaultConfig("permenpan-3-2020").nilaiTalenta).toEqual({ kind: "mean" });
  });
  it("gives each call its own copy, so editing one configuration never changes a preset", () => {
    const a = defaultConfig("bkn-411-2025");
    a.cuts.kinerja.high = 90;
    if (a.kinerja.kind === "scored") a.kinerja.inputs[0].weight = 1;
    const b = defaultConfig("bkn-411-2025");
    expect(b.cuts.kinerja.high).toBe(80);
    expect(b.kinerja.kind === "scored" && b.kinerja.inputs[0].weight).toBe(60);
  });
  it("fills the succession rules with their defaults when a saved configuration has none", () => {
    const c = defaultConfig("kategori") as Partial<TalentaConfig>;
    delete c.succession;
    const r = parseConfig(c);
    expect(r.ok && r.config.succession.defaultJumlahSuksesor).toBe(3);
  });
  it("describes every top-level field for the configuration editor", () => {
    for (const [key, schema] of Object.entries(configSchema.shape)) expect(schema.description, key).toBeTruthy();
  });
});

describe("configuration validation", () => {
  it("rejects kinerja weights that add to 90, not 100", () => {
    expect(paths(withChange((c) => c.kinerja.kind === "scored" && (c.kinerja.inputs[0].weight = 50)))).toEqual([
      "kinerja.inputs",
    ]);
  });
  it("accepts weights that add to 100 only through rounding (33.3 + 33.3 + 33.4)", () => {
    const r = parseConfig(
      withChange((c) => {
        c.potensial = {
          kind: "scored",
          inputs: [
            { id: "a", label: "A", weight: 33.3, source: { kind: "field", field: "asesmen" } },
            { id: "b", label: "B", weight: 33.3, source: { kind: "field", field: "rekamJejak" } },
            { id: "c", label: "C", weight: 33.4, source: { kind: "field", field: "jpm" } },
          ],
        };
      }),
    );
    expect(r.ok).toBe(true);
  });
  it("rejects cuts with mid not below high, and cuts above 100", () => {
    expect(paths(withChange((c) => (c.cuts.kinerja = { mid: 80, high: 80 })))).toEqual(["cuts.kinerja.mid"]);
    expect(paths(withChange((c) => (c.cuts.potensial = { mid: 60, high: 101 })))).toEqual(["cuts.potensial.high"]);
    expect(paths(withChange((c) => (c.cuts.potensial = { mid: -1, high: 80 })))).toEqual(["cuts.potensial.mid"]);
  });
  it("accepts the boundary cuts 0 ≤ mid < high ≤ 100", () =>
    expect(parseConfig(withChange((c) => (c.cuts.kinerja = { mid: 0, high: 100 }))).ok).toBe(true));
  it("rejects an unknown field in a source, naming its path", () => {
    const p = paths(
      withChange((c) => {
        if (c.kinerja.kind === "scored") c.kinerja.inputs[1].source = { kind: "field", field: "gaji" as "jpm" };
      }),
    );
    expect(p).toEqual(["kinerja.inputs.1.source.field"]);
  });
  it("rejects year weights that do not add to 100 and accepts 40/60", () => {
    expect(paths(withChange((c) => (c.predikatYears = { mode: "weighted", weights: { "2023": 40, "2024": 50 } })))).toEqual([
      "predikatYears.weights",
    ]);
    expect(parseConfig(withChange((c) => (c.predikatYears = { mode: "weighted", weights: { "2023": 40, "2024": 60 } }))).ok).toBe(true);
  });
  it("rejects a Nilai Talenta split that does not add to 100", () =>
    expect(paths(withChange((c) => (c.nilaiTalenta = { kind: "weighted", kinerja: 60, potensial: 60 })))).toEqual([
      "nilaiTalenta",
    ]));
  it("rejects a merit index outside 100–400 and accepts 100 and 400", () => {
    expect(paths(withChange((c) => (c.meritIndex = 99)))).toEqual(["meritIndex"]);
    expect(paths(withChange((c) => (c.meritIndex = 401)))).toEqual(["meritIndex"]);
    expect(parseConfig(withChange((c) => (c.meritIndex = 100))).ok).toBe(true);
    expect(parseConfig(withChange((c) => (c.meritIndex = 400))).ok).toBe(true);
  });
  it("rejects pool box 10 and a schema version 2", () => {
    expect(paths(withChange((c) => (c.pool.nasional = [10])))).toEqual(["pool.nasional.0"]);
    expect(paths(withChange((c) => ((c as { schemaVersion: number }).schemaVersion = 2)))).toEqual(["schemaVersion"]);
  });
  it("keeps saved column choices and a signer", () => {
    const r = parseConfig(
      withChange((c) => {
        c.mapping = { jpm: "JPM (%)" };
        c.signer = { nama: "Drs. A", nip: "197011252006041002", jabatan: "KEPALA BKPSDM", pangkat: "Pembina Utama Muda (IV/c)", tempat: "Balige" };
      }),
    );
    expect(r.ok && r.config.mapping).toEqual({ jpm: "JPM (%)" });
  });
  it("reports every problem in one pass, not only the first", () =>
    expect(paths(withChange((c) => {
      c.cuts.kinerja = { mid: 90, high: 80 };
      c.meritIndex = 50;
    })).sort()).toEqual(["cuts.kinerja.mid", "meritIndex"]));
});
