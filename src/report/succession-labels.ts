// Words of the succession sheets (Suksesi, Talent Pool, Ringkasan) that are not domain terms, in a table
// per phrase so the English interface is one lookup away. Domain words come from the glossary and from
// domain/succession/messages.ts.
import type { Lang } from "../domain/glossary";
import { fillPlaceholders } from "./text-format";
import type { JabatanTargetIssueCode } from "../domain/succession";

const PHRASES = {
  suksesiTitle: { id: "Rencana Suksesi Jabatan Target", en: "Succession plan for key positions" },
  talentPoolTitle: { id: "Talent Pool (Kelompok Rencana Suksesi)", en: "Talent pool (succession group)" },
  ringkasanTitle: { id: "Ringkasan Manajemen Talenta", en: "Talent management summary" },
  placement: {
    id: "Tanggal penempatan: {date} (usia dan sisa masa kerja sampai BUP dihitung pada tanggal ini)",
    en: "Placement date: {date} (age and time to retirement are counted on this date)",
  },
  summaryTitle: { id: "Ringkasan kekuatan bench", en: "Bench strength overview" },
  jabatanTarget: { id: "Jabatan Target", en: "Key position" },
  jenjang: { id: "Jenjang", en: "Level" },
  unitKerja: { id: "Unit Kerja", en: "Unit" },
  candidates: { id: "Kandidat", en: "Candidates" },
  bench: { id: "Kekuatan Bench", en: "Bench strength" },
  note: { id: "Keterangan", en: "Note" },
  noCandidatePositions: { id: "Jabatan tanpa kandidat: {list}", en: "Positions with no candidate: {list}" },
  everyPositionHasCandidate: { id: "Setiap jabatan target punya paling sedikit satu kandidat.", en: "Every key position has at least one candidate." },
  requirements: { id: "Syarat", en: "Requirements" },
  pangkatMin: { id: "Pangkat minimal {value}", en: "Minimum rank {value}" },
  pangkatMinFromEselon: { id: "Pangkat minimal {value} (batas bawah eselon {eselon})", en: "Minimum rank {value} (floor of echelon {eselon})" },
  pangkatMinFromJenjang: { id: "Pangkat minimal {value} (batas bawah jenjang)", en: "Minimum rank {value} (floor of the level)" },
  pendidikanMin: { id: "pendidikan minimal {value}", en: "minimum education {value}" },
  rumpun: { id: "rumpun/bidang {value}", en: "field {value}" },
  jumlahSuksesor: { id: "jumlah suksesor {n}", en: "{n} successors" },
  pemangku: { id: "Pemangku saat ini", en: "Incumbent" },
  pemangkuBup: { id: "BUP {age} tahun: pensiun {date}", en: "Retirement age {age}: retires {date}" },
  pemangkuPastBup: {
    id: "BUP {age} tahun: sudah pensiun {date} (sudah melewati BUP)",
    en: "Retirement age {age}: already past retirement age (retired {date})",
  },
  pemangkuNotFound: { id: "NIP {nip} tidak ditemukan di lembar data", en: "NIP {nip} is not on the data sheet" },
  pemangkuBupUnknown: { id: "tanggal BUP tidak diketahui", en: "retirement date unknown" },
  noPemangku: { id: "Tidak diisi", en: "Not given" },
  // "Rank" is the English of Pangkat below: the place in the list is an order.
  rank: { id: "Urutan", en: "Order" },
  nip: { id: "NIP", en: "NIP" },
  nama: { id: "Nama", en: "Name" },
  jabatanSaatIni: { id: "Jabatan Saat Ini", en: "Current position" },
  pangkat: { id: "Pangkat", en: "Rank" },
  readiness: { id: "Kesiapan", en: "Readiness" },
  fieldFit: { id: "Kesesuaian Bidang", en: "Field fit" },
  rulesPassed: { id: "Syarat Terpenuhi", en: "Requirements met" },
  positionCount: { id: "Jml. Jabatan Dicalonkan", en: "Positions listed for" },
  preferensi: { id: "Preferensi Karier", en: "Career preference" },
  rotasi: { id: "rotasi", en: "rotation" },
  benchCounts: {
    id: "{n} kandidat memenuhi semua syarat, {siap} di antaranya Siap Sekarang.",
    en: "{n} candidates meet every requirement, {siap} of them ready now.",
  },
  nearMisses: { id: "Hampir memenuhi syarat (yang menghalangi)", en: "Near misses (what stops them)" },
  noNearMisses: { id: "Tidak ada anggota Talent Pool lain pada jenjang yang sesuai.", en: "No other pool member at a suitable level." },
  excludedTitle: {
    id: "Anggota Talent Pool yang tidak diikutkan dalam tabel suksesi (NIP tersimpan sebagai angka, digit terakhirnya hilang)",
    en: "Pool members left out of succession tables (NIP stored as a number, its last digits lost)",
  },
  excludedCountOne: {
    id: "{n} anggota Talent Pool tidak diikutkan karena NIP-nya tersimpan sebagai angka; lihat bagian akhir lembar ini.",
    en: "{n} pool member is left out because their NIP is stored as a number; see the end of this sheet.",
  },
  excludedCount: {
    id: "{n} anggota Talent Pool tidak diikutkan karena NIP-nya tersimpan sebagai angka; lihat bagian akhir lembar ini.",
    en: "{n} pool members are left out because their NIP is stored as a number; see the end of this sheet.",
  },
  reason: { id: "Alasan", en: "Reason" },
  targetIssuesTitle: { id: "Catatan lembar {sheet}", en: "Notes on sheet {sheet}" },
  noPositions: {
    id: "Lembar Jabatan Target tidak berisi jabatan; isi satu jabatan per baris lalu jalankan lagi.",
    en: "The Jabatan Target sheet lists no position; fill in one position per row and run again.",
  },
  krs: { id: "KRS", en: "Succession group" },
  catatan: { id: "Catatan", en: "Note" },
  emptyPool: { id: "Belum ada pegawai di kotak Talent Pool ({list}).", en: "No one is in the talent pool ({boxes}) yet." },
  keyFigures: { id: "Angka utama", en: "Key figures" },
  classified: { id: "Pegawai terklasifikasi", en: "Classified civil servants" },
  poolInstansi: { id: "Talent Pool (KRS Instansi, {boxes})", en: "Talent pool (agency group, {boxes})" },
  poolNasional: { id: "KRS Nasional ({boxes})", en: "National group ({boxes})" },
  positions: { id: "Jabatan target", en: "Key positions" },
  poolPerPosition: { id: "Anggota Talent Pool per jabatan target", en: "Pool members per key position" },
  benchCount: { id: "Jabatan dengan bench {bench}", en: "Positions with {bench} bench" },
  merit: { id: "Indeks Sistem Merit", en: "Merit System Index" },
  meritCategory: { id: "{score} – Kategori {roman} ({label})", en: "{score} – Category {roman} ({label})" },
  meritBelow: {
    id: "Di bawah 325 (Sangat Baik): JPT belum dapat diisi dari Talent Pool tanpa seleksi terbuka.",
    en: "Below 325 (Sangat Baik): JPT posts cannot yet be filled from the talent pool without open selection.",
  },
  meritOk: {
    id: "Kategori Sangat Baik: JPT dapat diisi dari Talent Pool sesuai ketentuan.",
    en: "Category Sangat Baik: JPT posts may be filled from the talent pool under the rules.",
  },
  meritUnknown: { id: "Belum diisi dalam konfigurasi.", en: "Not set in the configuration." },
  topCandidates: {
    id: "Kandidat teratas per jabatan target (Merah dan Kuning lebih dulu)",
    en: "Top candidates per key position (Red and Yellow first)",
  },
  moreTop: {
    id: "… dan {n} jabatan target lain ({benches}); lihat lembar {sheet}.",
    en: "… and {n} more key positions ({benches}); see sheet {sheet}.",
  },
  seeValidasi: { id: "Belum masuk kotak; lihat lembar {sheet}.", en: "In no box yet; see sheet {sheet}." },
  seeSection: { id: "Lihat bagian {n}.", en: "See section {n}." },
  candidateN: { id: "Kandidat {n}", en: "Candidate {n}" },
  noTargetsSheet: {
    id: "Tambahkan lembar Jabatan Target untuk rencana suksesi.",
    en: "Add a Jabatan Target sheet for succession plans.",
  },
  gridTitle: { id: "Sebaran kotak talenta", en: "Nine-box distribution" },
} as const satisfies Record<string, { id: string; en: string }>;

