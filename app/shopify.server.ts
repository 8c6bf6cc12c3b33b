import "@shopify/shopify-app-remix/adapters/node";
import { ApiVersion, AppDistribution, LogSeverity, shopifyApp } from "@shopify/shopify-app-remix/server";
import { prisma } from "./db.server";
import { env } from "./env.server";
import { SwitchboardSessionStorage } from "./sessions/session-storage.server";

export const ADMIN_API_VERSION = ApiVersion.July26;

const LOG_LEVELS = { error: LogSeverity.Error, warning: LogSeverity.Warning, info: LogSeverity.Info, debug: LogSeverity.Debug };

const shopify = shopifyApp({
  apiKey: env.SHOPIFY_API_KEY,
  apiSecretKey: env.SHOPIFY_API_SECRET,
  apiVersion: ADMIN_API_VERSION,
  scopes: env.SCOPES?.split(","),
  appUrl: env.SHOPIFY_APP_URL,
  authPathPrefix: "/auth",
  sessionStorage: new SwitchboardSessionStorage(prisma),
  distribution: AppDistribution.AppStore,
  logger: { level: LOG_LEVELS[env.SHOPIFY_LOG_LEVEL] },
  // Online access, as in Shopify's Remix template: each staff member who opens the app gets an online session (the
  // offline one stays for webhooks, the app proxy and jobs), so the Inbox knows who is replying and assigning.
  useOnlineTokens: true,
  future: {
    unstable_newEmbeddedAuthStrategy: true,
  },
  ...(env.SHOP_CUSTOM_DOMAIN ? { customShopDomains: [env.SHOP_CUSTOM_DOMAIN] } : {}),
});

export default shopify;
export const apiVersion = ADMIN_API_VERSION;
export const addDocumentResponseHeaders = shopify.addDocumentResponseHeaders;
export const authenticate = shopify.authenticate;
export const unauthenticated = shopify.unauthenticated;
export const login = shopify.login;
export const registerWebhooks = shopify.registerWebhooks;
export const sessionStorage = shopify.sessionStorage;
