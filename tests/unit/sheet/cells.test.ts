import { describe, expect, it } from "vitest";
import {
  isDateFormat,
  isNoValue,
  isPercentFormat,
  nipLostDigits,
  parseDateCell,
  DATE1904_SHIFT,
  parseNipCell,
  parseNumberCell,
  parseNumberText,
  parseTextCell,
  serialToDays,
} from "../../../src/sheet/cells";

// Days since 1970-01-01, worked out by hand: 2023-01-01 = 53·365 + 13 leap days = 19358.
const D_2023_04_01 = 19358 + 31 + 28 + 31; // 19448
const D_2025_08_01 = 19358 + 365 + 366 + 212; // 20301

describe("RULES §3 no value", () => {
  it.each([null, "", "   ", "-", " - ", "—", "–", "n/a", "N/A", "#N/A"])("reads %j as no value", (v) => {
    expect(isNoValue(v)).toBe(true);
    expect(parseNumberCell(v, "General")).toBeNaN();
    expect(parseTextCell(v)).toBeUndefined();
    expect(parseNipCell(v)).toBeUndefined();
    expect(parseDateCell(v)).toBeNaN();
  });

  it("keeps a text that only starts with a dash as a value", () => {
    expect(isNoValue("- cuti besar")).toBe(false);
    expect(parseTextCell("- cuti besar")).toBe("- cuti besar");
  });

  it("keeps 0 as a value", () => {
    expect(isNoValue(0)).toBe(false);
    expect(parseNumberCell(0, "General")).toBe(0);
  });
});

describe("RULES §4 numbers from numbers or text", () => {
  it("reads a decimal comma: 78,5 is 78.5", () => expect(parseNumberCell("78,5", "General")).toBe(78.5));
  it("reads a decimal dot: 85.5 is 85.5", () => expect(parseNumberCell("85.5", "General")).toBe(85.5));
  it("reads a trimmed integer text", () => expect(parseNumberCell(" 80 ", "General")).toBe(80));
  it("reads thousands dots with a decimal comma: 1.234,5 is 1234.5", () => expect(parseNumberText("1.234,5")).toBe(1234.5));
  it("reads thousands commas with a decimal dot: 1,234.5 is 1234.5", () => expect(parseNumberText("1,234.5")).toBe(1234.5));
  it("reads repeated dots as thousands: 1.234.567", () => expect(parseNumberText("1.234.567")).toBe(1234567));
  it("reads a single separator as the decimal one, even 1.234 (scores, not thousands)", () =>
    expect(parseNumberText("1.234")).toBe(1.234));
  it("rejects mixed-up separators: 1,23.4,5", () => expect(parseNumberText("1,23.4,5")).toBeNaN());
  it("gives undefined (not-a-number) for a word in a number cell", () => {
    expect(parseNumberCell("Baik", "General")).toBeUndefined();
    expect(parseNumberCell("80 (Baik)", "General")).toBeUndefined();
  });
  it("gives undefined for TRUE/FALSE and for infinities", () => {
    expect(parseNumberCell(true, "General")).toBeUndefined();
    expect(parseNumberCell(Infinity, "General")).toBeUndefined();
  });
});

describe("RULES §4 percent cells", () => {
  it("reads a percent-formatted 0.8125 as 81.25", () => expect(parseNumberCell(0.8125, "0.00%")).toBe(81.25));
  it("reads a percent-formatted 1 as 100", () => expect(parseNumberCell(1, "0%")).toBe(100));
  it("reads the same 0.8125 without a percent format as 0.8125", () => expect(parseNumberCell(0.8125, "0.00")).toBe(0.8125));
  it("reads text ending in % as the number written: 81,25% is 81.25", () => {
    expect(parseNumberCell("81,25%", "General")).toBe(81.25);
    expect(parseNumberCell("81.25 %", "General")).toBe(81.25);
  });
  it("knows a percent format from one that only quotes or escapes %", () => {
    expect(isPercentFormat("0%")).toBe(true);
    expect(isPercentFormat("0.00%")).toBe(true);
    expect(isPercentFormat('0.00" %"')).toBe(false);
    expect(isPercentFormat("0\\%")).toBe(false);
    expect(isPercentFormat("General")).toBe(false);
    expect(isPercentFormat(undefined)).toBe(false);
  });
});

