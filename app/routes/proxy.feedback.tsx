import type { ActionFunctionArgs } from "@remix-run/node";
import { authenticateAppProxy } from "../proxy/authenticate.server";
import { prisma } from "../db.server";
import { readProxyIdentity } from "../proxy/identity.server";
import { jsonError, parseJsonBody, proxyErrorResponse } from "../proxy/responses.server";
import { feedbackSchema } from "../proxy/schemas";
import { linkedConversation } from "../proxy/link-access.server";
import { recordShopperFeedback } from "../domain/conversations/feedback.server";

// POST /apps/switchboard/feedback — thumbs up/down on a bot answer; two downs hand the conversation off.
export const action = async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return jsonError(405, "Method not allowed");
  const auth = await authenticateAppProxy(request);
  if (!auth.ok) return auth.response;
  const identity = readProxyIdentity(request);
  const body = await parseJsonBody(request, feedbackSchema);
  if (!body.ok) return body.response;
  try {
    return Response.json(await recordShopperFeedback(prisma, { ...identity, ...body.data, linkedConversationId: linkedConversation(identity.shop, body.data.access) }));
  } catch (error) {
    return proxyErrorResponse(error);
  }
};
