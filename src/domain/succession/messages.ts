// Wording of succession reasons and labels, rendered last (STYLE: "wording comes last"), in Indonesian and
// English. Each message says what is missing or what to do next.
import type { BenchReason } from "./bench";
import { dayText } from "../date-words";
import type { FieldFit } from "./field-fit";
import type { NipFlag } from "./exclusion";
import type { BenchStrength, Readiness, Reason, ReasonCode, RuleId } from "./types";

/** Same values as glossary.ts `Lang`. */
export type SuccessionLang = "id" | "en";

type Data = Record<string, string | number>;
type Message = (d: Data) => string;

/** A date carried in a reason's data as days since 1970-01-01, in words: "1 Agustus 2027" / "1 August 2027". */
export function dateWords(days: string | number | undefined, lang: SuccessionLang): string {
  return typeof days === "number" && Number.isFinite(days) ? dayText(days, lang) : String(days ?? "");
}
const idDate = (v: string | number | undefined) => dateWords(v, "id");
const enDate = (v: string | number | undefined) => dateWords(v, "en");

const SOURCE_ID: Record<string, string> = {
  "pangkat-minimal": "Pangkat Minimal",
  "pendidikan-minimal": "Pendidikan Minimal",
  eselon: "batas bawah eselon",
  jenjang: "batas bawah jenjang",
};
const SOURCE_EN: Record<string, string> = {
  "pangkat-minimal": "Pangkat Minimal",
  "pendidikan-minimal": "Pendidikan Minimal",
  eselon: "floor of the eselon",
  jenjang: "floor of the jenjang",
};

const ID: Record<ReasonCode, Message> = {
  "pangkat-meets-minimum": (d) => `Pangkat ${d.pangkat} memenuhi minimal ${d.minimum} (${SOURCE_ID[d.source]}).`,
  "pangkat-below-minimum": (d) => `Pangkat ${d.pangkat} di bawah minimal ${d.minimum} (${SOURCE_ID[d.source]}).`,
  "pangkat-missing": (d) => `Pangkat/golongan "${d.input}" kosong atau tidak terbaca; isi dengan golongan seperti IV/b.`,
  "pangkat-minimum-unreadable": (d) => `Pangkat Minimal "${d.input}" tidak terbaca; tulis golongan seperti IV/b.`,
  "pangkat-no-minimum": () => "Jabatan target tidak punya Pangkat Minimal, eselon, atau jenjang; pangkat tidak diperiksa.",
  "pendidikan-meets-minimum": (d) => `Pendidikan ${d.pendidikan} memenuhi minimal ${d.minimum}.`,
  "pendidikan-below-minimum": (d) => `Pendidikan ${d.pendidikan} di bawah minimal ${d.minimum}.`,
  "pendidikan-missing": (d) => `Pendidikan "${d.input}" kosong atau tidak terbaca; isi dengan SLTA, D-III, D-IV, S1, S2 atau S3.`,
  "pendidikan-minimum-unreadable": (d) => `Pendidikan Minimal "${d.input}" tidak terbaca; tulis S1, S2, D-III, dan sebagainya.`,
  "pendidikan-no-minimum": () => "Jabatan target tidak punya Pendidikan Minimal; pendidikan tidak diperiksa.",
  "jenjang-one-step-below": (d) => `${d.jenjang} satu jenjang di bawah ${d.target}.`,
  "jenjang-rotation": (d) => `${d.jenjang} setara ${d.target} (rotasi).`,
  "jenjang-rotation-not-allowed": (d) => `${d.jenjang} setara ${d.target}, dan rotasi tidak diizinkan dalam konfigurasi.`,
  "jenjang-too-low": (d) => `${d.jenjang} berada ${d.steps} jenjang di bawah ${d.target}; perlu jenjang antara lebih dulu.`,
  "jenjang-above-target": (d) => `${d.jenjang} lebih tinggi dari ${d.target}.`,
  "jenjang-missing": () => "Jenjang jabatan saat ini tidak diketahui; isi kolom Eselon atau Jenjang.",
  "jenjang-target-unknown": () => "Jenjang jabatan target tidak diketahui; isi Jenjang atau Eselon di sheet Jabatan Target.",
  "usia-within-max": (d) => `Usia ${d.age} tahun pada tanggal penempatan (maksimal ${d.max}).`,
  "usia-over-max": (d) => `Usia ${d.age} tahun pada tanggal penempatan, melebihi ${d.max} tahun untuk JPT Pratama.`,
  "usia-not-applicable": () => "Batas usia hanya berlaku untuk JPT Pratama.",
  "usia-birth-missing": () => "Tanggal lahir tidak diketahui; periksa NIP atau isi kolom Tanggal Lahir.",
  "bup-far-enough": (d) => `BUP ${d.bupAge} tahun, pensiun ${idDate(d.bupDays)}: ${d.monthsToBup} bulan setelah penempatan.`,
  "bup-too-close": (d) =>
    `BUP ${d.bupAge} tahun, pensiun ${idDate(d.bupDays)}: hanya ${d.monthsToBup} bulan setelah penempatan (minimal ${d.minYears} tahun).`,
  "bup-birth-missing": () => "Tanggal lahir tidak diketahui, sisa masa kerja sampai BUP tidak dapat dihitung; periksa NIP atau isi kolom Tanggal Lahir.",
  "bup-target-unknown": () => "BUP jabatan target tidak diketahui karena jenjangnya tidak diketahui; isi Jenjang atau Eselon.",
  "hukdis-none": () => "Tidak ada hukuman disiplin.",
  "hukdis-ringan": () => "Hukuman disiplin ringan tidak menghalangi.",
  "hukdis-outside-window": (d) => `Hukuman disiplin ${d.tingkat} tanggal ${idDate(d.dateDays)} sudah lewat ${d.years} tahun.`,
  "hukdis-within-window": (d) =>
    `Hukuman disiplin ${d.tingkat} tanggal ${idDate(d.dateDays)}; baru memenuhi syarat setelah ${idDate(d.untilDays)}.`,
  "hukdis-date-missing": (d) =>
    `Hukuman disiplin ${d.tingkat} tanpa tanggal dianggap masih dalam 2 tahun terakhir; isi tanggal hukuman disiplin.`,
  "hukdis-unrecognized": (d) => `Hukuman disiplin "${d.input}" tidak menyebut tingkatnya; tulis Ringan, Sedang, Berat atau Tidak ada.`,
};

