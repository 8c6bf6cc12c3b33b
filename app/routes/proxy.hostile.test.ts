// The app proxy endpoints under bad input, as Shopify forwards it (signed query string, any body): every bad request
// is a clear 4xx and leaves the database as it was; text that is merely odd (half an emoji, control characters) is
// made well-formed and answered. Property-based runs (fast-check) throw random bodies and parameters at them.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RequestType, setUpValidRequest, TEST_SHOP, TEST_SHOP_NAME } from "@shopify/shopify-api/test-helpers";
import { createTestDatabase, type TestDatabase } from "../testing/test-database.server";
import { simulatedOfflineSession } from "../simulated-shop/test-admin.server";
import { MAX_PROXY_BODY_BYTES } from "../proxy/responses.server";

let t: TestDatabase;
let messages: typeof import("./proxy.messages");
let feedback: typeof import("./proxy.feedback");
const APP = "https://my-test-app.myshopify.io";

beforeAll(async () => {
  t = await createTestDatabase("sqlite");
  process.env.DATABASE_URL = t.url;
  messages = await import("./proxy.messages");
  feedback = await import("./proxy.feedback");
  const { sessionStorage } = await import("../shopify.server");
  await sessionStorage.storeSession(simulatedOfflineSession(TEST_SHOP));
}, 60_000);
afterAll(() => t.drop());

async function signed(path: string, init: RequestInit & { duplex?: "half" } = {}, query: Record<string, string> = {}) {
  const url = new URL(`${APP}/proxy${path}`);
  url.searchParams.set("logged_in_customer_id", "");
  url.searchParams.set("path_prefix", "/apps/switchboard");
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return setUpValidRequest({ type: RequestType.Public, store: TEST_SHOP_NAME, apiSecretKey: "testApiSecretKey" }, new Request(url, init));
}

const rawPost = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
  signed(path, { method: "POST", body, headers: { "Content-Type": "application/json", ...headers }, duplex: "half" });
const post = (body: unknown) => rawPost("/messages", JSON.stringify(body));
const run = async (fn: () => unknown) => {
  try {
    return (await fn()) as Response;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
};
const send = async (request: Request) => run(() => messages.action({ request, params: {}, context: {} }));
const counts = async () => ({ conversations: await t.prisma.conversation.count(), messages: await t.prisma.message.count() });

/** A body that never ends, counting how many bytes the server pulled from it. */
function endlessBody(chunkBytes = 4096) {
  const pulled = { bytes: 0 };
  const chunk = new TextEncoder().encode(`{"text":"${"a".repeat(chunkBytes - 9)}`.slice(0, chunkBytes));
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled };
}

let seq = 0;
const ids = () => ({ visitorId: `visitor-hostile-${++seq}`, clientMessageId: `client-hostile-${seq}` });

describe("body size", () => {
  it("refuses a declared Content-Length over the limit with 413 before reading, and stores nothing", async () => {
    const before = await counts();
    const { stream, pulled } = endlessBody();
    const response = await send(await rawPost("/messages", stream, { "Content-Length": String(100 * 1024 * 1024) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: `Body is larger than ${MAX_PROXY_BODY_BYTES} bytes` });
    expect(pulled.bytes).toBeLessThanOrEqual(64 * 1024); // what the stream buffers ahead of a reader, at most
    expect(await counts()).toEqual(before);
  });

  it("cuts off a body without Content-Length as soon as it passes the limit", async () => {
    const before = await counts();
    const { stream, pulled } = endlessBody();
    const response = await send(await rawPost("/messages", stream));
    expect(response.status).toBe(413);
    expect(pulled.bytes).toBeLessThan(MAX_PROXY_BODY_BYTES + 64 * 1024);
    expect(await counts()).toEqual(before);
  });

  it("accepts a maximal message (2,000 characters of 4-byte emoji, JSON-escaped) under the limit", async () => {
    const text = "😀".repeat(1000); // 2,000 UTF-16 code units
    const body = JSON.stringify({ ...ids(), text }).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    expect(new TextEncoder().encode(body).byteLength).toBeLessThanOrEqual(MAX_PROXY_BODY_BYTES);
    const response = await send(await rawPost("/messages", body));
    expect(response.status).toBe(200);
  });

  it("refuses the feedback endpoint's oversized bodies too", async () => {
    const big = await rawPost("/feedback", JSON.stringify({ pad: "x".repeat(MAX_PROXY_BODY_BYTES) }));
    const tooBig = await run(() => feedback.action({ request: big, params: {}, context: {} }));
    expect(tooBig.status).toBe(413);
  });
});

describe("malformed bodies: a clear 400 and nothing stored", () => {
  it.each([
    ["not JSON", "hello", "Body must be JSON"],
    ["truncated JSON", '{"text":"hi"', "Body must be JSON"],
    ["empty body", "", "Body must be JSON"],
    ["an array", "[1,2,3]", "body: Expected object, received array"],
    ["null", "null", "body: Expected object, received null"],
    ["a string", '"where is my order"', "body: Expected object, received string"],
    ["a huge number for an id", '{"visitorId":1e400,"clientMessageId":"client-abcdef","text":"hi"}', "visitorId: Expected string, received number"],
    ["a number for the text", '{"visitorId":"visitor-abcdef","clientMessageId":"client-abcdef","text":12345678901234567890}', "text: Expected string, received number"],
    ["an object for the text", '{"visitorId":"visitor-abcdef","clientMessageId":"client-abcdef","text":{"toString":"x"}}', "text: Expected string, received object"],
    ["an array for an id", '{"visitorId":["visitor-abcdef"],"clientMessageId":"client-abcdef","text":"hi"}', "visitorId: Expected string, received array"],
    ["an id with SQL in it", `{"visitorId":"x' OR '1'='1","clientMessageId":"client-abcdef","text":"hi"}`, "visitorId: id has invalid characters"],
    ["a conversation id with a path", '{"conversationId":"../../etc/passwd","visitorId":"visitor-abcdef","clientMessageId":"client-abcdef","text":"hi"}', "conversationId: id has invalid characters"],
    ["an over-long id", `{"visitorId":"${"v".repeat(65)}","clientMessageId":"client-abcdef","text":"hi"}`, "visitorId: id too long"],
    ["only control characters", '{"visitorId":"visitor-abcdef","clientMessageId":"client-abcdef","text":"\\u0000\\u0007\\u001b"}', "text: Message is empty"],
    ["a message over 2,000 characters", JSON.stringify({ visitorId: "visitor-abcdef", clientMessageId: "client-abcdef", text: "a".repeat(2001) }), "text: Message is longer than 2000 characters"],
    ["__proto__ tricks", '{"__proto__":{"visitorId":"visitor-abcdef"},"clientMessageId":"client-abcdef","text":"hi"}', "visitorId: Required"],
    ["deeply nested arrays", `{"text":${"[".repeat(5000)}${"]".repeat(5000)}}`, "visitorId: Required"],
  ])("%s", async (_name, body, error) => {
    const before = await counts();
    const response = await send(await rawPost("/messages", body));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error });
    expect(await counts()).toEqual(before);
  });

  it("refuses bytes that are not UTF-8", async () => {
    const before = await counts();
    const bytes = new Uint8Array([...new TextEncoder().encode('{"visitorId":"visitor-abcdef","clientMessageId":"client-abcdef","text":"'), 0xff, 0xfe, 0x22, 0x7d]);
    const response = await send(await rawPost("/messages", bytes));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "Body must be UTF-8 encoded JSON" });
    expect(await counts()).toEqual(before);
  });

  it("answers bad poll parameters with 400", async () => {
    for (const query of [{}, { conversationId: "'; DROP TABLE Message; --", visitorId: "visitor-abcdef" }, { conversationId: "c".repeat(500), visitorId: "visitor-abcdef" }]) {
      const request = await signed("/messages", {}, query as Record<string, string>);
      const polled = await run(() => messages.loader({ request, params: {}, context: {} }));
      expect(polled.status).toBe(400);
    }
  });
});

