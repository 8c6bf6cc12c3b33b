import { describe, expect, it } from "vitest";
import { newcombeDifference, wilsonInterval } from "./statistics";

// Reference values: Newcombe RG (1998), Statistics in Medicine 17:873-890, tables I and II.
describe("wilson interval", () => {
  it("matches Newcombe's published single-proportion intervals", () => {
    const a = wilsonInterval(81, 263)!;
    expect(a.lower).toBeCloseTo(0.2553, 4);
    expect(a.upper).toBeCloseTo(0.3662, 4);
    const b = wilsonInterval(0, 20)!;
    expect(b.lower).toBe(0);
    expect(b.upper).toBeCloseTo(0.1611, 4);
  });
  it("is null without observations", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe("newcombe difference of proportions", () => {
  it("matches Newcombe's method 10 examples", () => {
    const a = newcombeDifference(56, 70, 48, 80)!;
    expect(a.difference).toBeCloseTo(0.2, 4);
    expect(a.lower).toBeCloseTo(0.0524, 4);
    expect(a.upper).toBeCloseTo(0.3339, 4);
    const b = newcombeDifference(9, 10, 3, 10)!;
    expect(b.lower).toBeCloseTo(0.1705, 4);
    expect(b.upper).toBeCloseTo(0.809, 4);
  });
  it("stays inside -1..1 at the extremes and is null when a group is empty", () => {
    const c = newcombeDifference(10, 10, 0, 10)!;
    expect(c.upper).toBeLessThanOrEqual(1);
    expect(c.lower).toBeGreaterThan(0.5);
    expect(newcombeDifference(1, 2, 0, 0)).toBeNull();
  });
});
