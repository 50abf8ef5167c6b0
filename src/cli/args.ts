// Command-line arguments, parsed without a dependency: the grammar is small and fixed.

export interface CliArgs {
  command: string;
  positionals: string[];
  output?: string;
  sheet?: string;
  preset?: string;
  config?: string;
  maps: string[];
  lang: "id" | "en";
  help: boolean;
  quiet: boolean;
}

export class UsageError extends Error {
  override name = "UsageError";
}

const VALUE_FLAGS: Record<string, keyof CliArgs> = {
  "-o": "output",
  "--output": "output",
  "--sheet": "sheet",
  "--preset": "preset",
  "--config": "config",
  "--lang": "lang",
};

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { command: "", positionals: [], maps: [], lang: "id", help: false, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    const eq = token.startsWith("--") ? token.indexOf("=") : -1;
    const flag = eq > 0 ? token.slice(0, eq) : token;
    const inline = eq > 0 ? token.slice(eq + 1) : undefined;
    const next = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === "-h" || flag === "--help") args.help = true;
    else if (flag === "-q" || flag === "--quiet") args.quiet = true;
    else if (flag === "--map") args.maps.push(next());
    else if (flag in VALUE_FLAGS) {
      const key = VALUE_FLAGS[flag];
      const value = next();
      if (key === "lang") {
        if (value !== "id" && value !== "en") throw new UsageError("--lang takes id or en");
        args.lang = value;
      } else (args as unknown as Record<string, string>)[key] = value;
    } else if (token.startsWith("-") && token !== "-") throw new UsageError(`unknown option ${token}`);
    else if (!args.command) args.command = token;
    else args.positionals.push(token);
  }
  return args;
}
