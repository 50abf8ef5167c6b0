// Succession planning (RULES §8): the public surface of domain/succession.
export { successionConfigSchema, defaultSuccessionConfig, resolvePlacementDate } from "./config";
export type { SuccessionConfig, BupConfig } from "./config";
export { planSuccession } from "./plan";
export type {
  SuccessionPlan,
  PositionPlan,
  CandidateEntry,
  NearMissEntry,
  Incumbent,
  ExcludedPerson,
  ExclusionCode,
  PlanOptions,
} from "./plan";
export type * from "./types";
export { RULE_IDS } from "./types";
export { parsePangkat, pangkatCode, golonganLabel, pangkatNama, pangkatLabel } from "./pangkat";
export type { PangkatCode, ParsedPangkat } from "./pangkat";
export { parseEselon, eselonLabel, eselonPangkatRange } from "./eselon";
export type { Eselon } from "./eselon";
export { parseJenjang, resolveJenjang, eselonJenjang, JENJANG_LABEL, JENJANG_STEP } from "./jenjang";
export type { Jenjang } from "./jenjang";
export { parsePendidikan, pendidikanRank, PENDIDIKAN_LABEL } from "./pendidikan";
export type { Pendidikan } from "./pendidikan";
export { ageOn, bupDate, bupAge } from "./age";
export { parseHukdis } from "./hukdis";
export type { HukdisReading } from "./hukdis";
export { fieldFit } from "./field-fit";
export type { FieldFit, FieldFitResult } from "./field-fit";
export { benchStrength } from "./bench";
export type { Bench, BenchReason } from "./bench";
export { meritIndexCategory } from "./merit";
export type { MeritCategory } from "./merit";
export { formatReason, RULE_LABEL, READINESS_LABEL, BENCH_LABEL, BENCH_REASON, FIELD_FIT_LABEL, EXCLUSION_LABEL } from "./messages";
export type { SuccessionLang } from "./messages";
