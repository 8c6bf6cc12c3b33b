import { describe, expect, it } from "vitest";
import { detectDeliveryProblem, notReceivedCue, problemCue, refundStatusCue } from "./problem-cues.server";

describe("delivery problem cues", () => {
  it.each([
    ["Tracking says delivered but I never got it", "not_received"],
    ["el seguimiento dice entregado pero no tengo nada", "not_received"],
    ["le suivi indique livré mais je n'ai rien reçu", "not_received"],
    ["laut Sendungsverfolgung zugestellt aber nichts da", "not_received"],
    ["I think my parcel was stolen", "stolen"],
    ["creo que me han robado el paquete", "stolen"],
    ["on m'a volé mon colis", "stolen"],
    ["mein Paket wurde gestohlen", "stolen"],
    ["the driver delivered it to the wrong address", "wrong_address"],
    ["lo entregaron en otra casa", "wrong_address"],
    ["il a été livré à la mauvaise adresse", "wrong_address"],
    ["es wurde an die falsche Adresse geliefert", "wrong_address"],
    ["tracking hasn't moved in 8 days", "stuck"],
    ["el seguimiento no se mueve desde el lunes", "stuck"],
    ["le suivi ne bouge plus depuis une semaine", "stuck"],
    ["die Sendungsverfolgung bewegt sich seit Tagen nicht", "stuck"],
    ["the courier lost my parcel", "lost"],
  ])("%j is a delivery problem (%s) and names its cue", (text, kind) => {
    const found = detectDeliveryProblem(text);
    expect(found?.kind).toBe(kind);
    expect(found?.cue.length).toBeGreaterThan(2);
  });

  it.each([
    "where is my order #1003?",
    "when will my parcel be delivered",
    "quiero enviar mi pedido a otra dirección",
    "ich habe die falsche Adresse angegeben",
    "mon compte est bloqué",
    "will it arrive by friday?",
    "the frozen items had thawed",
  ])("%j is not a delivery problem", (text) => {
    expect(detectDeliveryProblem(text)).toBeNull();
  });

  it("spots 'never got it' and order trouble words in each language", () => {
    expect(notReceivedCue("I never got my parcel")).toBe("never got");
    expect(notReceivedCue("no me ha llegado")).toBeTruthy();
    expect(notReceivedCue("je n'ai toujours pas reçu")).toBeTruthy();
    expect(notReceivedCue("ich habe es nicht erhalten")).toBeTruthy();
    expect(notReceivedCue("where is my order #1003")).toBeNull();
    expect(problemCue("my order is late and I need it tomorrow")).toBe("late");
    expect(problemCue("will it arrive by friday?")).toBeNull();
  });
});

describe("refund status cues", () => {
  it.each([
    "when will I get my money back?",
    "Was order 1005 refunded?",
    "j'ai annulé ma commande, où en est le remboursement ?",
    "Wann bekomme ich mein Geld für die stornierte Bestellung zurück?",
    "Habe ich für Bestellung 1005 schon eine Rückerstattung bekommen?",
  ])("hears a question about a refund that should exist: %s", (text) => {
    expect(refundStatusCue(text)).not.toBeNull();
  });

  it.each(["I want a refund for my order", "how long do refunds take?", "je voudrais être remboursé", "ich möchte eine Erstattung beantragen"])(
    "not a request for a refund or the policy: %s",
    (text) => {
      expect(refundStatusCue(text)).toBeNull();
    },
  );
});