const EN: Record<ReasonCode, Message> = {
  "pangkat-meets-minimum": (d) => `Pangkat ${d.pangkat} meets the minimum ${d.minimum} (${SOURCE_EN[d.source]}).`,
  "pangkat-below-minimum": (d) => `Pangkat ${d.pangkat} is below the minimum ${d.minimum} (${SOURCE_EN[d.source]}).`,
  "pangkat-missing": (d) => `Pangkat/golongan "${d.input}" is empty or unreadable; enter a golongan such as IV/b.`,
  "pangkat-minimum-unreadable": (d) => `Pangkat Minimal "${d.input}" is unreadable; write a golongan such as IV/b.`,
  "pangkat-no-minimum": () => "The target position has no Pangkat Minimal, eselon or jenjang; pangkat is not checked.",
  "pendidikan-meets-minimum": (d) => `Education ${d.pendidikan} meets the minimum ${d.minimum}.`,
  "pendidikan-below-minimum": (d) => `Education ${d.pendidikan} is below the minimum ${d.minimum}.`,
  "pendidikan-missing": (d) => `Education "${d.input}" is empty or unreadable; enter SLTA, D-III, D-IV, S1, S2 or S3.`,
  "pendidikan-minimum-unreadable": (d) => `Pendidikan Minimal "${d.input}" is unreadable; write S1, S2, D-III and so on.`,
  "pendidikan-no-minimum": () => "The target position has no Pendidikan Minimal; education is not checked.",
  "jenjang-one-step-below": (d) => `${d.jenjang} is one level below ${d.target}.`,
  "jenjang-rotation": (d) => `${d.jenjang} is the same level as ${d.target} (rotation).`,
  "jenjang-rotation-not-allowed": (d) => `${d.jenjang} is the same level as ${d.target}, and the configuration does not allow rotation.`,
  "jenjang-too-low": (d) => `${d.jenjang} is ${d.steps} levels below ${d.target}; the level in between comes first.`,
  "jenjang-above-target": (d) => `${d.jenjang} is above ${d.target}.`,
  "jenjang-missing": () => "The current level is unknown; fill in the Eselon or Jenjang column.",
  "jenjang-target-unknown": () => "The target position's level is unknown; fill in Jenjang or Eselon on the Jabatan Target sheet.",
  "usia-within-max": (d) => `Age ${d.age} on the placement date (at most ${d.max}).`,
  "usia-over-max": (d) => `Age ${d.age} on the placement date, above ${d.max} for JPT Pratama.`,
  "usia-not-applicable": () => "The age limit applies to JPT Pratama only.",
  "usia-birth-missing": () => "Birth date unknown; check the NIP or fill in a Tanggal Lahir column.",
  "bup-far-enough": (d) => `Retirement age ${d.bupAge}, pension from ${enDate(d.bupDays)}: ${d.monthsToBup} months after placement.`,
  "bup-too-close": (d) =>
    `Retirement age ${d.bupAge}, pension from ${enDate(d.bupDays)}: only ${d.monthsToBup} months after placement (at least ${d.minYears} years needed).`,
  "bup-birth-missing": () => "Birth date unknown, so the time to retirement cannot be counted; check the NIP or fill in a Tanggal Lahir column.",
  "bup-target-unknown": () => "The target's retirement age is unknown because its level is unknown; fill in Jenjang or Eselon.",
  "hukdis-none": () => "No disciplinary penalty.",
  "hukdis-ringan": () => "A light (ringan) disciplinary penalty does not bar.",
  "hukdis-outside-window": (d) => `Disciplinary penalty (${d.tingkat}) of ${enDate(d.dateDays)} is more than ${d.years} years old.`,
  "hukdis-within-window": (d) => `Disciplinary penalty (${d.tingkat}) of ${enDate(d.dateDays)}; eligible only after ${enDate(d.untilDays)}.`,
  "hukdis-date-missing": (d) =>
    `A ${d.tingkat} disciplinary penalty without a date counts as within the last 2 years; fill in its date.`,
  "hukdis-unrecognized": (d) => `Disciplinary penalty "${d.input}" names no level; write Ringan, Sedang, Berat or Tidak ada.`,
};

