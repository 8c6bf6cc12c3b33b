import type { Db } from "../../db.server";
import { answerFor } from "../answers/answer-for.server";
import { CostBudget, ShopDataUnavailableError, type AdminGraphql } from "../shop-data/admin-api.server";
import { getCatalogue } from "../shop-data/catalogue.server";
import { getCustomerProfile } from "../shop-data/customers.server";
import type { BackInStockRepository } from "../shop-data/back-in-stock.server";
import { route } from "../routing/policy.server";
import { createUnderstander, type Understander } from "../understanding/understand.server";
import type { IntentModel } from "../understanding/model-format";
// Imported rather than read from disk, so the production server bundle carries the model with it.
import intentModel from "../understanding/model/intent-model.json";
import { resolveInContext } from "../understanding/context.server";
import { isBotFailure } from "../understanding/failure-signals.server";
import type { CatalogueEntry } from "../understanding/types";
import { loadShopSettings } from "../settings/shop-settings-store.server";
import type { ShopperMessagePipeline } from "./pipeline";
import { databaseVerificationGuard, type VerificationGuard } from "./verification-guard.server";
import { shopActionGuard } from "../shop-data/at-most-once.server";
import { emailConfigured } from "../notifications/mailer.server";
import { unlimitedLookups, type LookupLimiter } from "./lookup-limits.server";

/** Shopify's ceiling for a single query: the catalogue query's requested cost stays under it. */
const CATALOGUE_POINTS = 1000;

let understander: Understander | undefined;
/** Loaded once per process, on the first message (inside the pipeline, after the message is stored). */
function getUnderstander(): Understander {
  understander ??= createUnderstander({ model: intentModel as unknown as IntentModel });
  return understander;
}

/**
 * The production wiring of one shopper message: real understanding, policy and live shop answers.
 * `admin` is null when a job finds no offline session for the shop (app uninstalled); a storefront request's client
 * reads the session on its first query and fails that query instead (decision 0026). Either way every automated path
 * degrades to a handoff, and nothing is lost.
 */
export function createShopperMessagePipeline(args: {
  db: Db;
  shop: string;
  admin: AdminGraphql | null;
  backInStock: BackInStockRepository;
  verificationGuard?: VerificationGuard;
  /** Called after a committed turn enqueued jobs. */
  jobsCommitted?: () => void;
  /** Per-shopper allowance of Admin API lookups; unlimited when absent (tests). */
  lookupLimiter?: LookupLimiter;
  now?: () => Date;
}): ShopperMessagePipeline {
  const { db, shop, admin } = args;
  // One Admin API budget for everything this message needs (profile, catalogue, answer). Its clock starts
  // at the first Admin API call, so loading the model on a process's first message does not spend it.
  let budget: CostBudget | undefined;
  const lookupOptions = () => ({ shop, budget: (budget ??= new CostBudget({ deadlineAt: Date.now() + 6_000 })) });
  const requireAdmin = () => {
    if (!admin) {
      throw new ShopDataUnavailableError({ reason: "http_error", operation: "session", attempts: 0, message: "No Admin API session for this shop (app not installed?)" });
    }
    return admin;
  };

  return {
    db,
    now: args.now ?? (() => new Date()),
    async understand(text, languageHint) {
      const understander = getUnderstander();
      let catalogue: CatalogueEntry[] = [];
      // Product matching is a nicety; if the catalogue can't be read the answer step will hand off anyway.
      // It has its own points allowance: titles, translations and option values of 100 products can cost more than
      // a message's answer may spend, and a cached catalogue serves every message for five minutes.
      if (admin) catalogue = await getCatalogue(admin, { shop, budget: new CostBudget({ maxPoints: CATALOGUE_POINTS, deadlineAt: Date.now() + 3_000 }) }).catch(() => []);
      return understander.understand(text, { catalogue, languageHint });
    },
    resolveInContext: (current, previous) => resolveInContext(current, previous as never),
    isBotFailure: (text, current, previousIntent) => isBotFailure(text, current, previousIntent),
    loadSettings: (s) => loadShopSettings(db, s),
    async loadCustomerProfile(customerId, settings) {
      if (!customerId) return null;
      return getCustomerProfile(requireAdmin(), customerId, settings.alwaysHuman.segmentIds, lookupOptions());
    },
    route,
    verificationGuard: args.verificationGuard ?? databaseVerificationGuard(db),
    jobsCommitted: args.jobsCommitted,
    countThumbsDown: (conversationId) => db.message.count({ where: { conversationId, author: "bot", feedback: "down" } }),
    adminLookupAllowed: (conversation, intent) => (args.lookupLimiter ?? unlimitedLookups).allow(conversation, intent),
    canEmail: () => emailConfigured(db, shop),
    async answer({ understanding, customerId, settings, memory, confirm, actionKey, offerPerson }) {
      return answerFor(
        { intent: understanding.intent, entities: understanding.entities, text: understanding.text },
        {
          admin: requireAdmin(),
          shop,
          language: understanding.language,
          settings,
          orderNumber: memory.orderNumber ?? null,
          email: memory.email ?? null,
          loggedInCustomerId: customerId,
          product: memory.product ?? null,
          confirm,
          budget: lookupOptions().budget,
          backInStock: { repo: args.backInStock },
          atMostOnce: shopActionGuard(db, shop, actionKey),
          offerPerson,
        },
      );
    },
  };
}
