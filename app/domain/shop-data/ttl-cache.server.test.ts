import { describe, expect, it, vi } from "vitest";
import { TtlCache } from "./ttl-cache.server";

/** A load the test settles by hand, counting how often it was started. */
function manualLoad<V>() {
  const pending: { resolve: (value: V) => void; reject: (error: Error) => void }[] = [];
  const load = vi.fn(() => new Promise<V>((resolve, reject) => pending.push({ resolve, reject })));
  return { load, pending };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("TtlCache", () => {
  it("expires entries and never caches failures", async () => {
    let now = 0;
    const c = new TtlCache<number>({ ttlMs: 1000, now: () => now });
    c.set("a", 1);
    now = 999;
    expect(c.get("a")).toBe(1);
    now = 1000;
    expect(c.get("a")).toBeUndefined();
    await expect(c.getOrLoad("b", async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await c.getOrLoad("b", async () => 2)).toBe(2);
  });

  it("evicts the oldest entries beyond its size", () => {
    const c = new TtlCache<number>({ maxEntries: 2 });
    c.set("a", 1);
    c.set("b", 2);
    c.set("c", 3);
    expect([c.get("a"), c.get("b"), c.get("c")]).toEqual([undefined, 2, 3]);
  });

  it("starts one load for a missing key however many callers ask at once, and gives each the result", async () => {
    const c = new TtlCache<string>();
    const { load, pending } = manualLoad<string>();
    const callers = Array.from({ length: 50 }, () => c.getOrLoad("policies", load));
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    pending[0].resolve("30 days");
    expect(await Promise.all(callers)).toEqual(Array(50).fill("30 days"));
    expect(c.get("policies")).toBe("30 days");
  });

  it("shares a failure among the callers waiting for it, caches nothing, and loads again on the next call", async () => {
    const c = new TtlCache<string>();
    const { load, pending } = manualLoad<string>();
    const callers = [c.getOrLoad("k", load), c.getOrLoad("k", load)];
    await settle();
    pending[0].reject(new Error("Admin API down"));
    for (const caller of callers) await expect(caller).rejects.toThrow("Admin API down");
    expect(load).toHaveBeenCalledTimes(1);
    expect(c.size).toBe(0);
    const again = c.getOrLoad("k", load);
    await settle();
    pending[1].resolve("back");
    expect(await again).toBe("back");
  });

  it("settles a load that throws before returning a promise", async () => {
    const c = new TtlCache<string>();
    await expect(
      c.getOrLoad("k", () => {
        throw new Error("bad query");
      }),
    ).rejects.toThrow("bad query");
    expect(await c.getOrLoad("k", async () => "ok")).toBe("ok");
  });

  it("answers with the expired value while one background load refreshes it, then with the new value", async () => {
    let now = 0;
    const c = new TtlCache<string>({ ttlMs: 1000, now: () => now });
    c.set("policies", "old", 1000, 1000);
    now = 1500; // expired, inside the stale window
    const { load, pending } = manualLoad<string>();
    const answers = await Promise.all(Array.from({ length: 20 }, () => c.getOrLoad("policies", load, 1000, { staleMs: 1000 })));
    expect(answers).toEqual(Array(20).fill("old"));
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    pending[0].resolve("new");
    await settle();
    expect(await c.getOrLoad("policies", load, 1000, { staleMs: 1000 })).toBe("new");
    expect(load).toHaveBeenCalledTimes(1);
    // Fresh for a whole TTL from the refresh.
    now = 1500 + 999;
    expect(c.get("policies")).toBe("new");
  });

  it("keeps the stale value when its refresh fails, and tries again on the next call", async () => {
    let now = 0;
    const c = new TtlCache<string>({ ttlMs: 1000, now: () => now });
    c.set("k", "old", 1000, 1000);
    now = 1200;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const { load, pending } = manualLoad<string>();
      expect(await c.getOrLoad("k", load, 1000, { staleMs: 1000 })).toBe("old");
      await settle();
      pending[0].reject(new Error("timeout"));
      await settle();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(await c.getOrLoad("k", load, 1000, { staleMs: 1000 })).toBe("old");
      await settle();
      expect(load).toHaveBeenCalledTimes(2);
      pending[1].resolve("new");
      await settle();
      expect(c.get("k")).toBe("new");
    } finally {
      warn.mockRestore();
    }
  });

  it("waits for a fresh load once the value is older than the stale window", async () => {
    let now = 0;
    const c = new TtlCache<string>({ ttlMs: 1000, now: () => now });
    c.set("k", "old", 1000, 1000);
    now = 2000; // expired a whole stale window ago: too old to answer with
    const { load, pending } = manualLoad<string>();
    const answer = c.getOrLoad("k", load, 1000, { staleMs: 1000 });
    await settle();
    pending[0].resolve("new");
    expect(await answer).toBe("new");
  });

  it("never serves an expired value when the caller gives no stale window (what routing reads)", async () => {
    let now = 0;
    const c = new TtlCache<string>({ ttlMs: 1000, now: () => now });
    const first = c.getOrLoad("customer", async () => "regular");
    expect(await first).toBe("regular");
    now = 1001;
    const { load, pending } = manualLoad<string>();
    const answers = [c.getOrLoad("customer", load), c.getOrLoad("customer", load)];
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    pending[0].resolve("vip");
    expect(await Promise.all(answers)).toEqual(["vip", "vip"]);
  });

  it("does not store what a load returns after its key was dropped", async () => {
    const c = new TtlCache<string>();
    const { load, pending } = manualLoad<string>();
    const before = c.getOrLoad("shop-a|policies", load);
    await settle();
    c.deletePrefix("shop-a|");
    pending[0].resolve("from before the drop");
    expect(await before).toBe("from before the drop");
    expect(c.get("shop-a|policies")).toBeUndefined();
    // A call after the drop starts its own load instead of joining the dropped one.
    const after = c.getOrLoad("shop-a|policies", load);
    await settle();
    expect(load).toHaveBeenCalledTimes(2);
    pending[1].resolve("fresh");
    expect(await after).toBe("fresh");
    expect(c.get("shop-a|policies")).toBe("fresh");
  });
});
