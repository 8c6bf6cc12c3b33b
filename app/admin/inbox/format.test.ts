import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./format";

describe("admin dates", () => {
  it("prints the same text for the same instant in the shop's time zone, whatever the machine's zone", () => {
    const instant = "2026-11-18T23:30:00Z";
    expect(formatDateTime(instant, "America/New_York")).toBe("Nov 18, 2026, 6:30 PM");
    expect(formatDateTime(instant, "Europe/Paris")).toBe("Nov 19, 2026, 12:30 AM");
    expect(formatDate(instant, "Europe/Paris")).toBe("Nov 19, 2026");
  });

  it("falls back to UTC for a zone the runtime does not know", () => {
    expect(formatDateTime("2026-11-18T23:30:00Z", "Not/AZone")).toBe("Nov 18, 2026, 11:30 PM");
  });
});
