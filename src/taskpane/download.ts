// Browser mode: hand the result workbook to the user as a file; nothing leaves the page.
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** "pemetaan.xlsx" → "pemetaan.talenta.xlsx" (any case of .xlsx; a name without it keeps its full text). */
export function resultFileName(name: string): string {
  const base = name.replace(/\.xlsx$/i, "");
  return `${base || "talenta"}.talenta.xlsx`;
}

export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
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
