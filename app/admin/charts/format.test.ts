import { describe, expect, it } from "vitest";
import { duration, percent, shortDay } from "./format";
import { reasonLabel } from "./reason-labels";

describe("home page formatting", () => {
  it("writes durations the way a merchant reads them", () => {
    expect(duration(4000)).toBe("4 s");
    expect(duration(120_000)).toBe("2 min");
    expect(duration(3 * 3600_000 + 5 * 60_000)).toBe("3 h 5 min");
    expect(duration(2 * 86400_000 + 4 * 3600_000)).toBe("2 d 4 h");
    expect(duration(null)).toBe("–");
  });

  it("rounds shares to whole percent and keeps the day key's date", () => {
    expect(percent(2 / 3)).toBe("67%");
    expect(percent(null)).toBe("–");
    expect(shortDay("2026-11-03")).toBe("Nov 3");
  });

  it("names reason codes in plain words, unknown ones readably", () => {
    expect(reasonLabel("shopper_asked_for_human")).toBe("Shopper asked for a person");
    expect(reasonLabel("some_new_code")).toBe("some new code");
  });
});
