// The ribbon's record for the pane: read only while it is news, worded in the pane's language, taken once.
import { describe, expect, it } from "vitest";
import { decodeRibbonRun, encodeRibbonRun, RIBBON_RUN_KEY, ribbonFailureText, type RibbonRun } from "../../../src/app/ribbon-run";
import { takeRibbonRun } from "../../../src/taskpane/office/office-services";

const AT = new Date("2026-03-02T08:00:00Z");
const later = (ms: number) => new Date(AT.getTime() + ms);
const failed: RibbonRun = {
  at: AT.toISOString(),
  sheet: "Data",
  ok: false,
  error: { code: "no-header", message: "No header row found on sheet \"Data\".", data: { sheet: "Data", lookedFor: ["NIP", "Nilai Kinerja"] } },
};

describe("ribbon run record", () => {
  it("is read back as written while it is at most ten minutes old", () => {
    expect(decodeRibbonRun(encodeRibbonRun(failed), later(0))).toEqual(failed);
    expect(decodeRibbonRun(encodeRibbonRun(failed), later(10 * 60_000))).toEqual(failed);
  });

  it("is not news after ten minutes, nor when it claims a time well ahead of now", () => {
    expect(decodeRibbonRun(encodeRibbonRun(failed), later(10 * 60_000 + 1))).toBeUndefined();
    expect(decodeRibbonRun(encodeRibbonRun(failed), later(-2 * 60_000))).toBeUndefined();
  });

  it("ignores what is not a record: nothing, broken JSON, another shape, a date that is no date", () => {
    for (const text of [null, "", "{", "[]", '{"ok":true}', JSON.stringify({ ...failed, at: "kemarin" })]) {
      expect(decodeRibbonRun(text, AT), String(text)).toBeUndefined();
    }
  });

  it("words a run error again in the pane's language from its code and data", () => {
    const text = ribbonFailureText(failed, "id");
    expect(text).toMatch(/^Baris judul kolom tidak ditemukan di lembar "Data"/);
    expect(text).toContain("NIP, Nilai Kinerja");
  });

  it("keeps the stored words of an error code this version does not know, and a crash's own text", () => {
    const unknown: RibbonRun = { ...failed, error: { code: "future-code" as never, message: "Pesan dari versi lain" } };
    expect(ribbonFailureText(unknown, "id")).toBe("Pesan dari versi lain");
    expect(ribbonFailureText({ at: AT.toISOString(), ok: false, crash: "RangeError: rusak" }, "en")).toBe("RangeError: rusak");
    expect(ribbonFailureText({ at: AT.toISOString(), ok: true, rows: 3, classified: 3, notClassified: 0, flagged: 0 }, "id")).toBeUndefined();
  });

  it("is taken from storage once: the second pane opening shows nothing", () => {
    const store = new Map<string, string>([[RIBBON_RUN_KEY, encodeRibbonRun(failed)]]);
    const storage = { getItem: (k: string) => store.get(k) ?? null, removeItem: (k: string) => void store.delete(k) };
    expect(takeRibbonRun(storage, later(1000))).toEqual(failed);
    expect(takeRibbonRun(storage, later(2000))).toBeUndefined();
    expect(takeRibbonRun(undefined, AT)).toBeUndefined();
    const throwing = { getItem: () => { throw new Error("SecurityError"); }, removeItem: () => {} };
    expect(takeRibbonRun(throwing, AT)).toBeUndefined();
  });
});
