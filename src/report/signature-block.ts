// The place/date and signature block of printed BKPSDM tables (reference §8.4): `<Kota>, <tanggal>`, the
// signer's jabatan in capitals, room to sign, the name bold and underlined, `Pangkat (gol)`, `NIP. ` and
// 18 digits. Without a configured signer the lines are dotted, to fill in by hand.
import type { TalentaConfig } from "../domain/config";
import type { Lang } from "../domain/glossary";
import { parsePangkat, pangkatLabel } from "../domain/succession";
import type { Canvas } from "./canvas";
import { dateText } from "./text-format";

const DOTS = "..............................................";
/** Rows the block takes: place/date, jabatan, three to sign in, name, pangkat, NIP. */
export const SIGNATURE_ROWS = 8;

export interface SignatureLines {
  placeDate: string;
  jabatan: string;
  nama: string;
  pangkat: string;
  nip: string;
}

/** `Pembina Utama Muda (IV/c)` from any spelling the pangkat parser reads; otherwise the text as given. */
function pangkatLine(text: string): string {
  const parsed = parsePangkat(text);
  return parsed ? pangkatLabel(parsed.code) : text.trim();
}

export function signatureLines(signer: TalentaConfig["signer"], at: Date, lang: Lang): SignatureLines {
  const date = dateText(at, lang);
  if (!signer) {
    return { placeDate: `${DOTS.slice(0, 24)}, ${date}`, jabatan: DOTS, nama: DOTS, pangkat: DOTS, nip: `NIP. ${DOTS.slice(0, 30)}` };
  }
  const nip = signer.nip.replace(/[^\d]/g, "");
  return {
    placeDate: `${signer.tempat.trim() || DOTS.slice(0, 24)}, ${date}`,
    jabatan: signer.jabatan.trim().toUpperCase() || DOTS,
    nama: signer.nama.trim() || DOTS,
    pangkat: signer.pangkat.trim() ? pangkatLine(signer.pangkat) : DOTS,
    nip: `NIP. ${nip || DOTS.slice(0, 30)}`,
  };
}

/** Draws the block from `top`, merged over `cols` columns from `col`; returns the row after it. */
export function drawSignature(canvas: Canvas, top: number, col: number, cols: number, lines: SignatureLines): number {
  const rows: [offset: number, text: string][] = [
    [0, lines.placeDate],
    [1, lines.jabatan],
    [5, lines.nama],
    [6, lines.pangkat],
    [7, lines.nip],
  ];
  for (const [offset, text] of rows) canvas.set(top + offset, col, text).merge(top + offset, col, 1, cols);
  canvas.format(top, col, SIGNATURE_ROWS, cols, { hAlign: "center", wrap: true, vAlign: "top" });
  canvas.format(top + 1, col, 1, cols, { bold: true });
  canvas.format(top + 5, col, 1, cols, { bold: true, underline: true });
  canvas.format(top + 7, col, 1, cols, { numberFormat: "@" });
  return top + SIGNATURE_ROWS;
}