export function formatReason(reason: Reason, lang: SuccessionLang): string {
  return (lang === "id" ? ID : EN)[reason.code](reason.data ?? {});
}

export const RULE_LABEL: Record<SuccessionLang, Record<RuleId, string>> = {
  id: { pangkat: "Pangkat", pendidikan: "Pendidikan", jenjang: "Jenjang", usia: "Usia", bup: "BUP", hukdis: "Hukuman Disiplin" },
  en: { pangkat: "Rank", pendidikan: "Education", jenjang: "Level", usia: "Age", bup: "Retirement age", hukdis: "Discipline" },
};

export const READINESS_LABEL: Record<SuccessionLang, Record<Readiness, string>> = {
  id: { "siap-sekarang": "Siap Sekarang", "siap-1-2-tahun": "Siap 1–2 Tahun", "belum-siap": "Belum Siap" },
  en: { "siap-sekarang": "Ready now", "siap-1-2-tahun": "Ready in 1–2 years", "belum-siap": "Not yet ready" },
};

/**
 * A near miss who fails a rule that waiting does not cure (rules/index.ts): not Belum Siap (RULES §8 keeps that
 * for time-based failures only), and never an empty cell.
 */
export const NOT_ELIGIBLE_LABEL: Record<SuccessionLang, string> = { id: "Tidak memenuhi syarat", en: "Not eligible" };

export const BENCH_LABEL: Record<SuccessionLang, Record<BenchStrength, string>> = {
  id: { hijau: "Hijau", kuning: "Kuning", merah: "Merah" },
  en: { hijau: "Green", kuning: "Yellow", merah: "Red" },
};

export const BENCH_REASON: Record<SuccessionLang, Record<BenchReason, string>> = {
  id: {
    "no-candidates": "Tidak ada kandidat yang memenuhi semua syarat.",
    "incumbent-bup-without-siap-sekarang": "Pemangku mencapai BUP dalam setahun dan tidak ada kandidat Siap Sekarang.",
    "full-with-siap-sekarang": "Jumlah suksesor terpenuhi dan ada kandidat Siap Sekarang.",
    "some-candidates": "Ada kandidat, tetapi kurang dari jumlah suksesor atau belum ada yang Siap Sekarang.",
  },
  en: {
    "no-candidates": "No candidate meets every requirement.",
    "incumbent-bup-without-siap-sekarang": "The incumbent retires within a year and no candidate is ready now.",
    "full-with-siap-sekarang": "Enough successors, at least one ready now.",
    "some-candidates": "Candidates exist, but fewer than needed or none ready now.",
  },
};

export const FIELD_FIT_LABEL: Record<SuccessionLang, Record<FieldFit, string>> = {
  id: { fits: "Sesuai bidang", unknown: "Tidak diketahui", "does-not-fit": "Tidak sesuai bidang" },
  en: { fits: "Fits the field", unknown: "Unknown", "does-not-fit": "Does not fit the field" },
};

/** A pool member's NIP flag (RULES §6), as a note beside them; only a NIP stored as a number leaves them out. */
export const NIP_FLAG_LABEL: Record<SuccessionLang, Record<NipFlag, string>> = {
  id: {
    "nip-missing": "NIP kosong; isi NIP 18 digit.",
    "nip-invalid": "NIP tidak valid; periksa dan perbaiki NIP-nya.",
    "nip-duplicate": "NIP ganda; perbaiki baris yang memakai NIP yang sama.",
    "nip-stored-as-number": "NIP tersimpan sebagai angka, tidak diikutkan dalam tabel suksesi; ketik ulang NIP sebagai teks.",
  },
  en: {
    "nip-missing": "NIP is empty; fill in the 18-digit NIP.",
    "nip-invalid": "NIP is not valid; check and correct it.",
    "nip-duplicate": "NIP appears more than once; correct the rows that share it.",
    "nip-stored-as-number": "NIP is stored as a number, so this person is left out of succession tables; type it again as text.",
  },
};

/** Why a pool member is left out of succession tables: the NIP flag's wording. */
export const EXCLUSION_LABEL = NIP_FLAG_LABEL;
