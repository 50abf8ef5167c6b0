import { describe, expect, it } from "vitest";
import {
  golonganLabel,
  pangkatCode,
  pangkatLabel,
  pangkatNama,
  parsePangkat,
} from "../../../../src/domain/succession/pangkat";

describe("reference §7.2 pangkat and golongan spellings", () => {
  it.each([
    ["IV/b", 42],
    ["IV.b", 42],
    ["IV b", 42],
    ["IVb", 42],
    ["iv/b", 42],
    ["IV-B", 42],
    ["Pembina Tk.I", 42],
    ["Pembina Tk. I, IV b", 42],
    ["Pembina Tingkat I, IV/b", 42],
    ["Pembina Tingkat 1", 42],
    ["PEMBINA TK.I", 42],
    ["Penata, III/c", 33],
    ["Penata Muda Tingkat I", 32],
    ["Penata Muda Tk. I (III/b)", 32],
    ["III/d", 34],
    ["Gol. III/d", 34],
    ["42", 42],
    [42, 42],
    ["I/a", 11],
    ["II/d", 24],
    ["IV/e", 45],
    ["4/b", 42],
    ["Pembina Utama Muda (IV/c)", 43],
    ["Pembina Utama Madya", 44],
    ["Pembina Utama", 45],
    ["Pembina", 41],
    ["Juru Muda", 11],
    ["Pengatur Tingkat I", 24],
  ])("reads %j as code %i", (text, code) => {
    expect(pangkatCode(text)).toBe(code);
  });

  it("gives the golongan of a pangkat name written alone", () => {
    expect(golonganLabel(pangkatCode("Penata Tingkat I")!)).toBe("III/d");
    expect(golonganLabel(pangkatCode("Pengatur Muda")!)).toBe("II/a");
  });

  it.each([[""], ["-"], ["IV/f"], ["V/a"], ["19"], ["Kepala Dinas"], [undefined]])("does not read %j", (text) => {
    expect(parsePangkat(text)).toBeUndefined();
  });

  it("lets the golongan win when name and golongan disagree, and says so", () => {
    expect(parsePangkat("Pembina Tingkat I, IV/c")).toEqual({ code: 43, conflict: { namaCode: 42 } });
    expect(parsePangkat("Penata, III/d")).toEqual({ code: 34, conflict: { namaCode: 33 } });
  });

  it("reports no conflict when name and golongan agree", () => {
    expect(parsePangkat("Pembina Tk. I, IV b")).toEqual({ code: 42 });
  });

  it("orders codes by seniority", () => {
    expect(pangkatCode("III/d")!).toBeLessThan(pangkatCode("IV/a")!);
    expect(pangkatCode("II/d")!).toBeLessThan(pangkatCode("III/a")!);
  });

  it("writes the labels back", () => {
    expect(golonganLabel(42)).toBe("IV/b");
    expect(pangkatNama(42)).toBe("Pembina Tingkat I");
    expect(pangkatLabel(43)).toBe("Pembina Utama Muda (IV/c)");
  });
});
