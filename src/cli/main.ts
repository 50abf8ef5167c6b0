// `talenta` command line: classify .xlsx workbooks with the same engine as the Excel add-in.
import { parseArgs, UsageError } from "./args";
import { runClassify } from "./classify-command";
import { runPresets, runConfig } from "./preset-commands";
import { runTargets } from "./targets-command";
import { usage } from "./usage";

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`talenta: ${e.message}\n${usage("id")}`);
      return 2;
    }
    throw e;
  }
  if (args.help || !args.command) {
    process.stdout.write(usage(args.lang));
    return args.command || args.help ? 0 : 2;
  }
  switch (args.command) {
    case "classify":
      return runClassify(args);
    case "targets":
      return runTargets(args);
    case "presets":
      return runPresets(args);
    case "config":
      return runConfig(args);
    default:
      process.stderr.write(`talenta: unknown command "${args.command}"\n${usage(args.lang)}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`talenta: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
