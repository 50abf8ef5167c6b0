// Builders for RuleResult, so each rule file reads as its rule only.
import type { Reason, ReasonCode, RuleId, RuleResult } from "../types";

type Data = Reason["data"];

function reason(code: ReasonCode, data: Data): Reason {
  return data === undefined ? { code } : { code, data };
}

export function passed(rule: RuleId, code: ReasonCode, data?: Data): RuleResult {
  return { rule, pass: true, timeBased: false, reason: reason(code, data) };
}

/** `timeBased`: the person can meet the rule by waiting (rules/index.ts says which failures are). */
export function failed(rule: RuleId, code: ReasonCode, timeBased: boolean, data?: Data): RuleResult {
  return { rule, pass: false, timeBased, reason: reason(code, data) };
}

export function unknown(rule: RuleId, code: ReasonCode, data?: Data): RuleResult {
  return { rule, pass: "unknown", timeBased: false, reason: reason(code, data) };
}
