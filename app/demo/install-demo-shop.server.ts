import { Session } from "@shopify/shopify-api";
import { isDemo } from "../env.server";
import { sessionStorage } from "../shopify.server";

/** Demo only: stores the offline session an install would create, with a token the simulated shop accepts. */
export async function installDemoShop(shop: string, scope: string) {
  if (!isDemo) throw new Error("installDemoShop is only for demo mode");
  const session = new Session({ id: `offline_${shop}`, shop, state: "demo", isOnline: false, scope, accessToken: "shpat_switchboard_demo" });
  await sessionStorage.storeSession(session);
}
