// `talenta presets` and `talenta config --preset ID`.
import { PRESETS } from "../domain/presets";
import { defaultConfig } from "../domain/config";
import type { PresetId } from "../domain/presets";
import type { CliArgs } from "./args";
import { cliText } from "./messages";

export function runPresets(args: CliArgs): number {
  for (const p of PRESETS) {
    const name = args.lang === "id" ? p.name.id : p.name.en;
    process.stdout.write(`${p.id.padEnd(18)} ${name}\n`);
    process.stdout.write(`${"".padEnd(18)} ${args.lang === "id" ? p.regulation.id : p.regulation.en}\n`);
  }
  return 0;
}

export function runConfig(args: CliArgs): number {
  const id = args.preset ?? PRESETS[0].id;
  if (!PRESETS.some((p) => p.id === id)) {
    process.stderr.write(`talenta: ${cliText(args.lang).unknownPreset(id)} (${PRESETS.map((p) => p.id).join(", ")})\n`);
    return 2;
  }
  process.stdout.write(JSON.stringify(defaultConfig(id as PresetId), null, 2) + "\n");
  return 0;
}
