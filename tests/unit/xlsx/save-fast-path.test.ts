import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { CellValue, FormatRange } from "../../../src/grid/types";
import { EditKind, SheetEdits } from "../../../src/hosts/xlsx/cell-edits";
import { RowCellWriter } from "../../../src/hosts/xlsx/cell-writer";
import { cellXml } from "../../../src/hosts/xlsx/cell-xml";
import { styleResolver } from "../../../src/hosts/xlsx/style-resolver";
import { SLICE_BYTES, utf8Slices } from "../../../src/hosts/xlsx/utf8-slices";
import { writeZip, writeZipAsync } from "../../../src/hosts/xlsx/zip-write";

const join = (chunks: Uint8Array[]) => {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.length));
  return out;
};
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("cell writer: the same <c> elements as cellXml, made once per column", () => {
  const values: CellValue[] = [
    null, 0, -0, 81.5, 1e21, -3.25e-7, Infinity, NaN, true, false, "", "Ani", "=1+1", "+62", "-", "@x", " lead", "trail ", "a\tb", "a\nb",
    "A & B <c>", "_x0041_", "snake_case", "&edge", "edge&", "<a", "a>", "_", "x_", "é", "~", "é ü 😀", "\u0001bell", "lone \ud800 surrogate", "\u00a0nbsp", "x".repeat(40_000),
  ];
  for (const prefix of ["", "x:"]) {
    it(`writes every kind of value exactly as cellXml does (prefix "${prefix}")`, () => {
      const w = new RowCellWriter(prefix);
      for (const [row, col] of [[0, 0], [99_999, 25], [3, 16_383]]) {
        for (const style of [0, 2, 17]) {
          w.start(row);
          for (const v of values) w.add(col, v, style);
          expect(w.xml()).toBe(values.map((v) => cellXml(row, col, v, style, prefix)).join(""));
        }
      }
    });
  }

  it("starts each row empty", () => {
    const w = new RowCellWriter();
    w.start(0);
    w.add(0, 1, 0);
    w.start(1);
    expect(w.empty).toBe(true);
    expect(w.xml()).toBe("");
  });
});

describe("UTF-8 slices for deflate: cut by bytes, whatever the pieces", () => {
  const all = (content: Parameters<typeof utf8Slices>[0], size: number) => [...utf8Slices(content, false, size)];

  it("cuts a text into full slices and marks only the last one", () => {
    const slices = all("abcdefghij", 4);
    expect(slices.map((s) => text(s.bytes))).toEqual(["abcd", "efgh", "ij"]);
    expect(slices.map((s) => s.last)).toEqual([false, false, true]);
  });

  it("an exactly full slice is the last one, with no empty slice after it; empty content is one empty slice", () => {
    expect(all("abcd", 4).map((s) => [text(s.bytes), s.last])).toEqual([["abcd", true]]);
    expect(all("", 4).map((s) => [s.bytes.length, s.last])).toEqual([[0, true]]);
    expect(all([], 4).map((s) => [s.bytes.length, s.last])).toEqual([[0, true]]);
  });

  it("never splits a character: a slice ends short where the next one does not fit", () => {
    // "é" is 2 bytes, "😀" 4: with 4-byte slices "aé" (3 bytes) cannot take the emoji.
    expect(all("aé😀b", 4).map((s) => text(s.bytes))).toEqual(["aé", "😀", "b"]);
  });

  it("gives the same slices for the same text in any pieces, a surrogate pair cut between two pieces included", () => {
    const whole = "ab😀cdé".repeat(50);
    const expected = all(whole, 7).map((s) => Array.from(s.bytes));
    for (const size of [1, 2, 3, 5]) {
      const pieces: string[] = [];
      for (let at = 0; at < whole.length; at += size) pieces.push(whole.slice(at, at + size));
      expect(all(pieces, 7).map((s) => Array.from(s.bytes))).toEqual(expected);
    }
  });

  it("clears each piece of a produced list once it is encoded; bytes are cut without copying", () => {
    const list = ["<a>", "b", "</a>"];
    expect(text([...utf8Slices(list, true)][0].bytes)).toBe("<a>b</a>");
    expect(list).toEqual(["", "", ""]);
    const bytes = new Uint8Array(10).fill(65);
    expect(all(bytes, 4).map((s) => [s.bytes.length, s.last])).toEqual([[4, false], [4, false], [2, true]]);
    expect(SLICE_BYTES).toBe(1 << 20);
  });
});

describe("zip writer on the thread pool: the same bytes as the synchronous writer", () => {
  it("writes small, exactly 1 MiB and multi-slice parts, given whole or produced in pieces, identically", async () => {
    const big = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>é".repeat(70_000);
    const sources = () => [
      { name: "a.xml", content: "<a/>" },
      { name: "b.xml", content: "x".repeat(SLICE_BYTES) },
      { name: "c.xml", content: () => big.match(/.{1,9999}/gsu) ?? [] },
      { name: "d.bin", content: new Uint8Array(3 * SLICE_BYTES + 5).fill(7) },
    ];
    const sync = writeZip(sources());
    const async = join(await writeZipAsync(sources()));
    expect(async).toEqual(sync);
    const files = unzipSync(async);
    expect(text(files["c.xml"])).toBe(big);
    expect(files["b.xml"].length).toBe(SLICE_BYTES);
    expect(files["d.bin"].every((b) => b === 7)).toBe(true);
  });

  it("fails with the producer's error and leaves nothing pending", async () => {
    const failing = () => {
      throw new Error("produce failed");
    };
    await expect(writeZipAsync([{ name: "a.xml", content: failing }])).rejects.toThrow("produce failed");
  });
});

