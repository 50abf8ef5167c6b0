// From a classified table to a succession plan (RULES §8): each row becomes a Person (NIP flags from the
// run's issues, birth date from a Tanggal Lahir column else from the NIP), then planSuccession runs with
// the configuration's succession rules, its talent-pool boxes and the run's clock. Pure.
import type { Classification } from "../domain/classification";
import type { TalentaConfig } from "../domain/config";
import { normalizeNipText, nipFailure, validNipBirthDays } from "../domain/nip";
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
import type { FieldColumn, TalentaTable } from "../domain/table";
import { cellAddress } from "../grid/a1";
import { nameOf, nipOf, type SuccessionReportInput } from "../report/succession-input";
import { targetIssueText } from "../report/succession-labels";
import type { SuccessionPositionSummary, SuccessionSummary } from "./types";

type TextField = "nama" | "jabatan" | "unitKerja" | "pangkat" | "eselon" | "jenjang" | "pendidikan" | "jurusan" | "hukumanDisiplin" | "preferensiKarier";
type NumberField = "tanggalLahir" | "tmtJabatan" | "tanggalHukumanDisiplin" | "jpm";

function textOf(column: FieldColumn | undefined, i: number): string | undefined {
  if (!column) return undefined;
  if (column.kind === "text") {
    const v = column.values[i]?.trim();
    return v === undefined || v === "" ? undefined : v;
  }
  const x = column.values[i];
  return Number.isFinite(x) ? String(x) : undefined;
}

function numberOf(column: FieldColumn | undefined, i: number): number | undefined {
  if (!column || column.kind !== "number") return undefined;
  const x = column.values[i];
  return Number.isFinite(x) ? x : undefined;
}

/** The columns a Person is read from, looked up once per run rather than once per row. */
type PersonColumns = Record<"nip" | TextField | NumberField, FieldColumn | undefined>;

function personColumns(table: TalentaTable): PersonColumns {
  const f = table.fields;
  return {
    nip: f.nip, nama: f.nama, jabatan: f.jabatan, unitKerja: f.unitKerja, pangkat: f.pangkat, eselon: f.eselon,
    jenjang: f.jenjang, pendidikan: f.pendidikan, jurusan: f.jurusan, hukumanDisiplin: f.hukumanDisiplin,
    preferensiKarier: f.preferensiKarier, tanggalLahir: f.tanggalLahir, tmtJabatan: f.tmtJabatan,
    tanggalHukumanDisiplin: f.tanggalHukumanDisiplin, jpm: f.jpm,
  };
}

/** NIP issue codes per record: the flags a Person carries. */
function nipFlags(c: Classification): Map<number, Set<string>> {
  const flags = new Map<number, Set<string>>();
  for (const issue of c.issues) {
    if (issue.field !== "nip" && !issue.code.startsWith("nip-")) continue;
    let set = flags.get(issue.row);
    if (!set) flags.set(issue.row, (set = new Set()));
    set.add(issue.code);
  }
  return flags;
}