export type SuccessionPhrase = keyof typeof PHRASES;

export function sPhrase(key: SuccessionPhrase, lang: Lang, vars?: Record<string, string | number>): string {
  return fillPlaceholders(PHRASES[key][lang], vars);
}

const TARGET_ISSUES: Record<JabatanTargetIssueCode, { id: string; en: string }> = {
  "target-no-header": {
    id: "Judul kolom Jabatan Target tidak ditemukan; baris judul perlu memuat paling sedikit Jabatan Target dan Jenjang atau Eselon.",
    en: "No Jabatan Target header found; the header row needs at least Jabatan Target and Jenjang or Eselon.",
  },
  "target-name-missing": {
    id: "Baris tanpa nama Jabatan Target dilewati; isi nama jabatannya.",
    en: "A row without a Jabatan Target name was skipped; fill in the position's name.",
  },
  "target-jumlah-invalid": {
    id: "Jumlah Suksesor bukan bilangan bulat ≥ 1; dipakai nilai bawaan konfigurasi.",
    en: "Jumlah Suksesor is not a whole number ≥ 1; the configured default is used.",
  },
  "target-pemangku-nip-number": {
    id: "NIP pemangku tersimpan sebagai angka dan digit terakhirnya hilang; ketik ulang sebagai teks.",
    en: "The incumbent's NIP is stored as a number and lost its last digits; type it again as text.",
  },
};

export function targetIssueText(code: JabatanTargetIssueCode, lang: Lang): string {
  return TARGET_ISSUES[code][lang];
}
