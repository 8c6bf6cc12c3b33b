// Offline training: `npm run train` rebuilds the committed intent model from app/domain/understanding/training.
import { writeFileSync } from "node:fs";
import { MODEL_PATH } from "../app/domain/understanding/model-path.server";
import { trainModel } from "../app/domain/understanding/trainer.server";

const started = Date.now();
const model = trainModel((m) => console.log(m));
writeFileSync(MODEL_PATH, JSON.stringify(model));
console.log(`wrote ${MODEL_PATH} in ${Date.now() - started} ms`);
