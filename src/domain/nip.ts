// NIP PNS, 18 digits `YYYYMMDD YYYYMM G NNN` (RULES §6, reference §7.1).

export type NipFailure = "length" | "birth-date" | "tmt" | "gender";

export type ParsedNip =
  | {
      ok: true;
      nip: string;
      birth: { y: number; m: number; d: number };
      /** Days since 1970-01-01 (UTC), the same unit as date columns. */
      birthDays: number;
      tmtCpns: { y: number; m: number };
      gender: "L" | "P";
    }
  | { ok: false; reason: NipFailure };

const DAY_MS = 86_400_000;
/** Oldest birth year a serving civil servant can have; rejects `00000000` and similar fillers. */
const EARLIEST_BIRTH_YEAR = 1900;
const ADULT_YEARS = 18;

/** Spaces, dots and a leading apostrophe are not part of a NIP (`'19860926 201505 1 001`). */
export function normalizeNipText(text: string): string {
  if (text.length === 18 && allDigits(text)) return text; // nearly every NIP: no regular expression, no copy
  return text.trim().replace(/^'/, "").replace(/[\s.]/g, "");
}

function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]);
}

function compareYmd(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/**
 * A NIP's 18 digits as two numbers of 9 (`YYYYMMDDY`, `YYYMMGNNN`): each fits an int32, so 100,000 NIPs are
 * checked and compared without touching their characters again. -1 unless the text is exactly 18 digits.
 */
export function nipHalf(nip: string, half: 0 | 1): number {
  if (nip.length !== 18) return -1;
  let v = 0;
  for (let i = half * 9, end = i + 9; i < end; i++) {
    const d = nip.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * Writes the halves (nipHalf) of an 18-digit text at [2·row] and [2·row + 1] of `halves` (TextColumn.nipHalves);
 * false, writing nothing, for any other text.
 */
export function storeNipHalves(text: string, halves: Int32Array, row: number): boolean {
  const hi = nipHalf(text, 0);
  const lo = hi < 0 ? -1 : nipHalf(text, 1);
  if (lo < 0) return false;
  halves[2 * row] = hi;
  halves[2 * row + 1] = lo;
  return true;
}

/** Why a normalised NIP is invalid, or undefined when valid — allocation-free, for 100,000-row checks. */
export function nipFailure(nip: string): NipFailure | undefined {
  const hi = nipHalf(nip, 0);
  const lo = hi < 0 ? -1 : nipHalf(nip, 1);
  return lo < 0 ? "length" : nipFailureOfHalves(hi, lo);
}

/** nipFailure of an 18-digit NIP given as its halves (nipHalf). */
export function nipFailureOfHalves(hi: number, lo: number): NipFailure | undefined {
  const y = Math.floor(hi / 100000);
  const m = Math.floor(hi / 1000) % 100;
  const d = Math.floor(hi / 10) % 100;
  if (y < EARLIEST_BIRTH_YEAR || !isRealDate(y, m, d)) return "birth-date";
  const ty = (hi % 10) * 1000 + Math.floor(lo / 1000000);
  const tm = Math.floor(lo / 10000) % 100;
  if (tm < 1 || tm > 12 || ty * 10000 + tm * 100 + 1 < (y + ADULT_YEARS) * 10000 + m * 100 + d) return "tmt";
  const g = Math.floor(lo / 1000) % 10;
  if (g !== 1 && g !== 2) return "gender";
  return undefined;
}

/** parseNip(nip).birthDays of a NIP that nipFailure accepts, read from its first half without a regular expression. */
export function validNipBirthDays(nip: string): number {
  const hi = nipHalf(nip, 0);
  return Date.UTC(Math.floor(hi / 100000), (Math.floor(hi / 1000) % 100) - 1, Math.floor(hi / 10) % 100) / DAY_MS;
}

export function parseNip(text: string): ParsedNip {
  const nip = normalizeNipText(text);
  if (!/^\d{18}$/.test(nip)) return { ok: false, reason: "length" };
  const y = Number(nip.slice(0, 4));
  const m = Number(nip.slice(4, 6));
  const d = Number(nip.slice(6, 8));
  if (y < EARLIEST_BIRTH_YEAR || !isRealDate(y, m, d)) return { ok: false, reason: "birth-date" };
  const ty = Number(nip.slice(8, 12));
  const tm = Number(nip.slice(12, 14));
  // TMT CPNS is the first of its month; it must be on or after the 18th birthday.
  if (tm < 1 || tm > 12 || compareYmd([ty, tm, 1], [y + ADULT_YEARS, m, d]) < 0) return { ok: false, reason: "tmt" };
  const g = nip[14];
  if (g !== "1" && g !== "2") return { ok: false, reason: "gender" };
  return {
    ok: true,
    nip,
    birth: { y, m, d },
    birthDays: Date.UTC(y, m - 1, d) / DAY_MS,
    tmtCpns: { y: ty, m: tm },
    gender: g === "1" ? "L" : "P",
  };
}
