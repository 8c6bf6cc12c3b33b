import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { authenticate } from "../shopify.server";
import { prisma } from "../db.server";
import { exampleAnswers } from "../domain/try-it/intent-examples.server";
import { tryItUnderstander } from "../domain/try-it/understander.server";
import { INTENTS } from "../domain/understanding/types";

// What the bot would answer one intent's example questions on the Automation page, asked when the merchant opens
// that intent's examples: a page view costs no dry runs, and opening one costs two or three. Read only (Try it's
// dry run). A failure is returned as data: the examples are a help on the page, never a reason to replace it.
const querySchema = z.object({ intent: z.enum(INTENTS) });

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session, admin } = await authenticate.admin(request);
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return data({ answers: null, error: "Unknown intent" }, { status: 400 });
  try {
    const answers = await exampleAnswers({ db: prisma, shop: session.shop, admin, understander: tryItUnderstander(), intents: [query.data.intent] });
    return { answers, error: null };
  } catch (error) {
    console.error("[automation] example answers failed", error);
    return { answers: null, error: error instanceof Error ? error.message : String(error) };
  }
};
