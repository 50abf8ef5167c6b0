// `talenta classify`: one workbook in, one workbook out (never the input unless -o names it).
import { readFileSync } from "node:fs";
import { classifyWorkbook } from "../app/classify";
import { FIELD_IDS, type FieldId } from "../domain/fields";
import { columnIndex, columnLetters } from "../grid/a1";
import type { CliArgs } from "./args";
import { cliText, mapText } from "./messages";
import { fail, openForEdit, saveEdited } from "./workbook-io";
import { printSummary } from "./print-summary";

export async function runClassify(args: CliArgs): Promise<number> {
  const t = cliText(args.lang);
  // Arguments first: a typo in --map or --config is reported before the workbook is read.
  const maps = parseMaps(args.maps, args.lang);
  if (typeof maps === "string") return fail(maps, 2);
  let config: unknown;
  if (args.config) {
    try {
      const text = decodeText(readFileSync(args.config));
      if (text === undefined) return fail(t.configNotText(args.config));
      config = JSON.parse(text);
    } catch (e) {
      return fail(t.configUnreadable(args.config, e instanceof Error ? e.message : String(e)));
    }
  }

  const started = Date.now();
  const opened = await openForEdit(args, t.needInput);
  if (typeof opened === "number") return opened;
  // A progress line only for a person watching a terminal; logs and pipes get the summary alone.
  const showProgress = !args.quiet && process.stderr.isTTY === true;
  const progress = (step: string): void => {
    if (showProgress) process.stderr.write(`\r${t.progress(step, Date.now() - started)}   `);
  };
  const outcome = await classifyWorkbook(opened.host, {
    sheet: args.sheet,
    presetId: args.preset,
    config,
    overrides: maps.byColumn,
    mapByHeader: maps.byHeader,
    lang: args.lang,
    onProgress: progress,
  });
  if (showProgress) process.stderr.write("\r" + " ".repeat(60) + "\r");
  if (!outcome.ok) return fail(outcome.error.message);

  const saved = await saveEdited(opened.host, opened.output, args.lang);
  if (saved !== 0) return saved;
  if (!args.quiet) printSummary(outcome.summary, opened.output, Date.now() - started, args.lang);
  return 0;
}

interface Maps {
  byColumn: Partial<Record<FieldId, number | null>>;
  byHeader: Partial<Record<FieldId, string>>;
}

/** Columns of an Excel sheet (A … XFD). */
const SHEET_COLUMNS = 16_384;

/**
 * `field=L` (a column letter, any letter case, A … XFD), `field=Header text`, `field=none`. Two fields on one
 * column letter, or one field twice, is a mistake reported here; a header text is looked up on the sheet (a text
 * not found there fails the run, src/app/prepare.ts).
 */
function parseMaps(maps: string[], lang: CliArgs["lang"]): Maps | string {
  const t = mapText(lang);
  const out: Maps = { byColumn: {}, byHeader: {} };
  const seen = new Set<FieldId>();
  for (const m of maps) {
    const eq = m.indexOf("=");
    const field = (eq > 0 ? m.slice(0, eq) : m).trim() as FieldId;
    const target = eq > 0 ? m.slice(eq + 1).trim() : "";
    if (!FIELD_IDS.includes(field)) return t.unknownField(m, field, FIELD_IDS);
    if (!target) return t.noTarget(m);
    if (seen.has(field)) return t.twice(m, field);
    seen.add(field);
    if (/^none$/i.test(target)) out.byColumn[field] = null;
    else if (/^[A-Za-z]{1,3}$/.test(target)) {
      const col = columnIndex(target.toUpperCase());
      if (col >= SHEET_COLUMNS) return t.beyondLastColumn(m, target.toUpperCase());
      const other = (Object.entries(out.byColumn) as [FieldId, number | null][]).find(([, c]) => c === col);
      if (other) return t.sameColumn(other[0], field, columnLetters(col));
      out.byColumn[field] = col;
    } else out.byHeader[field] = target;
  }
  return out;
}

/**
 * A configuration file's text. Windows writes JSON with a byte-order mark: Notepad UTF-8 with one, PowerShell
 * 5.1's `>` UTF-16LE; the mark says which, and is not part of the text. UTF-16 without a mark is recognised by
 * its zero bytes (JSON starts with an ASCII character). Undefined when the bytes are not text in either.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  try {
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return utf8.decode(b.subarray(3));
    if (b[0] === 0xff && b[1] === 0xfe) return utf16le(b.subarray(2));
    if (b[0] === 0xfe && b[1] === 0xff) return utf16le(Buffer.from(b.subarray(2)).swap16());
    if (b.length >= 2 && b.length % 2 === 0 && b[0] !== 0 && b[1] === 0) return utf16le(b);
    if (b.length >= 2 && b.length % 2 === 0 && b[0] === 0 && b[1] !== 0) return utf16le(Buffer.from(b).swap16());
    return utf8.decode(b);
  } catch {
    return undefined;
  }
}

function utf16le(b: Buffer): string {
  if (b.length % 2 !== 0) throw new Error("odd length");
  return new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true }).decode(b);
}
