import { describe, expect, it } from "vitest";
import { readBodyText } from "./responses.server";

/** A POST whose body stream fails on the first read, as a hung-up client's does; aborted or not. */
function failingRequest(aborted: boolean) {
  const controller = new AbortController();
  const failure = new DOMException("The request was aborted.", "AbortError");
  if (aborted) controller.abort(failure);
  const body = new ReadableStream<Uint8Array>({ pull: (c) => c.error(failure) });
  return new Request("https://app.example/proxy/messages", { method: "POST", body, signal: controller.signal, duplex: "half" } as RequestInit);
}

describe("readBodyText", () => {
  it("answers a 4xx, not an error, when the client hung up before its body was read", async () => {
    const result = await readBodyText(failingRequest(true), 1024);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.response.status, (await result.response.json()).error]).toEqual([400, "The request was cancelled before its body was read"]);
  });

  it("still fails loudly when the body breaks while the client is there", async () => {
    await expect(readBodyText(failingRequest(false), 1024)).rejects.toThrow(/aborted/);
  });
});
