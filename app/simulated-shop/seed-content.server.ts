/* eslint-disable @typescript-eslint/no-explicit-any -- seed objects are loosely typed GraphQL-shaped records */
// The seed's shop content for grounded answers: full product descriptions (HTML, as merchants write them),
// product metafields, online-store pages (FAQ, size guide, care and warranty), automatic and code discounts,
// delivery profiles and customer-account settings. Kept apart from seed.server.ts so the catalogue's stock facts
// and the content shoppers read can change independently.

type Obj = Record<string, any> & { __typename: string };
const gid = (type: string, id: number | string) => `gid://shopify/${type}/${id}`;
const DAY_MS = 86_400_000;

/** Product handle -> description HTML. Facts here are what the eval labels point at. */
export const SEED_PRODUCT_DESCRIPTIONS: Record<string, string> = {
  "trail-runner-shoe":
    "<p>A grippy, cushioned trail shoe with a rock plate and a breathable recycled mesh upper.</p>" +
    "<h3>Materials</h3><p>The upper is made from 100% recycled polyester mesh with a TPU toe cap. " +
    "The outsole is Vibram Megagrip rubber with 5 mm lugs.</p>" +
    "<h3>Fit</h3><p>The Trail Runner fits true to size with a roomy toe box. " +
    "If you are between sizes or wear thick socks, we recommend going half a size up.</p>" +
    "<h3>Specs</h3><ul><li>Heel-to-toe drop is 6 mm.</li><li>Each shoe weighs 290 g (size 9).</li>" +
    "<li>The shoe is not waterproof; the mesh drains and dries quickly after stream crossings.</li></ul>" +
    "<h3>Care</h3><p>Hand wash with cold water and a soft brush, then air dry away from direct heat. Do not put the shoes in the washing machine or the dryer.</p>" +
    "<p>The insole is removable and works with most custom orthotics.</p>" +
    "<script>window.trackPdp && trackPdp('trail-runner');</script>",
  "merino-wool-beanie":
    "<p>A soft, itch-free beanie knit from 100% responsibly sourced merino wool.</p>" +
    "<p>One size fits most adults: it stretches to fit head circumferences from 54 to 61 cm.</p>" +
    "<p>Care: machine wash cold on a wool cycle and lay flat to dry. Do not tumble dry.</p>" +
    "<p>The merino comes from mulesing-free farms in New Zealand.</p>",
  "canvas-weekender-bag":
    "<p>A 45 L waxed-canvas duffel with leather handles and a padded shoe compartment.</p>" +
    "<p>The bag measures 55 x 35 x 23 cm and weighs 1.6 kg empty.</p>" +
    "<p>At 55 x 35 x 23 cm it fits the carry-on size limits of most airlines, including overhead bins; " +
    "it does not fit under the seat in front of you.</p>" +
    "<p>Included: a detachable padded shoulder strap and a zip pouch for toiletries.</p>" +
    "<p>The waxed canvas is water resistant, not waterproof. Re-wax it once a year with the included wax bar to keep it that way.</p>" +
    "<p>The bag is covered by our lifetime warranty against defects in materials and workmanship.</p>",
  "alpine-down-jacket":
    "<p>An 800-fill responsibly sourced down jacket that packs into its own pocket.</p>" +
    "<p>The shell is 20D recycled ripstop nylon with a DWR finish; the down is RDS-certified goose down.</p>" +
    "<p>It is rated for active use down to -15 °C; for standing around in colder weather, layer it under a shell.</p>" +
    "<p>Fit: a regular fit with room for a fleece underneath. The model is 185 cm tall and wears a size M.</p>" +
    "<p>Care: machine wash cold on a gentle cycle with a down-specific detergent, then tumble dry low with two clean tennis balls.</p>" +
    "<p>The jacket weighs 380 g in size M and packs into its left hand pocket.</p>",
  "gift-card":
    "<p>Delivered by email with instructions to redeem at checkout. Gift cards never expire.</p>" +
    "<p>Gift cards can be used online and in our Denver Flagship Store.</p>",
  "summit-trekking-poles":
    "<p>Carbon-fibre, cork-grip trekking poles with flick locks. Sold as a pair.</p>" +
    "<p>The poles adjust from 105 to 135 cm and collapse to 62 cm for packing.</p>" +
    "<p>Each pole weighs 215 g.</p>" +
    "<p>Included: rubber tips for pavement, trekking baskets and snow baskets.</p>" +
    "<p>The carbon shafts carry a 2-year warranty; tips and baskets are wear parts and are not covered.</p>",
  "insulated-camp-mug":
    "<p>A 12 oz double-walled steel mug with a sliding lid that keeps coffee hot for hours.</p>" +
    "<p>The mug is 18/8 stainless steel with a BPA-free lid.</p>" +
    "<p>The mug is dishwasher safe; the lid should be washed by hand.</p>" +
    "<p>It keeps drinks hot for 4 hours and cold for 8 hours with the lid closed.</p>" +
    "<p>It is not safe for the microwave.</p>",
  "ridge-rain-shell":
    "<p>A 3-layer waterproof, breathable shell with pit zips and a helmet-compatible hood.</p>" +
    "<p>The membrane is rated 20,000 mm waterproof and 20,000 g/m²/24 h breathable, and all seams are fully taped.</p>" +
    "<p>Fit: an athletic fit that leaves room for a light insulating layer. Size up if you want to wear it over a down jacket.</p>" +
    "<p>Care: machine wash warm with a technical wash, then tumble dry low to reactivate the DWR finish.</p>" +
    "<p>The shell packs into its chest pocket and weighs 340 g.</p>",
};

