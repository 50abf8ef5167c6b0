// From a classified table to a succession plan (RULES §8): each row becomes a Person (NIP flags from the
// run's issues, birth date from a Tanggal Lahir column else from the NIP), then planSuccession runs with
// the configuration's succession rules, its talent-pool boxes and the run's clock. Pure.
import type { Classification } from "../domain/classification";
import type { TalentaConfig } from "../domain/config";
import type { FieldId } from "../domain/fields";
import { normalizeNipText, nipFailure, parseNip } from "../domain/nip";
import { SHEET_NAMES } from "../domain/glossary";
import {
  BENCH_LABEL,
  BENCH_REASON,
  EXCLUSION_LABEL,
  formatReason,
  JENJANG_LABEL,
  planSuccession,
  READINESS_LABEL,
  type KeyPosition,
  type Person,
  type SuccessionPlan,
} from "../domain/succession";
import type { TalentaTable } from "../domain/table";
import { cellAddress } from "../grid/a1";
import { nameOf, nipOf, type SuccessionReportInput } from "../report/succession-input";
import { targetIssueText } from "../report/succession-labels";
import type { SuccessionPositionSummary, SuccessionSummary } from "./types";

type TextField = "nama" | "jabatan" | "unitKerja" | "pangkat" | "eselon" | "jenjang" | "pendidikan" | "jurusan" | "hukumanDisiplin" | "preferensiKarier";
type NumberField = "tanggalLahir" | "tmtJabatan" | "tanggalHukumanDisiplin" | "jpm";

function textOf(table: TalentaTable, field: FieldId, i: number): string | undefined {
  const column = table.fields[field];
  if (!column) return undefined;
  if (column.kind === "text") {
    const v = column.values[i]?.trim();
    return v === undefined || v === "" ? undefined : v;
  }
  const x = column.values[i];
  return Number.isFinite(x) ? String(x) : undefined;
}

function numberOf(table: TalentaTable, field: NumberField, i: number): number | undefined {
  const column = table.fields[field];
  if (!column || column.kind !== "number") return undefined;
  const x = column.values[i];
  return Number.isFinite(x) ? x : undefined;
}

const TEXT_FIELDS: readonly [keyof Person & TextField, FieldId][] = [
  ["nama", "nama"],
  ["jabatan", "jabatan"],
  ["unitKerja", "unitKerja"],
  ["pangkat", "pangkat"],
  ["eselon", "eselon"],
  ["jenjang", "jenjang"],
  ["pendidikan", "pendidikan"],
  ["jurusan", "jurusan"],
  ["preferensiKarier", "preferensiKarier"],
];

/** One Person per record of the table, index = record. */
export function buildPeople(table: TalentaTable, c: Classification): Person[] {
  const n = c.kotak.length;
  const flags = new Map<number, Set<string>>();
  for (const issue of c.issues) {
    if (issue.field !== "nip" && !issue.code.startsWith("nip-")) continue;
    let set = flags.get(issue.row);
    if (!set) flags.set(issue.row, (set = new Set()));
    set.add(issue.code);
  }
  const people: Person[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const person: Person = { record: i, kotak: c.kotak[i] };
    const f = flags.get(i);
    if (f?.has("nip-invalid")) person.nipInvalid = true;
    if (f?.has("nip-duplicate")) person.nipDuplicate = true;
    if (f?.has("nip-stored-as-number")) person.nipStoredAsNumber = true;
    const raw = textOf(table, "nip", i);
    const nip = raw === undefined ? undefined : normalizeNipText(raw);
    // A NIP the checks did not flag is valid; the failure check still guards rows the checks never saw.
    if (nip !== undefined && !person.nipStoredAsNumber && !person.nipInvalid && nipFailure(nip) === undefined) person.nip = nip;
    else if (nip !== undefined && !person.nipStoredAsNumber && !person.nipInvalid) person.nipInvalid = true;

    for (const [key, field] of TEXT_FIELDS) {
      const v = textOf(table, field, i);
      if (v !== undefined) person[key] = v;
    }
    const hukdis = textOf(table, "hukumanDisiplin", i);
    if (hukdis !== undefined) person.hukdis = hukdis;
    // RULES §8: age from the birth-date column when the sheet has one, else from digits 1–8 of the NIP.
    const born = numberOf(table, "tanggalLahir", i);
    if (born !== undefined) person.birthDays = born;
    else if (person.nip !== undefined) {
      const parsed = parseNip(person.nip);
      if (parsed.ok) person.birthDays = parsed.birthDays;
    }
    const tmt = numberOf(table, "tmtJabatan", i);
    if (tmt !== undefined) person.tmtJabatanDays = tmt;
    const hukdisDay = numberOf(table, "tanggalHukumanDisiplin", i);
    if (hukdisDay !== undefined) person.hukdisDays = hukdisDay;
    const jpm = numberOf(table, "jpm", i);
    if (jpm !== undefined) person.jpm = jpm;
    const nt = c.nilaiTalenta[i];
    if (Number.isFinite(nt)) person.nilaiTalenta = nt;
    people[i] = person;
  }
  return people;
}

