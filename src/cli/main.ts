// `talenta` command line: classify .xlsx workbooks with the same engine as the Excel add-in.
import { parseArgs, UsageError } from "./args";
import { runClassify } from "./classify-command";
import { removePendingOutput } from "./files";
import { usageText } from "./messages";
import { runPresets, runConfig } from "./preset-commands";
import { runTargets } from "./targets-command";
import { usage } from "./usage";

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`talenta: ${e.message}\n${usage(e.lang)}`);
      return 2;
    }
    throw e;
  }
  if (args.help || !args.command || args.command === "help") {
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
      process.stderr.write(`talenta: ${usageText(args.lang).unknownCommand(args.command)}\n${usage(args.lang)}`);
      return 2;
  }
}

/**
 * Ctrl+C, a closed terminal or a stopped job ends the run without leaving the temporary output (a full copy of
 * the personnel data) behind. The output is written synchronously, so the handler runs before the temporary
 * file exists or after it became the output: the user gets the whole output or none. Exit codes as a shell
 * reports a signal: 128 + its number.
 */
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]] as const) {
  process.on(signal, () => {
    removePendingOutput();
    process.exit(code);
  });
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