/** Product handle -> metafields (namespace custom), the structured facts some merchants keep besides the description. */
export const SEED_PRODUCT_METAFIELDS: Record<string, Array<{ key: string; type: string; value: string }>> = {
  "trail-runner-shoe": [
    { key: "material", type: "single_line_text_field", value: "Recycled polyester mesh upper, Vibram Megagrip outsole" },
    { key: "warranty", type: "single_line_text_field", value: "1 year against manufacturing defects" },
  ],
  "alpine-down-jacket": [
    { key: "fill_power", type: "single_line_text_field", value: "800" },
    { key: "warranty", type: "single_line_text_field", value: "Lifetime warranty against defects" },
  ],
  "insulated-camp-mug": [{ key: "capacity", type: "single_line_text_field", value: "12 oz (355 ml)" }],
  "ridge-rain-shell": [{ key: "warranty", type: "single_line_text_field", value: "2 years against manufacturing defects" }],
};

export const SEED_PAGES = [
  {
    num: 8101,
    handle: "faq",
    title: "FAQ",
    body:
      "<h2>Frequently asked questions</h2>" +
      "<h3>Do you offer a warranty?</h3><p>All our own-brand gear is covered against defects in materials and workmanship for 1 year from delivery, unless the product page says otherwise. Send a photo of the defect to support@switchboard-demo.example and we will repair or replace the item.</p>" +
      "<h3>Can I pick up my order in store?</h3><p>Yes, choose local pickup at checkout to collect your order from our Denver Flagship Store. We email you when it is ready, usually within 2 hours during opening hours.</p>" +
      "<h3>Do you repair gear?</h3><p>We repair zips, seams and buckles on our own-brand gear for a flat fee of $15 plus return shipping.</p>" +
      "<h3>Where are your products made?</h3><p>Our apparel is designed in Portland and made by partner factories in Portugal and Vietnam.</p>" +
      "<h3>Do you sell gift wrapping?</h3><p>Gift wrapping is available at checkout for $5 per order, and we leave prices off the packing slip.</p>" +
      "<script>document.write('<img src=x onerror=alert(1)>')</script><style>.faq{color:red}</style>",
  },
  {
    num: 8102,
    handle: "size-guide",
    title: "Size guide",
    body:
      "<h2>Size guide</h2>" +
      "<h3>Footwear</h3><p>Our shoes use US men's sizing. A US 9 fits a foot length of 27 cm; each half size adds about 0.4 cm.</p>" +
      "<h3>Jackets</h3><p>Size S fits a chest of 88-96 cm, size M 96-104 cm and size L 104-112 cm.</p>" +
      "<p>Measure around the fullest part of your chest with your arms relaxed.</p>",
  },
  {
    num: 8103,
    handle: "care-and-materials",
    title: "Care and materials",
    body:
      "<h2>Care and materials</h2>" +
      "<p>Wash waterproof shells with a technical wash; regular detergent clogs the membrane.</p>" +
      "<p>Never iron down or waterproof gear.</p>" +
      "<p>We use recycled polyester and nylon wherever we can, and all our down is RDS-certified.</p>",
  },
];

export function seedPages(shopUrl: string, at: (daysAgo: number) => string): Obj[] {
  return SEED_PAGES.map((p) => ({
    __typename: "Page",
    id: gid("Page", p.num),
    handle: p.handle,
    title: p.title,
    body: p.body,
    bodySummary: p.body.replace(/<[^>]*>/g, " ").slice(0, 150),
    isPublished: true,
    publishedAt: at(300),
    createdAt: at(400),
    updatedAt: at(20),
    templateSuffix: null,
    onlineStoreUrl: `${shopUrl}/pages/${p.handle}`,
  }));
}

/** Automatic discounts (explained freely) and code discounts (never revealed unless the merchant marks one public). */
export const SEED_DISCOUNTS = {
  hatsAutomatic: { num: 9501, title: "Winter hats 15% off", summary: "15% off Hats • Minimum purchase of $40.00", endsInDays: 20 },
  freeShippingAutomatic: { num: 9502, title: "Free shipping over $100", summary: "Free shipping on all products • Minimum purchase of $100.00 • For United States", endsInDays: null },
  welcomeCode: { num: 9503, code: "WELCOME10", title: "WELCOME10", summary: "10% off entire order • One use per customer", endsInDays: null },
  trailCode: { num: 9504, code: "TRAIL15", title: "TRAIL15", summary: "15% off Shoes • Minimum purchase of $100.00", endsInDays: 10 },
  expiredAutomatic: { num: 9505, title: "Summer sale", summary: "20% off entire order", endsInDays: -30 },
} as const;