// Each property is stored by name, in a fixed order: people then share a few shapes, and 25,000 of them are
// built in a few milliseconds (a store through a computed key is several times slower per row).
function personAt(cols: PersonColumns, c: Classification, i: number, f: Set<string> | undefined): Person {
  const person: Person = { record: i, kotak: c.kotak[i] };
  if (f?.has("nip-invalid")) person.nipInvalid = true;
  if (f?.has("nip-duplicate")) person.nipDuplicate = true;
  if (f?.has("nip-stored-as-number")) person.nipStoredAsNumber = true;
  const raw = textOf(cols.nip, i);
  const nip = raw === undefined ? undefined : normalizeNipText(raw);
  // A NIP the checks did not flag is valid; the failure check still guards rows the checks never saw.
  if (nip !== undefined && !person.nipStoredAsNumber && !person.nipInvalid && nipFailure(nip) === undefined) person.nip = nip;
  else if (nip !== undefined && !person.nipStoredAsNumber && !person.nipInvalid) person.nipInvalid = true;

  const nama = textOf(cols.nama, i);
  if (nama !== undefined) person.nama = nama;
  const jabatan = textOf(cols.jabatan, i);
  if (jabatan !== undefined) person.jabatan = jabatan;
  const unitKerja = textOf(cols.unitKerja, i);
  if (unitKerja !== undefined) person.unitKerja = unitKerja;
  const pangkat = textOf(cols.pangkat, i);
  if (pangkat !== undefined) person.pangkat = pangkat;
  const eselon = textOf(cols.eselon, i);
  if (eselon !== undefined) person.eselon = eselon;
  const jenjang = textOf(cols.jenjang, i);
  if (jenjang !== undefined) person.jenjang = jenjang;
  const pendidikan = textOf(cols.pendidikan, i);
  if (pendidikan !== undefined) person.pendidikan = pendidikan;
  const jurusan = textOf(cols.jurusan, i);
  if (jurusan !== undefined) person.jurusan = jurusan;
  const preferensiKarier = textOf(cols.preferensiKarier, i);
  if (preferensiKarier !== undefined) person.preferensiKarier = preferensiKarier;
  const hukdis = textOf(cols.hukumanDisiplin, i);
  if (hukdis !== undefined) person.hukdis = hukdis;
  // RULES §8: age from the birth-date column when the sheet has one, else from digits 1–8 of the NIP.
  const born = numberOf(cols.tanggalLahir, i);
  if (born !== undefined) person.birthDays = born;
  else if (person.nip !== undefined) person.birthDays = validNipBirthDays(person.nip);
  const tmt = numberOf(cols.tmtJabatan, i);
  if (tmt !== undefined) person.tmtJabatanDays = tmt;
  const hukdisDay = numberOf(cols.tanggalHukumanDisiplin, i);
  if (hukdisDay !== undefined) person.hukdisDays = hukdisDay;
  const jpm = numberOf(cols.jpm, i);
  if (jpm !== undefined) person.jpm = jpm;
  const nt = c.nilaiTalenta[i];
  if (Number.isFinite(nt)) person.nilaiTalenta = nt;
  return person;
}

/** One Person per record of the table, index = record. */
export function buildPeople(table: TalentaTable, c: Classification): Person[] {
  return buildPeopleAt(table, c, Array.from({ length: c.kotak.length }, (_, i) => i));
}

/** The Person of each of the given records, in the order given. */
export function buildPeopleAt(table: TalentaTable, c: Classification, records: readonly number[]): Person[] {
  const flags = nipFlags(c);
  const cols = personColumns(table);
  return records.map((i) => personAt(cols, c, i, flags.get(i)));
}

/**
 * The records succession planning reads, ascending: the talent pool (its members are planned or left out, and
 * listed on the Talent Pool sheet) and, when there are key positions, every row whose NIP is a Pemangku Saat
 * Ini (the incumbent may sit outside the pool). Nobody else is looked at, so nobody else needs a Person.
 */
export function successionRecords(
  table: TalentaTable,
  c: Classification,
  poolBoxes: readonly number[],
  positions: readonly KeyPosition[],
): number[] {
  const inPool = new Uint8Array(10);
  for (const k of poolBoxes) if (k >= 1 && k <= 9) inPool[k] = 1;
  const pemangku = new Set<string>();
  for (const p of positions) if (p.pemangkuNip !== undefined) pemangku.add(normalizeNipText(p.pemangkuNip));
  pemangku.delete("");
  const nips = pemangku.size > 0 ? table.fields.nip : undefined;
  const records: number[] = [];
  for (let i = 0; i < c.kotak.length; i++) {
    if (inPool[c.kotak[i]] === 1) records.push(i);
    else if (nips !== undefined) {
      const raw = textOf(nips, i);
      if (raw !== undefined && pemangku.has(normalizeNipText(raw))) records.push(i);
    }
  }
  return records;
}

export interface SuccessionRun {
  /** Index = record; only the records planning reads (successionRecords) hold a Person. */
  people: (Person | undefined)[];
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
  const read = buildPeopleAt(table, c, successionRecords(table, c, config.pool.instansi, positions));
  const plan = planSuccession(read, positions, config.succession, { today: now, poolBoxes: config.pool.instansi });
  const people: (Person | undefined)[] = [];
  people.length = c.kotak.length;
  for (const p of read) people[p.record] = p;
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
