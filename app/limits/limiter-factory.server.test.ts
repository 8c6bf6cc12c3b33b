import { afterAll, describe, expect, it } from "vitest";
import { createLimiter } from "./limiter-factory.server";
import { getRedis } from "../redis.server";

// Production's store: counters in Redis are shared by every app instance.
process.env.REDIS_URL ||= "redis://127.0.0.1:6379";

describe("limiters on Redis", () => {
  afterAll(() => getRedis().quit());

  it("shares one counter between two limiters (two instances) and refuses past the limit", async () => {
    const prefix = `test-shared-${Date.now()}-${Math.random()}`;
    const one = createLimiter(prefix, { points: 3, durationSeconds: 30 }, "redis");
    const two = createLimiter(prefix, { points: 3, durationSeconds: 30 }, "redis");
    await one.consume("k");
    await two.consume("k");
    await one.consume("k");
    await expect(two.consume("k")).rejects.toMatchObject({ remainingPoints: 0 });
    expect((await one.get("k"))?.consumedPoints).toBe(4);
  });
});
