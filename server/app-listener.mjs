// The app's HTTP request listener, shared by production (`npm start`, server/index.mjs) and the demo, so the
// demo, the load bench and the real-process tests serve requests exactly as production does.
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import { directResourceRoutes } from "./direct-routes.mjs";

/** The storefront bubble's endpoints: one request per shopper message, poll, "seen" and rating. */
export const STOREFRONT_ROUTES = ["routes/proxy.messages", "routes/proxy.seen", "routes/proxy.feedback", "routes/proxy.satisfaction"];

/**
 * @param {{ build: import("@remix-run/node").ServerBuild, mode?: string, compress?: boolean,
 *   mount?: (app: import("express").Express) => void }} options
 *   mount adds routes before the static files and Remix (the demo's stand-ins); compress (default true) is
 *   turned off by the demo, which never compressed (the admin's streamed pages in Chromium are not tested with it)
 */
export async function createAppListener({ build, mode = process.env.NODE_ENV ?? "production", compress = true, mount }) {
  const app = express();
  app.disable("x-powered-by");
  // Pages and JSON from Remix are compressed as remix-serve does; the storefront routes answer a few hundred
  // bytes and skip it (they never reach Express).
  if (compress) app.use(compression());
  mount?.(app);
  const client = path.resolve("build/client");
  // Vite's hashed file names never change content: cached for a year. Everything else in build/client for an hour.
  app.use("/assets", express.static(path.join(client, "assets"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(client, { maxAge: "1h" }));
  app.all("*", createRequestHandler({ build, mode }));

  const direct = directResourceRoutes(build, STOREFRONT_ROUTES);
  /** @type {import("node:http").RequestListener} */
  return (req, res) => {
    if (!direct(req, res)) app(req, res);
  };
}
