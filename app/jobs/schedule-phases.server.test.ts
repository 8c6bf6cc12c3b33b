import { describe, expect, it } from "vitest";
import { nextRunAt, schedulePhases } from "./schedule-phases.server";

describe("schedulePhases", () => {
  it("spreads the jobs that share an interval evenly over it, whatever order they are defined in", () => {
    const minute = 60_000;
    const phases = schedulePhases([
      { name: "reply-emails", everyMs: minute },
      { name: "handoff-reminders", everyMs: minute },
      { name: "back-in-stock", everyMs: minute },
      { name: "dispatch-outbox", everyMs: 2_000 },
    ]);
    expect(phases.get("back-in-stock")).toBe(10_000);
    expect(phases.get("handoff-reminders")).toBe(30_000);
    expect(phases.get("reply-emails")).toBe(50_000);
    // Alone in its interval: its middle, not the boundary the others' intervals share.
    expect(phases.get("dispatch-outbox")).toBe(1_000);
    const reversed = schedulePhases([
      { name: "back-in-stock", everyMs: minute },
      { name: "reply-emails", everyMs: minute },
      { name: "handoff-reminders", everyMs: minute },
    ]);
    expect(reversed.get("back-in-stock")).toBe(10_000);
    expect(reversed.get("reply-emails")).toBe(50_000);
  });

  it("refuses an interval that is not a positive whole number of ms", () => {
    expect(() => schedulePhases([{ name: "broken", everyMs: 0 }])).toThrow(/broken: everyMs/);
    expect(() => schedulePhases([{ name: "broken", everyMs: Number.NaN }])).toThrow(/broken: everyMs/);
  });
});

describe("nextRunAt", () => {
  it("is the job's phase in the current interval if still ahead, else in the next", () => {
    expect(nextRunAt(60_000 * 100 + 5_000, 60_000, 10_000)).toBe(60_000 * 100 + 10_000);
    expect(nextRunAt(60_000 * 100 + 10_000, 60_000, 10_000)).toBe(60_000 * 101 + 10_000);
    expect(nextRunAt(60_000 * 100 + 59_999, 60_000, 10_000)).toBe(60_000 * 101 + 10_000);
  });
});
