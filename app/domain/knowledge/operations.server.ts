// The Admin operations grounded answers read: product content and pages (the index), automatic discounts and a
// public code's status, delivery profiles (rates per zone), and the shop's customer-account setup.

/** One page of active products with what shoppers ask about: description, options, metafields, translations. */
export const SHOP_CONTENT_PRODUCTS_QUERY = `#graphql
  query ShopContentProducts($first: Int!, $after: String) {
    products(first: $first, after: $after, query: "status:active", sortKey: ID) {
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        handle
        title
        productType
        vendor
        onlineStoreUrl
        updatedAt
        descriptionHtml
        options { name optionValues { name } }
        metafields(first: 15) { nodes { namespace key type value } }
        # Published translations in the other languages the bot speaks, in this same request (no call per locale):
        # the title and description (body_html) a shopper writing that language is answered from first.
        fr: translations(locale: "fr") { key value }
        de: translations(locale: "de") { key value }
        es: translations(locale: "es") { key value }
      }
    }
  }
`;

/** Published online-store pages (FAQ, size guide, care instructions...). */
export const SHOP_CONTENT_PAGES_QUERY = `#graphql
  query ShopContentPages($first: Int!, $after: String) {
    shop { primaryDomain { url } }
    pages(first: $first, after: $after, query: "published_status:published", sortKey: ID) {
      pageInfo { hasNextPage endCursor }
      nodes { id handle title body updatedAt }
    }
  }
`;

/** Active automatic discounts: applied at checkout without a code, so safe to explain. */
export const AUTOMATIC_DISCOUNTS_QUERY = `#graphql
  query ActiveAutomaticDiscounts($first: Int!) {
    discountNodes(first: $first, query: "method:automatic AND status:active") {
      nodes {
        id
        discount {
          __typename
          ... on DiscountAutomaticBasic { title summary startsAt endsAt status }
          ... on DiscountAutomaticBxgy { title summary startsAt endsAt status }
          ... on DiscountAutomaticFreeShipping { title summary startsAt endsAt status }
          ... on DiscountAutomaticApp { title startsAt endsAt status }
        }
      }
    }
  }
`;

/** A code the merchant marked public: shown only while Shopify says it is active. */
export const PUBLIC_DISCOUNT_CODE_QUERY = `#graphql
  query PublicDiscountCode($code: String!) {
    codeDiscountNodeByCode(code: $code) {
      id
      codeDiscount {
        __typename
        ... on DiscountCodeBasic { title summary startsAt endsAt status }
        ... on DiscountCodeBxgy { title summary startsAt endsAt status }
        ... on DiscountCodeFreeShipping { title summary startsAt endsAt status }
      }
    }
  }
`;

/** Delivery profiles: which countries each zone covers and the rates (name, price, conditions) offered there. */
export const DELIVERY_PROFILES_QUERY = `#graphql
  query DeliveryProfilesForAnswers {
    deliveryProfiles(first: 3, merchantOwnedOnly: true) {
      nodes {
        id
        name
        default
        profileLocationGroups {
          locationGroupZones(first: 10) {
            nodes {
              zone { name countries { name code { countryCode restOfWorld } } }
              methodDefinitions(first: 5) {
                nodes {
                  name
                  description
                  active
                  rateProvider { __typename ... on DeliveryRateDefinition { price { amount currencyCode } } }
                  methodConditions {
                    field
                    operator
                    conditionCriteria { __typename ... on MoneyV2 { amount currencyCode } }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

/** Which customer accounts the shop uses (new or classic) and where they live. */
export const SHOP_ACCOUNTS_QUERY = `#graphql
  query ShopAccountsForAnswers {
    shop {
      name
      primaryDomain { url }
      customerAccountsV2 { customerAccountsVersion url loginRequiredAtCheckout }
      shopPolicies { type url }
    }
  }
`;
