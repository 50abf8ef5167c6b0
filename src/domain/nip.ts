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
  if (text.length === 18 && /^\d+$/.test(text)) return text;
  return text.trim().replace(/^'/, "").replace(/[\s.]/g, "");
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

/** Why a normalised NIP is invalid, or undefined when valid — allocation-free, for 100,000-row checks. */
export function nipFailure(nip: string): NipFailure | undefined {
  if (nip.length !== 18) return "length";
  for (let i = 0; i < 18; i++) {
    const c = nip.charCodeAt(i);
    if (c < 48 || c > 57) return "length";
  }
  const y = digitsAt(nip, 0, 4);
  const m = digitsAt(nip, 4, 6);
  const d = digitsAt(nip, 6, 8);
  if (y < EARLIEST_BIRTH_YEAR || !isRealDate(y, m, d)) return "birth-date";
  const ty = digitsAt(nip, 8, 12);
  const tm = digitsAt(nip, 12, 14);
  if (tm < 1 || tm > 12 || ty * 10000 + tm * 100 + 1 < (y + ADULT_YEARS) * 10000 + m * 100 + d) return "tmt";
  const g = nip.charCodeAt(14);
  if (g !== 49 && g !== 50) return "gender";
  return undefined;
}

function digitsAt(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) v = v * 10 + (s.charCodeAt(i) - 48);
  return v;
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
