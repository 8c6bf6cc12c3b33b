import { describe, expect, it } from "vitest";
import { isConfirmation } from "./confirmation";

describe("isConfirmation", () => {
  it.each(["yes", "Yes please", "yes, please!", "ok!!", "sí, por favor.", "oui s'il vous plaît", "ja bitte", "go ahead", "yes ... please !"])(
    "%j confirms",
    (text) => expect(isConfirmation(text)).toBe(true),
  );

  it.each(["yes but where is my order", "yes please cancel it", "okay?", "yes" + " ".repeat(1990) + "x", "yes" + "!.,".repeat(600) + "x"])(
    "%j does not",
    (text) => expect(isConfirmation(text)).toBe(false),
  );
});
