// Command-line arguments, parsed without a dependency: the grammar is small and fixed.
import type { Lang } from "../app/types";
import { usageText } from "./messages";

export interface CliArgs {
  command: string;
  positionals: string[];
  output?: string;
  sheet?: string;
  preset?: string;
  config?: string;
  maps: string[];
  lang: Lang;
  help: boolean;
  quiet: boolean;
}

export class UsageError extends Error {
  override name = "UsageError";
  constructor(
    message: string,
    /** The language the message is worded in (the one --lang asked for, when it could be read). */
    readonly lang: Lang,
  ) {
    super(message);
  }
}

const VALUE_FLAGS: Record<string, keyof CliArgs> = {
  "-o": "output",
  "--output": "output",
  "--sheet": "sheet",
  "--preset": "preset",
  "--config": "config",
  "--lang": "lang",
};

/** Positional arguments each command takes after its name. */
const POSITIONALS: Record<string, number> = { classify: 1, targets: 1, presets: 0, config: 0, help: 0 };

export function parseArgs(argv: string[]): CliArgs {
  // The language is settled first so that every usage error below is worded in it.
  const lang = langOf(argv);
  const t = usageText(lang);
  const args: CliArgs = { command: "", positionals: [], maps: [], lang, help: false, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    const eq = token.startsWith("--") ? token.indexOf("=") : -1;
    const flag = eq > 0 ? token.slice(0, eq) : token;
    const inline = eq > 0 ? token.slice(eq + 1) : undefined;
    const next = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      // `-o --quiet` (the file name forgotten): the next option is not a value. `--opt=-x` still passes one.
      if (v === undefined || (v.startsWith("-") && v !== "-")) throw new UsageError(t.needsValue(flag), lang);
      return v;
    };
    if (flag === "-h" || flag === "--help") args.help = true;
    else if (flag === "-q" || flag === "--quiet") args.quiet = true;
    else if (flag === "--map") args.maps.push(next());
    else if (flag in VALUE_FLAGS) {
      const key = VALUE_FLAGS[flag];
      const value = next();
      if (key === "lang") {
        if (value !== "id" && value !== "en") throw new UsageError(t.badLang, lang);
      } else (args as unknown as Record<string, string>)[key] = value;
    } else if (token.startsWith("-") && token !== "-") throw new UsageError(t.unknownOption(token), lang);
    else if (!args.command) args.command = token;
    else args.positionals.push(token);
  }
  const allowed = POSITIONALS[args.command];
  if (allowed !== undefined && args.positionals.length > allowed) {
    throw new UsageError(t.extraArgument(args.command, args.positionals[allowed]), lang);
  }
  return args;
}

/** The last --lang given (`--lang en` or `--lang=en`); Indonesian when none or not a known one. */
function langOf(argv: string[]): Lang {
  let lang: Lang = "id";
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i] === "--lang" ? argv[i + 1] : argv[i].startsWith("--lang=") ? argv[i].slice(7) : undefined;
    if (v === "id" || v === "en") lang = v;
  }
  return lang;
}
