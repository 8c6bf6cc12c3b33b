import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { authenticateAppProxy } from "../proxy/authenticate.server";
import { prisma } from "../db.server";
import { readProxyIdentity } from "../proxy/identity.server";
import { jsonError, parseJsonBody, proxyErrorResponse } from "../proxy/responses.server";
import { pollSchema } from "../proxy/schemas";
import { linkedConversation } from "../proxy/link-access.server";
import { recordSatisfaction } from "../domain/reporting/satisfaction.server";

const satisfactionSchema = pollSchema.pick({ conversationId: true, visitorId: true, access: true }).extend({
  score: z.number().int("score must be a whole number").min(1, "score must be 1 to 5").max(5, "score must be 1 to 5"),
});

// POST /apps/switchboard/satisfaction — the end-of-conversation question ("How did we do?", 1-5), asked in both
// holdout groups; Home compares the groups with it.
export const action = async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return jsonError(405, "Method not allowed");
  const auth = await authenticateAppProxy(request);
  if (!auth.ok) return auth.response;
  const identity = readProxyIdentity(request);
  const body = await parseJsonBody(request, satisfactionSchema);
  if (!body.ok) return body.response;
  try {
    return Response.json(await recordSatisfaction(prisma, { ...identity, ...body.data, linkedConversationId: linkedConversation(identity.shop, body.data.access) }));
  } catch (error) {
    return proxyErrorResponse(error);
  }
};
