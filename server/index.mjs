// `npm start`: the production server. It replaces remix-serve so the storefront's per-message routes can skip
// Remix's request path (server/direct-routes.mjs); everything else is served the way remix-serve serves it.
// PORT (3000) and HOST (all interfaces) as remix-serve reads them.
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createAppListener } from "./app-listener.mjs";

process.env.NODE_ENV = process.env.NODE_ENV ?? "production";

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}"`);
  process.exit(1);
}
const build = await import(pathToFileURL(path.resolve("build/server/index.js")).href);
const server = http.createServer(await createAppListener({ build }));
server.listen(port, process.env.HOST, () => {
  const address = server.address();
  console.log(`[switchboard] listening on http://${process.env.HOST ?? "localhost"}:${typeof address === "object" && address ? address.port : port}`);
});
// On SIGTERM (a deploy) or SIGINT: stop taking connections, let the requests in flight and the running jobs finish
// (the build's entry exports `shutdown`, which stops the job runner), then exit. Open database and Redis connections
// would otherwise keep the process alive. Past the deadline it exits anyway: jobs are idempotent and retried, and
// the bubble resends a message that got no answer.
const SHUTDOWN_DEADLINE_MS = 15_000;
let closing = false;
async function shutdown(signal) {
  if (closing) return;
  closing = true;
  console.log(`[switchboard] ${signal}: finishing the requests in flight and the running jobs`);
  const httpClosed = new Promise((resolve) => server.close(() => resolve(undefined)));
  const deadline = new Promise((resolve) => setTimeout(() => resolve("deadline"), SHUTDOWN_DEADLINE_MS).unref());
  const finished = Promise.all([httpClosed, build.entry.module.shutdown?.()]).catch((error) => console.error("[switchboard] shutting down:", error));
  if ((await Promise.race([finished, deadline])) === "deadline") console.error(`[switchboard] still busy after ${SHUTDOWN_DEADLINE_MS} ms; exiting`);
  process.exit(0);
}
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => void shutdown(signal));
