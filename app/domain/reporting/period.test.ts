import { describe, expect, it } from "vitest";
import { dayKey, lastDays } from "./period";

describe("reporting days", () => {
  it("buckets by the shop's calendar day, not UTC's", () => {
    const lateEvening = new Date("2026-11-03T03:30:00Z"); // 22:30 on Nov 2 in New York
    expect(dayKey(lateEvening, "America/New_York")).toBe("2026-11-02");
    expect(dayKey(lateEvening, "UTC")).toBe("2026-11-03");
  });

  it("lists exactly one entry per calendar day across a DST change", () => {
    // Europe/Berlin leaves summer time on 2026-10-25.
    const days = lastDays(new Date("2026-10-27T00:30:00+01:00"), "Europe/Berlin", 5);
    expect(days).toEqual(["2026-10-23", "2026-10-24", "2026-10-25", "2026-10-26", "2026-10-27"]);
  });

  it("ends with today and spans 30 days by default", () => {
    const days = lastDays(new Date("2026-03-01T12:00:00Z"), "UTC");
    expect(days).toHaveLength(30);
    expect(days[0]).toBe("2026-01-31");
    expect(days[29]).toBe("2026-03-01");
  });
});