describe("writeBlock rows: one lookup per row, the same edits as cell by cell", () => {
  it("appends a row left to right and clears only null unstyled cells", () => {
    const edits = new SheetEdits();
    edits.putRow(4, 2, ["a", null, null, 3], (i) => (i === 2 ? 5 : 0));
    const { cols, kinds, values, styles } = edits.row(4)!;
    expect({ cols, kinds, values, styles }).toEqual({ cols: [2, 3, 4, 5], kinds: [EditKind.Set, EditKind.Clear, EditKind.Set, EditKind.Set], values: ["a", null, null, 3], styles: [0, 0, 5, 0] });
  });

  it("rows of one shape share their columns and styles, and a change to one row leaves the others as written", () => {
    const edits = new SheetEdits();
    for (let r = 0; r < 4; r++) edits.putRow(r, 1, [r, `t${r}`], (i) => (i === 0 ? 7 : 3));
    expect(edits.row(0)!.styles).toBe(edits.row(3)!.styles);
    edits.restyle(1, 1, 9);
    edits.put(2, 4, EditKind.Set, "extra", 0);
    edits.clearRect({ row: 3, col: 2, rows: 1, cols: 1 });
    expect(edits.get(1, 1)).toEqual({ kind: "set", value: 1, style: 9 });
    expect(edits.get(2, 4)).toEqual({ kind: "set", value: "extra", style: 0 });
    expect(edits.get(3, 2)).toBeUndefined();
    // Row 0 is as written: none of the changes above leaked through the shared arrays.
    expect(edits.rowEdits(0)).toEqual([[1, { kind: "set", value: 0, style: 7 }], [2, { kind: "set", value: "t0", style: 3 }]]);
    expect(edits.rowEdits(3)).toEqual([[1, { kind: "set", value: 3, style: 7 }]]);
  });

  it("a clear that misses a row's cells leaves the row's arrays shared (no copy per row)", () => {
    const edits = new SheetEdits();
    for (let r = 0; r < 4; r++) edits.putRow(r, 1, [r, `t${r}`], () => 3);
    edits.clearRect({ row: 0, col: 5, rows: 4, cols: 2 });
    expect(edits.row(1)!.styles).toBe(edits.row(2)!.styles);
    expect(edits.rowEdits(1)).toEqual([[1, { kind: "set", value: 1, style: 3 }], [2, { kind: "set", value: "t1", style: 3 }]]);
  });

  it("a row of another shape gets its own arrays", () => {
    const edits = new SheetEdits();
    edits.putRow(0, 1, ["a", "b"], () => 3);
    edits.putRow(1, 1, ["a", null], () => 0);
    expect(edits.get(1, 2)).toEqual({ kind: "clear" });
    expect(edits.get(0, 2)).toEqual({ kind: "set", value: "b", style: 3 });
  });

  it("merges into a row already edited to the right, replacing the same cells", () => {
    const edits = new SheetEdits();
    edits.put(0, 5, EditKind.Set, "keep", 1);
    edits.put(0, 1, EditKind.Set, "old", 1);
    edits.putRow(0, 1, ["new", "b"], () => 0);
    expect(edits.row(0)!.cols).toEqual([1, 2, 5]);
    expect(edits.row(0)!.values).toEqual(["new", "b", "keep"]);
    edits.putRow(1, 0, [], () => 0);
    expect(edits.row(1)).toBeUndefined();
  });
});

describe("writeBlock formats: segments are recomputed only when the covering ranges change", () => {
  it("a row no range covers gives style 0, also when going back to it after a covered row", () => {
    const indexOf = () => 7;
    const formats: FormatRange[] = [{ row: 5, col: 0, rows: 2, cols: 1, style: { bold: true } }];
    const at = styleResolver(formats, indexOf);
    expect([at(5, 0), at(6, 0), at(7, 0), at(0, 0), at(5, 0), at(4, 0)]).toEqual([7, 7, 0, 0, 7, 0]);
  });

  it("ranges of one row each with the same shape resolve like one tall range", () => {
    const styles = [{ fill: "FFFF00" }, { fill: "00FF00" }];
    const seen: string[] = [];
    const indexOf = (s: object) => {
      const k = JSON.stringify(s);
      return seen.includes(k) ? seen.indexOf(k) + 1 : seen.push(k);
    };
    const formats: FormatRange[] = Array.from({ length: 6 }, (_, r) => ({ row: r, col: 1, rows: 1, cols: 2, style: { ...styles[r % 2] } }));
    formats.push({ row: 0, col: 2, rows: 6, cols: 1, style: { bold: true } });
    const at = styleResolver(formats, indexOf);
    const grid = [0, 1, 2, 3, 4, 5].map((r) => [0, 1, 2, 3].map((c) => at(r, c)));
    expect(grid).toEqual([
      [0, 1, 2, 0],
      [0, 3, 4, 0],
      [0, 1, 2, 0],
      [0, 3, 4, 0],
      [0, 1, 2, 0],
      [0, 3, 4, 0],
    ]);
    expect(seen).toEqual(['{"fill":"FFFF00"}', '{"fill":"FFFF00","bold":true}', '{"fill":"00FF00"}', '{"fill":"00FF00","bold":true}']);
  });
});
