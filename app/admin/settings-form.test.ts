import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, parseShopSettings } from "../domain/routing/settings";
import { fromDraft, plainErrors, toDraft } from "./settings-form";

describe("automation form", () => {
  it("round-trips settings, with the confidence threshold as a percentage", () => {
    const draft = toDraft(parseShopSettings({ confidenceThreshold: 0.65 }));
    expect(draft.confidencePercent).toBe(65);
    const back = fromDraft(draft);
    expect(back.ok && back.settings.confidenceThreshold).toBe(0.65);
  });

  it("never saves an emptied number field as 0", () => {
    const draft = { ...toDraft(DEFAULT_SETTINGS), confidencePercent: null, returnWindowDays: null };
    const result = fromDraft(draft);
    expect(result).toEqual({
      ok: false,
      errors: { confidencePercent: "Enter a percentage from 0 to 100.", returnWindowDays: "Enter a number of days from 0 to 365." },
    });
  });

  it("puts plain-words errors on the field they belong to", () => {
    const draft = toDraft(DEFAULT_SETTINGS);
    const days = [...draft.businessHours.days];
    days[1] = { open: "18:00", close: "09:00" };
    const result = fromDraft({ ...draft, confidencePercent: 140, businessHours: { ...draft.businessHours, days } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual({
      confidencePercent: "Enter a percentage from 0 to 100.",
      "businessHours.days.1": "Monday: the opening time must be before the closing time.",
    });
    expect(plainErrors([{ path: ["businessHours", "days"], message: "at least one day must have opening hours" }])).toEqual({
      "businessHours.days": "Open on at least one day, or shoppers would never be told when your team replies.",
    });
  });
});
