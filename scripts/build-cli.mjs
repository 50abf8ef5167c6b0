// Bundles the command line into dist/cli.cjs so that `npm ci` alone leaves `npx talenta` runnable.
import { build } from "esbuild";
await build({
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/cli.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: false,
  logLevel: "warning",
});
