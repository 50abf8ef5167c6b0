// What the user reads after a run: where the header is, how columns were mapped, which preset and why, the grid.
import type { Lang, RunSummary } from "../app/types";
import { columnLetters } from "../grid/a1";
import { formatIssue } from "../domain/glossary";

export function printSummary(s: RunSummary, output: string, ms: number, lang: Lang): void {
  const id = lang === "id";
  const out: string[] = [];
  const rows = s.headerRows.map((r) => r + 1).join("–");
  out.push(`${id ? "Lembar" : "Sheet"}: ${s.sheet}   ${id ? "baris judul" : "header row"}: ${rows}   ${id ? "data" : "data"}: ${s.firstDataRow + 1}–${s.lastDataRow + 1}`);
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
      ? `Baris: ${s.rows}, terklasifikasi ${s.classified}, tidak terklasifikasi ${s.notClassified}, ditandai ${s.flagged}. Talent pool (KRS Instansi) ${s.poolInstansi}, KRS Nasional ${s.poolNasional}.`
      : `Rows: ${s.rows}, classified ${s.classified}, not classified ${s.notClassified}, flagged ${s.flagged}. Talent pool (KRS Instansi) ${s.poolInstansi}, KRS Nasional ${s.poolNasional}.`,
  );
  if (s.succession) out.push(...successionLines(s.succession, lang));
  const errors = s.issues.filter((i) => i.severity === "error");
  if (errors.length > 0) {
    out.push(id ? "Tidak terklasifikasi:" : "Not classified:");
    for (const i of errors.slice(0, 10)) out.push(`  ${i.cell ?? ""}  ${formatIssue(i, lang)}`);
    if (errors.length > 10) out.push(`  … ${errors.length - 10} ${id ? "lainnya (lihat lembar Talenta - Validasi)" : "more (see sheet Talenta - Validasi)"}`);
  }
  out.push(`${id ? "Hasil" : "Output"}: ${output}  (${(ms / 1000).toFixed(1)} s)`);
  process.stdout.write(out.join("\n") + "\n");
}

function grid(counts: number[], lang: Lang): string[] {
  const id = lang === "id";
  const cell = (k: number) => `[${k}] ${String(counts[k] ?? 0).padStart(5)}`;
  return [
    `${(id ? "Kinerja Di Atas" : "Perf. above").padEnd(16)} ${cell(4)}  ${cell(7)}  ${cell(9)}`,
    `${(id ? "Kinerja Sesuai" : "Perf. meets").padEnd(16)} ${cell(2)}  ${cell(5)}  ${cell(8)}`,
    `${(id ? "Kinerja Di Bawah" : "Perf. below").padEnd(16)} ${cell(1)}  ${cell(3)}  ${cell(6)}`,
    `${"".padEnd(16)} ${(id ? "Rendah" : "Low").padEnd(9)}  ${(id ? "Menengah" : "Medium").padEnd(9)}  ${(id ? "Tinggi" : "High").padEnd(9)}  ← ${id ? "Potensial" : "Potential"}`,
  ];
}

/** RULES §8 headline: key positions and bench strength, or how to add the Jabatan Target sheet. */
function successionLines(x: NonNullable<RunSummary["succession"]>, lang: Lang): string[] {
  const id = lang === "id";
  if (!x.targetsSheet) return [id ? "Suksesi: belum ada lembar Jabatan Target (tambahkan dengan: talenta targets <berkas>)." : "Succession: no Jabatan Target sheet yet (add one with: talenta targets <file>)."];
  const out = [
    id
      ? `Suksesi (penempatan ${x.placementDate}): ${x.positions.length} jabatan target, bench Hijau ${x.bench.hijau}, Kuning ${x.bench.kuning}, Merah ${x.bench.merah}.`
      : `Succession (placement ${x.placementDate}): ${x.positions.length} key positions, bench green ${x.bench.hijau}, yellow ${x.bench.kuning}, red ${x.bench.merah}.`,
  ];
  for (const p of x.positions) {
    const names = p.candidates.map((c) => c.nama).join(", ") || (id ? "(tidak ada kandidat)" : "(no candidate)");
    out.push(`  ${p.benchLabel.padEnd(7)} ${truncate(p.name, 40).padEnd(40)} ${truncate(names, 70)}`);
  }
  if (x.excluded.length > 0) out.push(id ? `  ${x.excluded.length} anggota talent pool tidak diikutkan karena NIP-nya.` : `  ${x.excluded.length} pool members left out because of their NIP.`);
  for (const i of x.issues) out.push(`  Jabatan Target ${i.cell ?? ""}: ${i.message}`);
  return out;
}

function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + "…" : s;
}
