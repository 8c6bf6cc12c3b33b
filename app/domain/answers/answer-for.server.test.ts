import { beforeAll, describe, expect, it } from "vitest";
import { simulateOutage, simulateThrottle } from "~/simulated-shop/failures.server";
import { SEED_CUSTOMERS, SEED_ORDERS, SEED_PRODUCTS, SEED_SHOP, SEED_VARIANTS } from "~/simulated-shop/seed.server";
import { getSimulatedShop } from "~/simulated-shop/state.server";
import { createSimulatedAdmin, TEST_SHOP } from "~/simulated-shop/test-admin.server";
import { DEFAULT_SETTINGS } from "../routing/settings";
import { CostBudget, type AdminGraphql } from "../shop-data/admin-api.server";
import { InMemoryBackInStockRepository } from "../shop-data/back-in-stock.server";
import { findOrderForShopper, getOrderById } from "../shop-data/orders.server";
import { listOrderReturns } from "../shop-data/returns.server";
import type { Language, ProductMention } from "../understanding/types";
import { answerFor, type AnswerContext, type AnswerOutcome, type ConfirmedAction } from "./answer-for.server";
import { formatDate, formatDay } from "./format";
import { t } from "./messages";

let admin: AdminGraphql;
beforeAll(async () => {
  admin = await createSimulatedAdmin(TEST_SHOP);
});

const TZ = SEED_SHOP.ianaTimezone;

function ctx(overrides: Partial<AnswerContext> = {}): AnswerContext {
  return {
    admin,
    // Policy tests pass their own shop key: the per-shop cache outlives the simulated shop's reset between tests.
    shop: TEST_SHOP,
    language: "en",
    settings: { ...DEFAULT_SETTINGS },
    timeZone: TZ,
    ...overrides,
  };
}

