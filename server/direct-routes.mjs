// Resource routes the storefront bubble calls on every message, dispatched straight to their route module.
// Why: Remix's request path (the Express adapter, then route matching that flattens and ranks every route on
// each request, then the data strategy) cost about 0.8 ms of CPU a request on the 2-core bench machine, a fifth
// of what a whole shopper message costs. A resource route has no UI, no parent data and no params here, so
// calling its loader or action with the request is what Remix itself ends up doing
// (docs/decisions/0023-direct-resource-routes.md).
import { createRequest, sendResponse } from "@remix-run/node-fetch-server";

/**
 * @param {import("@remix-run/node").ServerBuild} build
 * @param {string[]} routeIds ids in the build, e.g. "routes/proxy.messages"
 * @returns {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => boolean}
 *   true when it took the request, false to leave it to Remix
 */
export function directResourceRoutes(build, routeIds) {
  const byPath = new Map();
  for (const id of routeIds) {
    const route = build.routes[id];
    if (!route) throw new Error(`directResourceRoutes: no route "${id}" in the build`);
    // Only what Remix itself runs alone: a resource route (no component; Remix calls no other route's loader for
    // it) at a fixed path directly under the root, so its URL is its path and it has no params.
    if (route.module.default) throw new Error(`directResourceRoutes: "${id}" renders a page; only resource routes can be dispatched directly`);
    if (route.parentId !== "root" || !route.path || /[:*]/.test(route.path)) {
      throw new Error(`directResourceRoutes: "${id}" must be a fixed path directly under the root (path "${route.path}")`);
    }
    byPath.set(`/${route.path}`, route.module);
  }
  const handleError = build.entry.module.handleError;

  return (req, res) => {
    const url = req.url ?? "/";
    const query = url.indexOf("?");
    const module = byPath.get(query === -1 ? url : url.slice(0, query));
    if (!module) return false;
    const read = req.method === "GET" || req.method === "HEAD";
    const handler = read ? module.loader : module.action;
    // A method the route does not handle gets Remix's own answer (405 and its headers).
    if (!handler) return false;
    void respond(handler, req, res, handleError);
    return true;
  };
}

async function respond(handler, req, res, handleError) {
  /** @type {Response} */
  let response;
  let request;
  try {
    request = createRequest(req, res);
    const result = await handler({ request, params: {}, context: {} });
    if (!(result instanceof Response)) throw new Error("A directly dispatched route must return a Response");
    response = result;
  } catch (thrown) {
    // As in Remix: a thrown Response is the answer; anything else is logged and becomes a bare 500.
    if (thrown instanceof Response) response = thrown;
    else {
      if (handleError && request) handleError(thrown, { request, params: {}, context: {} });
      else console.error(thrown);
      response = new Response("Unexpected Server Error", { status: 500, headers: { "Content-Type": "text/plain" } });
    }
  }
  // The client hung up: nothing left to tell it.
  if (res.destroyed || res.writableEnded) return;
  try {
    // Node itself leaves out the body of an answer to HEAD.
    await sendResponse(res, response);
  } catch (error) {
    // The client went away mid-response: nothing left to tell it.
    if (!res.destroyed) res.destroy(error instanceof Error ? error : undefined);
  }
}
