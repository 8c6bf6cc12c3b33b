// Theme check with the theme-app-extension config; any offense fails (exit 1).
import path from "node:path";
import { themeCheckRun } from "@shopify/theme-check-node";

const root = path.resolve("extensions/switchboard-bubble");
const result = await themeCheckRun(root, "theme-check:theme-app-extension", () => {});
const offenses = result.offenses;
for (const o of offenses) {
  console.log(`${o.severity === 0 ? "error" : o.severity === 1 ? "warning" : "info"} ${o.check} ${path.relative(process.cwd(), o.uri.replace("file://", ""))}:${o.start.line + 1} ${o.message}`);
}
console.log(`theme check: ${result.theme.length} files, ${offenses.length} offense(s)`);
process.exit(offenses.length > 0 ? 1 : 0);
