import { WorkbookReadError } from "./errors";
import { resolveLimits, type XlsxLimits } from "./limits";
import { PartStore } from "./part-store";
import { REL, RelsFile } from "./rels";
import { readWorkbookSheets, type SheetEntry } from "./workbook-part";
import { refuseDtd } from "./xml-text";
import { claimsTooLittle, readZipDirectory } from "./zip-directory";
import { checkInflatedSize, inflateHead, InflateBudget } from "./zip-inflate";

export interface OpenedPackage {
  store: PartStore;
  workbookPart: string;
  sheets: SheetEntry[];
}

// refuseDtd looks at the prolog only; 8 KiB of it is more than any real prolog.
const PROLOG_BYTES = 8192;

/**
 * Checks a package and reads only what every session needs (content types, relationships, workbook).
 * Other parts stay compressed until read, and are counted against the limits when they are.
 * Checked here: container sniffing, entry names, the sizes the headers claim, headers that claim
 * impossibly little (inflated and counted now), no DTD in any XML part, and a workbook with a sheet list.
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
  const officeDocument = rootRels === undefined ? undefined : new RelsFile("", rootRels).targets().find((r) => r.type === REL.officeDocument)?.part;
  const workbookPart = store.resolve(officeDocument ?? "xl/workbook.xml");
  if (!workbookPart || !/spreadsheetml|ms-excel/.test(store.text("[Content_Types].xml") ?? "")) throw notAWorkbook();
  return { store, workbookPart, sheets: readWorkbookSheets(store.text(workbookPart)!) };
}

function notAWorkbook(): WorkbookReadError {
  return new WorkbookReadError("not-a-workbook", "This file is a zip package but not an Excel workbook (no workbook part).");
}
