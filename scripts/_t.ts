import { createUnderstander } from "../app/domain/understanding/understand.server";
const u = createUnderstander();
for (const [t, h] of [["maya.chen@example.com", undefined], ["yes", undefined], ["yes", "fr"], ["#1003", undefined], ["1003", "de"], ["hello", undefined], ["hello", "fr"], ["ok", "es"], ["oui", undefined], ["ja", "en"], ["si", undefined], ["no", "en"], ["nein", undefined], ["thanks", "de"], ["my email is maya.chen@example.com", undefined], ["tracking says delivered but i never got it", undefined], ["has my refund gone through?", undefined]] as const) {
  const r = u.understand(t, { languageHint: h as never });
  console.log(JSON.stringify(t), h, r.language, r.intent, r.confidence, r.sentiment, r.deliveryProblem?.cue ?? "", r.problemCue ?? "");
}
