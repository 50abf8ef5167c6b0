import { describe, expect, it } from "vitest";
import { eselonJenjang, JENJANG_STEP, parseJenjang, resolveJenjang } from "../../../../src/domain/succession/jenjang";
import { parseEselon } from "../../../../src/domain/succession/eselon";

describe("reference §7.3 jenjang text", () => {
  it.each([
    ["JPT Pratama", "jpt-pratama"],
    ["Jabatan Pimpinan Tinggi Pratama", "jpt-pratama"],
    ["jpt madya", "jpt-madya"],
    ["JPT Utama", "jpt-utama"],
    ["Administrator", "administrator"],
    ["Jabatan Administrator", "administrator"],
    ["Pengawas", "pengawas"],
    ["Pelaksana", "pelaksana"],
    ["JF Ahli Madya", "ahli-madya"],
    ["Fungsional Ahli Muda", "ahli-muda"],
    ["Ahli Pertama", "ahli-pertama"],
    ["Ahli Utama", "ahli-utama"],
    ["Pengawas Sekolah Ahli Madya", "ahli-madya"],
    ["Penyelia", "penyelia"],
    ["Terampil", "terampil"],
  ])("reads %j as %s", (text, jenjang) => {
    expect(parseJenjang(text)).toBe(jenjang);
  });

  it.each([["Struktural"], ["Fungsional"], [""], [undefined]])("reads %j as no level", (text) => {
    expect(parseJenjang(text)).toBeUndefined();
  });
});

describe("RULES §8 current level from the eselon", () => {
  it.each([
    ["II.a", "jpt-pratama"],
    ["II.b", "jpt-pratama"],
    ["III.a", "administrator"],
    ["III.b", "administrator"],
    ["IV.a", "pengawas"],
    ["IV.b", "pengawas"],
  ])("eselon %s is %s", (text, jenjang) => {
    expect(eselonJenjang(parseEselon(text)!)).toBe(jenjang);
  });

  it("lets a readable Jenjang / Jenis Jabatan value win over the eselon", () => {
    expect(resolveJenjang("JF Ahli Madya", "III.a")).toBe("ahli-madya");
    expect(resolveJenjang("Administrator", "II.b")).toBe("administrator");
  });

  it("falls back to the eselon when the jenjang cell says no level", () => {
    expect(resolveJenjang("Struktural", "IV.a")).toBe("pengawas");
    expect(resolveJenjang(undefined, "III.b")).toBe("administrator");
    expect(resolveJenjang("II.b", undefined)).toBe("jpt-pratama");
    expect(resolveJenjang(undefined, "99")).toBeUndefined();
  });

  it("puts Pengawas, Administrator and JPT Pratama on consecutive steps", () => {
    expect(JENJANG_STEP.administrator - JENJANG_STEP.pengawas).toBe(1);
    expect(JENJANG_STEP["jpt-pratama"] - JENJANG_STEP.administrator).toBe(1);
    expect(JENJANG_STEP["ahli-madya"]).toBe(JENJANG_STEP.administrator);
  });
});
