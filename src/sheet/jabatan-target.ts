// The `Jabatan Target` sheet (RULES §8): one key position per row, found with the same tolerant header
// detection as the data sheet (title rows, two-row headers, a row of column numbers, a footer).
// Problems are issues with a code and a cell; wording comes later (report/).
import type { JabatanTargetIssue, KeyPosition } from "../domain/succession/types";
import { cellAddress } from "../grid/a1";
import type { CellValue, Grid } from "../grid/types";
import { nipLostDigits, parseNipCell, parseNumberCell, parseTextCell } from "./cells";
import { findDataExtent } from "./data-extent";
import { detectKeyedHeader } from "./header-detect";
import {
  JABATAN_TARGET_OTHER_HEADERS,
  JABATAN_TARGET_SYNONYMS,
  type JabatanTargetKey,
} from "./jabatan-target-synonyms";

export const JABATAN_TARGET_SHEET = "Jabatan Target";

/** `Jabatan Target`, `jabatan target`, ` Jabatan  Target `: the sheet is found by name, case and spaces ignored. */
export function isJabatanTargetSheetName(name: string): boolean {
  return name.trim().replace(/\s+/g, " ").toLowerCase() === JABATAN_TARGET_SHEET.toLowerCase();
}

export interface JabatanTargetDetection {
  headerRows: number[];
  firstDataRow: number;
  lastDataRow: number;
  columns: { col: number; header: string; key?: JabatanTargetKey }[];
}

export interface JabatanTargetRead {
  positions: KeyPosition[];
  /** 0-based sheet row of each position. */
  sheetRows: number[];
  issues: JabatanTargetIssue[];
  /** Undefined when no header was found. */
  detection?: JabatanTargetDetection;
}

function wholeCount(value: CellValue, format: string | undefined): number | undefined {
  const n = parseNumberCell(value, format);
  return n !== undefined && Number.isInteger(n) && n >= 1 ? n : undefined;
}

export function readJabatanTarget(grid: Grid): JabatanTargetRead {
  const header = detectKeyedHeader(grid, JABATAN_TARGET_SYNONYMS, { otherHeaders: JABATAN_TARGET_OTHER_HEADERS });
  const colOf = new Map<JabatanTargetKey, number>();
  for (const c of header?.columns ?? []) if (c.key !== undefined) colOf.set(c.key, c.col);
  if (!header || !colOf.has("jabatanTarget")) {
    return { positions: [], sheetRows: [], issues: [{ code: "target-no-header", cell: "A1" }] };
  }

  const { origin } = grid;
  const span = header.columns.map((c) => c.col - origin.col);
  const extent = findDataExtent(grid, header.firstDataRow, { span });
  const positions: KeyPosition[] = [];
  const sheetRows: number[] = [];
  const issues: JabatanTargetIssue[] = [];
  for (let row = extent.firstDataRow; row <= extent.lastDataRow; row++) {
    const r = row - origin.row;
    const value = (key: JabatanTargetKey): CellValue => {
      const col = colOf.get(key);
      return col === undefined ? null : (grid.values[r]?.[col - origin.col] ?? null);
    };
    const text = (key: JabatanTargetKey) => parseTextCell(value(key));
    const at = (key: JabatanTargetKey) => cellAddress(row, colOf.get(key)!);
    const name = text("jabatanTarget");
    if (name === undefined) {
      if (span.some((c) => parseTextCell(grid.values[r]?.[c] ?? null) !== undefined)) {
        issues.push({ code: "target-name-missing", cell: at("jabatanTarget") });
      }
      continue;
    }
    const position: KeyPosition = { jabatanTarget: name };
    const fields = ["jenjang", "eselon", "unitKerja", "pangkatMinimal", "pendidikanMinimal", "rumpun"] as const;
    for (const key of fields) {
      const t = text(key);
      if (t !== undefined) position[key] = t;
    }
    const pemangku = value("pemangkuNip");
    if (nipLostDigits(pemangku)) issues.push({ code: "target-pemangku-nip-number", cell: at("pemangkuNip"), input: pemangku });
    else {
      const nip = parseNipCell(pemangku);
      if (nip !== undefined) position.pemangkuNip = nip;
    }
    const jumlah = value("jumlahSuksesor");
    if (parseTextCell(jumlah) !== undefined) {
      const col = colOf.get("jumlahSuksesor")! - origin.col;
      const n = wholeCount(jumlah, grid.numberFormats[r]?.[col]);
      if (n === undefined) issues.push({ code: "target-jumlah-invalid", cell: at("jumlahSuksesor"), input: jumlah });
      else position.jumlahSuksesor = n;
    }
    positions.push(position);
    sheetRows.push(row);
  }
  return {
    positions,
    sheetRows,
    issues,
    detection: {
      headerRows: header.headerRows,
      firstDataRow: extent.firstDataRow,
      lastDataRow: extent.lastDataRow,
      columns: header.columns.map((c) => ({ col: c.col, header: c.header, ...(c.key ? { key: c.key } : {}) })),
    },
  };
}
