import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  defaultSuccessionConfig,
  resolvePlacementDate,
  successionConfigSchema,
} from "../../../../src/domain/succession/config";
import { day } from "./helpers";

describe("RULES §8 succession configuration", () => {
  it("parses an empty object into the shipped defaults", () => {
    expect(successionConfigSchema.parse({})).toEqual({
      maxAgeJptPratama: 56,
      minYearsToBup: 2,
      hukdisWindowYears: 2,
      siapSekarangKotak: [9],
      siapSekarangMinNilaiTalenta: 80,
      defaultJumlahSuksesor: 3,
      nearMisses: 3,
      allowRotation: true,
      bidangToRumpun: {},
      bup: { jpt: 60, administrator: 58, pengawas: 58, pelaksana: 58, ahliUtama: 65, ahliMadya: 60, fungsionalLainnya: 58 },
    });
    expect(defaultSuccessionConfig).toEqual(successionConfigSchema.parse({}));
  });

  it("can be embedded in a parent schema that omits it", () => {
    const parent = z.object({ succession: successionConfigSchema.prefault({}) });
    expect(parent.parse({}).succession).toEqual(defaultSuccessionConfig);
    const withDefault = z.object({ succession: successionConfigSchema.default(defaultSuccessionConfig) });
    expect(withDefault.parse({}).succession.bup.ahliUtama).toBe(65);
  });

  it("keeps a partial bup table and fills the rest", () => {
    const parsed = successionConfigSchema.parse({ bup: { administrator: 60 } });
    expect(parsed.bup.administrator).toBe(60);
    expect(parsed.bup.pengawas).toBe(58);
  });

  it("describes every field for the editor", () => {
    const shape = successionConfigSchema.shape;
    for (const [key, schema] of Object.entries(shape)) expect(schema.description, key).toBeTruthy();
    for (const [key, schema] of Object.entries(successionConfigSchema.shape.bup.unwrap().shape)) {
      expect(schema.description, key).toBeTruthy();
    }
  });

  it("refuses an impossible placement date and a negative number of years", () => {
    expect(successionConfigSchema.safeParse({ placementDate: "2027-02-30" }).success).toBe(false);
    expect(successionConfigSchema.safeParse({ placementDate: "01/01/2027" }).success).toBe(false);
    expect(successionConfigSchema.safeParse({ minYearsToBup: -1 }).success).toBe(false);
  });

  it("places on 1 January of the year after today by default", () => {
    const cfg = successionConfigSchema.parse({});
    expect(resolvePlacementDate(cfg, new Date(2026, 5, 15))).toBe(day("2027-01-01"));
    expect(resolvePlacementDate(cfg, new Date(2026, 11, 31, 23, 59))).toBe(day("2027-01-01"));
    expect(resolvePlacementDate(cfg, new Date(2027, 0, 1))).toBe(day("2028-01-01"));
  });

  it("uses the configured placement date when there is one", () => {
    const cfg = successionConfigSchema.parse({ placementDate: "2026-07-01" });
    expect(resolvePlacementDate(cfg, new Date(2026, 0, 5))).toBe(day("2026-07-01"));
  });
});
