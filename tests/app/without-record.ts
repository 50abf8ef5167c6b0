// A workbook without Talenta's record: what arrives when the sheets travel without the customXml part (copied to
// another workbook, a Google Sheets round trip). The relationship and content type of the part go with it.
import { unzipSync, zipSync } from "fflate";
import { expect } from "vitest";

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

export function withoutRecord(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const custom = Object.keys(files).filter((n) => n.startsWith("customXml/"));
  expect(custom.length).toBeGreaterThan(0);
  for (const n of custom) delete files[n];
  const rels = "xl/_rels/workbook.xml.rels";
  files[rels] = enc(dec(files[rels]).replace(/<Relationship [^>]*customXml[^>]*\/>/g, ""));
  const types = "[Content_Types].xml";
  files[types] = enc(dec(files[types]).replace(/<Override PartName="\/customXml[^>]*\/>/g, ""));
  return zipSync(files);
}