export function seedDiscounts(now: Date): Obj[] {
  const iso = (days: number | null) => (days === null ? null : new Date(now.getTime() + days * DAY_MS).toISOString());
  const started = new Date(now.getTime() - 10 * DAY_MS).toISOString();
  const d = SEED_DISCOUNTS;
  const status = (endsInDays: number | null) => (endsInDays !== null && endsInDays < 0 ? "EXPIRED" : "ACTIVE");
  const auto = (x: { num: number; title: string; summary: string; endsInDays: number | null }, typename: string) => ({
    __typename: "DiscountNode",
    id: gid("DiscountAutomaticNode", x.num),
    method: "automatic",
    discount: { __typename: typename, title: x.title, summary: x.summary, startsAt: started, endsAt: iso(x.endsInDays), status: status(x.endsInDays) },
  });
  const code = (x: { num: number; code: string; title: string; summary: string; endsInDays: number | null }) => ({
    __typename: "DiscountNode",
    id: gid("DiscountCodeNode", x.num),
    method: "code",
    code: x.code,
    discount: { __typename: "DiscountCodeBasic", title: x.title, summary: x.summary, startsAt: started, endsAt: iso(x.endsInDays), status: status(x.endsInDays) },
  });
  return [
    auto(d.hatsAutomatic, "DiscountAutomaticBasic"),
    auto(d.freeShippingAutomatic, "DiscountAutomaticFreeShipping"),
    auto(d.expiredAutomatic, "DiscountAutomaticBasic"),
    code(d.welcomeCode),
    code(d.trailCode),
  ];
}

/** One general delivery profile: domestic and Canada zones, rates named with their delivery times as merchants do. */
export function seedDeliveryProfiles(): Obj[] {
  const money = (amount: number) => ({ __typename: "MoneyV2", amount: amount.toFixed(2), currencyCode: "USD" });
  const method = (id: number, name: string, price: number, conditions: Obj[] = []) => ({
    __typename: "DeliveryMethodDefinition",
    id: gid("DeliveryMethodDefinition", id),
    name,
    description: null,
    active: true,
    rateProvider: { __typename: "DeliveryRateDefinition", id: gid("DeliveryRateDefinition", id), price: money(price) },
    methodConditions: conditions,
  });
  const minTotal = (id: number, amount: number) => ({
    __typename: "DeliveryCondition",
    id: gid("DeliveryCondition", id),
    field: "TOTAL_PRICE",
    operator: "GREATER_THAN_OR_EQUAL_TO",
    conditionCriteria: money(amount),
  });
  const maxTotal = (id: number, amount: number) => ({ ...minTotal(id, amount), operator: "LESS_THAN_OR_EQUAL_TO" });
  const country = (id: number, code: string, name: string) => ({
    __typename: "DeliveryCountry",
    id: gid("DeliveryCountry", id),
    name,
    translatedName: name,
    code: { __typename: "DeliveryCountryCodeOrRestOfWorld", countryCode: code, restOfWorld: false },
    provinces: [],
  });
  const zone = (id: number, name: string, countries: Obj[], methods: Obj[]) => ({
    __typename: "DeliveryLocationGroupZone",
    zone: { __typename: "DeliveryZone", id: gid("DeliveryZone", id), name, countries },
    methodDefinitions: methods,
  });
  return [
    {
      __typename: "DeliveryProfile",
      id: gid("DeliveryProfile", 7701),
      name: "General profile",
      default: true,
      profileLocationGroups: [
        {
          __typename: "DeliveryProfileLocationGroup",
          locationGroupZones: [
            zone(7711, "Domestic", [country(7721, "US", "United States")], [
              method(7731, "Standard (3-5 business days)", 8, [maxTotal(7741, 99.99)]),
              method(7732, "Free Standard (3-5 business days)", 0, [minTotal(7742, 100)]),
              method(7733, "Expedited (1-2 business days)", 24),
            ]),
            zone(7712, "Canada", [country(7722, "CA", "Canada")], [
              method(7734, "Standard International (5-8 business days)", 15),
              method(7735, "Express International (2-4 business days)", 35),
            ]),
          ],
        },
      ],
    },
  ];
}

/** New customer accounts (Shopify's current default); tests switch a shop to classic accounts. */
export function seedCustomerAccounts(numericShopId: number): Obj {
  return {
    __typename: "CustomerAccountsV2",
    customerAccountsVersion: "NEW_CUSTOMER_ACCOUNTS",
    url: `https://shopify.com/${numericShopId}/account`,
    loginRequiredAtCheckout: false,
    loginLinksVisibleOnStorefrontAndCheckout: true,
  };
}
