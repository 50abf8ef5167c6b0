// Browser mode: hand the result workbook to the user as a file; nothing leaves the page.
import type { FileType } from "./services";

const XLSX: FileType = { extension: "xlsx", mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };

/**
 * "pemetaan.xlsx" → "pemetaan.talenta.xlsx": the extension is the one of the file's kind (a macro-enabled
 * workbook stays .xlsm, which Excel needs to open it); an Excel extension in any case is replaced, a name
 * without one keeps its full text.
 */
export function resultFileName(name: string, extension = XLSX.extension): string {
  const base = name.replace(/\.(xlsx|xlsm|xltx|xltm|xlam)$/i, "");
  return `${base || "talenta"}.talenta.${extension}`;
}

export function downloadBytes(bytes: Uint8Array, fileName: string, type: FileType = XLSX): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: type.mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
