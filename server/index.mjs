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
// As remix-serve: stop taking connections and let the requests in flight finish. The job runner stops on the
// same signal (app/jobs/runner.server.ts), letting running jobs finish, and the process ends when both are done.
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => server.close((error) => error && console.error(error)));
}
