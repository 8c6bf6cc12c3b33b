import type { LoaderFunctionArgs } from "@remix-run/node";
import { authenticate } from "../shopify.server";
import { prisma } from "../db.server";
import { exampleAnswers } from "../domain/try-it/intent-examples.server";
import { tryItUnderstander } from "../domain/try-it/understander.server";

// What the bot would answer each example question on the Automation page. A separate request the page makes
// after it has shown, so running the examples never delays the settings. Read only (Try it's dry run).
// A failure is returned as data: the examples are a help on the page, never a reason to replace it with an error.
export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session, admin } = await authenticate.admin(request);
  try {
    return { answers: await exampleAnswers({ db: prisma, shop: session.shop, admin, understander: tryItUnderstander() }), error: null };
  } catch (error) {
    console.error("[automation] example answers failed", error);
    return { answers: null, error: error instanceof Error ? error.message : String(error) };
  }
};