describe("RULES §6 NIP read as text", () => {
  it("removes a leading apostrophe", () => expect(parseNipCell("'197508062006012007")).toBe("197508062006012007"));
  it("removes spaces as printed: 19750806 200601 2 007", () =>
    expect(parseNipCell("19750806 200601 2 007")).toBe("197508062006012007"));
  it("removes dots and non-breaking spaces", () =>
    expect(parseNipCell("19750806.200601\u00a02.007")).toBe("197508062006012007"));
  it("gives the digits Excel kept for a NIP stored as a number", () => {
    expect(parseNipCell(197508062006012000)).toBe("197508062006012000");
    expect(nipLostDigits(197508062006012000)).toBe(true);
  });
  it("flags numbers from 16 digits on (Excel keeps 15), not shorter ones", () => {
    expect(nipLostDigits(1e15)).toBe(true);
    expect(nipLostDigits(999999999999999)).toBe(false);
    expect(nipLostDigits(130123456)).toBe(false);
    expect(parseNipCell(130123456)).toBe("130123456");
    expect(nipLostDigits("197508062006012007")).toBe(false);
  });
  it("leaves validity to the domain: a short NIP is kept as written", () => expect(parseNipCell("12345")).toBe("12345"));
});

describe("dates", () => {
  it("reads an Excel serial: 45017 is 1 April 2023", () => expect(parseDateCell(45017)).toBe(D_2023_04_01));
  it("drops the time of day of a serial", () => expect(parseDateCell(45017.75)).toBe(D_2023_04_01));
  it("reads a 1904-system serial (days since 1904-01-01) when the shift is given; text dates are not shifted", () => {
    const days1904 = (Date.UTC(2023, 3, 1) - Date.UTC(1904, 0, 1)) / 86_400_000;
    expect(parseDateCell(days1904, DATE1904_SHIFT)).toBe(D_2023_04_01);
    expect(parseDateCell(0, DATE1904_SHIFT)).toBe(Date.UTC(1904, 0, 1) / 86_400_000);
    expect(parseDateCell("01/04/2023", DATE1904_SHIFT)).toBe(D_2023_04_01);
  });
  it("reads serial 1 as 1 January 1900 and knows serial 61 is 1 March 1900", () => {
    expect(serialToDays(1)).toBe(-25567);
    expect(serialToDays(61)).toBe(-25567 + 59);
  });
  it.each(["2023-04-01", "01/04/2023", "1/4/2023", "01-04-2023", "01.04.2023", "1-Apr-23", "01 April 2023", "1 Apr 2023"])(
    "reads %s as 1 April 2023 (day first)",
    (text) => expect(parseDateCell(text)).toBe(D_2023_04_01),
  );
  it("reads Indonesian month names: 01 Agustus 2025", () => expect(parseDateCell("01 Agustus 2025")).toBe(D_2025_08_01));
  it("reads a date followed by a pangkat: 01 April 2023/ Pembina Tk.I", () =>
    expect(parseDateCell("01 April 2023/ Pembina Tk.I")).toBe(D_2023_04_01));
  it("reads tempat, tanggal lahir: Padang, 01-04-2023", () => expect(parseDateCell("Padang, 01-04-2023")).toBe(D_2023_04_01));
  it("reads a yyyymmdd number: 20230401", () => expect(parseDateCell(20230401)).toBe(D_2023_04_01));
  it.each(["31/04/2023", "29-02-2023", "2023-13-01", "32 Mei 2023", "besok", "01 Apirl 2023"])(
    "gives undefined (invalid-date) for %s",
    (text) => expect(parseDateCell(text)).toBeUndefined(),
  );
  it("reads 29 February in a leap year", () => expect(parseDateCell("29-02-2024")).toBe(19723 + 31 + 28));
  it("knows date formats", () => {
    expect(isDateFormat("dd/mm/yyyy")).toBe(true);
    expect(isDateFormat("yyyy-mm-dd")).toBe(true);
    expect(isDateFormat("[$-421]dd mmmm yyyy")).toBe(true);
    expect(isDateFormat("0.00%")).toBe(false);
    expect(isDateFormat("General")).toBe(false);
    expect(isDateFormat('0.00 "days"')).toBe(false);
  });
});
