import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const noRule = { meta: { type: "problem", schema: [] }, create: () => ({}) };

export default tseslint.config(
  { ignores: ["build/", "generated/", "node_modules/", ".cache/", "public/build/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The storefront bubble and the demo App Bridge stand-in are plain browser scripts.
    files: ["extensions/**/*.js", "scripts/demo/app-bridge-standin.js"],
    languageOptions: { sourceType: "script", globals: globals.browser },
  },
  {
    // Written by `npm run graphql-codegen` (codegen.server.test.ts keeps them current). The operations file opens
    // with `eslint-disable` comments naming eslint-comments rules; no-op stand-ins let ESLint honour that header
    // without loading the plugin. The schema types copy Shopify's descriptions, some with non-breaking spaces.
    files: ["app/types/*.d.ts"],
    plugins: { "eslint-comments": { rules: { "disable-enable-pair": noRule, "no-unlimited-disable": noRule } } },
    linterOptions: { reportUnusedDisableDirectives: "off" },
    rules: { "no-irregular-whitespace": "off" },
  },
  {
    // Domain code must stay free of Remix and the Shopify Remix package, so it is testable alone.
    files: ["app/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["@remix-run/*", "@shopify/shopify-app-remix", "@shopify/shopify-app-remix/*", "~/routes/*"] },
      ],
    },
  },
);
