// Admin API cost of each bot conversation type, measured against the simulated shop (real schema, Shopify's
// published cost rules): actual points charged, requested points (what the leaky bucket must hold), requests, time.
import { setupServer } from "msw/node";
import { simulatedShopHandlers } from "../../app/simulated-shop/msw-handlers.server";

// msw must patch fetch before the Shopify node adapter captures it, so it starts at import time.
const server = setupServer(...simulatedShopHandlers());
server.listen({ onUnhandledRequest: "error" });

const RUNS = 5;

export async function run(): Promise<Record<string, number | string>> {
  try {
    await import("@shopify/shopify-app-remix/adapters/node");
    const { createSimulatedAdmin, TEST_SHOP } = await import("../../app/simulated-shop/test-admin.server");
    const { resetSimulatedShops } = await import("../../app/simulated-shop/state.server");
    const { SEED_CUSTOMERS, SEED_ORDERS, SEED_PRODUCTS, SEED_VARIANTS } = await import("../../app/simulated-shop/seed.server");
    const { answerFor } = await import("../../app/domain/answers/answer-for.server");
    const { CostBudget } = await import("../../app/domain/shop-data/admin-api.server");
    const { DEFAULT_SETTINGS } = await import("../../app/domain/routing/settings");
    type AnswerContext = import("../../app/domain/answers/answer-for.server").AnswerContext;
    type AnswerRequest = import("../../app/domain/answers/answer-for.server").AnswerRequest;
    type ConfirmedAction = import("../../app/domain/answers/answer-for.server").ConfirmedAction;

    const base = await createSimulatedAdmin(TEST_SHOP);
    let requested = 0;
    // Reads requestedQueryCost off each response: the bucket must hold that much even though less is charged.
    const admin = {
      async graphql(query: string, options?: { variables?: Record<string, unknown>; signal?: AbortSignal }) {
        const response = await base.graphql(query, options);
        const body = (await response.clone().json()) as { extensions?: { cost?: { requestedQueryCost?: number } } };
        requested += body.extensions?.cost?.requestedQueryCost ?? 0;
        return response;
      },
    };

    const num = (name: string) => name.replace(/^#/, "");
    const guest = SEED_ORDERS.inTransit;
    const delivered = SEED_ORDERS.delivered;
    const [size, colour] = SEED_VARIANTS.lowStock.title.split(" / ");
    let policyShop = 0;

    type Conversation = { request: AnswerRequest; context?: Partial<AnswerContext>; prepare?: () => Promise<Partial<AnswerContext>> };
    const conversations: Record<string, Conversation> = {
      "order status (guest)": {
        request: { intent: "order_status", entities: { orderNumbers: [num(guest.name)], emails: [guest.email], products: [] } },
      },
      "order status (logged in)": {
        request: { intent: "order_status" },
        context: { loggedInCustomerId: SEED_CUSTOMERS.repeat.id },
      },
      availability: {
        request: {
          intent: "product_availability",
          text: `${size} ${colour}`,
          entities: { products: [{ productId: SEED_PRODUCTS.trailRunner.id, handle: SEED_PRODUCTS.trailRunner.handle, title: SEED_PRODUCTS.trailRunner.title, matchedText: "trail runner" }] },
        },
      },
      "return eligibility": {
        request: { intent: "return_request", entities: { orderNumbers: [num(delivered.name)], emails: [delivered.email], products: [] } },
      },
      "return request (confirmed)": {
        request: { intent: "return_request", entities: { orderNumbers: [num(delivered.name)], emails: [delivered.email], products: [] } },
        // The proposal turn is measured above; this is the confirming turn on its own.
        prepare: async () => {
          const proposal = await answerFor(
            { intent: "return_request", entities: { orderNumbers: [num(delivered.name)], emails: [delivered.email], products: [] } },
            { admin, shop: TEST_SHOP, language: "en", settings: DEFAULT_SETTINGS, budget: new CostBudget() },
          );
          return { confirm: proposal.answer.facts.proposedAction as ConfirmedAction };
        },
      },
      "policy (uncached)": {
        request: { intent: "return_policy" },
        prepare: async () => ({ shop: `bench-policy-${++policyShop}.myshopify.com` }),
      },
      "policy (cached)": {
        request: { intent: "return_policy" },
        prepare: async () => {
          const shop = `bench-policy-warm.myshopify.com`;
          await answerFor("return_policy", { admin, shop, language: "en", settings: DEFAULT_SETTINGS });
          return { shop };
        },
      },
    };

    const out: Record<string, number | string> = {};
    for (const [name, convo] of Object.entries(conversations)) {
      const times: number[] = [];
      let points = 0;
      let requests = 0;
      let requestedPoints = 0;
      let kind = "";
      for (let i = 0; i < RUNS; i++) {
        resetSimulatedShops();
        const extra = convo.prepare ? await convo.prepare() : {};
        const budget = new CostBudget();
        requested = 0;
        const started = performance.now();
        const outcome = await answerFor(convo.request, {
          admin,
          shop: TEST_SHOP,
          language: "en",
          settings: DEFAULT_SETTINGS,
          budget,
          ...convo.context,
          ...extra,
        });
        times.push(performance.now() - started);
        points = budget.spent;
        requests = budget.requests;
        requestedPoints = requested;
        kind = `${outcome.kind}/${String(outcome.answer.facts.kind)}`;
      }
      times.sort((a, b) => a - b);
      out[`${name}: actual points`] = points;
      out[`${name}: requested points`] = requestedPoints;
      out[`${name}: requests`] = requests;
      out[`${name}: median ms`] = Math.round(times[Math.floor(times.length / 2)] * 10) / 10;
      out[`${name}: outcome`] = kind;
    }
    return out;
  } finally {
    server.close();
  }
}
