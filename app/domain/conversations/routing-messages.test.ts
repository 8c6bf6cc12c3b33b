import { describe, expect, it } from "vitest";
import type { RoutingDecision } from "../routing/types";
import { emailNotedMessage, handoffMessage, ROUTING_MESSAGE_LANGUAGES, routingMessageKeys } from "./routing-messages";

const outsideHours: RoutingDecision = {
  kind: "handoff",
  intent: "human_agent",
  reasons: [{ code: "outside_business_hours", detail: "Outside business hours" }],
  nextHumanAvailableAt: "2026-12-07T14:00:00.000Z",
  askForEmail: true,
};

describe("email wording depends on whether the shop can send email", () => {
  it("asks a guest for an email only when email is configured", () => {
    for (const language of ROUTING_MESSAGE_LANGUAGES) {
      const withMail = handoffMessage(language, outsideHours, { hasEmail: false, timeZone: "America/New_York", canEmail: true });
      const without = handoffMessage(language, outsideHours, { hasEmail: false, timeZone: "America/New_York", canEmail: false });
      expect(withMail).not.toBe(without);
      expect(without).not.toMatch(/e-?mail|correo/i);
    }
    expect(handoffMessage("en", outsideHours, { hasEmail: false, timeZone: "America/New_York", canEmail: false })).toContain("appear here in this chat");
  });

  it("promises to reply by email only when it will", () => {
    expect(emailNotedMessage("en", "pat@example.com", true)).toBe("Thanks, we'll reply to pat@example.com as well.");
    const chatOnly = emailNotedMessage("en", "pat@example.com", false);
    expect(chatOnly).toContain("appear here in this chat");
    expect(chatOnly).not.toMatch(/reply to pat/);
  });

  it("has every message in every language", () => {
    for (const language of ROUTING_MESSAGE_LANGUAGES) expect(routingMessageKeys(language)).toEqual(routingMessageKeys("en"));
  });
});
