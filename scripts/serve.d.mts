import type { Server } from "node:http";
/** Serves `root` on 127.0.0.1:`port` (0: a free port). */
export function serveStatic(root: string, port?: number): Promise<{ server: Server; port: number }>;
