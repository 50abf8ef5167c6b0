// The plain inputs and outputs of succession planning (RULES §8). app/ fills Person from the classified
// table (NIP checks, birth date from a column or the NIP, kotak and Nilai Talenta from the classification).
import type { SuccessionConfig } from "./config";
import type { FieldFitResult } from "./field-fit";
import type { Jenjang } from "./jenjang";
import type { PangkatCode } from "./pangkat";
import type { Pendidikan } from "./pendidikan";

export interface Person {
  /** Record index in the TalentaTable. */
  record: number;
  /** Validated 18-digit NIP text; undefined when missing or not valid. */
  nip?: string;
  nipInvalid?: boolean;
  nipDuplicate?: boolean;
  nipStoredAsNumber?: boolean;
  nama?: string;
  jabatan?: string;
  unitKerja?: string;
  pangkat?: string;
  eselon?: string;
  /** `Jenjang` or `Jenis Jabatan` cell; wins over the eselon when readable. */
  jenjang?: string;
  pendidikan?: string;
  /** Jurusan / Bidang Ilmu / Bidang Studi. */
  jurusan?: string;
  /** Days since 1970-01-01: the birth-date column, else digits 1–8 of the NIP. */
  birthDays?: number;
  tmtJabatanDays?: number;
  hukdis?: string;
  hukdisDays?: number;
  preferensiKarier?: string;
  /** 0 = not classified, 1..9. */
  kotak: number;
  nilaiTalenta?: number;
  jpm?: number;
}

/** One row of the `Jabatan Target` sheet. */
export interface KeyPosition {
  jabatanTarget: string;
  jenjang?: string;
  eselon?: string;
  unitKerja?: string;
  pangkatMinimal?: string;
  pendidikanMinimal?: string;
  /** Rumpun/Bidang */
  rumpun?: string;
  /** Pemangku Saat Ini (NIP) */
  pemangkuNip?: string;
  /** Default: the configuration's defaultJumlahSuksesor. */
  jumlahSuksesor?: number;
}

export type JabatanTargetIssueCode =
  /** No row of the sheet looks like a header with a Jabatan Target column. */
  | "target-no-header"
  /** A row with other cells filled and no Jabatan Target name: skipped. */
  | "target-name-missing"
  /** Jumlah Suksesor is not a whole number ≥ 1: the configuration's default is used. */
  | "target-jumlah-invalid"
  /** Pemangku Saat Ini (NIP) typed as a number: Excel kept 15 digits, so the incumbent cannot be found. */
  | "target-pemangku-nip-number";

/** A problem on the `Jabatan Target` sheet; wording comes later (report/). */
export interface JabatanTargetIssue {
  code: JabatanTargetIssueCode;
  /** A1 address on the Jabatan Target sheet. */
  cell?: string;
  /** The value as read. */
  input?: string | number | boolean | null;
}

export type RuleId = "pangkat" | "pendidikan" | "jenjang" | "usia" | "bup" | "hukdis";

export const RULE_IDS: readonly RuleId[] = ["pangkat", "pendidikan", "jenjang", "usia", "bup", "hukdis"];

export type ReasonCode =
  | "pangkat-meets-minimum"
  | "pangkat-below-minimum"
  | "pangkat-missing"
  | "pangkat-minimum-unreadable"
  | "pangkat-no-minimum"
  | "pendidikan-meets-minimum"
  | "pendidikan-below-minimum"
  | "pendidikan-missing"
  | "pendidikan-minimum-unreadable"
  | "pendidikan-no-minimum"
  | "jenjang-one-step-below"
  | "jenjang-rotation"
  | "jenjang-rotation-not-allowed"
  | "jenjang-too-low"
  | "jenjang-above-target"
  | "jenjang-missing"
  | "jenjang-target-unknown"
  | "usia-within-max"
  | "usia-over-max"
  | "usia-not-applicable"
  | "usia-birth-missing"
  | "bup-far-enough"
  | "bup-too-close"
  | "bup-birth-missing"
  | "bup-target-unknown"
  | "hukdis-none"
  | "hukdis-ringan"
  | "hukdis-outside-window"
  | "hukdis-within-window"
  | "hukdis-date-missing"
  | "hukdis-unrecognized";

export interface Reason {
  code: ReasonCode;
  data?: Record<string, string | number>;
}

export interface RuleResult {
  rule: RuleId;
  /** "unknown": a value the rule needs is missing or unreadable; it never counts as a pass (fail closed). */
  pass: boolean | "unknown";
  /** On a failure: the person can meet the rule by waiting (see rules/index.ts). */
  timeBased: boolean;
  reason: Reason;
}

export type Readiness = "siap-sekarang" | "siap-1-2-tahun" | "belum-siap";
export type BenchStrength = "hijau" | "kuning" | "merah";

/** What the rules need of a person, read once. */
export interface CandidateProfile {
  person: Person;
  jenjang?: Jenjang;
  pangkat?: PangkatCode;
  pendidikan?: Pendidikan;
}

/** What the rules need of a key position, read once. */
export interface TargetProfile {
  position: KeyPosition;
  jenjang?: Jenjang;
  /** Undefined with `pangkatMinimumSource: "none"`: nothing to check. */
  pangkatMinimum?: PangkatCode;
  pangkatMinimumSource: "pangkat-minimal" | "eselon" | "jenjang" | "none" | "unreadable";
  /** Undefined with `pendidikanMinimumSource: "none"`: the position has no Pendidikan Minimal, nothing to check. */
  pendidikanMinimum?: Pendidikan;
  pendidikanMinimumSource: "pendidikan-minimal" | "none" | "unreadable";
  /** From the target's jenjang; undefined when the jenjang is unknown. */
  bupAge?: number;
}

export interface RuleContext {
  config: SuccessionConfig;
  /** Days since 1970-01-01 (resolvePlacementDate). */
  placementDays: number;
}

export interface RankedPerson {
  person: Person;
  fieldFit: FieldFitResult;
  pangkat?: PangkatCode;
  rules: RuleResult[];
}
