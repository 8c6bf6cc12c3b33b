/**
 * Seed data for the simulated shop "Switchboard Demo Outfitters".
 *
 * Objects are stored in the shape of the Admin GraphQL types (with `__typename`) so the executor's generic
 * resolver can answer most fields by property lookup; references between objects are ids resolved by
 * `resolvers.server.ts`. Dates are relative to a `now` passed in, so "delivered 3 days ago" stays true.
 * The exported SEED_* constants are the facts other modules' tests should reference instead of literals.
 */

export const SEED_CURRENCY = "USD";
import {
  SEED_PRODUCT_DESCRIPTIONS,
  SEED_PRODUCT_METAFIELDS,
  seedCustomerAccounts,
  seedDeliveryProfiles,
  seedDiscounts,
  seedPages,
} from "./seed-content.server";
import { z } from "zod";
import rawDescriptionTranslations from "./seed-description-translations.json";
import rawTranslations from "./seed-translations.json";

/** Handle -> locale -> published title translation; checked on load (a typo'd handle or locale fails the seed). */
const SEED_TITLE_TRANSLATIONS: Record<string, Record<string, string>> = (() => {
  const { _comment: _ignored, ...byHandle } = z
    .record(z.union([z.string(), z.record(z.enum(["en", "fr", "de", "es"]), z.string().trim().min(1))]))
    .parse(rawTranslations);
  return Object.fromEntries(
    Object.entries(byHandle).map(([handle, t]) => {
      if (typeof t === "string") throw new Error(`seed-translations.json: ${handle} must map locales to titles`);
      return [handle, t];
    }),
  );
})();

/** Handle -> locale -> published description translation (Shopify's translation key `body_html`); checked on load. */
export const SEED_DESCRIPTION_TRANSLATIONS: Record<string, Record<string, string>> = (() => {
  const { _comment: _ignored, ...byHandle } = z
    .object({ _comment: z.string().optional() })
    .catchall(z.record(z.enum(["en", "fr", "de", "es"]), z.string().trim().min(1)))
    .parse(rawDescriptionTranslations);
  return byHandle as Record<string, Record<string, string>>;
})();

/** Product.description is the HTML's text (Shopify strips tags and scripts). */
const htmlText = (html: string) => html.replace(/<(script|style)[\s\S]*?<\/\1>/g, "").replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();

export const DAY_MS = 24 * 60 * 60 * 1000;
/** Real Shopify only returns the last 60 days of orders to apps without the read_all_orders scope. */
export const DEFAULT_ORDER_WINDOW_DAYS = 60;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL-shaped records read by the generic resolver
type Obj = Record<string, any> & { __typename: string };

export interface Money {
  amount: string;
  currencyCode: string;
}

export const gid = (type: string, id: number | string) => `gid://shopify/${type}/${id}`;

export function money(amount: number): Money {
  return { amount: amount.toFixed(2), currencyCode: SEED_CURRENCY };
}