describe("odd but honest text is made well-formed, not refused", () => {
  it("stores half an emoji as U+FFFD, drops control characters, keeps line breaks, composes accents", async () => {
    const body = `{"visitorId":"visitor-odd001","clientMessageId":"client-odd001","text":"hello \\ud83d there\\u0000\\u001b\\r\\nCafe\\u0301 \\ude00"}`;
    const response = await send(await rawPost("/messages", body));
    expect(response.status).toBe(200);
    const stored = await t.prisma.message.findFirstOrThrow({ where: { conversation: { visitorId: "visitor-odd001" }, author: "shopper" } });
    expect(stored.body).toBe("hello \uFFFD there\nCafé \uFFFD");
  });
});

describe("fuzzed (fast-check)", () => {
  const idArb = fc.oneof(
    fc.stringMatching(/^[\w-]{8,64}$/),
    fc.string({ unit: "binary", maxLength: 80 }),
    fc.integer(),
    fc.constant(null),
    fc.array(fc.string(), { maxLength: 2 }),
  );
  const textArb = fc.oneof(
    fc.string({ unit: "binary", maxLength: 2100 }),
    fc.string({ unit: "grapheme", maxLength: 300 }),
    fc.string({ unit: fc.constantFrom(" ", "#", "@", ".", "1", "\u0000", "\uD83D", "\uDE00", "é", "order "), maxLength: 2000 }),
    fc.anything(),
  );

  it("random message bodies: never a 5xx, and nothing stored on a 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { weight: 3, arbitrary: fc.record({ conversationId: fc.option(idArb), visitorId: idArb, clientMessageId: idArb, text: textArb }, { requiredKeys: [] }).map((b) => JSON.stringify(b) ?? "") },
          { weight: 1, arbitrary: fc.json() },
          { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 500 }) },
        ),
        async (body) => {
          const before = await counts();
          const response = await send(await rawPost("/messages", body));
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400) {
            expect(await counts()).toEqual(before);
            expect(typeof (await response.json()).error).toBe("string");
          }
        },
      ),
      { numRuns: 100 },
    );
  }, 180_000);

  it("random well-shaped messages with hostile text: answered (200) or refused (400), never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(textArb, fc.stringMatching(/^[\w-]{8,40}$/), async (text, visitor) => {
        const before = await counts();
        const response = await send(await post({ visitorId: `v-${visitor}`, clientMessageId: `c-${visitor}`, text }));
        expect([200, 400]).toContain(response.status);
        if (response.status === 400) expect(await counts()).toEqual(before);
      }),
      { numRuns: 40 },
    );
  }, 180_000);

  it("random poll and feedback parameters: never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom("conversationId", "visitorId", "after", "messageId", "value", "x"), fc.oneof(fc.string({ unit: "binary", maxLength: 80 }), fc.stringMatching(/^[\w-]{8,20}$/))),
        fc.anything(),
        async (query, body) => {
          const polled = await run(async () => messages.loader({ request: await signed("/messages", {}, query), params: {}, context: {} }));
          expect(polled.status).toBeLessThan(500);
          const before = await counts();
          const rated = await run(async () => feedback.action({ request: await rawPost("/feedback", JSON.stringify(body) ?? ""), params: {}, context: {} }));
          expect(rated.status).toBeLessThan(500);
          expect(await counts()).toEqual(before);
        },
      ),
      { numRuns: 100 },
    );
  }, 180_000);
});
