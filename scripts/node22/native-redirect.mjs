// Preloaded by scripts/with-node22.sh (NODE_OPTIONS=--require; Node 22 requires this ES module, and unlike
// --import, a --require preload also runs in every worker thread, where the app's SQLite checkpointer opens its
// own connection; hooks are per thread): when Node 22 loads better-sqlite3's native
// addon from node_modules (built for the machine's Node 20), it gets the copy built for Node 22 instead.
// node_modules itself is left untouched. Uses the public synchronous module hooks (node:module registerHooks),
// which cover require() too, the way better-sqlite3 (via `bindings`) loads its addon.
import { registerHooks } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const nativeDir = process.env.SWITCHBOARD_NODE22_NATIVE;
const abi = process.env.SWITCHBOARD_NODE22_ABI;
const ADDON = /([/\\])better-sqlite3\1build\1Release\1better_sqlite3\.node$/;

if (nativeDir && abi === process.versions.modules) {
  const versions = new Map();
  const versionOf = (moduleRoot) => {
    if (!versions.has(moduleRoot)) {
      versions.set(moduleRoot, JSON.parse(readFileSync(path.join(moduleRoot, "package.json"), "utf8")).version);
    }
    return versions.get(moduleRoot);
  };
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const resolved = nextResolve(specifier, context);
      if (!resolved.url?.startsWith("file:")) return resolved;
      const file = fileURLToPath(resolved.url);
      if (!ADDON.test(file)) return resolved;
      const moduleRoot = path.resolve(path.dirname(file), "..", "..");
      const replacement = path.join(nativeDir, `better-sqlite3-${versionOf(moduleRoot)}-abi${abi}`, "better_sqlite3.node");
      return { ...resolved, url: pathToFileURL(replacement).href };
    },
  });
}
