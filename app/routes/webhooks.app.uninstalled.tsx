import type { ActionFunctionArgs } from "@remix-run/node";
import { authenticate } from "../shopify.server";
import { prisma } from "../db.server";

export const action = async ({ request }: ActionFunctionArgs) => {
  // authenticate.webhook verifies the HMAC and throws a 401 response when it does not match.
  const { shop, session } = await authenticate.webhook(request);
  // Webhooks can arrive more than once, and after the session is already gone.
  if (session) await prisma.session.deleteMany({ where: { shop } });
  return new Response();
};
