import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { authenticateAppProxy } from "../proxy/authenticate.server";
import { prisma } from "../db.server";
import { readProxyIdentity } from "../proxy/identity.server";
import { jsonError, parseJsonBody, proxyErrorResponse } from "../proxy/responses.server";
import { pollSchema, sendMessageSchema } from "../proxy/schemas";
import { handleShopperMessage } from "../domain/conversations/handle-shopper-message.server";
import { linkedConversation } from "../proxy/link-access.server";
import { pollConversation } from "../domain/conversations/poll.server";
import { shopperMessagePipeline } from "../proxy/pipeline.server";
import { clientAddress, shopperLimits } from "../limits/shopper-limits.server";
import { tooManyRequests } from "../proxy/rate-limit-response.server";
import { lazyShopAdmin } from "../proxy/shop-admin.server";

// POST /apps/switchboard/messages — a shopper's message. Verified, stored first, then understood and routed.
export const action = async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return jsonError(405, "Method not allowed");
  const auth = await authenticateAppProxy(request);
  if (!auth.ok) return auth.response;
  const identity = readProxyIdentity(request);
  try {
    const limits = shopperLimits();
    const byRequest = await limits.checkRequest({ shop: identity.shop, address: clientAddress(request) });
    if (!byRequest.ok) return tooManyRequests(byRequest);
    const body = await parseJsonBody(request, sendMessageSchema);
    if (!body.ok) return body.response;
    const byVisitor = await limits.checkVisitor({ shop: identity.shop, visitorId: body.data.visitorId });
    if (!byVisitor.ok) return tooManyRequests(byVisitor);
    const view = await handleShopperMessage(shopperMessagePipeline(identity.shop, lazyShopAdmin(identity.shop)), {
      ...identity,
      ...body.data,
      linkedConversationId: linkedConversation(identity.shop, body.data.access),
    });
    return Response.json(view);
  } catch (error) {
    return proxyErrorResponse(error);
  }
};

// GET /apps/switchboard/messages?conversationId=…&visitorId=…&after=… — new messages (staff replies).
export const loader = async ({ request }: LoaderFunctionArgs) => {
  const auth = await authenticateAppProxy(request);
  if (!auth.ok) return auth.response;
  const identity = readProxyIdentity(request);
  const parsed = pollSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return jsonError(400, parsed.error.issues[0]?.message ?? "Invalid request");
  try {
    return Response.json(await pollConversation(prisma, { ...identity, ...parsed.data, linkedConversationId: linkedConversation(identity.shop, parsed.data.access) }));
  } catch (error) {
    return proxyErrorResponse(error);
  }
};
