import { z } from "zod";

// Validated once at start-up so a misconfigured deploy fails with a readable message
// instead of a confusing error deep inside an OAuth or webhook request.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  SHOPIFY_API_KEY: z.string().min(1, "SHOPIFY_API_KEY is required (shopify app dev sets it)"),
  SHOPIFY_API_SECRET: z.string().min(1, "SHOPIFY_API_SECRET is required (shopify app dev sets it)"),
  SHOPIFY_APP_URL: z.string().url("SHOPIFY_APP_URL must be the app's public URL"),
  SCOPES: z.string().optional(),
  SHOP_CUSTOM_DOMAIN: z.string().optional(),
  DATABASE_URL: z.string().optional(),
  /** Redis for the job queue (BullMQ); without it jobs run in-process. See app/jobs/runner.server.ts. */
  REDIS_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.string().regex(/^rediss?:\/\/\S+$/, "REDIS_URL must be a redis:// or rediss:// URL").optional(),
  ),
  /** "off" keeps the server from starting the job runner at boot (it still starts on first use). */
  SWITCHBOARD_JOBS: z.enum(["on", "off"]).default("on"),
  /**
   * What Shopify's packages log. Their own default (info) writes a line for every storefront request they
   * authenticate, which cost 2.5% of a shopper message's CPU under load; warnings and errors still show.
   */
  SHOPIFY_LOG_LEVEL: z.enum(["error", "warning", "info", "debug"]).default("warning"),
  /** Offline demo against the simulated shop; see app/demo/. */
  SWITCHBOARD_DEMO: z.enum(["0", "1"]).default("0"),
  /**
   * The demo runs its periodic jobs (reply emails, reminders, back-in-stock, purges) every few seconds so they
   * can be watched; "production" keeps their real schedule, as the load bench needs to measure what production runs.
   */
  SWITCHBOARD_DEMO_SWEEPS: z.enum(["fast", "production"]).default("fast"),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Switchboard cannot start: invalid environment\n${problems}`);
  }
  return result.data;
}

export const env = parseEnv(process.env);
export const isDemo = env.SWITCHBOARD_DEMO === "1";
