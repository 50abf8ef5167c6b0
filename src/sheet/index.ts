// sheet/: grid ↔ typed table. The front door is detectTable(); the header machinery is generic and
// exported for other tables (the `Jabatan Target` sheet) with their own synonym tables.
export { detectTable, hasTalentaHeader } from "./detect-table";
export type { DetectedColumn, DetectedVia, Detection, DetectOptions, DetectResult } from "./types";
export { detectKeyedHeader } from "./header-detect";
export type { KeyedHeader, KeyedHeaderColumn, KeyedHeaderOptions } from "./header-detect";
export { compileSynonyms, matchHeader } from "./header-match";
export type { HeaderMatch, MatchVia, SynonymIndex } from "./header-match";
export { boundedEditDistance, headerWords, normaliseHeader, withoutParentheses, yearOnly } from "./normalise";
export { CONTENT_DECIDED, CONTENT_ONLY, FIELD_SYNONYMS, OTHER_HEADERS } from "./synonyms";
export {
  isBlank,
  isDateFormat,
  isNoValue,
  isPercentFormat,
  nipLostDigits,
  parseDateCell,
  parseNipCell,
  parseNumberCell,
  parseNumberText,
  parseTextCell,
  serialToDays,
} from "./cells";
export { findDataExtent, isFooterText } from "./data-extent";
export { decideContent, profileColumn } from "./content-sniff";
