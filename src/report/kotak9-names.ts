// Who is in each box: the first names, within a bounded cell text (Excel holds at most 32,767 characters).
import type { Classification } from "../domain/classification";
import type { TalentaTable } from "../domain/table";
import { personName } from "./person";

/** Names shown per box before "… dan N lainnya". */
export const NAMES_PER_BOX = 30;
/** Characters of names per box cell: far below Excel's 32,767 and still readable when printed. */
export const NAMES_CHAR_LIMIT = 2000;

export interface BoxNames {
  /** Index 1..9: the names shown. */
  shown: string[][];
  /** Index 1..9: how many are left out. */
  more: number[];
}

export function collectBoxNames(table: TalentaTable, c: Classification, rowWord: string): BoxNames {
  const { count, first } = firstRowsPerBox(c.kotak);
  const shown: string[][] = Array.from({ length: 10 }, () => []);
  const more = new Array<number>(10).fill(0);
  for (let k = 1; k <= 9; k++) {
    let chars = 0;
    // Names in sheet order until the box holds NAMES_PER_BOX or the next name would pass NAMES_CHAR_LIMIT.
    for (let j = 0; j < Math.min(count[k], NAMES_PER_BOX); j++) {
      const name = personName(table, first[k * NAMES_PER_BOX + j], rowWord);
      const added = name.length + (shown[k].length > 0 ? 2 : 0);
      if (chars + added > NAMES_CHAR_LIMIT) break;
      shown[k].push(name);
      chars += added;
    }
    more[k] = count[k] - shown[k].length;
  }
  return { shown, more };
}

/** People per kotak and the first NAMES_PER_BOX rows of each (kotak k at k·NAMES_PER_BOX): one pass, no names yet. */
function firstRowsPerBox(kotak: Uint8Array): { count: Int32Array; first: Int32Array } {
  const count = new Int32Array(10);
  const first = new Int32Array(10 * NAMES_PER_BOX);
  fillFirstRows(kotak, count, first);
  return { count, first };
}

// The loop alone in its function: code after a loop, compiled while the loop runs, is thrown away when first
// reached, and that happened on every run.
function fillFirstRows(kotak: Uint8Array, count: Int32Array, first: Int32Array): void {
  for (let i = 0; i < kotak.length; i++) {
    const k = kotak[i];
    if (k !== 0 && count[k]++ < NAMES_PER_BOX) first[k * NAMES_PER_BOX + count[k] - 1] = i;
  }
}
