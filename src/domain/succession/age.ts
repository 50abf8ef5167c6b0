// Age and Batas Usia Pensiun, counted on calendar dates (days since 1970-01-01).
import { addMonths, fromDays, toDays } from "./dates";
import type { BupConfig } from "./config";
import type { Jenjang } from "./jenjang";

/**
 * Age in whole years on a day. A birthday counts from its own day: born 1971-01-01 is 56 on 2027-01-01 and
 * still 56 on 2027-12-31. A 29 February birthday counts from 1 March in other years.
 */
export function ageOn(birthDays: number, onDays: number): number {
  const b = fromDays(birthDays);
  const d = fromDays(onDays);
  const beforeBirthday = d.month < b.month || (d.month === b.month && d.day < b.day);
  return d.year - b.year - (beforeBirthday ? 1 : 0);
}

/**
 * The day pensiun starts: the first day of the month after the month in which the person reaches `bupAge`
 * (PP 11/2017: the dismissal takes effect at the end of the month in which BUP is reached, and the pension
 * runs from the first of the next month). Born 1970-12-15 with BUP 58 → 2029-01-01.
 */
export function bupDate(birthDays: number, bupAge: number): number {
  const b = fromDays(birthDays);
  return addMonths(toDays(b.year + bupAge, b.month, 1), 1);
}

/** The BUP of a jenjang (reference §5.6): JPT 60; Administrator, Pengawas, Pelaksana 58; JF Ahli Madya 60, Ahli Utama 65, other JF 58. */
export function bupAge(jenjang: Jenjang, bup: BupConfig): number {
  switch (jenjang) {
    case "jpt-utama":
    case "jpt-madya":
    case "jpt-pratama":
      return bup.jpt;
    case "administrator":
      return bup.administrator;
    case "pengawas":
      return bup.pengawas;
    case "pelaksana":
      return bup.pelaksana;
    case "ahli-utama":
      return bup.ahliUtama;
    case "ahli-madya":
      return bup.ahliMadya;
    default:
      return bup.fungsionalLainnya;
  }
}

/** `years` after a day, in whole months when fractional (1.5 years = 18 months). */
export function addYears(days: number, years: number): number {
  return addMonths(days, Math.round(years * 12));
}
