import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { authenticateAppProxy } from "../proxy/authenticate.server";
import { prisma } from "../db.server";
import { readProxyIdentity } from "../proxy/identity.server";
import { jsonError, parseJsonBody, proxyErrorResponse } from "../proxy/responses.server";
import { pollSchema } from "../proxy/schemas";
import { linkedConversation } from "../proxy/link-access.server";
import { markSeen } from "../domain/notifications/reply-email.server";

const id = z.string().trim().min(8, "id too short").max(64, "id too long").regex(/^[\w-]+$/, "id has invalid characters");
const seenSchema = pollSchema.pick({ conversationId: true, visitorId: true, access: true }).extend({ messageId: id });

// POST /apps/switchboard/seen — the open bubble showed the shopper everything up to messageId. Staff replies after
// it are emailed when the shopper doesn't come back within a few minutes (app/domain/notifications/reply-email).
export const action = async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return jsonError(405, "Method not allowed");
  const auth = await authenticateAppProxy(request);
  if (!auth.ok) return auth.response;
  const identity = readProxyIdentity(request);
  const body = await parseJsonBody(request, seenSchema);
  if (!body.ok) return body.response;
  try {
    return Response.json(await markSeen(prisma, { ...identity, ...body.data, linkedConversationId: linkedConversation(identity.shop, body.data.access) }));
  } catch (error) {
    return proxyErrorResponse(error);
  }
};
