import { once } from "node:events";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { connect } from "node:net";
import type { ServerBuild } from "@remix-run/node";
import { http, passthrough } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { mswServer } from "../tests/msw-server";
import { directResourceRoutes } from "./direct-routes.mjs";

type Handler = (args: { request: Request; params: Record<string, string>; context: unknown }) => Promise<Response> | Response;

function buildWith(routes: Record<string, { path?: string; parentId?: string; module: { loader?: Handler; action?: Handler; default?: unknown } }>, handleError?: (error: unknown) => void) {
  return {
    routes: Object.fromEntries(Object.entries(routes).map(([id, r]) => [id, { id, path: r.path, parentId: r.parentId ?? "root", module: r.module }])),
    entry: { module: { handleError } },
  } as unknown as ServerBuild;
}

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  if (server) await new Promise((resolve) => server!.close(resolve));
  server = undefined;
});

/** A real HTTP server: the direct routes first, everything else answered "fallback" (Remix in the app). */
async function serve(build: ServerBuild, ids: string[]) {
  const direct = directResourceRoutes(build, ids);
  server = createServer((req, res) => {
    if (!direct(req, res)) res.writeHead(299).end("fallback");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A real server on loopback: past the simulated shop's interception.
  mswServer.use(http.all(`${origin}/*`, () => passthrough()));
  return origin;
}

describe("directResourceRoutes", () => {
  it("hands a GET to the route's loader and a POST to its action, with the query, headers and body intact", async () => {
    const seen: string[] = [];
    const build = buildWith({
      "routes/proxy.messages": {
        path: "proxy/messages",
        module: {
          loader: ({ request }) => Response.json({ kind: "loader", q: new URL(request.url).searchParams.get("q"), h: request.headers.get("x-test") }),
          action: async ({ request, params }) => {
            seen.push(request.method);
            return Response.json({ kind: "action", body: await request.json(), params }, { status: 201, headers: { "X-Route": "direct" } });
          },
        },
      },
    });
    const url = await serve(build, ["routes/proxy.messages"]);
    const get = await fetch(`${url}/proxy/messages?q=a%20b`, { headers: { "x-test": "yes" } });
    expect(await get.json()).toEqual({ kind: "loader", q: "a b", h: "yes" });
    const post = await fetch(`${url}/proxy/messages?signature=x`, { method: "POST", body: JSON.stringify({ text: "héllo 👋" }) });
    expect(post.status).toBe(201);
    expect(post.headers.get("x-route")).toBe("direct");
    expect(await post.json()).toEqual({ kind: "action", body: { text: "héllo 👋" }, params: {} });
    const head = await fetch(`${url}/proxy/messages`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    expect(seen).toEqual(["POST"]);
  });

  it("leaves every other path, and a method the route has no handler for, to Remix", async () => {
    const action = vi.fn(() => new Response("direct"));
    const url = await serve(buildWith({ "routes/proxy.seen": { path: "proxy/seen", module: { action } } }), ["routes/proxy.seen"]);
    for (const [method, path] of [["POST", "/proxy/seen/"], ["POST", "/proxy/seenx"], ["POST", "/proxy"], ["GET", "/proxy/seen"], ["POST", "/PROXY/SEEN"]]) {
      const response = await fetch(`${url}${path}`, { method, ...(method === "POST" ? { body: "{}" } : {}) });
      expect(`${method} ${path} ${response.status} ${await response.text()}`).toBe(`${method} ${path} 299 fallback`);
    }
    expect(action).not.toHaveBeenCalled();
  });

  it("sends a thrown Response as the answer, and turns any other throw into a logged bare 500", async () => {
    const handleError = vi.fn();
    const url = await serve(
      buildWith(
        {
          "routes/a": { path: "a", module: { action: () => { throw new Response("nope", { status: 401 }); } } },
          "routes/b": { path: "b", module: { action: () => { throw new Error("boom: secret detail"); } } },
          "routes/c": { path: "c", module: { action: () => ({ not: "a response" }) as unknown as Response } },
        },
        handleError,
      ),
      ["routes/a", "routes/b", "routes/c"],
    );
    const a = await fetch(`${url}/a`, { method: "POST" });
    expect([a.status, await a.text()]).toEqual([401, "nope"]);
    const b = await fetch(`${url}/b`, { method: "POST" });
    expect([b.status, await b.text()]).toEqual([500, "Unexpected Server Error"]);
    const c = await fetch(`${url}/c`, { method: "POST" });
    expect(c.status).toBe(500);
    expect(handleError.mock.calls.map(([error]) => String(error))).toEqual(["Error: boom: secret detail", "Error: A directly dispatched route must return a Response"]);
  });

  it("answers a request without a Host header (HTTP/1.0) without a 5xx or a crash", async () => {
    const url = new URL(await serve(buildWith({ "routes/a": { path: "a", module: { loader: ({ request }) => new Response(new URL(request.url).pathname) } } }), ["routes/a"]));
    const socket: Socket = connect(Number(url.port), url.hostname);
    await once(socket, "connect");
    socket.end("GET /a HTTP/1.0\r\n\r\n");
    let raw = "";
    socket.on("data", (chunk) => (raw += chunk));
    await once(socket, "close");
    expect(raw).toMatch(/^HTTP\/1\.[01] [234]\d\d/);
  });

  it("drops an answer quietly when the client hung up before it was ready", async () => {
    let release!: () => void;
    const ready = new Promise<void>((resolve) => (release = resolve));
    const answered = vi.fn();
    const url = await serve(
      buildWith({ "routes/slow": { path: "slow", module: { action: async () => { await ready; answered(); return new Response("late"); } } } }),
      ["routes/slow"],
    );
    const req = httpRequest(`${url}/slow`, { method: "POST" });
    req.on("error", () => undefined);
    req.end("{}");
    await new Promise((resolve) => setTimeout(resolve, 100));
    req.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await vi.waitFor(() => expect(answered).toHaveBeenCalled());
    // The server is still serving.
    const after = await fetch(`${url}/slow`, { method: "POST" });
    expect(await after.text()).toBe("late");
  });

  it("refuses, at start-up, a route that renders a page, takes params or is nested", () => {
    const page = buildWith({ "routes/app": { path: "app", module: { loader: () => new Response(), default: () => null } } });
    expect(() => directResourceRoutes(page, ["routes/app"])).toThrow(/renders a page/);
    const params = buildWith({ "routes/x": { path: "x/:id", module: { action: () => new Response() } } });
    expect(() => directResourceRoutes(params, ["routes/x"])).toThrow(/fixed path/);
    const nested = buildWith({ "routes/y": { path: "y", parentId: "routes/app", module: { action: () => new Response() } } });
    expect(() => directResourceRoutes(nested, ["routes/y"])).toThrow(/directly under the root/);
    expect(() => directResourceRoutes(page, ["routes/missing"])).toThrow(/no route "routes\/missing"/);
  });
});
