// A macro-enabled workbook or a template keeps its kind through a run; a Strict Open XML file is refused with a
// message that says how to re-save it (its sheets would otherwise read as empty).
import { describe, expect, it } from "vitest";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { WorkbookReadError } from "../../src/hosts/xlsx/errors";
import { classifyWorkbook } from "../../src/app/classify";
import { entryHashes, fixtureBytes } from "./fixture-files";

const FIXTURE = "pemetaan-administrator-2025.xlsx";
const WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

/** The fixture with some parts' text rewritten (and optional parts added). */
function rewritten(edit: (name: string, text: string) => string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  const parts = unzipSync(fixtureBytes(FIXTURE));
  for (const [name, bytes] of Object.entries(parts)) {
    if (/\.(xml|rels)$/.test(name)) parts[name] = strToU8(edit(name, strFromU8(bytes)));
  }
  return zipSync({ ...parts, ...extra });
}

/** A macro-enabled workbook as Excel saves one: its own workbook content type and a VBA project part. */
function macroWorkbook(): Uint8Array {
  const vba = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]);
  return rewritten(
    (name, text) => {
      if (name === "[Content_Types].xml") {
        return text
          .replace(WORKBOOK_TYPE, "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
          .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
      }
      if (name === "xl/_rels/workbook.xml.rels") {
        return text.replace("</Relationships>", '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>');
      }
      return text;
    },
    { "xl/vbaProject.bin": vba },
  );
}

const STRICT = [
  ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"],
  ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"],
] as const;

function readError(bytes: Uint8Array): WorkbookReadError | undefined {
  try {
    XlsxHost.open(bytes);
    return undefined;
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw e;
  }
}

describe("package kinds", () => {
  it("reads the kind from the workbook part's content type", () => {
    expect(XlsxHost.open(fixtureBytes(FIXTURE)).kind).toBe("xlsx");
    expect(XlsxHost.open(macroWorkbook()).kind).toBe("xlsm");
    const template = rewritten((name, text) => (name === "[Content_Types].xml" ? text.replace(WORKBOOK_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml") : text));
    expect(XlsxHost.open(template).kind).toBe("xltx");
  });

  it("classifies a macro-enabled workbook and keeps it one: content type and VBA project unchanged", async () => {
    const input = macroWorkbook();
    const host = XlsxHost.open(input);
    const outcome = await classifyWorkbook(host, { now: new Date("2026-01-05T00:00:00Z") });
    expect(outcome.ok).toBe(true);
    const output = host.save();
    const before = entryHashes(input);
    const after = entryHashes(output);
    expect(after.get("xl/vbaProject.bin")).toBe(before.get("xl/vbaProject.bin"));
    const types = strFromU8(unzipSync(output)["[Content_Types].xml"]);
    expect(types).toContain('PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"');
    expect(types).toContain('Extension="bin" ContentType="application/vnd.ms-office.vbaProject"');
    expect(strFromU8(unzipSync(output)["xl/_rels/workbook.xml.rels"])).toContain('Target="vbaProject.bin"');
    expect(XlsxHost.open(output).kind).toBe("xlsm");
  });
});

describe("Strict Open XML", () => {
  it("is refused with its own code when the package and the workbook use Strict's namespaces", () => {
    const strict = rewritten((_, text) => STRICT.reduce((t, [from, to]) => t.split(from).join(to), text));
    const e = readError(strict);
    expect(e?.code).toBe("strict-ooxml");
    expect(e?.message).toMatch(/Strict Open XML/);
  });

  it("is refused when only the workbook element is in Strict's namespace", () => {
    const strict = rewritten((name, text) => (name === "xl/workbook.xml" ? text.split(STRICT[0][0]).join(STRICT[0][1]) : text));
    expect(readError(strict)?.code).toBe("strict-ooxml");
  });

  it("a transitional workbook that declares Strict's namespace for another prefix still opens", () => {
    const mentions = rewritten((name, text) => (name === "xl/workbook.xml" ? text.replace("<workbook ", '<workbook xmlns:s="http://purl.oclc.org/ooxml/spreadsheetml/main" ') : text));
    expect(strFromU8(unzipSync(mentions)["xl/workbook.xml"])).toContain("xmlns:s=");
    expect(readError(mentions)).toBeUndefined();
  });
});
