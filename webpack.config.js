// Builds the task pane (and the ribbon commands page when it exists) into dist/.
// Nothing is loaded from a CDN: office.js and the files it loads are copied from @microsoft/office-js.
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { EsbuildPlugin } = require("esbuild-loader");
const { BannerPlugin, Compilation, sources } = require("webpack");

const DEV_URL = "https://localhost:3000/";
const exists = (p) => fs.existsSync(path.join(__dirname, p));

// Why each CSP source is there:
// - script-src 'self': the bundles, their lazy chunks, the worker and office.js are all served from our origin.
//   Office's own script host (appsforoffice.microsoft.com) is NOT listed: office.js and the host files it
//   loads (excel-*.js, locale strings) are copied into dist/office/, and office.js loads them from its own folder.
// - style-src 'unsafe-inline': Fluent UI v9 styles are made at run time by Griffel, which inserts <style> rules;
//   there is no stable nonce to give it in a static page.
// - img-src data: blob:: chart.js exports and Fluent's inline SVG masks; connect-src 'self': no other origin.
// - worker-src 'self' blob:: the browser mode runs the engine in a worker from our origin.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const entry = { taskpane: "./src/taskpane/index.tsx" };
  const pages = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      csp: CSP,
      scriptLoading: "defer",
    }),
  ];
  if (exists("src/commands/commands.ts") && exists("src/commands/commands.html")) {
    entry.commands = "./src/commands/commands.ts";
    pages.push(new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }));
  }
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry,
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      // dist/cli.cjs is built by scripts/build-cli.mjs into the same folder: keep it.
      clean: { keep: /^cli\.cjs$/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "esbuild-loader", options: { target: "es2020", jsx: "automatic" } },
        },
      ],
    },
    plugins: [
      ...pages,
      new CopyFilesPlugin([
        { from: path.join(__dirname, "node_modules/@microsoft/office-js/dist"), to: "office", files: officeFiles },
        { from: path.join(__dirname, "assets"), to: "assets", files: (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir) : []) },
      ]),
      // V8 explicit compile hint (Chromium ≥ 136, the engine of WebView2 and Excel on the web in Edge/Chrome):
      // every function of the first chunk runs at start, so compile them all while the script streams in,
      // off the main thread, instead of one by one on it. Added after minification, which would drop the comment.
      ...(production
        ? [new BannerPlugin({ banner: "//# allFunctionsCalledOnLoad", raw: true, include: /^taskpane\.js$/, stage: Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING })]
        : []),
      new ManifestPlugin({
        from: path.join(__dirname, "manifest.xml"),
        devUrl: DEV_URL,
        url: production ? env.TALENTA_URL || process.env.TALENTA_URL : undefined,
      }),
    ],
    // esbuild minifies in seconds what terser takes minutes for on this 2-core machine; sizes are within a few %.
    optimization: { minimizer: [new EsbuildPlugin({ target: "es2020", legalComments: "none" })] },
    performance: { hints: false },
    devServer: {
      port: 3000,
      host: "localhost",
      server: devServerTransport(),
      static: false,
      headers: { "Content-Security-Policy": CSP },
    },
  };
};

// https with the office-addin-dev-certs files when they exist (Office needs https), plain http otherwise.
function devServerTransport() {
  const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return "http";
  const options = {};
  for (const [k, f] of Object.entries(files)) options[k] = fs.readFileSync(path.join(dir, f));
  return { type: "https", options };
}

/** Copies static files into the output: { from: folder, to: output folder, files(from) → relative paths }. */
class CopyFilesPlugin {
  constructor(patterns) {
    this.patterns = patterns;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("CopyFiles", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "CopyFiles", stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const { from, to, files } of this.patterns) {
          for (const rel of files(from)) {
            const file = path.join(from, rel);
            compilation.fileDependencies.add(file);
            compilation.emitAsset(`${to}/${rel.split(path.sep).join("/")}`, new sources.RawSource(fs.readFileSync(file)));
          }
        }
      });
    });
  }
}

// office.js and the files it loads at run time (Excel host scripts, locale strings); never the .debug twins.

function officeFiles(root) {
  const wanted = (name) => name.endsWith(".js") && !name.includes(".debug") && !name.endsWith("-vsdoc.js");
  const out = [];
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    if (entry.isFile() && /^(office|o15apptofilemappingtable|excel[^.]*)\.js$/.test(entry.name)) out.push(entry.name);
    if (entry.isDirectory()) {
      for (const sub of fs.readdirSync(path.join(root, entry.name), { withFileTypes: true })) {
        if (sub.isFile() && wanted(sub.name) && !sub.name.startsWith("outlook")) out.push(path.join(entry.name, sub.name));
      }
    }
  }
  return out;
}

/** Copies manifest.xml; in production builds its https://localhost:3000/ URLs become TALENTA_URL. */
class ManifestPlugin {
  constructor({ from, devUrl, url }) {
    this.from = from;
    this.devUrl = devUrl;
    this.url = url;
  }
  apply(compiler) {
    const production = compiler.options.mode === "production";
    compiler.hooks.thisCompilation.tap("Manifest", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "Manifest", stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        if (!fs.existsSync(this.from)) return;
        compilation.fileDependencies.add(this.from);
        let xml = fs.readFileSync(this.from, "utf8");
        if (production && this.url) {
          if (!/^https:\/\/[^\s"<>]+\/$/.test(this.url)) {
            compilation.errors.push(new Error(`TALENTA_URL must be an https URL ending in "/", got ${this.url}`));
            return;
          }
          xml = xml.split(this.devUrl).join(this.url);
        } else if (production) {
          compilation.warnings.push(new Error("TALENTA_URL is not set: dist/manifest.xml still points at " + this.devUrl));
        }
        compilation.emitAsset("manifest.xml", new sources.RawSource(xml));
      });
    });
  }
}
