import type { ActionFunctionArgs } from "@remix-run/node";
import { prisma } from "../db.server";
import { scopesUpdatePayload } from "../webhooks/payloads";
import { verifiedWebhook } from "../webhooks/verified-webhook.server";

export const action = async ({ request }: ActionFunctionArgs) => {
  const verified = await verifiedWebhook(request, scopesUpdatePayload);
  if (!verified.ok) return verified.response;
  const { session } = verified.webhook;
  if (session) {
    await prisma.session.update({ where: { id: session.id }, data: { scope: verified.payload.current.toString() } });
  }
  return new Response();
};
