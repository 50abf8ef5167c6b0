// Lookups into the domain glossary by term id, so report/ never retypes a domain word.
import { RESULT_COLUMNS, TERMS, type Lang } from "../domain/glossary";
import { PRESETS } from "../domain/presets";

const BY_ID = new Map(TERMS.map((t) => [t.id, t.label]));

/** The glossary label of a term; throws for an unknown id (a bug, not a data problem). */
export function term(id: string, lang: Lang): string {
  const label = BY_ID.get(id);
  if (!label) throw new RangeError(`glossary has no term ${id}`);
  return label[lang];
}

/** The preset's name in `lang`; its id when the preset is not one of PRESETS (a custom configuration). */
export function presetName(presetId: string, lang: Lang): string {
  return PRESETS.find((p) => p.id === presetId)?.name[lang] ?? presetId;
}

/** The header of a result column (RULES §7); throws for an unknown id (a bug, not a data problem). */
export function resultColumnLabel(id: string, lang: Lang): string {
  const column = RESULT_COLUMNS.find((c) => c.id === id);
  if (!column) throw new RangeError(`glossary has no result column ${id}`);
  return column.label[lang];
}
