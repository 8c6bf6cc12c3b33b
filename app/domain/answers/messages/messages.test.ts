import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../understanding/types";
import { CATALOGUES, placeholdersOf, t } from "./index";

const en = CATALOGUES.en;
// Keys whose text is only punctuation and placeholders, so they legitimately look the same in every language.
const LANGUAGE_NEUTRAL = new Set(["return_item", "availability_header"]);

describe("message catalogues", () => {
  for (const language of LANGUAGES) {
    it(`${language} has every key, with the same placeholders, and nothing extra`, () => {
      const catalogue = CATALOGUES[language];
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as Array<keyof typeof en>) {
        expect(catalogue[key].trim(), `${language}.${key}`).not.toBe("");
        expect(placeholdersOf(catalogue[key]), `${language}.${key}`).toEqual(placeholdersOf(en[key]));
      }
    });
  }

  for (const language of LANGUAGES.filter((l) => l !== "en")) {
    it(`${language} is actually translated`, () => {
      const same = Object.keys(en).filter(
        (k) => !LANGUAGE_NEUTRAL.has(k) && CATALOGUES[language][k as keyof typeof en] === en[k as keyof typeof en],
      );
      expect(same).toEqual([]);
    });
  }

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("en", "order_header", { orderName: "#1", date: "May 1" })).toBe("Order #1, placed May 1:");
    expect(t("de", "order_not_found", {})).toContain("{orderNumber}");
  });
});
