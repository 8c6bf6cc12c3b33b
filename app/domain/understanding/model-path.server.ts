import { fileURLToPath } from "node:url";

export const MODEL_PATH = fileURLToPath(new URL("./model/intent-model.json", import.meta.url));
