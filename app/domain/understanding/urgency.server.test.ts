import { describe, expect, it } from "vitest";
import { detectUrgency } from "./urgency.server";

describe("detectUrgency", () => {
  it.each([
    ["I need it for my wedding on Saturday", "for my wedding on saturday"],
    ["need it by friday please", "need it by friday"],
    ["URGENT where is my order", "urgent"],
    ["please ship asap", "asap"],
    ["lo necesito para mi boda, es urgente", "es urgente"],
    ["¿llega antes del viernes?", "antes del viernes"],
    ["c'est urgent, j'en ai besoin pour samedi", "urgent"],
    ["il me le faut pour mon mariage", "pour mon mariage"],
    ["C'est pour un anniversaire", "pour un anniversaire"],
    ["Es para un cumpleaños", "para un cumpleanos"],
    ["Das ist für eine Hochzeit", "fur eine hochzeit"],
    ["Ich brauche es dringend", "dringend"],
    ["kommt es bis Freitag an?", "bis freitag"],
  ])("%j is urgent (cue %j)", (text, cue) => {
    const u = detectUrgency(text);
    expect(u.urgent).toBe(true);
    expect(u.cues).toContain(cue);
  });

  it.each([
    "where is my order",
    "guten Morgen, wo ist mein Paket",
    "buenos días, quiero devolver algo",
    "how long does shipping take",
    "bonjour, quelle est votre politique de retour",
  ])("%j is not urgent", (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, cues: [] });
  });
});
