// A configured input source as a short formula a reader can check against RULES §5,
// e.g. "(20·Penilaian Kompetensi + 10·Pengembangan Kompetensi + 10·Pengalaman Jabatan)/40".
import { fieldLabel, type Lang } from "../domain/glossary";
import type { Source } from "../domain/sources";
import { phrase } from "./report-labels";

export function sourceText(source: Source, lang: Lang): string {
  switch (source.kind) {
    case "field": {
      const notes: string[] = [];
      if (source.scale && source.scale !== "0-100") notes.push(phrase("scaleNote", lang, { scale: source.scale }));
      if (source.cap !== undefined) notes.push(phrase("capAt", lang, { n: source.cap }));
      const label = fieldLabel(source.field, lang);
      return notes.length > 0 ? `${label} (${notes.join(", ")})` : label;
    }
    case "predikatPoints":
      return `${fieldLabel("predikat", lang)} (${phrase("points", lang)})`;
    case "mean":
      return `${phrase("mean", lang)}(${source.of.map((s) => sourceText(s, lang)).join("; ")})`;
    case "weighted": {
      const total = source.parts.reduce((sum, p) => sum + p.weight, 0);
      const sum = source.parts.map((p) => `${p.weight}·${sourceText(p.source, lang)}`).join(" + ");
      return `(${sum})/${total}`;
    }
    case "firstAvailable":
      return source.alternatives.map((s) => sourceText(s, lang)).join(` ${phrase("otherwise", lang)} `);
  }
}
