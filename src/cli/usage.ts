import type { Lang } from "../app/types";

export function usage(lang: Lang): string {
  const id = lang === "id";
  return `${id ? "Pemakaian" : "Usage"}:
  talenta classify <input.xlsx> [-o output.xlsx] [--sheet NAME] [--preset ID] [--config config.json]
                   [--map field=COLUMN ...] [--lang id|en]
  talenta targets <input.xlsx> [-o output.xlsx] [--lang id|en]
  talenta presets [--lang id|en]
  talenta config --preset ID > talenta.json
  talenta help

${id ? "Keterangan" : "Notes"}:
  ${id ? "Hasil ditulis ke <input>.talenta.xlsx di samping file masukan; file masukan tidak ditimpa kecuali -o menyebutnya." : "Output goes to <input>.talenta.xlsx beside the input; the input is never overwritten unless -o names it."}
  targets ${id ? "menambahkan lembar Jabatan Target kosong (dengan daftar pilihan) untuk diisi sebelum classify." : "adds an empty Jabatan Target sheet (with dropdown lists) to fill in before classify."}
  --map ${id ? "memetakan kolom: field=L (huruf kolom, huruf besar atau kecil), field=\"Judul Kolom\", atau field=none." : "maps a column: field=L (column letter, any case), field=\"Header text\", or field=none."}
`;
}
