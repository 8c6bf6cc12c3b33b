import { createUnderstander, type Understander } from "../understanding/understand.server";
import type { IntentModel } from "../understanding/model-format";
// The same committed model the message engine bundles.
import intentModel from "../understanding/model/intent-model.json";

let understander: Understander | undefined;
/** Loaded on the first Try it message, once per process. */
export function tryItUnderstander(): Understander {
  understander ??= createUnderstander({ model: intentModel as unknown as IntentModel });
  return understander;
}