export interface SuccessionRun {
  people: Person[];
  plan: SuccessionPlan;
}

/** The run's plan; `positions` is empty when the workbook has no Jabatan Target sheet (pool facts still count). */
export function planRunSuccession(
  table: TalentaTable,
  c: Classification,
  config: TalentaConfig,
  positions: readonly KeyPosition[],
  now: Date,
): SuccessionRun {
  const people = buildPeople(table, c);
  const plan = planSuccession(people, positions, config.succession, { today: now, poolBoxes: config.pool.instansi });
  return { people, plan };
}

/** The plan's headline facts, worded in the run's language; `blockRows` from the Suksesi sheet when written. */
export function summarizeSuccession(input: SuccessionReportInput, blockRows: readonly number[] | undefined): SuccessionSummary {
  const { lang } = input;
  const { plan, targets } = input.succession;
  const bench = { hijau: 0, kuning: 0, merah: 0 };
  for (const p of plan.positions) bench[p.bench.strength]++;
  const pool = new Set(input.config.pool.instansi);
  let poolSize = 0;
  for (const k of input.classification.kotak) if (k > 0 && pool.has(k)) poolSize++;
  const positions: SuccessionPositionSummary[] = plan.positions.map((p) => {
    const summary: SuccessionPositionSummary = {
      name: p.target.position.jabatanTarget,
      bench: p.bench.strength,
      benchLabel: BENCH_LABEL[lang][p.bench.strength],
      benchReason: BENCH_REASON[lang][p.bench.reason],
      jumlahSuksesor: p.jumlahSuksesor,
      eligibleCount: p.eligibleCount,
      candidates: p.candidates.map((c) => ({
        nip: nipOf(input, c.person),
        nama: nameOf(input, c.person),
        kotak: c.person.kotak,
        nilaiTalenta: c.person.nilaiTalenta ?? null,
        readiness: c.readiness,
        readinessLabel: READINESS_LABEL[lang][c.readiness],
        reasons: c.rules.filter((r) => r.pass === true).map((r) => formatReason(r.reason, lang)),
      })),
      nearMisses: p.nearMisses.map((m) => ({
        nip: nipOf(input, m.person),
        nama: nameOf(input, m.person),
        kotak: m.person.kotak,
        reasons: m.reasons.map((r) => formatReason(r.reason, lang)),
      })),
    };
    const jenjang = p.target.jenjang ? JENJANG_LABEL[p.target.jenjang] : p.target.position.jenjang;
    if (jenjang) summary.jenjang = jenjang;
    if (p.target.position.unitKerja) summary.unitKerja = p.target.position.unitKerja;
    const row = blockRows?.[p.index];
    if (row !== undefined) summary.block = { sheet: SHEET_NAMES.suksesi, cell: cellAddress(row, 0) };
    return summary;
  });
  const out: SuccessionSummary = {
    placementDate: plan.placementDate,
    poolSize,
    bench,
    positions,
    excluded: plan.excluded.map((e) => ({
      nip: nipOf(input, e.person),
      nama: nameOf(input, e.person),
      kotak: e.person.kotak,
      reasons: e.reasons.map((code) => EXCLUSION_LABEL[lang][code]),
    })),
    issues: (targets?.issues ?? []).map((i) => ({ code: i.code, ...(i.cell ? { cell: i.cell } : {}), message: targetIssueText(i.code, lang) })),
  };
  if (targets) out.targetsSheet = targets.sheet;
  return out;
}
