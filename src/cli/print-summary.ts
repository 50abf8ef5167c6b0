// What the user reads after a run: where the header is, how columns were mapped, which preset and why, the grid.
import { leavesRowUnclassified } from "../domain/issues";
import type { Lang, RunSummary } from "../app/types";
import { columnLetters } from "../grid/a1";
import type { Level } from "../domain/classification";
import { formatIssue, LEVEL_LABELS } from "../domain/glossary";
import { kotakOf } from "../domain/ninebox";
import { term } from "../report/terms";
import { calendarDateText } from "../report/text-format";

export function printSummary(s: RunSummary, output: string, ms: number, lang: Lang): void {
  const id = lang === "id";
  const out: string[] = [];
  const rows = s.headerRows.map((r) => r + 1).join("–");
  out.push(`${id ? "Lembar" : "Sheet"}: ${s.sheet}   ${id ? "baris judul" : "header row"}: ${rows}   data: ${s.firstDataRow + 1}–${s.lastDataRow + 1}`);
  out.push(id ? "Pemetaan kolom:" : "Column mapping:");
  for (const c of s.columns) {
    const to = c.field ? `→ ${c.field}${c.via === "header" ? "" : ` (${c.via})`}` : id ? "(tidak dipakai)" : "(not used)";
    out.push(`  ${columnLetters(c.col).padEnd(3)} ${truncate(c.header, 34).padEnd(34)} ${to}`);
  }
  out.push(`Preset: ${s.presetId} — ${s.presetReason}`);
  out.push("");
  out.push(...grid(s.kotakCounts, lang));
  out.push("");
  out.push(
    id
      ? `Baris: ${s.rows}, terklasifikasi ${s.classified}, tidak terklasifikasi ${s.notClassified}, ditandai ${s.flagged}. Talent Pool (KRS Instansi) ${s.poolInstansi}, KRS Nasional ${s.poolNasional}.`
      : `Rows: ${s.rows}, classified ${s.classified}, not classified ${s.notClassified}, flagged ${s.flagged}. Talent pool (KRS Instansi) ${s.poolInstansi}, KRS Nasional ${s.poolNasional}.`,
  );
  if (s.succession) out.push(...successionLines(s.succession, lang));
  // A NIP stored as a number is an error on a classified row (RULES §6): not listed as not classified.
  const errors = s.issues.filter(leavesRowUnclassified);
  if (errors.length > 0) {
    out.push(id ? "Tidak terklasifikasi:" : "Not classified:");
    for (const i of errors.slice(0, 10)) out.push(`  ${i.cell ?? ""}  ${formatIssue(i, lang)}`);
    if (errors.length > 10) out.push(`  … ${errors.length - 10} ${id ? "lainnya (lihat lembar Talenta - Validasi)" : "more (see sheet Talenta - Validasi)"}`);
  }
  out.push(`${id ? "Hasil" : "Output"}: ${output}  (${(ms / 1000).toFixed(1)} s)`);
  process.stdout.write(out.join("\n") + "\n");
}

// Kinerja rows top to bottom (Di Atas first), potensial columns left to right, as on the Kotak 9 sheet.
const KINERJA_ROWS: Record<Lang, [Level, string][]> = {
  id: [[3, "Kinerja Di Atas"], [2, "Kinerja Sesuai"], [1, "Kinerja Di Bawah"]],
  en: [[3, "Perf. above"], [2, "Perf. meets"], [1, "Perf. below"]],
};
const POTENSIAL: Level[] = [1, 2, 3];

function grid(counts: number[], lang: Lang): string[] {
  const cell = (k: number) => `[${k}] ${String(counts[k] ?? 0).padStart(5)}`;
  const rows = KINERJA_ROWS[lang].map(([level, label]) => `${label.padEnd(16)} ${POTENSIAL.map((p) => cell(kotakOf(level, p))).join("  ")}`);
  const levels = POTENSIAL.map((p) => LEVEL_LABELS.potensial[p as 1 | 2 | 3][lang].padEnd(9)).join("  ");
  return [...rows, `${"".padEnd(16)} ${levels}  ← ${term("potensial", lang)}`];
}

/** RULES §8 headline: key positions and bench strength, or how to add the Jabatan Target sheet. */
function successionLines(x: NonNullable<RunSummary["succession"]>, lang: Lang): string[] {
  const id = lang === "id";
  if (!x.targetsSheet) return [id ? "Suksesi: belum ada lembar Jabatan Target (tambahkan dengan: talenta targets <berkas>)." : "Succession: no Jabatan Target sheet yet (add one with: talenta targets <file>)."];
  const out = [
    id
      ? `Suksesi (penempatan ${isoDateText(x.placementDate, lang)}): ${x.positions.length} jabatan target, bench Hijau ${x.bench.hijau}, Kuning ${x.bench.kuning}, Merah ${x.bench.merah}.`
      : `Succession (placement ${isoDateText(x.placementDate, lang)}): ${x.positions.length} key positions, bench green ${x.bench.hijau}, yellow ${x.bench.kuning}, red ${x.bench.merah}.`,
  ];
  for (const p of x.positions) {
    const names = p.candidates.map((c) => c.nama).join(", ") || (id ? "(tidak ada kandidat)" : "(no candidate)");
    out.push(`  ${p.benchLabel.padEnd(7)} ${truncate(p.name, 40).padEnd(40)} ${truncate(names, 70)}`);
  }
  if (x.excluded.length > 0) out.push(id ? `  ${x.excluded.length} anggota Talent Pool tidak diikutkan karena NIP-nya tersimpan sebagai angka.` : `  ${x.excluded.length} pool members left out because their NIP is stored as a number.`);
  for (const i of x.issues) out.push(`  Jabatan Target ${i.cell ?? ""}: ${i.message}`);
  return out;
}

/** One line of at most n characters: a header typed with Alt+Enter or tabs would break the table's lines. */
function truncate(s: string, n: number): string {
  const line = s.replace(/\s+/g, " ").trim();
  return line.length > n ? line.slice(0, n - 1) + "…" : line;
}

/** "2027-01-01" → "1 Januari 2027" / "1 January 2027"; any other text as it is. */
function isoDateText(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? calendarDateText(Number(m[1]), Number(m[2]), Number(m[3]), lang) : iso;
}
