import type { ActionFunctionArgs } from "@remix-run/node";
import { prisma } from "../db.server";
import { defaultShopContentStore } from "../domain/knowledge/store.server";
import { appUninstalledPayload } from "../webhooks/payloads";
import { verifiedWebhook } from "../webhooks/verified-webhook.server";

export const action = async ({ request }: ActionFunctionArgs) => {
  // Verifies the HMAC (a mismatch is a thrown 401) and answers a malformed body with a 4xx.
  const verified = await verifiedWebhook(request, appUninstalledPayload);
  if (!verified.ok) return verified.response;
  const { shop, session } = verified.webhook;
  // Webhooks can arrive more than once, and after the session is already gone.
  if (session) await prisma.session.deleteMany({ where: { shop } });
  // The shop's indexed products and pages go too (every time: a repeat finds nothing to delete). A reinstall rebuilds
  // them on the first question or product webhook.
  await defaultShopContentStore().forget(shop);
  return new Response();
};
