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
  const shown: string[][] = Array.from({ length: 10 }, () => []);
  const chars = new Array<number>(10).fill(0);
  const more = new Array<number>(10).fill(0);
  for (let i = 0; i < c.kotak.length; i++) {
    const k = c.kotak[i];
    if (k === 0) continue;
    if (shown[k].length >= NAMES_PER_BOX || more[k] > 0) {
      more[k]++;
      continue;
    }
    const name = personName(table, i, rowWord);
    const added = name.length + (shown[k].length > 0 ? 2 : 0);
    if (chars[k] + added > NAMES_CHAR_LIMIT) {
      more[k]++;
      continue;
    }
    shown[k].push(name);
    chars[k] += added;
  }
  return { shown, more };
}
