// Which columns a configuration needs, and which of them a sheet lacks.
import type { AxisConfig } from "./config";
import type { FieldId } from "./fields";
import { resolveSource, type Source } from "./sources";

interface HasAxes {
  kinerja: AxisConfig;
  potensial: AxisConfig;
}

/** The sources an axis reads: one per input, or the label column of a categorical axis. */
export function axisSources(axis: AxisConfig): Source[] {
  switch (axis.kind) {
    case "scored":
      return axis.inputs.map((i) => i.source);
    case "category":
      return [{ kind: "field", field: axis.field }];
    case "predikatLevel":
      return [{ kind: "field", field: "predikat" }];
  }
}

function sources(config: HasAxes): Source[] {
  return [...axisSources(config.kinerja), ...axisSources(config.potensial)];
}

/** The fields the configuration needs when every `firstAvailable` takes its preferred alternative. */
export function requiredFields(config: HasAxes): FieldId[] {
  return resolvedFields(config, new Set<FieldId>(), true);
}

/** The fields a sheet with these columns lacks; empty when the configuration fits. */
export function missingFields(config: HasAxes, available: ReadonlySet<FieldId>): FieldId[] {
  const missing = sources(config).flatMap((s) => {
    const r = resolveSource(s, available);
    return r.ok ? [] : r.missing;
  });
  return [...new Set(missing)];
}

/** The fields the configuration reads from a sheet with these columns (missing ones included when `withMissing`). */
export function resolvedFields(config: HasAxes, available: ReadonlySet<FieldId>, withMissing = false): FieldId[] {
  const fields = sources(config).flatMap((s) => {
    const r = resolveSource(s, available);
    return r.ok ? r.fields : withMissing ? r.missing : [];
  });
  return [...new Set(fields)];
}