export function moneyBag(amount: number) {
  return { __typename: "MoneyBag", shopMoney: money(amount), presentmentMoney: money(amount) };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

// ---------------------------------------------------------------------------------------------------------------
// Shop, locations, policies

export const SEED_SHOP = {
  name: "Switchboard Demo Outfitters",
  email: "owner@switchboard-demo.example",
  contactEmail: "support@switchboard-demo.example",
  phone: "+1 503-555-0142",
  currencyCode: SEED_CURRENCY,
  ianaTimezone: "America/Los_Angeles",
  primaryDomainHost: "demo-outfitters.example",
  refundWindowDays: 30,
  freeShippingThreshold: 100,
} as const;

/**
 * The shop's staff, as the online token exchange reports them (`associated_user`): the session token's `sub` is the
 * user id. The owner comes first; the demo's App Bridge stand-in signs in as the owner unless told otherwise.
 */
export const SEED_STAFF = [
  { id: 902541635, first_name: "Avery", last_name: "Quinn", email: SEED_SHOP.email, account_owner: true, locale: "en" },
  { id: 902541636, first_name: "Noor", last_name: "Haddad", email: "noor@switchboard-demo.example", account_owner: false, locale: "fr" },
] as const;

export const SEED_LOCATIONS = {
  portland: { id: gid("Location", 6001), name: "Portland Warehouse" },
  denver: { id: gid("Location", 6002), name: "Denver Flagship Store" },
  austin: { id: gid("Location", 6003), name: "Austin Fulfillment Center" },
} as const;
const LOCATION_ORDER = [SEED_LOCATIONS.portland, SEED_LOCATIONS.denver, SEED_LOCATIONS.austin];
const LOCATION_ADDRESSES = [
  { address1: "2150 NW Front Ave", city: "Portland", province: "Oregon", provinceCode: "OR", zip: "97209" },
  { address1: "1601 Wewatta St", city: "Denver", province: "Colorado", provinceCode: "CO", zip: "80202" },
  { address1: "4800 E Ben White Blvd", city: "Austin", province: "Texas", provinceCode: "TX", zip: "78741" },
];

const POLICIES = [
  {
    type: "REFUND_POLICY",
    title: "Refund policy",
    handle: "refund-policy",
    body:
      "<p>We accept returns of unworn, unwashed items within 30 days of delivery. Start a return from your order " +
      "status page or reply to your shipping confirmation.</p><p>Refunds go back to the original payment method " +
      "within 5–10 business days after we receive the item. Return shipping is free for exchanges; otherwise a " +
      "$6.00 return label fee is deducted. Gift cards and final-sale items cannot be returned.</p>",
  },
  {
    type: "SHIPPING_POLICY",
    title: "Shipping policy",
    handle: "shipping-policy",
    body:
      "<p>Orders ship from Portland, OR within 1–2 business days. Standard shipping (3–5 business days) is free on " +
      "orders over $100, otherwise $8.00. Expedited shipping (1–2 business days) is $24.00.</p><p>We ship to the " +
      "United States and Canada. You'll get a tracking link by email as soon as your order ships.</p>",
  },
  {
    type: "CONTACT_INFORMATION",
    title: "Contact information",
    handle: "contact-information",
    body:
      "<p>Switchboard Demo Outfitters, 2150 NW Front Ave, Portland, OR 97209, United States.</p><p>Email: " +
      "support@switchboard-demo.example · Phone: +1 503-555-0142 (Mon–Fri, 9am–5pm Pacific).</p>",
  },
  {
    type: "PRIVACY_POLICY",
    title: "Privacy policy",
    handle: "privacy-policy",
    body: "<p>We only use your personal information to process orders and, if you opt in, to send you news.</p>",
  },
] as const;

// The merchant translated the refund policy into French (Translate & Adapt); the Spanish one predates the last edit of
// the policy, so Shopify marks it outdated. Everything else exists only in English.
const POLICY_TRANSLATIONS: Record<string, Array<{ locale: string; key: "title" | "body"; value: string; outdated: boolean }>> = {
  REFUND_POLICY: [
    { locale: "fr", key: "title", value: "Politique de remboursement", outdated: false },
    {
      locale: "fr",
      key: "body",
      value:
        "<p>Nous acceptons les retours d'articles non portés et non lavés dans les 30 jours suivant la livraison. Lancez un " +
        "retour depuis la page de statut de votre commande ou répondez à votre confirmation d'expédition.</p><p>Le " +
        "remboursement est versé sur le moyen de paiement d'origine sous 5 à 10 jours ouvrés après réception de l'article. " +
        "Le retour est gratuit pour un échange ; sinon, 6,00 $ de frais d'étiquette sont déduits. Les cartes-cadeaux et " +
        "les articles en solde définitive ne peuvent pas être retournés.</p>",
      outdated: false,
    },
    { locale: "es", key: "body", value: "<p>Aceptamos devoluciones en un plazo de 14 días.</p>", outdated: true },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Catalog

interface VariantSpec {
  options: string[];
  sku: string;
  /** available per location (portland, denver, austin); committed/incoming default to small derived values */
  available?: [number, number, number];
  committed?: [number, number, number];
  incoming?: [number, number, number];
  price?: number;
}

interface ProductSpec {
  key: string;
  num: number;
  title: string;
  handle: string;
  productType: string;
  vendor: string;
  tags: string[];
  price: number;
  description: string;
  options: { name: string; values: string[] }[];
  variants: VariantSpec[];
  giftCard?: boolean;
  status?: string;
}

function cartesian(options: { name: string; values: string[] }[]): string[][] {
  return options.reduce<string[][]>((acc, o) => acc.flatMap((prefix) => o.values.map((v) => [...prefix, v])), [[]]);
}

/** "9" -> "09", "Glacier Blue" -> "GLA": short, stable SKU segments. */
function skuPart(value: string): string {
  return /^\d+$/.test(value) ? value.padStart(2, "0") : value.replace(/[^A-Za-z0-9]/g, "").slice(0, 3).toUpperCase();
}

function generatedVariants(prefix: string, options: { name: string; values: string[] }[]): VariantSpec[] {
  return cartesian(options).map((values) => ({
    options: values,
    sku: [prefix, ...values.map(skuPart)].join("-"),
  }));
}

const PRODUCT_SPECS: ProductSpec[] = [
  {
    key: "trailRunner",
    num: 8001,
    title: "Trail Runner Shoe",
    handle: "trail-runner-shoe",
    productType: "Shoes",
    vendor: "Switchboard Outdoor",
    tags: ["footwear", "running", "trail"],
    price: 129,
    description: "A grippy, cushioned trail shoe with a rock plate and a breathable recycled mesh upper.",
    options: [
      { name: "Size", values: ["8", "9", "10", "11"] },
      { name: "Color", values: ["Slate", "Ember"] },
    ],
    variants: generatedVariants("TRS", [
      { name: "Size", values: ["8", "9", "10", "11"] },
      { name: "Color", values: ["Slate", "Ember"] },
    ]).map((v) =>
      // The low-stock variant: only two left, one of them already committed to an open order.
      v.options.join("/") === "10/Ember" ? { ...v, available: [2, 0, 0], committed: [1, 0, 0], incoming: [24, 0, 0] } : v,
    ),
  },
  {
    key: "beanie",
    num: 8002,
    title: "Merino Wool Beanie",
    handle: "merino-wool-beanie",
    productType: "Hats",
    vendor: "Switchboard Outdoor",
    tags: ["accessories", "merino", "winter"],
    price: 32,
    description: "A soft, itch-free beanie knit from 100% responsibly sourced merino wool.",
    options: [{ name: "Color", values: ["Charcoal", "Forest", "Rust"] }],
    variants: generatedVariants("MWB", [{ name: "Color", values: ["Charcoal", "Forest", "Rust"] }]),
  },
  {
    key: "weekender",
    num: 8003,
    title: "Canvas Weekender Bag",
    handle: "canvas-weekender-bag",
    productType: "Bags",
    vendor: "Switchboard Outdoor",
    tags: ["bags", "travel"],
    price: 149,
    description: "A 45 L waxed-canvas duffel with leather handles and a padded shoe compartment.",
    options: [{ name: "Color", values: ["Olive", "Sand"] }],
    variants: generatedVariants("CWB", [{ name: "Color", values: ["Olive", "Sand"] }]),
  },
  {
    key: "downJacket",
    num: 8004,
    title: "Alpine Down Jacket",
    handle: "alpine-down-jacket",
    productType: "Jackets",
    vendor: "Switchboard Outdoor",
    tags: ["outerwear", "down", "winter"],
    price: 289,
    description: "An 800-fill responsibly sourced down jacket that packs into its own pocket.",
    options: [
      { name: "Size", values: ["S", "M", "L"] },
      { name: "Color", values: ["Black", "Glacier Blue"] },
    ],
    variants: generatedVariants("ADJ", [
      { name: "Size", values: ["S", "M", "L"] },
      { name: "Color", values: ["Black", "Glacier Blue"] },
    ]),
  },
  {
    key: "giftCard",
    num: 8005,
    title: "Switchboard Demo Outfitters Gift Card",
    handle: "gift-card",
    productType: "Gift Cards",
    vendor: "Switchboard Demo Outfitters",
    tags: ["gift card"],
    price: 25,
    description: "Delivered by email with instructions to redeem at checkout. Gift cards never expire.",
    options: [{ name: "Denomination", values: ["$25", "$50", "$100"] }],
    variants: [
      { options: ["$25"], sku: "GIFT-25", price: 25 },
      { options: ["$50"], sku: "GIFT-50", price: 50 },
      { options: ["$100"], sku: "GIFT-100", price: 100 },
    ],
    giftCard: true,
  },
  {
    key: "trekkingPoles",
    num: 8006,
    title: "Summit Trekking Poles",
    handle: "summit-trekking-poles",
    productType: "Hiking Gear",
    vendor: "Switchboard Outdoor",
    tags: ["hiking", "carbon"],
    price: 119,
    description: "Carbon-fibre, cork-grip trekking poles with flick locks. Sold as a pair.",
    options: [{ name: "Title", values: ["Default Title"] }],
    // Sold out at every location, with a restock on the way to Portland.
    variants: [{ options: ["Default Title"], sku: "STP-PAIR", available: [0, 0, 0], committed: [0, 0, 0], incoming: [40, 0, 0] }],
  },
  {
    key: "campMug",
    num: 8007,
    title: "Insulated Camp Mug",
    handle: "insulated-camp-mug",
    productType: "Camp Kitchen",
    vendor: "Switchboard Outdoor",
    tags: ["camp", "kitchen"],
    price: 28,
    description: "A 12 oz double-walled steel mug with a sliding lid that keeps coffee hot for hours.",
    options: [{ name: "Color", values: ["Stone", "Pine"] }],
    variants: generatedVariants("ICM", [{ name: "Color", values: ["Stone", "Pine"] }]),
  },
  {
    key: "rainShell",
    num: 8008,
    title: "Ridge Rain Shell",
    handle: "ridge-rain-shell",
    productType: "Jackets",
    vendor: "Switchboard Outdoor",
    tags: ["outerwear", "rain", "waterproof"],
    price: 179,
    description: "A 3-layer waterproof, breathable shell with pit zips and a helmet-compatible hood.",
    options: [{ name: "Size", values: ["S", "M", "L", "XL"] }],
    variants: generatedVariants("RRS", [{ name: "Size", values: ["S", "M", "L", "XL"] }]),
  },
];

export const SEED_PRODUCTS = Object.fromEntries(
  PRODUCT_SPECS.map((p) => [p.key, { id: gid("Product", p.num), title: p.title, handle: p.handle, price: p.price.toFixed(2) }]),
) as Record<
  "trailRunner" | "beanie" | "weekender" | "downJacket" | "giftCard" | "trekkingPoles" | "campMug" | "rainShell",
  { id: string; title: string; handle: string; price: string }
>;

for (const handle of Object.keys(SEED_TITLE_TRANSLATIONS)) {
  if (!PRODUCT_SPECS.some((p) => p.handle === handle)) throw new Error(`seed-translations.json: no seeded product ${handle}`);
}
for (const handle of Object.keys(SEED_DESCRIPTION_TRANSLATIONS)) {
  if (!PRODUCT_SPECS.some((p) => p.handle === handle)) throw new Error(`seed-description-translations.json: no seeded product ${handle}`);
}

/** Variants tests tend to care about. Quantities are "available" summed over all locations. */
export const SEED_VARIANTS = {
  lowStock: { sku: "TRS-10-EMB", title: "10 / Ember", productHandle: "trail-runner-shoe", available: 2, committed: 1, incoming: 24 },
  outOfStock: { sku: "STP-PAIR", title: "Default Title", productHandle: "summit-trekking-poles", available: 0, incoming: 40 },
  giftCard100: { sku: "GIFT-100", title: "$100", productHandle: "gift-card" },
} as const;

// ---------------------------------------------------------------------------------------------------------------
// Customers and segments

export const SEED_CUSTOMERS = {
  new: { id: gid("Customer", 7001), firstName: "Noah", lastName: "Patel", email: "noah.patel@example.com", tags: [] as string[] },
  repeat: { id: gid("Customer", 7002), firstName: "Maya", lastName: "Chen", email: "maya.chen@example.com", tags: ["newsletter"] },
  vip: { id: gid("Customer", 7003), firstName: "Olivia", lastName: "Hart", email: "olivia.hart@example.com", tags: ["VIP", "newsletter"] },
  wholesale: { id: gid("Customer", 7004), firstName: "Sam", lastName: "Rivera", email: "sam.rivera@granitepeak.example", tags: ["wholesale", "net-30"] },
  regular: { id: gid("Customer", 7005), firstName: "Liam", lastName: "Brooks", email: "liam.brooks@example.com", tags: [] as string[] },
} as const;
type CustomerKey = keyof typeof SEED_CUSTOMERS;

/** Someone who only ever checked out as a guest: orders carry this email but there is no Customer. */
export const SEED_GUEST_EMAIL = "jordan.lee@example.net";

/** The VIP's lifetime figures include years of orders older than the seeded ones. */
const VIP_LIFETIME = { amountSpent: 7420.5, numberOfOrders: 23 };

export const SEED_SEGMENTS = {
  vip: { id: gid("Segment", 9001), name: "VIP customers", query: "customer_tags CONTAINS 'VIP'" },
  wholesale: { id: gid("Segment", 9002), name: "Wholesale", query: "customer_tags CONTAINS 'wholesale'" },
  repeat: { id: gid("Segment", 9003), name: "Repeat customers", query: "number_of_orders >= 2" },
  newCustomers: { id: gid("Segment", 9004), name: "New customers (last 30 days)", query: "customer_added_date >= -30d" },
} as const;

const CUSTOMER_CREATED_DAYS_AGO: Record<CustomerKey, number> = { new: 2, repeat: 400, vip: 1500, wholesale: 210, regular: 90 };

// ---------------------------------------------------------------------------------------------------------------
// Orders

interface TrackingSpec {
  company: string;
  number: string;
  url: string;
}

interface FulfillmentSpec {
  /** [line index, quantity] */
  lines: [number, number][];
  displayStatus: string;
  shippedDaysAgo: number;
  deliveredDaysAgo?: number;
  /** negative = in the future */
  estimatedDeliveryDaysAgo?: number;
  tracking?: TrackingSpec;
  location?: keyof typeof SEED_LOCATIONS;
}

interface ReturnSpec {
  num: number;
  status: "REQUESTED" | "OPEN" | "CLOSED" | "DECLINED" | "CANCELED";
  createdDaysAgo: number;
  closedDaysAgo?: number;
  /** [fulfillment index, fulfillment line index, quantity, reason handle, customer note] */
  lines: [number, number, number, string, string?][];
}

interface OrderSpec {
  num: number;
  customer?: CustomerKey;
  email?: string;
  createdDaysAgo: number;
  /** [variant sku, quantity] */
  lines: [string, number][];
  financial: string;
  fulfillmentStatus: string;
  fulfillments?: FulfillmentSpec[];
  cancel?: { reason: string; daysAgo: number };
  refundedAll?: boolean;
  returns?: ReturnSpec[];
  note?: string;
  tags?: string[];
}

const TRACKING = {
  ups: (n: string) => ({ company: "UPS", number: n, url: `https://www.ups.com/track?tracknum=${n}` }),
  usps: (n: string) => ({ company: "USPS", number: n, url: `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}` }),
  fedex: (n: string) => ({ company: "FedEx", number: n, url: `https://www.fedex.com/fedextrack/?trknbr=${n}` }),
  dhl: (n: string) => ({ company: "DHL Express", number: n, url: `https://www.dhl.com/us-en/home/tracking.html?tracking-id=${n}` }),
};

const ORDER_SPECS: OrderSpec[] = [
  {
    num: 1001, customer: "repeat", createdDaysAgo: 1, financial: "PAID", fulfillmentStatus: "UNFULFILLED",
    lines: [["TRS-09-SLA", 1], ["MWB-FOR", 1]],
  },
  {
    num: 1002, customer: "wholesale", createdDaysAgo: 4, financial: "PAID", fulfillmentStatus: "PARTIALLY_FULFILLED",
    lines: [["MWB-CHA", 6], ["TRS-10-EMB", 2]],
    note: "Shoes backordered; ship the rest as soon as they arrive.",
    fulfillments: [{ lines: [[0, 6]], displayStatus: "IN_TRANSIT", shippedDaysAgo: 2, estimatedDeliveryDaysAgo: -2, tracking: TRACKING.ups("1Z999AA10123456702") }],
  },
  {
    num: 1003, customer: "repeat", createdDaysAgo: 3, financial: "PAID", fulfillmentStatus: "FULFILLED",
    lines: [["ADJ-M-BLA", 1]],
    fulfillments: [{ lines: [[0, 1]], displayStatus: "IN_TRANSIT", shippedDaysAgo: 2, estimatedDeliveryDaysAgo: -2, tracking: TRACKING.ups("1Z999AA10123456784") }],
  },
  {
    num: 1004, customer: "vip", createdDaysAgo: 4, financial: "PAID", fulfillmentStatus: "FULFILLED",
    lines: [["CWB-OLI", 1], ["ICM-PIN", 2]],
    fulfillments: [{ lines: [[0, 1], [1, 2]], displayStatus: "OUT_FOR_DELIVERY", shippedDaysAgo: 3, estimatedDeliveryDaysAgo: 0, tracking: TRACKING.usps("9400111899223456789012"), location: "denver" }],
  },
  {
    num: 1005, customer: "repeat", createdDaysAgo: 7, financial: "PAID", fulfillmentStatus: "FULFILLED",
    lines: [["TRS-09-EMB", 1], ["MWB-RUS", 2]],
    fulfillments: [{ lines: [[0, 1], [1, 2]], displayStatus: "DELIVERED", shippedDaysAgo: 6, deliveredDaysAgo: 3, estimatedDeliveryDaysAgo: 3, tracking: TRACKING.fedex("771234567890") }],
  },
  {
    num: 1006, customer: "regular", createdDaysAgo: 5, financial: "REFUNDED", fulfillmentStatus: "UNFULFILLED",
    lines: [["RRS-L", 1]], cancel: { reason: "CUSTOMER", daysAgo: 4 }, refundedAll: true,
  },
  {
    num: 1007, customer: "wholesale", createdDaysAgo: 16, financial: "REFUNDED", fulfillmentStatus: "FULFILLED",
    lines: [["ICM-STO", 4]], refundedAll: true, note: "Arrived dented; refunded without return.",
    fulfillments: [{ lines: [[0, 4]], displayStatus: "DELIVERED", shippedDaysAgo: 15, deliveredDaysAgo: 12, estimatedDeliveryDaysAgo: 12, tracking: TRACKING.ups("1Z999AA10123456707") }],
  },
  {
    num: 1008, customer: "vip", createdDaysAgo: 25, financial: "REFUNDED", fulfillmentStatus: "FULFILLED",
    lines: [["ADJ-L-GLA", 1]],
    fulfillments: [{ lines: [[0, 1]], displayStatus: "DELIVERED", shippedDaysAgo: 24, deliveredDaysAgo: 20, estimatedDeliveryDaysAgo: 21, tracking: TRACKING.fedex("771234567808") }],
    returns: [{ num: 1, status: "CLOSED", createdDaysAgo: 18, closedDaysAgo: 12, lines: [[0, 0, 1, "size-too-large", "Runs a size big."]] }],
  },
  {
    num: 1009, customer: "repeat", createdDaysAgo: 75, financial: "PAID", fulfillmentStatus: "FULFILLED",
    lines: [["CWB-SAN", 1]],
    fulfillments: [{ lines: [[0, 1]], displayStatus: "DELIVERED", shippedDaysAgo: 74, deliveredDaysAgo: 70, estimatedDeliveryDaysAgo: 70, tracking: TRACKING.ups("1Z999AA10123456709") }],
  },
  {
    num: 1010, customer: "regular", createdDaysAgo: 9, financial: "PAID", fulfillmentStatus: "FULFILLED",
    lines: [["GIFT-100", 1]],
    fulfillments: [{ lines: [[0, 1]], displayStatus: "FULFILLED", shippedDaysAgo: 9 }],
  },
  {
    num: 1011, customer: "vip", createdDaysAgo: 10, financial: "PAID", fulfillmentStatus: "FULFILLED",
    lines: [["ADJ-M-BLA", 2], ["ADJ-S-GLA", 1], ["CWB-OLI", 2]], tags: ["high-value"],
    fulfillments: [{ lines: [[0, 2], [1, 1], [2, 2]], displayStatus: "DELIVERED", shippedDaysAgo: 9, deliveredDaysAgo: 6, estimatedDeliveryDaysAgo: 6, tracking: TRACKING.fedex("771234567811") }],
  },
  {
    num: 1012, email: SEED_GUEST_EMAIL, createdDaysAgo: 8, financial: "PAID", fulfillmentStatus: "FULFILLED",
    lines: [["RRS-M", 1]],
    fulfillments: [{ lines: [[0, 1]], displayStatus: "DELIVERED", shippedDaysAgo: 7, deliveredDaysAgo: 5, estimatedDeliveryDaysAgo: 5, tracking: TRACKING.dhl("JD014600006281230412") }],
  },
  {
    num: 1013, customer: "regular", createdDaysAgo: 14, financial: "PAID", fulfillmentStatus: "FULFILLED",
    lines: [["MWB-FOR", 2], ["ICM-STO", 1]],
    fulfillments: [{ lines: [[0, 2], [1, 1]], displayStatus: "DELIVERED", shippedDaysAgo: 13, deliveredDaysAgo: 10, estimatedDeliveryDaysAgo: 10, tracking: TRACKING.usps("9400111899223456781313") }],
    returns: [{ num: 1, status: "REQUESTED", createdDaysAgo: 1, lines: [[0, 0, 1, "color", "The green is darker than in the photos."]] }],
  },
  {
    num: 1014, customer: "wholesale", createdDaysAgo: 2, financial: "PENDING", fulfillmentStatus: "UNFULFILLED",
    lines: [["RRS-S", 3], ["RRS-M", 3]], note: "Net 30 payment terms.", tags: ["wholesale"],
  },
];

type OrderFact = {
  id: string;
  name: string;
  email: string;
  customerId: string | null;
  createdDaysAgo: number;
  displayFinancialStatus: string;
  displayFulfillmentStatus: string;
};
const fact = <E extends object = Record<never, never>>(num: number, extra?: E): OrderFact & E => {
  const s = ORDER_SPECS.find((o) => o.num === num)!;
  const customer = s.customer ? SEED_CUSTOMERS[s.customer] : undefined;
  return {
    id: gid("Order", num),
    name: `#${num}`,
    email: s.email ?? customer!.email,
    customerId: customer?.id ?? null,
    createdDaysAgo: s.createdDaysAgo,
    displayFinancialStatus: s.financial,
    displayFulfillmentStatus: s.fulfillmentStatus,
    ...(extra as E),
  };
};
const trackingFact = (num: number): { company: string; number: string; url: string } => {
  const t = ORDER_SPECS.find((o) => o.num === num)!.fulfillments![0].tracking!;
  return { company: t.company, number: t.number, url: t.url };
};

/** Key facts of the seeded orders, by the state they illustrate. */
export const SEED_ORDERS = {
  unfulfilledPaid: fact(1001),
  partiallyFulfilled: fact(1002, { tracking: trackingFact(1002), backorderedSku: "TRS-10-EMB" }),
  inTransit: fact(1003, { tracking: trackingFact(1003), estimatedDeliveryInDays: 2 }),
  outForDelivery: fact(1004, { tracking: trackingFact(1004) }),
  delivered: fact(1005, { tracking: trackingFact(1005), deliveredDaysAgo: 3 }),
  cancelled: fact(1006, { cancelReason: "CUSTOMER" }),
  refunded: fact(1007),
  returned: fact(1008, { returnName: "#1008-R1", returnStatus: "RETURNED" }),
  olderThan60Days: fact(1009),
  giftCardOnly: fact(1010),
  highValue: fact(1011),
  guest: fact(1012),
  returnRequested: fact(1013, { returnName: "#1013-R1", returnStatus: "RETURN_REQUESTED" }),
  paymentPending: fact(1014),
} satisfies Record<string, OrderFact>;

// ---------------------------------------------------------------------------------------------------------------
// Return reasons (Shopify's standard definitions)

const RETURN_REASONS: [string, string][] = [
  ["color", "Color"],
  ["defective", "Defective"],
  ["not-as-described", "Item not as described"],
  ["size-too-large", "Size was too large"],
  ["size-too-small", "Size was too small"],
  ["style", "Style"],
  ["unwanted", "Changed mind"],
  ["wrong-item", "Received the wrong item"],
  ["other", "Other"],
];

export const SEED_RETURN_REASONS = Object.fromEntries(
  RETURN_REASONS.map(([handle, name], i) => [handle, { id: gid("ReturnReasonDefinition", i + 1), handle, name }]),
) as Record<string, { id: string; handle: string; name: string }>;

// ---------------------------------------------------------------------------------------------------------------
// Builder

export interface SeedData {
  now: Date;
  shop: Obj;
  locations: Obj[];
  products: Obj[];
  variants: Obj[];
  inventoryItems: Obj[];
  inventoryLevels: Obj[];
  customers: Obj[];
  segments: (Obj & { memberIds: string[] })[];
  orders: Obj[];
  pages: Obj[];
  discountNodes: Obj[];
  deliveryProfiles: Obj[];
  returnReasonDefinitions: Obj[];
  /** Online store themes; the MAIN one carries config/settings_data.json with the app embed's state. */
  themes: Obj[];
  nextIds: { return: number; returnLineItem: number; job: number };
}

export function createSeed(shopDomain: string, now: Date = new Date()): SeedData {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS).toISOString();
  const dates = { created: at(1200), updated: at(3) };

  const locations: Obj[] = LOCATION_ORDER.map((l, i) => ({
    __typename: "Location",
    id: l.id,
    name: l.name,
    legacyResourceId: l.id.split("/").pop(),
    isActive: true,
    isPrimary: i === 0,
    shipsInventory: true,
    fulfillsOnlineOrders: i !== 1,
    hasActiveInventory: true,
    activatable: false,
    deactivatable: i !== 0,
    deletable: false,
    addressVerified: true,
    createdAt: dates.created,
    updatedAt: dates.updated,
    address: { __typename: "LocationAddress", ...LOCATION_ADDRESSES[i], country: "United States", countryCode: "US", formatted: [] },
  }));

  const products: Obj[] = [];
  const variants: Obj[] = [];
  const inventoryItems: Obj[] = [];
  const inventoryLevels: Obj[] = [];
  let variantCounter = 0;

  for (const p of PRODUCT_SPECS) {
    const productVariants: Obj[] = [];
    p.variants.forEach((v, vi) => {
      variantCounter += 1;
      const variantNum = 40000 + p.num % 100 * 100 + vi + 1;
      const itemNum = 50000 + p.num % 100 * 100 + vi + 1;
      const tracked = !p.giftCard;
      const seedIdx = variantCounter;
      const available = v.available ?? [10 + ((seedIdx * 7) % 15), 3 + ((seedIdx * 3) % 6), (seedIdx * 5) % 9];
      const committed = v.committed ?? [seedIdx % 3, 0, seedIdx % 2];
      const incoming = v.incoming ?? [seedIdx % 4 === 0 ? 12 : 0, 0, 0];
      const item: Obj = {
        __typename: "InventoryItem",
        id: gid("InventoryItem", itemNum),
        legacyResourceId: String(itemNum),
        sku: v.sku,
        tracked,
        requiresShipping: !p.giftCard,
        createdAt: dates.created,
        updatedAt: dates.updated,
        variantId: gid("ProductVariant", variantNum),
        levelIds: [] as string[],
      };
      if (tracked) {
        LOCATION_ORDER.forEach((loc, li) => {
          const levelId = `gid://shopify/InventoryLevel/${loc.id.split("/").pop()}${itemNum}?inventory_item_id=${itemNum}`;
          (item.levelIds as string[]).push(levelId);
          const q = {
            available: available[li],
            committed: committed[li],
            incoming: incoming[li],
            reserved: 0,
            damaged: 0,
            quality_control: 0,
            safety_stock: 0,
          };
          inventoryLevels.push({
            __typename: "InventoryLevel",
            id: levelId,
            itemId: item.id,
            locationId: loc.id,
            isActive: true,
            canDeactivate: li !== 0,
            createdAt: dates.created,
            updatedAt: dates.updated,
            quantitiesByName: { ...q, on_hand: q.available + q.committed + q.reserved + q.damaged + q.quality_control + q.safety_stock },
          });
        });
      }
      inventoryItems.push(item);
      const inventoryQuantity = tracked ? available.reduce((a, b) => a + b, 0) : 0;
      const price = v.price ?? p.price;
      const title = p.options[0].name === "Title" ? "Default Title" : v.options.join(" / ");
      const variant: Obj = {
        __typename: "ProductVariant",
        id: gid("ProductVariant", variantNum),
        legacyResourceId: String(variantNum),
        title,
        displayName: `${p.title} - ${title}`,
        sku: v.sku,
        barcode: `0840${String(variantNum).padStart(8, "0")}`,
        price: price.toFixed(2),
        compareAtPrice: null,
        position: vi + 1,
        inventoryQuantity,
        sellableOnlineQuantity: inventoryQuantity,
        availableForSale: !tracked || inventoryQuantity > 0,
        inventoryPolicy: "DENY",
        taxable: !p.giftCard,
        requiresComponents: false,
        showUnitPrice: false,
        selectedOptions: p.options.map((o, oi) => ({ __typename: "SelectedOption", name: o.name, value: v.options[oi] })),
        productId: gid("Product", p.num),
        inventoryItemId: item.id,
        createdAt: dates.created,
        updatedAt: dates.updated,
      };
      productVariants.push(variant);
      variants.push(variant);
    });
    const prices = productVariants.map((v) => Number(v.price));
    const totalInventory = productVariants.reduce((a, v) => a + (v.inventoryQuantity as number), 0);
    products.push({
      __typename: "Product",
      id: gid("Product", p.num),
      legacyResourceId: String(p.num),
      title: p.title,
      handle: p.handle,
      status: p.status ?? "ACTIVE",
      productType: p.productType,
      vendor: p.vendor,
      tags: p.tags,
      description: htmlText(SEED_PRODUCT_DESCRIPTIONS[p.handle] ?? p.description),
      descriptionHtml: SEED_PRODUCT_DESCRIPTIONS[p.handle] ?? `<p>${p.description}</p>`,
      metafields: (SEED_PRODUCT_METAFIELDS[p.handle] ?? []).map((m, mi) => ({
        __typename: "Metafield",
        id: gid("Metafield", p.num * 100 + mi + 1),
        namespace: "custom",
        ...m,
      })),
      isGiftCard: Boolean(p.giftCard),
      hasOnlyDefaultVariant: p.options[0].name === "Title",
      hasOutOfStockVariants: productVariants.some((v) => v.availableForSale === false),
      tracksInventory: !p.giftCard,
      totalInventory,
      onlineStoreUrl: `https://${SEED_SHOP.primaryDomainHost}/products/${p.handle}`,
      createdAt: dates.created,
      updatedAt: dates.updated,
      publishedAt: dates.created,
      options: p.options.map((o, oi) => ({
        __typename: "ProductOption",
        id: gid("ProductOption", p.num * 10 + oi + 1),
        name: o.name,
        position: oi + 1,
        values: o.values,
        optionValues: o.values.map((value, vi) => ({
          __typename: "ProductOptionValue",
          id: gid("ProductOptionValue", p.num * 100 + oi * 10 + vi + 1),
          name: value,
          hasVariants: true,
        })),
      })),
      priceRangeV2: {
        __typename: "ProductPriceRangeV2",
        minVariantPrice: money(Math.min(...prices)),
        maxVariantPrice: money(Math.max(...prices)),
      },
      seo: { __typename: "SEO", title: p.title, description: p.description },
      translations: [
        ...Object.entries(SEED_TITLE_TRANSLATIONS[p.handle] ?? {}).map(([locale, value]) => ({ key: "title", locale, value })),
        ...Object.entries(SEED_DESCRIPTION_TRANSLATIONS[p.handle] ?? {}).map(([locale, value]) => ({ key: "body_html", locale, value })),
      ].map((t) => ({ __typename: "Translation", ...t, outdated: false, updatedAt: dates.updated })),
      variantIds: productVariants.map((v) => v.id),
    });
  }

  const variantBySku = new Map(variants.map((v) => [v.sku as string, v]));
  const productById = new Map(products.map((p) => [p.id as string, p]));

  const returnReasonDefinitions: Obj[] = RETURN_REASONS.map(([handle, name], i) => ({
    __typename: "ReturnReasonDefinition",
    id: gid("ReturnReasonDefinition", i + 1),
    handle,
    name,
    deleted: false,
  }));
  const reasonByHandle = new Map(returnReasonDefinitions.map((r) => [r.handle as string, r]));

  const orders: Obj[] = ORDER_SPECS.map((s) => {
    const customer = s.customer ? SEED_CUSTOMERS[s.customer] : undefined;
    const email = s.email ?? customer!.email;
    const createdAt = at(s.createdDaysAgo);
    const lineItems = s.lines.map(([sku, quantity], li) => {
      const variant = variantBySku.get(sku);
      if (!variant) throw new Error(`seed: unknown sku ${sku}`);
      const product = productById.get(variant.productId as string)!;
      const unit = Number(variant.price);
      const fulfilled = (s.fulfillments ?? []).reduce(
        (a, f) => a + f.lines.filter(([i]) => i === li).reduce((b, [, q]) => b + q, 0),
        0,
      );
      const unfulfilled = s.cancel ? 0 : quantity - fulfilled;
      return {
        __typename: "LineItem",
        id: gid("LineItem", s.num * 100 + li + 1),
        title: product.title,
        name: variant.title === "Default Title" ? product.title : `${product.title} - ${variant.title}`,
        variantTitle: variant.title === "Default Title" ? null : variant.title,
        sku,
        vendor: product.vendor,
        quantity,
        currentQuantity: s.cancel || s.refundedAll ? 0 : quantity,
        refundableQuantity: s.refundedAll ? 0 : quantity,
        refundedQuantity: s.refundedAll ? quantity : 0,
        unfulfilledQuantity: unfulfilled,
        nonFulfillableQuantity: s.cancel ? quantity : 0,
        isGiftCard: Boolean(product.isGiftCard),
        requiresShipping: !product.isGiftCard,
        taxable: !product.isGiftCard,
        merchantEditable: !s.cancel,
        restockable: !s.cancel,
        variantId: variant.id,
        productId: product.id,
        originalUnitPriceSet: moneyBag(unit),
        discountedUnitPriceSet: moneyBag(unit),
        discountedUnitPriceAfterAllDiscountsSet: moneyBag(unit),
        originalTotalSet: moneyBag(unit * quantity),
        discountedTotalSet: moneyBag(unit * quantity),
        totalDiscountSet: moneyBag(0),
        unfulfilledOriginalTotalSet: moneyBag(unit * unfulfilled),
        unfulfilledDiscountedTotalSet: moneyBag(unit * unfulfilled),
        customAttributes: [],
        discountAllocations: [],
        taxLines: [],
        duties: [],
      };
    });
    const subtotal = round2(lineItems.reduce((a, l) => a + Number(l.originalTotalSet.shopMoney.amount), 0));
    const shippable = lineItems.some((l) => l.requiresShipping);
    const shipping = shippable && subtotal < SEED_SHOP.freeShippingThreshold ? 8 : 0;
    const taxableTotal = lineItems.filter((l) => l.taxable).reduce((a, l) => a + Number(l.originalTotalSet.shopMoney.amount), 0);
    const tax = round2(taxableTotal * 0.0825);
    const total = round2(subtotal + shipping + tax);
    const refunded = s.refundedAll ? total : 0;
    const received = s.financial === "PENDING" ? 0 : total;

    const fulfillments = (s.fulfillments ?? []).map((f, fi) => {
      const id = s.num * 10 + fi + 1;
      const inTransit = ["IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED", "ATTEMPTED_DELIVERY"].includes(f.displayStatus);
      const loc = SEED_LOCATIONS[f.location ?? "portland"];
      return {
        __typename: "Fulfillment",
        id: gid("Fulfillment", id),
        legacyResourceId: String(id),
        name: `#${s.num}.${fi + 1}`,
        status: "SUCCESS",
        displayStatus: f.displayStatus,
        createdAt: at(f.shippedDaysAgo),
        updatedAt: at(f.deliveredDaysAgo ?? Math.max(0, f.shippedDaysAgo - 1)),
        inTransitAt: inTransit ? at(f.shippedDaysAgo - 0.5) : null,
        deliveredAt: f.deliveredDaysAgo !== undefined ? at(f.deliveredDaysAgo) : null,
        estimatedDeliveryAt: f.estimatedDeliveryDaysAgo !== undefined ? at(f.estimatedDeliveryDaysAgo === 0 ? -0.2 : f.estimatedDeliveryDaysAgo) : null,
        requiresShipping: Boolean(f.tracking),
        totalQuantity: f.lines.reduce((a, [, q]) => a + q, 0),
        trackingInfo: f.tracking ? [{ __typename: "FulfillmentTrackingInfo", ...f.tracking }] : [],
        locationId: loc.id,
        orderId: gid("Order", s.num),
        fulfillmentLineItems: f.lines.map(([li, q], fli) => ({
          __typename: "FulfillmentLineItem",
          id: gid("FulfillmentLineItem", id * 100 + fli + 1),
          quantity: q,
          lineItemId: lineItems[li].id,
          originalTotalSet: moneyBag(Number(lineItems[li].originalUnitPriceSet.shopMoney.amount) * q),
          discountedTotalSet: moneyBag(Number(lineItems[li].originalUnitPriceSet.shopMoney.amount) * q),
        })),
      };
    });

    const returns = (s.returns ?? []).map((r) => ({
      __typename: "Return",
      id: gid("Return", s.num * 10 + r.num),
      name: `#${s.num}-R${r.num}`,
      status: r.status,
      createdAt: at(r.createdDaysAgo),
      closedAt: r.closedDaysAgo !== undefined ? at(r.closedDaysAgo) : null,
      requestApprovedAt: r.status === "REQUESTED" ? null : at(r.createdDaysAgo - 0.1),
      orderId: gid("Order", s.num),
      totalQuantity: r.lines.reduce((a, [, , q]) => a + q, 0),
      returnShippingFees: [],
      returnLineItems: r.lines.map(([fi, fli, quantity, reason, note], i) => {
        const definition = reasonByHandle.get(reason)!;
        return {
          __typename: "ReturnLineItem",
          id: gid("ReturnLineItem", (s.num * 10 + r.num) * 100 + i + 1),
          quantity,
          fulfillmentLineItemId: fulfillments[fi].fulfillmentLineItems[fli].id,
          returnReasonDefinitionId: definition.id,
          returnReason: reason === "size-too-large" ? "SIZE_TOO_LARGE" : reason === "color" ? "COLOR" : "OTHER",
          returnReasonNote: "",
          customerNote: note ?? null,
          processedQuantity: r.status === "CLOSED" ? quantity : 0,
          unprocessedQuantity: r.status === "CLOSED" ? 0 : quantity,
          processableQuantity: r.status === "OPEN" ? quantity : 0,
          refundedQuantity: r.status === "CLOSED" ? quantity : 0,
          refundableQuantity: r.status === "OPEN" ? quantity : 0,
        };
      }),
    }));

    return {
      __typename: "Order",
      id: gid("Order", s.num),
      legacyResourceId: String(s.num),
      number: s.num - 1000,
      name: `#${s.num}`,
      confirmationNumber: `SWB${(s.num * 7919).toString(36).toUpperCase()}`,
      email,
      phone: null,
      customerId: customer?.id ?? null,
      createdAt,
      processedAt: createdAt,
      updatedAt: at(Math.min(s.createdDaysAgo, ...(s.fulfillments ?? []).map((f) => f.deliveredDaysAgo ?? f.shippedDaysAgo))),
      cancelledAt: s.cancel ? at(s.cancel.daysAgo) : null,
      cancelReason: s.cancel?.reason ?? null,
      closed: Boolean(s.cancel) || s.fulfillmentStatus === "FULFILLED",
      closedAt: s.cancel ? at(s.cancel.daysAgo) : null,
      confirmed: true,
      test: false,
      note: s.note ?? null,
      tags: s.tags ?? [],
      currencyCode: SEED_CURRENCY,
      presentmentCurrencyCode: SEED_CURRENCY,
      displayFinancialStatus: s.financial,
      displayFulfillmentStatus: s.fulfillmentStatus,
      fullyPaid: received >= total,
      unpaid: received === 0,
      refundable: !s.refundedAll && received > 0,
      fulfillable: !s.cancel && lineItems.some((l) => l.unfulfilledQuantity > 0),
      requiresShipping: lineItems.some((l) => l.requiresShipping),
      paymentGatewayNames: s.financial === "PENDING" ? ["Net terms"] : ["shopify_payments"],
      sourceName: "web",
      subtotalLineItemsQuantity: lineItems.reduce((a, l) => a + l.quantity, 0),
      currentSubtotalLineItemsQuantity: lineItems.reduce((a, l) => a + l.currentQuantity, 0),
      subtotalPriceSet: moneyBag(subtotal),
      currentSubtotalPriceSet: moneyBag(s.refundedAll ? 0 : subtotal),
      totalShippingPriceSet: moneyBag(shipping),
      currentShippingPriceSet: moneyBag(s.refundedAll ? 0 : shipping),
      totalTaxSet: moneyBag(tax),
      currentTotalTaxSet: moneyBag(s.refundedAll ? 0 : tax),
      totalDiscountsSet: moneyBag(0),
      currentTotalDiscountsSet: moneyBag(0),
      totalPriceSet: moneyBag(total),
      originalTotalPriceSet: moneyBag(total),
      currentTotalPriceSet: moneyBag(total - refunded),
      totalRefundedSet: moneyBag(refunded),
      totalRefundedShippingSet: moneyBag(s.refundedAll ? shipping : 0),
      totalReceivedSet: moneyBag(received),
      totalOutstandingSet: moneyBag(total - received),
      netPaymentSet: moneyBag(received - refunded),
      totalCapturableSet: moneyBag(0),
      totalTipReceivedSet: moneyBag(0),
      shippingAddress: shippable ? mailingAddress(customer?.firstName ?? "Jordan", customer?.lastName ?? "Lee", s.num) : null,
      statusPageUrl: `https://${SEED_SHOP.primaryDomainHost}/orders/${(s.num * 104729).toString(16)}/authenticate`,
      lineItems,
      fulfillments,
      returns,
      refunds: refunded > 0 ? [refundRecord(s, refunded, at)] : [],
    };
  });

  const customers: Obj[] = (Object.keys(SEED_CUSTOMERS) as CustomerKey[]).map((key) => {
    const c = SEED_CUSTOMERS[key];
    const own = orders.filter((o) => o.customerId === c.id);
    const spentFromOrders = own.reduce(
      (a, o) => a + Number((o.totalReceivedSet as ReturnType<typeof moneyBag>).shopMoney.amount) - Number((o.totalRefundedSet as ReturnType<typeof moneyBag>).shopMoney.amount),
      0,
    );
    const lifetime = key === "vip" ? VIP_LIFETIME : { amountSpent: round2(spentFromOrders), numberOfOrders: own.length };
    return {
      __typename: "Customer",
      id: c.id,
      legacyResourceId: c.id.split("/").pop(),
      firstName: c.firstName,
      lastName: c.lastName,
      displayName: `${c.firstName} ${c.lastName}`,
      email: c.email,
      defaultEmailAddress: { __typename: "CustomerEmailAddress", emailAddress: c.email, marketingState: (c.tags as readonly string[]).includes("newsletter") ? "SUBSCRIBED" : "NOT_SUBSCRIBED", validFormat: true },
      phone: null,
      tags: [...c.tags],
      note: key === "wholesale" ? "Buyer at Granite Peak Outfitters (Boulder, CO). Net 30." : null,
      state: key === "new" ? "INVITED" : "ENABLED",
      verifiedEmail: key !== "new",
      taxExempt: key === "wholesale",
      locale: "en",
      amountSpent: money(lifetime.amountSpent),
      numberOfOrders: String(lifetime.numberOfOrders),
      createdAt: at(CUSTOMER_CREATED_DAYS_AGO[key]),
      updatedAt: at(Math.min(CUSTOMER_CREATED_DAYS_AGO[key], 1)),
      defaultAddress: mailingAddress(c.firstName, c.lastName, Number(c.id.split("/").pop())),
      orderIds: own.map((o) => o.id as string),
    };
  });

  const memberIds = (pred: (key: CustomerKey) => boolean) =>
    (Object.keys(SEED_CUSTOMERS) as CustomerKey[]).filter(pred).map((k) => SEED_CUSTOMERS[k].id as string);
  const customerByKey = (k: CustomerKey) => customers.find((c) => c.id === SEED_CUSTOMERS[k].id)!;
  const segments = [
    { ...SEED_SEGMENTS.vip, members: memberIds((k) => (SEED_CUSTOMERS[k].tags as readonly string[]).includes("VIP")), days: 300 },
    { ...SEED_SEGMENTS.wholesale, members: memberIds((k) => (SEED_CUSTOMERS[k].tags as readonly string[]).includes("wholesale")), days: 200 },
    { ...SEED_SEGMENTS.repeat, members: memberIds((k) => Number(customerByKey(k).numberOfOrders) >= 2), days: 100 },
    { ...SEED_SEGMENTS.newCustomers, members: memberIds((k) => CUSTOMER_CREATED_DAYS_AGO[k] <= 30), days: 30 },
  ].map((s) => ({
    __typename: "Segment",
    id: s.id,
    name: s.name,
    query: s.query,
    creationDate: at(s.days),
    lastEditDate: at(s.days),
    memberIds: s.members,
  }));

  const numericShopId = [...shopDomain].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 1_000_000_000, 7);
  const shop: Obj = {
    __typename: "Shop",
    id: gid("Shop", numericShopId),
    name: SEED_SHOP.name,
    email: SEED_SHOP.email,
    contactEmail: SEED_SHOP.contactEmail,
    shopOwnerName: "Avery Quinn",
    description: "Trail-tested apparel and outdoor gear, shipped from Portland, Oregon.",
    currencyCode: SEED_SHOP.currencyCode,
    enabledPresentmentCurrencies: [SEED_SHOP.currencyCode],
    myshopifyDomain: shopDomain,
    ianaTimezone: SEED_SHOP.ianaTimezone,
    timezoneAbbreviation: "PST",
    timezoneOffset: "-0800",
    timezoneOffsetMinutes: -480,
    weightUnit: "POUNDS",
    unitSystem: "IMPERIAL_SYSTEM",
    taxesIncluded: false,
    taxShipping: false,
    setupRequired: false,
    checkoutApiSupported: true,
    transactionalSmsDisabled: false,
    marketingSmsConsentEnabledAtCheckout: false,
    orderNumberFormatPrefix: "#",
    orderNumberFormatSuffix: "",
    shipsToCountries: ["US", "CA"],
    url: `https://${SEED_SHOP.primaryDomainHost}`,
    primaryDomain: {
      __typename: "Domain",
      id: gid("Domain", 1),
      host: SEED_SHOP.primaryDomainHost,
      url: `https://${SEED_SHOP.primaryDomainHost}`,
      sslEnabled: true,
    },
    shopAddress: {
      __typename: "ShopAddress",
      id: gid("ShopAddress", 1),
      ...LOCATION_ADDRESSES[0],
      country: "United States",
      countryCodeV2: "US",
      phone: SEED_SHOP.phone,
      formatted: ["2150 NW Front Ave", "Portland OR 97209", "United States"],
      coordinatesValidated: true,
    },
    plan: { __typename: "ShopPlan", displayName: "Basic", partnerDevelopment: false, shopifyPlus: false, publicDisplayName: "Basic" },
    shopPolicies: POLICIES.map((p, i) => ({
      __typename: "ShopPolicy",
      id: gid("ShopPolicy", 2001 + i),
      type: p.type,
      title: p.title,
      body: p.body,
      url: `https://${SEED_SHOP.primaryDomainHost}/policies/${p.handle}`,
      createdAt: at(900),
      updatedAt: at(45),
      translations: (POLICY_TRANSLATIONS[p.type] ?? []).map((tr) => ({ __typename: "Translation", ...tr, market: null, updatedAt: at(tr.outdated ? 120 : 30) })),
    })),
    customerAccountsV2: seedCustomerAccounts(numericShopId),
    createdAt: dates.created,
    updatedAt: dates.updated,
  };

  return {
    pages: seedPages(`https://${SEED_SHOP.primaryDomainHost}`, at),
    discountNodes: seedDiscounts(now),
    deliveryProfiles: seedDeliveryProfiles(),
    now,
    shop,
    locations,
    products,
    variants,
    inventoryItems,
    inventoryLevels,
    customers,
    segments,
    orders,
    returnReasonDefinitions,
    themes: seedThemes(dates),
    nextIds: { return: 5001, returnLineItem: 500101, job: 1 },
  };
}

function mailingAddress(firstName: string, lastName: string, seed: number) {
  const streets = ["418 Alder St", "77 Pearl St", "1290 Mission Blvd", "9 Cedar Ln", "3510 Baker Ave"];
  const cities: [string, string, string, string][] = [
    ["Seattle", "Washington", "WA", "98101"],
    ["Boulder", "Colorado", "CO", "80302"],
    ["San Diego", "California", "CA", "92109"],
    ["Bend", "Oregon", "OR", "97701"],
    ["Missoula", "Montana", "MT", "59801"],
  ];
  const [city, province, provinceCode, zip] = cities[seed % cities.length];
  const address1 = streets[seed % streets.length];
  return {
    __typename: "MailingAddress",
    id: gid("MailingAddress", seed),
    firstName,
    lastName,
    name: `${firstName} ${lastName}`,
    address1,
    address2: null,
    city,
    province,
    provinceCode,
    zip,
    country: "United States",
    countryCodeV2: "US",
    formatted: [address1, `${city} ${provinceCode} ${zip}`, "United States"],
    formattedArea: `${city} ${provinceCode}, United States`,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Themes: the live theme with the help bubble's app embed turned on (as the demo storefront shows it), and an
// unpublished copy. Shopify writes settings_data.json with a comment header, so the seed does too.

export const SEED_APP_EMBED_BLOCK_TYPE = "shopify://apps/switchboard/blocks/help-bubble/5c4f0c2e-7a51-4a4e-9d1c-1f3e2b7d9a10";
export const SEED_THEMES = {
  main: { id: gid("OnlineStoreTheme", 120001), name: "Dawn" },
  draft: { id: gid("OnlineStoreTheme", 120002), name: "Dawn (holiday draft)" },
};

/** settings_data.json as Shopify stores it, with the Switchboard embed on or off. */
export function themeSettingsData(embedEnabled: boolean): string {
  const data = {
    current: {
      colors_solid_button_labels: "#FFFFFF",
      blocks: {
        "1234567890123456789": { type: SEED_APP_EMBED_BLOCK_TYPE, disabled: !embedEnabled, settings: { accent_color: "#1a1a1a", position: "right" } },
        "9876543210987654321": { type: "shopify://apps/another-app/blocks/reviews/0e6c3a4e-1111-4c2b-9a9f-000000000001", disabled: false, settings: {} },
      },
      sections: {},
    },
    presets: { Default: { colors_solid_button_labels: "#FFFFFF" } },
  };
  return `/*\n * ------------------------------------------------------------\n * IMPORTANT: The contents of this file are auto-generated.\n * ------------------------------------------------------------\n */\n${JSON.stringify(data, null, 2)}\n`;
}

function seedThemes(dates: { created: string; updated: string }): Obj[] {
  const file = (filename: string, content: string): Obj => ({
    __typename: "OnlineStoreThemeFile",
    filename,
    contentType: "application/json",
    checksumMd5: null,
    size: String(content.length),
    createdAt: dates.created,
    updatedAt: dates.updated,
    body: { __typename: "OnlineStoreThemeFileBodyText", content },
  });
  const theme = (t: { id: string; name: string }, role: string, embedEnabled: boolean): Obj => ({
    __typename: "OnlineStoreTheme",
    ...t,
    role,
    prefix: "/t/1",
    processing: false,
    processingFailed: false,
    themeStoreId: 887,
    createdAt: dates.created,
    updatedAt: dates.updated,
    files: [file("config/settings_data.json", themeSettingsData(embedEnabled)), file("config/settings_schema.json", "[]")],
  });
  return [theme(SEED_THEMES.main, "MAIN", true), theme(SEED_THEMES.draft, "UNPUBLISHED", false)];
}

/** One refund back to the card the order was paid with, dated with the cancellation, the closed return or a week after the order. */
function refundRecord(s: OrderSpec, amount: number, at: (daysAgo: number) => string): Obj {
  const daysAgo = s.cancel?.daysAgo ?? s.returns?.find((r) => r.closedDaysAgo !== undefined)?.closedDaysAgo ?? Math.max(0, s.createdDaysAgo - 4);
  const processedAt = at(daysAgo);
  return {
    __typename: "Refund",
    id: gid("Refund", s.num * 10 + 1),
    legacyResourceId: String(s.num * 10 + 1),
    createdAt: processedAt,
    processedAt,
    updatedAt: processedAt,
    note: null,
    totalRefundedSet: moneyBag(amount),
    transactions: [
      {
        __typename: "OrderTransaction",
        id: gid("OrderTransaction", s.num * 100 + 2),
        kind: "REFUND",
        status: "SUCCESS",
        gateway: "shopify_payments",
        formattedGateway: "Shopify Payments",
        createdAt: processedAt,
        processedAt,
        test: false,
        amountSet: moneyBag(amount),
        paymentDetails: { __typename: "CardPaymentDetails", company: "Visa", number: "•••• •••• •••• 4242", name: null },
      },
    ],
  };
}
