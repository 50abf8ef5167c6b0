import { WorkbookReadError } from "./errors";
import { resolveLimits, type XlsxLimits } from "./limits";
import { PartStore } from "./part-store";
import { REL, RelsFile } from "./rels";
import { readWorkbookSheets, type SheetEntry } from "./workbook-part";
import { refuseDtd } from "./xml-text";
import { readZip } from "./zip-read";

export interface OpenedPackage {
  store: PartStore;
  workbookPart: string;
  sheets: SheetEntry[];
}

/**
 * Unpacks and checks a package: container sniffing, size limits, entry names, no DTD in any XML part,
 * and a workbook with a sheet list.
 * @throws WorkbookReadError
 */
export function openPackage(bytes: Uint8Array, limits?: Partial<XlsxLimits>): OpenedPackage {
  const entries = readZip(bytes, resolveLimits(limits));
  for (const e of entries) if (/\.(xml|rels|vml)$/i.test(e.name)) refuseDtd(e.data, e.name);
  const store = new PartStore(entries);
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