const num = (name: string) => name.replace(/^#/, "");
const orderRequest = (intent: "order_status" | "return_request" | "cancel_order" | "change_order", orderName?: string, email?: string) => ({
  intent,
  entities: { orderNumbers: orderName ? [num(orderName)] : [], emails: email ? [email] : [], products: [] },
});

function answerOf(outcome: AnswerOutcome) {
  return outcome.answer;
}

async function seedOrder(seed: { name: string; email: string }) {
  const found = await findOrderForShopper(admin, { orderNumber: seed.name, email: seed.email });
  if (found.kind !== "found") throw new Error(`seed order ${seed.name} not found`);
  return found.order;
}

/** [fulfillmentLineItemId, quantity] of each line of a return, as the simulated shop stored it. */
function returnedLines(returnId: string): Array<[string, number]> {
  const ret = getSimulatedShop(TEST_SHOP).byId.get(returnId) as { returnLineItems?: Array<{ fulfillmentLineItemId: string; quantity: number }> } | undefined;
  if (!ret?.returnLineItems) throw new Error(`return ${returnId} not in the simulated shop`);
  return ret.returnLineItems.map((l) => [l.fulfillmentLineItemId, l.quantity]);
}

const mention = (p: { id: string; handle: string; title: string }): ProductMention => ({
  productId: p.id,
  handle: p.handle,
  title: p.title,
  matchedText: p.title.toLowerCase(),
});

describe("greeting and disclosure", () => {
  for (const language of ["en", "es", "fr", "de"] as Language[]) {
    it(`greets in ${language}, says it's a bot and offers a person`, async () => {
      const outcome = await answerFor("greeting", ctx({ language }));
      expect(outcome.kind).toBe("answer");
      expect(outcome.answer.text).toContain(t(language, "bot_disclosure"));
      expect(outcome.answer.text).toContain(t(language, "talk_to_person"));
    });
  }

  it("prefixes the disclosure on the first message whatever the intent", async () => {
    const outcome = await answerFor("return_policy", ctx({ isFirstMessage: true, shop: "first-message.myshopify.com" }));
    expect(outcome.answer.text.startsWith(t("en", "bot_disclosure"))).toBe(true);
  });
});

describe("order status", () => {
  it("tells a guest with the right email where an in-transit order is", async () => {
    const seed = SEED_ORDERS.inTransit;
    const order = await seedOrder(seed);
    const outcome = await answerFor(orderRequest("order_status", seed.name, seed.email), ctx());
    expect(outcome.kind).toBe("answer");
    const { text, facts } = answerOf(outcome);
    expect(text).toContain(seed.tracking.number);
    expect(text).toContain(seed.tracking.url);
    expect(text).toContain(seed.tracking.company);
    expect(text).toContain(t("en", "status_in_transit"));
    expect(text).toContain(formatDay(order.fulfillments[0].estimatedDeliveryAt!, "en", TZ));
    expect(text).toContain(t("en", "talk_to_person"));
    expect(facts).toMatchObject({ kind: "order_status", orderId: seed.id, verifiedBy: "email" });
  });

  it("answers in the shopper's language with locale dates (out for delivery, German)", async () => {
    const seed = SEED_ORDERS.outForDelivery;
    const order = await seedOrder(seed);
    const { text } = answerOf(await answerFor(orderRequest("order_status", seed.name, seed.email), ctx({ language: "de" })));
    expect(text).toContain(t("de", "status_out_for_delivery"));
    expect(text).toContain(t("de", "order_header", { orderName: seed.name, date: formatDate(order.createdAt, "de", TZ) }));
    expect(text).toContain(seed.tracking.number);
  });

  it("gives the delivery date of a delivered order (Spanish)", async () => {
    const seed = SEED_ORDERS.delivered;
    const order = await seedOrder(seed);
    const { text } = answerOf(await answerFor(orderRequest("order_status", seed.name, seed.email), ctx({ language: "es" })));
    expect(text).toContain(t("es", "status_delivered_on", { date: formatDate(order.fulfillments[0].deliveredAt!, "es", TZ) }));
    // No delivery estimate once it has arrived.
    expect(text).not.toContain(t("es", "shipment_eta", { date: "" }).split(":")[0]);
  });

  it("names the items not shipped yet in a partially fulfilled order (French)", async () => {
    const seed = SEED_ORDERS.partiallyFulfilled;
    const order = await seedOrder(seed);
    const { text, facts } = answerOf(await answerFor(orderRequest("order_status", seed.name, seed.email), ctx({ language: "fr" })));
    const backordered = order.lineItems.find((li) => li.sku === seed.backorderedSku)!;
    expect(text).toContain(t("fr", "items_not_shipped", { items: "" }).split(":")[0]);
    expect(text).toContain(backordered.title);
    expect(facts.unshippedItems).toEqual([{ title: backordered.title, variantTitle: backordered.variantTitle, quantity: backordered.unfulfilledQuantity }]);
    expect(text).toContain(seed.tracking.number);
  });

  it("says a cancelled order was cancelled and refunded", async () => {
    const seed = SEED_ORDERS.cancelled;
    const order = await seedOrder(seed);
    const { text } = answerOf(await answerFor(orderRequest("order_status", seed.name, seed.email), ctx()));
    expect(text).toContain(t("en", "order_cancelled", { date: formatDate(order.cancelledAt!, "en", TZ) }));
    expect(text).toMatch(new RegExp(t("en", "order_refunded", { amount: "X" }).split("(")[0].trim()));
  });

  it("says an unfulfilled order hasn't shipped", async () => {
    const seed = SEED_ORDERS.unfulfilledPaid;
    const { text } = answerOf(await answerFor(orderRequest("order_status", seed.name, seed.email), ctx()));
    expect(text).toContain(t("en", "order_not_shipped"));
  });

  it("gives a logged-in shopper their latest order without asking for anything", async () => {
    const customer = SEED_CUSTOMERS.vip;
    const latest = Object.values(SEED_ORDERS)
      .filter((o) => o.customerId === customer.id && o.createdDaysAgo < 60)
      .sort((a, b) => a.createdDaysAgo - b.createdDaysAgo)[0];
    const outcome = await answerFor("order_status", ctx({ loggedInCustomerId: customer.id.split("/").pop() }));
    expect(outcome.kind).toBe("answer");
    expect(outcome.answer.facts).toMatchObject({ orderName: latest.name, verifiedBy: "customer_account" });
  });

  it("shares nothing about the order when the email doesn't match", async () => {
    const seed = SEED_ORDERS.inTransit;
    const order = await seedOrder(seed);
    const outcome = await answerFor(orderRequest("order_status", seed.name, SEED_ORDERS.outForDelivery.email), ctx());
    const { text, facts } = outcome.answer;
    expect(text).toContain(t("en", "not_verified", { orderNumber: seed.name }));
    expect(text).not.toContain(seed.tracking.number);
    expect(text).not.toContain(seed.tracking.company);
    for (const li of order.lineItems) expect(text).not.toContain(li.title);
    expect(JSON.stringify(facts)).not.toContain(seed.tracking.number);
    expect(facts.orderId).toBeUndefined();
  });

  it("asks for what's missing", async () => {
    const none = await answerFor("order_status", ctx());
    expect(none).toMatchObject({ kind: "need", missing: ["order_number", "email"] });
    expect(none.answer.text).toContain(t("en", "need_order_number_and_email"));
    const noEmail = await answerFor(orderRequest("order_status", SEED_ORDERS.inTransit.name), ctx({ language: "fr" }));
    expect(noEmail).toMatchObject({ kind: "need", missing: ["email"] });
    expect(noEmail.answer.text).toContain(t("fr", "need_email", { orderNumber: SEED_ORDERS.inTransit.name }));
  });

  it("explains an order older than the 60-day window and brings in a person", async () => {
    const seed = SEED_ORDERS.olderThan60Days;
    const outcome = await answerFor(orderRequest("order_status", seed.name, seed.email), ctx());
    expect(outcome).toMatchObject({ kind: "handoff", reason: "order_outside_window" });
    expect(outcome.answer.text).toBe(t("en", "order_too_old", { orderNumber: seed.name, days: 60 }));
  });

  it("uses the order number remembered from earlier in the conversation", async () => {
    const seed = SEED_ORDERS.guest;
    const outcome = await answerFor("order_status", ctx({ orderNumber: num(seed.name), email: seed.email }));
    expect(outcome.answer.facts).toMatchObject({ orderId: seed.id });
  });
});

describe("policies", () => {
  it("summarises the shipping policy with a link", async () => {
    const outcome = await answerFor("shipping_info", ctx({ shop: "policies-1.myshopify.com" }));
    expect(outcome.kind).toBe("answer");
    const { text, facts } = outcome.answer;
    expect(facts.kind).toBe("shipping_policy");
    expect(text).toContain(String(facts.policyUrl));
    expect(text).toContain(String(facts.summary));
    expect(text).toContain(`$${SEED_SHOP.freeShippingThreshold}`);
  });

  it("summarises the return policy and states the merchant's window", async () => {
    const settings = { ...DEFAULT_SETTINGS, returnWindowDays: 21 };
    const outcome = await answerFor("return_policy", ctx({ settings, language: "es", shop: "policies-2.myshopify.com" }));
    expect(outcome.answer.text).toContain(t("es", "return_window_setting", { days: 21 }));
    // The shop's policy is English and its Spanish translation outdated: the answer says it is in English, then quotes
    // the merchant's current English words (never the outdated translation) and links to it.
    expect(outcome.answer.text).toContain("inglés");
    expect(outcome.answer.text).toContain(`${SEED_SHOP.refundWindowDays} days`);
    expect(outcome.answer.text).toContain(String(outcome.answer.facts.policyUrl));
    expect(outcome.answer.facts.shown).toBe("shop_language");
    const english = await answerFor("return_policy", ctx({ settings, language: "en", shop: "policies-2.myshopify.com" }));
    expect(english.answer.text).toContain(`${SEED_SHOP.refundWindowDays} days`);
  });
});

describe("returns", () => {
  it("proposes a return for a delivered order, then creates it on confirmation", async () => {
    const seed = SEED_ORDERS.delivered;
    const proposal = await answerFor(orderRequest("return_request", seed.name, seed.email), ctx());
    expect(proposal.kind).toBe("answer");
    const proposed = proposal.answer.facts.proposedAction as Extract<ConfirmedAction, { action: "return_request" }>;
    expect(proposed).toMatchObject({ action: "return_request", orderId: seed.id });
    expect(proposal.answer.text).toContain(t("en", "return_confirm_pick", { example: "Merino Wool Beanie" }));

    const done = await answerFor({ ...orderRequest("return_request", seed.name, seed.email), text: "yes" }, ctx({ confirm: proposed }));
    expect(done.kind).toBe("answer");
    expect(done.answer.facts.kind).toBe("return_requested");
    const returns = await listOrderReturns(admin, seed.id);
    const created = returns.find((r) => r.id === done.answer.facts.returnId);
    expect(created?.status).toBe("REQUESTED");
    expect(done.answer.text).toContain(created!.name);
    // A bare yes returns everything proposed.
    expect(returnedLines(String(done.answer.facts.returnId))).toEqual(proposed.items.map((i) => [i.fulfillmentLineItemId, i.quantity]));
  });

  it("refuses a confirmation for an order the shopper hasn't proven is theirs", async () => {
    const mine = SEED_ORDERS.delivered;
    const theirs = SEED_ORDERS.highValue;
    const confirm: ConfirmedAction = { action: "return_request", orderId: theirs.id, items: [{ fulfillmentLineItemId: "gid://shopify/FulfillmentLineItem/1", quantity: 1 }] };
    const outcome = await answerFor(orderRequest("return_request", mine.name, mine.email), ctx({ confirm }));
    expect(outcome.answer.facts.kind).toBe("not_verified");
    expect((await listOrderReturns(admin, theirs.id)).length).toBe(0);
  });

  it("explains why an order can't be returned", async () => {
    const seed = SEED_ORDERS.inTransit;
    const outcome = await answerFor(orderRequest("return_request", seed.name, seed.email), ctx({ language: "de" }));
    expect(outcome.answer.text).toContain(t("de", "return_not_eligible_not_delivered", { orderName: seed.name, days: DEFAULT_SETTINGS.returnWindowDays }));
    expect(outcome.answer.facts.proposedAction).toBeUndefined();
  });

  it("mentions a return already requested", async () => {
    const seed = SEED_ORDERS.returnRequested;
    const outcome = await answerFor(orderRequest("return_request", seed.name, seed.email), ctx());
    expect(outcome.answer.text).toContain(seed.returnName);
  });
});

describe("returns: the shopper picks the items", () => {
  type ReturnProposal = Extract<ConfirmedAction, { action: "return_request" }>;

  async function propose(seed: { name: string; email: string }, language: Language = "en") {
    const outcome = await answerFor(orderRequest("return_request", seed.name, seed.email), ctx({ language }));
    const proposed = outcome.answer.facts.proposedAction as ReturnProposal;
    expect(proposed?.action).toBe("return_request");
    return { text: outcome.answer.text, proposed };
  }

  async function confirmWith(seed: { name: string; email: string }, proposed: ReturnProposal, text: string, language: Language = "en") {
    return answerFor({ ...orderRequest("return_request", seed.name, seed.email), text }, ctx({ confirm: proposed, language }));
  }

  /** "title (variant)" -> fulfillment line item id, from the proposal the shopper saw. */
  const idOf = (proposed: ReturnProposal, title: string, variantTitle: string) =>
    proposed.items.find((i) => i.title === title && i.variantTitle === variantTitle)!.fulfillmentLineItemId;

  it("numbers the items and explains how to pick, in every language", async () => {
    for (const language of ["en", "es", "fr", "de"] as Language[]) {
      const { text, proposed } = await propose(SEED_ORDERS.delivered, language);
      expect(proposed.items.map((i) => i.title)).toEqual(["Trail Runner Shoe", "Merino Wool Beanie"]);
      proposed.items.forEach((i, k) =>
        expect(text).toContain(t(language, "return_item", { n: k + 1, quantity: i.quantity, title: `${i.title} (${i.variantTitle})` })),
      );
      expect(text).toContain(t(language, "return_confirm_pick", { example: "Merino Wool Beanie" }));
    }
  });

  it("returns only the beanie for \"just the beanie\"", async () => {
    const seed = SEED_ORDERS.delivered;
    const { proposed } = await propose(seed);
    const beanie = proposed.items.find((i) => i.title === "Merino Wool Beanie")!;
    const done = await confirmWith(seed, proposed, "just the beanie");
    expect(done.answer.facts.kind).toBe("return_requested");
    expect(returnedLines(String(done.answer.facts.returnId))).toEqual([[beanie.fulfillmentLineItemId, beanie.quantity]]);
    expect(done.answer.text).toContain("Merino Wool Beanie");
    expect(done.answer.text).not.toContain("Trail Runner Shoe");
  });

  it("returns items 1 and 3 of a three-line order, and nothing else", async () => {
    const seed = SEED_ORDERS.highValue;
    const { proposed } = await propose(seed);
    expect(proposed.items).toHaveLength(3);
    const done = await confirmWith(seed, proposed, "1 and 3");
    expect(returnedLines(String(done.answer.facts.returnId))).toEqual([
      [proposed.items[0].fulfillmentLineItemId, proposed.items[0].quantity],
      [proposed.items[2].fulfillmentLineItemId, proposed.items[2].quantity],
    ]);
  });

  it("tells two variants of the same product apart and honours a quantity", async () => {
    const seed = SEED_ORDERS.highValue;
    const { proposed } = await propose(seed);
    const done = await confirmWith(seed, proposed, "one of the black jackets");
    expect(returnedLines(String(done.answer.facts.returnId))).toEqual([[idOf(proposed, "Alpine Down Jacket", "M / Black"), 1]]);
  });

  it("picks by number in Spanish and by exclusion in German", async () => {
    const delivered = SEED_ORDERS.delivered;
    const es = await propose(delivered, "es");
    const done = await confirmWith(delivered, es.proposed, "solo el 2, por favor", "es");
    expect(returnedLines(String(done.answer.facts.returnId))).toEqual([[es.proposed.items[1].fulfillmentLineItemId, 2]]);

    const seed = SEED_ORDERS.highValue;
    const de = await propose(seed, "de");
    const deDone = await confirmWith(seed, de.proposed, "alles außer der Bag", "de");
    expect(returnedLines(String(deDone.answer.facts.returnId))).toEqual(
      de.proposed.items.filter((i) => i.title !== "Canvas Weekender Bag").map((i) => [i.fulfillmentLineItemId, i.quantity]),
    );
  });

  it("never adds an item that isn't eligible, even when the shopper picks it", async () => {
    const seed = SEED_ORDERS.delivered;
    const { proposed } = await propose(seed);
    const tampered: ReturnProposal = {
      ...proposed,
      items: [{ fulfillmentLineItemId: "gid://shopify/FulfillmentLineItem/999999", quantity: 1, title: "Alpine Down Jacket" }, ...proposed.items],
    };
    const done = await confirmWith(seed, tampered, "the jacket and the beanie");
    expect(returnedLines(String(done.answer.facts.returnId))).toEqual([[proposed.items[1].fulfillmentLineItemId, 2]]);
  });

  it("still picks by name from a proposal stored without titles", async () => {
    const seed = SEED_ORDERS.delivered;
    const { proposed } = await propose(seed);
    const legacy: ReturnProposal = { ...proposed, items: proposed.items.map(({ fulfillmentLineItemId, quantity }) => ({ fulfillmentLineItemId, quantity })) };
    const done = await confirmWith(seed, legacy, "only the shoes");
    expect(returnedLines(String(done.answer.facts.returnId))).toEqual([[proposed.items[0].fulfillmentLineItemId, 1]]);
  });

  it("creates nothing when the shopper excludes everything, and offers the items again", async () => {
    const seed = SEED_ORDERS.guest;
    const before = getSimulatedShop(TEST_SHOP).data.nextIds.return;
    const { text, proposed } = await propose(seed);
    expect(proposed.items).toHaveLength(1);
    // One item: nothing to pick, so the plain prompt.
    expect(text).toContain(t("en", "return_confirm"));
    const outcome = await confirmWith(seed, proposed, "not the rain shell");
    expect(outcome.answer.facts.kind).toBe("return_eligibility");
    expect(outcome.answer.facts.proposedAction).toBeDefined();
    expect(getSimulatedShop(TEST_SHOP).data.nextIds.return).toBe(before);
    expect(await listOrderReturns(admin, seed.id)).toEqual([]);
  });

  it("returns the single item of a one-line order on yes", async () => {
    const seed = SEED_ORDERS.guest;
    const { proposed } = await propose(seed);
    const done = await confirmWith(seed, proposed, "sí", "es");
    expect(returnedLines(String(done.answer.facts.returnId))).toEqual([[proposed.items[0].fulfillmentLineItemId, 1]]);
  });
});

describe("cancel and change", () => {
  it("hands a cancellation to a person by default", async () => {
    const seed = SEED_ORDERS.unfulfilledPaid;
    const outcome = await answerFor(orderRequest("cancel_order", seed.name, seed.email), ctx());
    expect(outcome).toMatchObject({ kind: "handoff", reason: "person_must_act" });
    expect(outcome.answer.text).toContain(t("en", "cancel_by_person", { orderName: seed.name }));
  });

  it("cancels after confirmation when the merchant allows bot cancellation", async () => {
    const seed = SEED_ORDERS.unfulfilledPaid;
    const settings = { ...DEFAULT_SETTINGS, allowBotCancellation: true };
    const proposal = await answerFor(orderRequest("cancel_order", seed.name, seed.email), ctx({ settings }));
    const confirm = proposal.answer.facts.proposedAction as ConfirmedAction;
    expect(confirm).toEqual({ action: "cancel_order", orderId: seed.id });
    const done = await answerFor(orderRequest("cancel_order", seed.name, seed.email), ctx({ settings, confirm }));
    expect(done.answer.text).toContain(t("en", "cancel_done", { orderName: seed.name }));
    expect((await getOrderById(admin, seed.id))?.cancelledAt).not.toBeNull();
  });

  it("explains that a shipped order can't be cancelled", async () => {
    const seed = SEED_ORDERS.inTransit;
    const settings = { ...DEFAULT_SETTINGS, allowBotCancellation: true };
    const outcome = await answerFor(orderRequest("cancel_order", seed.name, seed.email), ctx({ settings }));
    expect(outcome.answer.text).toContain(t("en", "cancel_shipped", { orderName: seed.name }));
  });

  it("routes an order change to a person while it's unshipped", async () => {
    const seed = SEED_ORDERS.paymentPending;
    const outcome = await answerFor(orderRequest("change_order", seed.name, seed.email), ctx());
    expect(outcome).toMatchObject({ kind: "handoff", reason: "person_must_act" });
  });
});

describe("availability", () => {
  it("reports a low-stock variant named in the message", async () => {
    const [size, colour] = SEED_VARIANTS.lowStock.title.split(" / ");
    const outcome = await answerFor(
      { intent: "product_availability", text: `Trail runner in ${size} ${colour}?`, entities: { products: [mention({ ...SEED_PRODUCTS.trailRunner })] } },
      ctx(),
    );
    expect(outcome.answer.text).toContain(
      t("en", "availability_single_low", { product: `${SEED_PRODUCTS.trailRunner.title} (${SEED_VARIANTS.lowStock.title})` }),
    );
    expect(outcome.answer.facts.variants).toEqual([expect.objectContaining({ stock: "low", quantity: null })]);
    expect(outcome.answer.text).not.toMatch(new RegExp(`\\b${SEED_VARIANTS.lowStock.available}\\b left`));
  });

  it("gives exact counts when allowed", async () => {
    const settings = { ...DEFAULT_SETTINGS, showExactStock: true };
    const [size, colour] = SEED_VARIANTS.lowStock.title.split(" / ");
    const outcome = await answerFor(
      { intent: "product_availability", text: `${size} ${colour}`, entities: { products: [mention(SEED_PRODUCTS.trailRunner)] } },
      ctx({ settings, language: "fr" }),
    );
    expect(outcome.answer.text).toContain(t("fr", "availability_single_low_count", { product: `${SEED_PRODUCTS.trailRunner.title} (${SEED_VARIANTS.lowStock.title})`, quantity: SEED_VARIANTS.lowStock.available }));
  });

  it("offers a back-in-stock email for a sold-out product and stores the subscription on confirmation", async () => {
    const repo = new InMemoryBackInStockRepository();
    const outcome = await answerFor(
      { intent: "product_availability", entities: { products: [mention(SEED_PRODUCTS.trekkingPoles)] } },
      ctx({ backInStock: { repo } }),
    );
    expect(outcome.answer.text).toContain(t("en", "back_in_stock_offer"));
    const proposed = outcome.answer.facts.proposedAction as Extract<ConfirmedAction, { action: "back_in_stock" }>;
    const confirm: ConfirmedAction = { ...proposed, productTitle: SEED_PRODUCTS.trekkingPoles.title };
    const done = await answerFor({ intent: "product_availability", entities: { emails: ["shopper@example.com"] } }, ctx({ backInStock: { repo }, confirm }));
    expect(done.answer.facts.kind).toBe("back_in_stock_subscribed");
    expect(repo.rows.map((r) => r.email)).toEqual(["shopper@example.com"]);
    expect(repo.rows[0].inventoryItemId).toBe(proposed.variants[0].inventoryItemId);
  });

  it("lists every variant when no option was named", async () => {
    const outcome = await answerFor({ intent: "product_availability", entities: { products: [mention(SEED_PRODUCTS.trailRunner)] } }, ctx());
    expect(outcome.answer.text).toContain(t("en", "availability_low", { variant: SEED_VARIANTS.lowStock.title }));
    expect((outcome.answer.facts.variants as unknown[]).length).toBeGreaterThan(1);
  });

  it("asks which product when none was recognised", async () => {
    expect(await answerFor("product_availability", ctx())).toMatchObject({ kind: "need", missing: ["product"] });
  });
});

describe("when the shop's API fails", () => {
  it("hands off with 'a person will follow up' during an outage, never a made-up answer", async () => {
    simulateOutage(TEST_SHOP, { status: 503, times: 1000 });
    const seed = SEED_ORDERS.inTransit;
    const outcome = await answerFor(orderRequest("order_status", seed.name, seed.email), ctx({ deadlineMs: 600 }));
    expect(outcome).toMatchObject({ kind: "handoff", reason: "shop_api_unavailable" });
    expect(outcome.answer.text).toBe(t("en", "api_unavailable"));
    expect(outcome.answer.facts).toMatchObject({ reason: "server_error", operation: "OrdersByName" });
  });

  it("still answers after a throttle", async () => {
    simulateThrottle(TEST_SHOP, { times: 1 });
    const seed = SEED_ORDERS.inTransit;
    const outcome = await answerFor(orderRequest("order_status", seed.name, seed.email), ctx());
    expect(outcome.kind).toBe("answer");
    expect(outcome.answer.text).toContain(seed.tracking.number);
  });

  it("hands off when the message's Admin API budget runs out", async () => {
    const seed = SEED_ORDERS.delivered;
    // Enough for the order lookup, not for the returnable-fulfillments query after it.
    const budget = new CostBudget({ maxPoints: 1 });
    const outcome = await answerFor(orderRequest("return_request", seed.name, seed.email), ctx({ budget }));
    expect(outcome).toMatchObject({ kind: "handoff", reason: "shop_api_unavailable" });
    expect(outcome.answer.facts).toMatchObject({ reason: "budget_exceeded", operation: "ReturnableFulfillments" });
    expect(budget.requests).toBe(1);
  });

  it("serves cached policies during an outage within the cache TTL", async () => {
    const shop = "policies-cache.myshopify.com";
    const first = await answerFor("return_policy", ctx({ shop }));
    simulateOutage(TEST_SHOP, { status: 503, times: 1000 });
    const second = await answerFor("return_policy", ctx({ shop }));
    expect(second.answer.text).toBe(first.answer.text);
  });
});

describe("other intents", () => {
  it("hands sensitive intents to a person and explains its scope for off-topic messages", async () => {
    expect(await answerFor("complaint", ctx())).toMatchObject({ kind: "handoff", reason: "not_automated" });
    const other = await answerFor("other", ctx({ language: "de" }));
    expect(other.answer.text).toBe(t("de", "other_intent"));
  });
});
