// Colours of Talenta's output. Print-friendly: light fills with dark text, except box 9 (dark fill, white text),
// so the grid still reads on a black-and-white printer (the box number and text are always printed).
import type { Kotak } from "../domain/classification";

export type KotakNumber = Exclude<Kotak, 0>;

export interface KotakColours {
  /** Cell fill of the box on the grid and in the legend. */
  fill: string;
  /** Text on that fill. */
  font: string;
  /** Marker colour on the chart: the same hue, strong enough to see on a white plot area. */
  marker: string;
}

const RED: KotakColours = { fill: "F4B6B2", font: "1F1F1F", marker: "D32F2F" };
const YELLOW: KotakColours = { fill: "FFE9A6", font: "1F1F1F", marker: "E6A100" };
const GREEN: KotakColours = { fill: "B7DDB0", font: "1F1F1F", marker: "43A047" };
const DARK_GREEN: KotakColours = { fill: "1E6B34", font: "FFFFFF", marker: "1B5E20" };

/** Conventional nine-box palette: 1–3 red, 4–6 yellow, 7–8 green, 9 dark green. */
export const KOTAK_COLOURS: Readonly<Record<KotakNumber, KotakColours>> = {
  1: RED,
  2: RED,
  3: RED,
  4: YELLOW,
  5: YELLOW,
  6: YELLOW,
  7: GREEN,
  8: GREEN,
  9: DARK_GREEN,
};

/** Talenta's own header colour (dark teal, white bold text): the user sees at a glance which columns are ours. */
export const TALENTA_HEADER = { fill: "0F5E5C", font: "FFFFFF" } as const;
/** Light teal for section titles and label cells on Talenta's sheets. */
export const TALENTA_LIGHT = "D5ECEA";
export const ERROR_FILL = "F8D7DA";
export const WARNING_FILL = "FFF3CD";
export const MUTED_FONT = "6B6B6B";

export const KOTAK_NUMBERS: readonly KotakNumber[] = [1, 2, 3, 4, 5, 6, 7, 8, 9];
