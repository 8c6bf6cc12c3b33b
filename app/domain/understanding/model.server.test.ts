import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { calibrate } from "./classifier.server";
import type { IntentModel } from "./model-format";
import { MODEL_PATH } from "./model-path.server";
import { trainingHash } from "./trainer.server";
import { INTENTS, LANGUAGES } from "./types";

const model = JSON.parse(readFileSync(MODEL_PATH, "utf8")) as IntentModel;

describe("committed intent model", () => {
  it("was trained from the current training data and feature code (run `npm run train` if this fails)", () => {
    expect(model.trainingHash).toBe(trainingHash());
  });

  it("covers every intent in every language", () => {
    for (const lang of LANGUAGES) expect([...(model.languages[lang].nn.intents ?? [])].sort()).toEqual([...INTENTS].sort());
  });

  it("has a monotone calibration inside 0..1", () => {
    const { x, y } = model.calibration;
    expect(x.length).toBeGreaterThan(1);
    for (let i = 1; i < y.length; i++) expect(y[i]).toBeGreaterThanOrEqual(y[i - 1]);
    for (const p of [0, 0.2, 0.5, 0.8, 1]) {
      const c = calibrate(p, model.calibration);
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
    }
  });
});
