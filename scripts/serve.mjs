// A tiny static server for dist/ on 127.0.0.1 (the pane's browser mode, and the browser tests).
// Usage: npm run serve [-- PORT]   (or PORT=8080 npm run serve). Port 0 picks a free one.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/** Serves `root` on 127.0.0.1:`port`; resolves with the server and the port it listens on. */
export function serveStatic(root, port = 0) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      let rel = decodeURIComponent(url.pathname);
      if (rel.endsWith("/")) rel += "taskpane.html";
      const file = resolve(join(base, rel));
      // Never serve outside the root (../ in the path, or an encoded one).
      if (file !== base && !file.startsWith(base + sep)) return send(res, 403, "Forbidden");
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile() || (req.method !== "GET" && req.method !== "HEAD")) return send(res, 404, "Not found");
      const body = await readFile(file);
      res.writeHead(200, {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Content-Length": body.length,
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      send(res, 500, "Server error");
    }
  });
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => done({ server, port: server.address().port }));
  });
}

function send(res, status, text) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
  res.end(text);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
  const root = fileURLToPath(new URL("../dist/", import.meta.url));
  const { port: actual } = await serveStatic(root, port);
  console.log(`Talenta pane: http://127.0.0.1:${actual}/taskpane.html (serving ${root})`);
}
