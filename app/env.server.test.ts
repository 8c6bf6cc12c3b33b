import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.server";

describe("parseEnv", () => {
  const valid = { SHOPIFY_API_KEY: "k", SHOPIFY_API_SECRET: "s", SHOPIFY_APP_URL: "https://app.example.com" };

  it("accepts a complete environment and applies defaults", () => {
    expect(parseEnv(valid)).toMatchObject({ ...valid, NODE_ENV: "development", SWITCHBOARD_DEMO: "0", SHOPIFY_LOG_LEVEL: "warning" });
  });

  it("takes Shopify's log level by name and refuses an unknown one", () => {
    expect(parseEnv({ ...valid, SHOPIFY_LOG_LEVEL: "debug" }).SHOPIFY_LOG_LEVEL).toBe("debug");
    expect(() => parseEnv({ ...valid, SHOPIFY_LOG_LEVEL: "verbose" })).toThrow(/SHOPIFY_LOG_LEVEL/);
  });

  it("names every missing or invalid variable in one clear message", () => {
    expect(() => parseEnv({ SHOPIFY_APP_URL: "not a url" })).toThrow(
      /Switchboard cannot start: invalid environment[\s\S]*SHOPIFY_API_KEY[\s\S]*SHOPIFY_API_SECRET[\s\S]*SHOPIFY_APP_URL: SHOPIFY_APP_URL must be the app's public URL/,
    );
  });

  it("takes REDIS_URL as a redis URL, and an empty one as unset", () => {
    expect(parseEnv({ ...valid, REDIS_URL: "redis://:secret@cache:6379/0" }).REDIS_URL).toBe("redis://:secret@cache:6379/0");
    expect(parseEnv({ ...valid, REDIS_URL: "" }).REDIS_URL).toBeUndefined();
    expect(() => parseEnv({ ...valid, REDIS_URL: "http://cache:6379" })).toThrow(/REDIS_URL must be a redis/);
  });
});
