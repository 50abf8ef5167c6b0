import { WorkbookReadError } from "./errors";
import { resolveLimits, type XlsxLimits } from "./limits";
import { ContentTypes } from "./content-types";
import { packageKind, type PackageKind } from "./package-kind";
import { PartStore } from "./part-store";
import { REL, RelsFile } from "./rels";
import { readWorkbookSheets, type SheetEntry } from "./workbook-part";
import { refuseDtd } from "./xml-text";
import { parseAttrs, prefixOf, rootElement } from "./xml-scan";
import { claimsTooLittle, readZipDirectory } from "./zip-directory";
import { checkInflatedSize, inflateHead, InflateBudget } from "./zip-inflate";

export interface OpenedPackage {
  store: PartStore;
  workbookPart: string;
  sheets: SheetEntry[];
  kind: PackageKind;
}

// refuseDtd looks at the prolog only; 8 KiB of it is more than any real prolog.
const PROLOG_BYTES = 8192;
// ISO/IEC 29500 Strict names its parts' namespaces and relationship types under this root (Transitional, what
// Excel saves by default and what Talenta reads and writes, uses schemas.openxmlformats.org).
const STRICT_NAMESPACE = "http://purl.oclc.org/ooxml/";

/**
 * Checks a package and reads only what every session needs (content types, relationships, workbook).
 * Other parts stay compressed until read, and are counted against the limits when they are.
 * Checked here: container sniffing, entry names, the sizes the headers claim, headers that claim
 * impossibly little (inflated and counted now), no DTD in any XML part, a workbook with a sheet list, and not
 * Strict Open XML (its sheets would read as empty: refused with a message that says how to re-save it).
 * @throws WorkbookReadError
 */
export function openPackage(bytes: Uint8Array, limits?: Partial<XlsxLimits>): OpenedPackage {
  const resolved = resolveLimits(limits);
  const entries = readZipDirectory(bytes, resolved);
  const budget = new InflateBudget(resolved);
  for (const e of entries) {
    if (claimsTooLittle(e)) checkInflatedSize(bytes, e, budget);
    if (/\.(xml|rels|vml)$/i.test(e.name)) refuseDtd(inflateHead(bytes, e, PROLOG_BYTES), e.name);
  }
  const store = new PartStore(bytes, entries, budget);
  if (!store.has("[Content_Types].xml")) throw notAWorkbook();
  const rootRels = store.text("_rels/.rels");
  const relations = rootRels === undefined ? [] : new RelsFile("", rootRels).targets();
  if (relations.some((r) => r.type.startsWith(STRICT_NAMESPACE))) throw strictOoxml();
  const officeDocument = relations.find((r) => r.type === REL.officeDocument)?.part;
  const workbookPart = store.resolve(officeDocument ?? "xl/workbook.xml");
  const typesXml = store.text("[Content_Types].xml") ?? "";
  if (!workbookPart || !/spreadsheetml|ms-excel/.test(typesXml)) throw notAWorkbook();
  const workbookXml = store.text(workbookPart)!;
  if (isStrict(workbookXml)) throw strictOoxml();
  return { store, workbookPart, sheets: readWorkbookSheets(workbookXml), kind: packageKind(new ContentTypes(typesXml), workbookPart) };
}

/** The workbook element's own namespace (declared on it, for its prefix) is Strict's. */
function isStrict(workbookXml: string): boolean {
  const root = rootElement(workbookXml);
  const prefix = prefixOf(root.name).slice(0, -1);
  const attrs = parseAttrs(workbookXml, root.start, root.contentStart - 1);
  return (attrs[prefix ? `xmlns:${prefix}` : "xmlns"] ?? "").startsWith(STRICT_NAMESPACE);
}

function strictOoxml(): WorkbookReadError {
  return new WorkbookReadError("strict-ooxml", "This workbook is saved as Strict Open XML Spreadsheet: save it as Excel Workbook (.xlsx) and try again.");
}

function notAWorkbook(): WorkbookReadError {
  return new WorkbookReadError("not-a-workbook", "This file is a zip package but not an Excel workbook (no workbook part).");
}
