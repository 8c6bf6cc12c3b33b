import { describe, expect, it } from "vitest";
import { timeOrderedId } from "./time-ordered-id";

describe("timeOrderedId", () => {
  it("is a version 7 UUID whose first 48 bits are the time", () => {
    const id = timeOrderedId(Date.UTC(2026, 11, 1, 18, 0, 0, 123));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, "").slice(0, 12), 16)).toBe(Date.UTC(2026, 11, 1, 18, 0, 0, 123));
  });

  it("sorts by time as text, and does not repeat", () => {
    const ids = Array.from({ length: 1000 }, (_, i) => timeOrderedId(1_800_000_000_000 + i));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(Array.from({ length: 10_000 }, () => timeOrderedId(1_800_000_000_000))).size).toBe(10_000);
  });
});
