// Lookups into the domain glossary by term id, so report/ never retypes a domain word.
import { TERMS, type Lang } from "../domain/glossary";

const BY_ID = new Map(TERMS.map((t) => [t.id, t.label]));

/** The glossary label of a term; throws for an unknown id (a bug, not a data problem). */
export function term(id: string, lang: Lang): string {
  const label = BY_ID.get(id);
  if (!label) throw new RangeError(`glossary has no term ${id}`);
  return label[lang];
}
