/* eslint-disable eslint-comments/disable-enable-pair */
/* eslint-disable eslint-comments/no-unlimited-disable */
/* eslint-disable */
import type * as AdminTypes from './admin.types.js';

export type InboxCustomerCardQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type InboxCustomerCardQuery = { customer?: AdminTypes.Maybe<(
    Pick<AdminTypes.Customer, 'id' | 'displayName' | 'firstName' | 'numberOfOrders' | 'tags' | 'createdAt'>
    & { defaultEmailAddress?: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'emailAddress'>>, amountSpent: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'>, orders: { nodes: Array<(
        Pick<AdminTypes.Order, 'id' | 'name' | 'createdAt' | 'displayFinancialStatus' | 'displayFulfillmentStatus'>
        & { totalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      )> } }
  )>, segments: { nodes: Array<Pick<AdminTypes.Segment, 'id' | 'name'>> } };

export type InboxCustomerSegmentsQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  segmentIds: Array<AdminTypes.Scalars['ID']['input']> | AdminTypes.Scalars['ID']['input'];
}>;


export type InboxCustomerSegmentsQuery = { customerSegmentMembership: { memberships: Array<Pick<AdminTypes.SegmentMembership, 'segmentId' | 'isMember'>> } };

export type InboxCustomerSearchQueryVariables = AdminTypes.Exact<{
  query: AdminTypes.Scalars['String']['input'];
}>;


export type InboxCustomerSearchQuery = { customers: { nodes: Array<Pick<AdminTypes.Customer, 'id'>> } };

export type ShopContentProductsQueryVariables = AdminTypes.Exact<{
  first: AdminTypes.Scalars['Int']['input'];
  after?: AdminTypes.InputMaybe<AdminTypes.Scalars['String']['input']>;
}>;


export type ShopContentProductsQuery = { products: { pageInfo: Pick<AdminTypes.PageInfo, 'hasNextPage' | 'endCursor'>, nodes: Array<(
      Pick<AdminTypes.Product, 'id' | 'handle' | 'title' | 'productType' | 'vendor' | 'onlineStoreUrl' | 'updatedAt' | 'descriptionHtml'>
      & { options: Array<(
        Pick<AdminTypes.ProductOption, 'name'>
        & { optionValues: Array<Pick<AdminTypes.ProductOptionValue, 'name'>> }
      )>, metafields: { nodes: Array<Pick<AdminTypes.Metafield, 'namespace' | 'key' | 'type' | 'value'>> }, fr: Array<Pick<AdminTypes.Translation, 'key' | 'value'>>, de: Array<Pick<AdminTypes.Translation, 'key' | 'value'>>, es: Array<Pick<AdminTypes.Translation, 'key' | 'value'>> }
    )> } };

export type ShopContentPagesQueryVariables = AdminTypes.Exact<{
  first: AdminTypes.Scalars['Int']['input'];
  after?: AdminTypes.InputMaybe<AdminTypes.Scalars['String']['input']>;
}>;


export type ShopContentPagesQuery = { shop: { primaryDomain: Pick<AdminTypes.Domain, 'url'> }, pages: { pageInfo: Pick<AdminTypes.PageInfo, 'hasNextPage' | 'endCursor'>, nodes: Array<Pick<AdminTypes.Page, 'id' | 'handle' | 'title' | 'body' | 'updatedAt'>> } };

export type ActiveAutomaticDiscountsQueryVariables = AdminTypes.Exact<{
  first: AdminTypes.Scalars['Int']['input'];
}>;


export type ActiveAutomaticDiscountsQuery = { discountNodes: { nodes: Array<(
      Pick<AdminTypes.DiscountNode, 'id'>
      & { discount: (
        { __typename: 'DiscountAutomaticApp' }
        & Pick<AdminTypes.DiscountAutomaticApp, 'title' | 'startsAt' | 'endsAt' | 'status'>
      ) | (
        { __typename: 'DiscountAutomaticBasic' }
        & Pick<AdminTypes.DiscountAutomaticBasic, 'title' | 'summary' | 'startsAt' | 'endsAt' | 'status'>
      ) | (
        { __typename: 'DiscountAutomaticBxgy' }
        & Pick<AdminTypes.DiscountAutomaticBxgy, 'title' | 'summary' | 'startsAt' | 'endsAt' | 'status'>
      ) | (
        { __typename: 'DiscountAutomaticFreeShipping' }
        & Pick<AdminTypes.DiscountAutomaticFreeShipping, 'title' | 'summary' | 'startsAt' | 'endsAt' | 'status'>
      ) | { __typename: 'DiscountCodeApp' | 'DiscountCodeBasic' | 'DiscountCodeBxgy' | 'DiscountCodeFreeShipping' } }
    )> } };

export type PublicDiscountCodeQueryVariables = AdminTypes.Exact<{
  code: AdminTypes.Scalars['String']['input'];
}>;


export type PublicDiscountCodeQuery = { codeDiscountNodeByCode?: AdminTypes.Maybe<(
    Pick<AdminTypes.DiscountCodeNode, 'id'>
    & { codeDiscount: { __typename: 'DiscountCodeApp' } | (
      { __typename: 'DiscountCodeBasic' }
      & Pick<AdminTypes.DiscountCodeBasic, 'title' | 'summary' | 'startsAt' | 'endsAt' | 'status'>
    ) | (
      { __typename: 'DiscountCodeBxgy' }
      & Pick<AdminTypes.DiscountCodeBxgy, 'title' | 'summary' | 'startsAt' | 'endsAt' | 'status'>
    ) | (
      { __typename: 'DiscountCodeFreeShipping' }
      & Pick<AdminTypes.DiscountCodeFreeShipping, 'title' | 'summary' | 'startsAt' | 'endsAt' | 'status'>
    ) }
  )> };

export type DeliveryProfilesForAnswersQueryVariables = AdminTypes.Exact<{ [key: string]: never; }>;


export type DeliveryProfilesForAnswersQuery = { deliveryProfiles: { nodes: Array<(
      Pick<AdminTypes.DeliveryProfile, 'id' | 'name' | 'default'>
      & { profileLocationGroups: Array<{ locationGroupZones: { nodes: Array<{ zone: (
              Pick<AdminTypes.DeliveryZone, 'name'>
              & { countries: Array<(
                Pick<AdminTypes.DeliveryCountry, 'name'>
                & { code: Pick<AdminTypes.DeliveryCountryCodeOrRestOfWorld, 'countryCode' | 'restOfWorld'> }
              )> }
            ), methodDefinitions: { nodes: Array<(
                Pick<AdminTypes.DeliveryMethodDefinition, 'name' | 'description' | 'active'>
                & { rateProvider: { __typename: 'DeliveryParticipant' } | (
                  { __typename: 'DeliveryRateDefinition' }
                  & { price: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }
                ), methodConditions: Array<(
                  Pick<AdminTypes.DeliveryCondition, 'field' | 'operator'>
                  & { conditionCriteria: (
                    { __typename: 'MoneyV2' }
                    & Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'>
                  ) | { __typename: 'Weight' } }
                )> }
              )> } }> } }> }
    )> } };

export type ShopAccountsForAnswersQueryVariables = AdminTypes.Exact<{ [key: string]: never; }>;


export type ShopAccountsForAnswersQuery = { shop: (
    Pick<AdminTypes.Shop, 'name'>
    & { primaryDomain: Pick<AdminTypes.Domain, 'url'>, customerAccountsV2: Pick<AdminTypes.CustomerAccountsV2, 'customerAccountsVersion' | 'url' | 'loginRequiredAtCheckout'>, shopPolicies: Array<Pick<AdminTypes.ShopPolicy, 'type' | 'url'>> }
  ) };

export type BackInStockVariantQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type BackInStockVariantQuery = { productVariant?: AdminTypes.Maybe<(
    Pick<AdminTypes.ProductVariant, 'id' | 'title'>
    & { product: Pick<AdminTypes.Product, 'title' | 'handle' | 'onlineStoreUrl'> }
  )> };

export type NotificationContactQueryVariables = AdminTypes.Exact<{ [key: string]: never; }>;


export type NotificationContactQuery = { shop: Pick<AdminTypes.Shop, 'name' | 'email' | 'contactEmail' | 'url'> };

export type AutomationSegmentsQueryVariables = AdminTypes.Exact<{
  first: AdminTypes.Scalars['Int']['input'];
}>;


export type AutomationSegmentsQuery = { segments: { edges: Array<{ node: Pick<AdminTypes.Segment, 'id' | 'name'> }> } };

export type SetupShopQueryVariables = AdminTypes.Exact<{ [key: string]: never; }>;


export type SetupShopQuery = { shop: Pick<AdminTypes.Shop, 'ianaTimezone' | 'email'> };

export type MainThemeSettingsQueryVariables = AdminTypes.Exact<{ [key: string]: never; }>;


export type MainThemeSettingsQuery = { themes?: AdminTypes.Maybe<{ nodes: Array<(
      Pick<AdminTypes.OnlineStoreTheme, 'id' | 'name'>
      & { files?: AdminTypes.Maybe<{ nodes: Array<(
          Pick<AdminTypes.OnlineStoreThemeFile, 'filename'>
          & { body: Pick<AdminTypes.OnlineStoreThemeFileBodyText, 'content'> }
        )> }> }
    )> }> };

export type CatalogueForUnderstandingQueryVariables = AdminTypes.Exact<{
  first: AdminTypes.Scalars['Int']['input'];
}>;


export type CatalogueForUnderstandingQuery = { products: { nodes: Array<(
      Pick<AdminTypes.Product, 'id' | 'handle' | 'title' | 'productType'>
      & { options: Array<{ optionValues: Array<Pick<AdminTypes.ProductOptionValue, 'name'>> }>, en: Array<Pick<AdminTypes.Translation, 'key' | 'value'>>, fr: Array<Pick<AdminTypes.Translation, 'key' | 'value'>>, de: Array<Pick<AdminTypes.Translation, 'key' | 'value'>>, es: Array<Pick<AdminTypes.Translation, 'key' | 'value'>> }
    )> } };

export type CustomerProfileQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  segmentIds: Array<AdminTypes.Scalars['ID']['input']> | AdminTypes.Scalars['ID']['input'];
  withSegments: AdminTypes.Scalars['Boolean']['input'];
}>;


export type CustomerProfileQuery = { customer?: AdminTypes.Maybe<(
    Pick<AdminTypes.Customer, 'id' | 'numberOfOrders' | 'tags'>
    & { amountSpent: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }
  )>, customerSegmentMembership?: { memberships: Array<Pick<AdminTypes.SegmentMembership, 'segmentId' | 'isMember'>> } };

export type OrderCancelMutationVariables = AdminTypes.Exact<{
  orderId: AdminTypes.Scalars['ID']['input'];
  reason: AdminTypes.OrderCancelReason;
  restock: AdminTypes.Scalars['Boolean']['input'];
  notifyCustomer?: AdminTypes.InputMaybe<AdminTypes.Scalars['Boolean']['input']>;
  refundMethod?: AdminTypes.InputMaybe<AdminTypes.OrderCancelRefundMethodInput>;
  staffNote?: AdminTypes.InputMaybe<AdminTypes.Scalars['String']['input']>;
}>;


export type OrderCancelMutation = { orderCancel?: AdminTypes.Maybe<{ job?: AdminTypes.Maybe<Pick<AdminTypes.Job, 'id' | 'done'>>, orderCancelUserErrors: Array<Pick<AdminTypes.OrderCancelUserError, 'field' | 'message' | 'code'>> }> };

export type OrderDetailsFragment = (
  Pick<AdminTypes.Order, 'id' | 'name' | 'email' | 'phone' | 'createdAt' | 'processedAt' | 'cancelledAt' | 'cancelReason' | 'closed' | 'displayFinancialStatus' | 'displayFulfillmentStatus' | 'returnStatus'>
  & { totalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, totalRefundedSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, customer?: AdminTypes.Maybe<(
    Pick<AdminTypes.Customer, 'id'>
    & { defaultEmailAddress?: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'emailAddress'>>, defaultPhoneNumber?: AdminTypes.Maybe<Pick<AdminTypes.CustomerPhoneNumber, 'phoneNumber'>> }
  )>, risk: Pick<AdminTypes.OrderRiskSummary, 'recommendation'>, lineItems: { edges: Array<{ node: Pick<AdminTypes.LineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'currentQuantity' | 'unfulfilledQuantity'> }> }, fulfillments: Array<(
    Pick<AdminTypes.Fulfillment, 'id' | 'status' | 'displayStatus' | 'createdAt' | 'inTransitAt' | 'estimatedDeliveryAt' | 'deliveredAt'>
    & { trackingInfo: Array<Pick<AdminTypes.FulfillmentTrackingInfo, 'company' | 'number' | 'url'>> }
  )>, returns: { edges: Array<{ node: Pick<AdminTypes.Return, 'id' | 'name' | 'status' | 'createdAt'> }> } }
);

export type OrdersByNameQueryVariables = AdminTypes.Exact<{
  query: AdminTypes.Scalars['String']['input'];
}>;


export type OrdersByNameQuery = { orders: { edges: Array<{ node: (
        Pick<AdminTypes.Order, 'id' | 'name' | 'email' | 'phone' | 'createdAt' | 'processedAt' | 'cancelledAt' | 'cancelReason' | 'closed' | 'displayFinancialStatus' | 'displayFulfillmentStatus' | 'returnStatus'>
        & { totalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, totalRefundedSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, customer?: AdminTypes.Maybe<(
          Pick<AdminTypes.Customer, 'id'>
          & { defaultEmailAddress?: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'emailAddress'>>, defaultPhoneNumber?: AdminTypes.Maybe<Pick<AdminTypes.CustomerPhoneNumber, 'phoneNumber'>> }
        )>, risk: Pick<AdminTypes.OrderRiskSummary, 'recommendation'>, lineItems: { edges: Array<{ node: Pick<AdminTypes.LineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'currentQuantity' | 'unfulfilledQuantity'> }> }, fulfillments: Array<(
          Pick<AdminTypes.Fulfillment, 'id' | 'status' | 'displayStatus' | 'createdAt' | 'inTransitAt' | 'estimatedDeliveryAt' | 'deliveredAt'>
          & { trackingInfo: Array<Pick<AdminTypes.FulfillmentTrackingInfo, 'company' | 'number' | 'url'>> }
        )>, returns: { edges: Array<{ node: Pick<AdminTypes.Return, 'id' | 'name' | 'status' | 'createdAt'> }> } }
      ) }> } };

export type OrderByIdQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type OrderByIdQuery = { order?: AdminTypes.Maybe<(
    Pick<AdminTypes.Order, 'id' | 'name' | 'email' | 'phone' | 'createdAt' | 'processedAt' | 'cancelledAt' | 'cancelReason' | 'closed' | 'displayFinancialStatus' | 'displayFulfillmentStatus' | 'returnStatus'>
    & { totalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, totalRefundedSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, customer?: AdminTypes.Maybe<(
      Pick<AdminTypes.Customer, 'id'>
      & { defaultEmailAddress?: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'emailAddress'>>, defaultPhoneNumber?: AdminTypes.Maybe<Pick<AdminTypes.CustomerPhoneNumber, 'phoneNumber'>> }
    )>, risk: Pick<AdminTypes.OrderRiskSummary, 'recommendation'>, lineItems: { edges: Array<{ node: Pick<AdminTypes.LineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'currentQuantity' | 'unfulfilledQuantity'> }> }, fulfillments: Array<(
      Pick<AdminTypes.Fulfillment, 'id' | 'status' | 'displayStatus' | 'createdAt' | 'inTransitAt' | 'estimatedDeliveryAt' | 'deliveredAt'>
      & { trackingInfo: Array<Pick<AdminTypes.FulfillmentTrackingInfo, 'company' | 'number' | 'url'>> }
    )>, returns: { edges: Array<{ node: Pick<AdminTypes.Return, 'id' | 'name' | 'status' | 'createdAt'> }> } }
  )> };

export type RecentOrdersForCustomerQueryVariables = AdminTypes.Exact<{
  customerId: AdminTypes.Scalars['ID']['input'];
  query: AdminTypes.Scalars['String']['input'];
  first: AdminTypes.Scalars['Int']['input'];
}>;


export type RecentOrdersForCustomerQuery = { customer?: AdminTypes.Maybe<Pick<AdminTypes.Customer, 'id' | 'numberOfOrders'>>, orders: { edges: Array<{ node: (
        Pick<AdminTypes.Order, 'id' | 'name' | 'email' | 'phone' | 'createdAt' | 'processedAt' | 'cancelledAt' | 'cancelReason' | 'closed' | 'displayFinancialStatus' | 'displayFulfillmentStatus' | 'returnStatus'>
        & { totalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, totalRefundedSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, customer?: AdminTypes.Maybe<(
          Pick<AdminTypes.Customer, 'id'>
          & { defaultEmailAddress?: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'emailAddress'>>, defaultPhoneNumber?: AdminTypes.Maybe<Pick<AdminTypes.CustomerPhoneNumber, 'phoneNumber'>> }
        )>, risk: Pick<AdminTypes.OrderRiskSummary, 'recommendation'>, lineItems: { edges: Array<{ node: Pick<AdminTypes.LineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'currentQuantity' | 'unfulfilledQuantity'> }> }, fulfillments: Array<(
          Pick<AdminTypes.Fulfillment, 'id' | 'status' | 'displayStatus' | 'createdAt' | 'inTransitAt' | 'estimatedDeliveryAt' | 'deliveredAt'>
          & { trackingInfo: Array<Pick<AdminTypes.FulfillmentTrackingInfo, 'company' | 'number' | 'url'>> }
        )>, returns: { edges: Array<{ node: Pick<AdminTypes.Return, 'id' | 'name' | 'status' | 'createdAt'> }> } }
      ) }> } };

export type HighestOrderNumberQueryVariables = AdminTypes.Exact<{ [key: string]: never; }>;


export type HighestOrderNumberQuery = { orders: { edges: Array<{ node: Pick<AdminTypes.Order, 'id' | 'name'> }> } };

export type ProductAvailabilityFragment = (
  Pick<AdminTypes.Product, 'id' | 'title' | 'handle' | 'status' | 'onlineStoreUrl' | 'hasOnlyDefaultVariant'>
  & { variants: { edges: Array<{ node: (
        Pick<AdminTypes.ProductVariant, 'id' | 'title' | 'sku' | 'availableForSale' | 'inventoryPolicy' | 'inventoryQuantity'>
        & { selectedOptions: Array<Pick<AdminTypes.SelectedOption, 'name' | 'value'>>, inventoryItem: Pick<AdminTypes.InventoryItem, 'id' | 'tracked'> }
      ) }> } }
);

export type ProductAvailabilityByIdQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type ProductAvailabilityByIdQuery = { product?: AdminTypes.Maybe<(
    Pick<AdminTypes.Product, 'id' | 'title' | 'handle' | 'status' | 'onlineStoreUrl' | 'hasOnlyDefaultVariant'>
    & { variants: { edges: Array<{ node: (
          Pick<AdminTypes.ProductVariant, 'id' | 'title' | 'sku' | 'availableForSale' | 'inventoryPolicy' | 'inventoryQuantity'>
          & { selectedOptions: Array<Pick<AdminTypes.SelectedOption, 'name' | 'value'>>, inventoryItem: Pick<AdminTypes.InventoryItem, 'id' | 'tracked'> }
        ) }> } }
  )> };

export type ProductAvailabilitySearchQueryVariables = AdminTypes.Exact<{
  query: AdminTypes.Scalars['String']['input'];
}>;


export type ProductAvailabilitySearchQuery = { products: { edges: Array<{ node: (
        Pick<AdminTypes.Product, 'id' | 'title' | 'handle' | 'status' | 'onlineStoreUrl' | 'hasOnlyDefaultVariant'>
        & { variants: { edges: Array<{ node: (
              Pick<AdminTypes.ProductVariant, 'id' | 'title' | 'sku' | 'availableForSale' | 'inventoryPolicy' | 'inventoryQuantity'>
              & { selectedOptions: Array<Pick<AdminTypes.SelectedOption, 'name' | 'value'>>, inventoryItem: Pick<AdminTypes.InventoryItem, 'id' | 'tracked'> }
            ) }> } }
      ) }> } };

export type OrderRefundsQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type OrderRefundsQuery = { order?: AdminTypes.Maybe<(
    Pick<AdminTypes.Order, 'id'>
    & { refunds: Array<(
      Pick<AdminTypes.Refund, 'id' | 'createdAt' | 'processedAt'>
      & { totalRefundedSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, transactions: { nodes: Array<(
          Pick<AdminTypes.OrderTransaction, 'kind' | 'status' | 'gateway' | 'formattedGateway' | 'processedAt'>
          & { amountSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, paymentDetails?: AdminTypes.Maybe<Pick<AdminTypes.CardPaymentDetails, 'company' | 'number'>> }
        )> } }
    )> }
  )> };

export type ReturnableFulfillmentsQueryVariables = AdminTypes.Exact<{
  orderId: AdminTypes.Scalars['ID']['input'];
}>;


export type ReturnableFulfillmentsQuery = { returnableFulfillments: { edges: Array<{ node: (
        Pick<AdminTypes.ReturnableFulfillment, 'id'>
        & { fulfillment: Pick<AdminTypes.Fulfillment, 'id' | 'status' | 'displayStatus' | 'createdAt' | 'inTransitAt' | 'deliveredAt'>, returnableFulfillmentLineItems: { edges: Array<{ node: (
              Pick<AdminTypes.ReturnableFulfillmentLineItem, 'quantity'>
              & { fulfillmentLineItem: (
                Pick<AdminTypes.FulfillmentLineItem, 'id'>
                & { lineItem: Pick<AdminTypes.LineItem, 'id' | 'title' | 'variantTitle'> }
              ) }
            ) }> } }
      ) }> } };

export type ReturnRequestMutationVariables = AdminTypes.Exact<{
  input: AdminTypes.ReturnRequestInput;
}>;


export type ReturnRequestMutation = { returnRequest?: AdminTypes.Maybe<{ return?: AdminTypes.Maybe<Pick<AdminTypes.Return, 'id' | 'name' | 'status' | 'createdAt' | 'totalQuantity'>>, userErrors: Array<Pick<AdminTypes.ReturnUserError, 'field' | 'message' | 'code'>> }> };

export type ReturnReasonDefinitionsQueryVariables = AdminTypes.Exact<{
  handles?: AdminTypes.InputMaybe<Array<AdminTypes.Scalars['String']['input']> | AdminTypes.Scalars['String']['input']>;
}>;


export type ReturnReasonDefinitionsQuery = { returnReasonDefinitions: { nodes: Array<Pick<AdminTypes.ReturnReasonDefinition, 'id' | 'handle' | 'name' | 'deleted'>> } };

export type OrderReturnsQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type OrderReturnsQuery = { order?: AdminTypes.Maybe<(
    Pick<AdminTypes.Order, 'id' | 'name' | 'returnStatus'>
    & { returns: { edges: Array<{ node: Pick<AdminTypes.Return, 'id' | 'name' | 'status' | 'createdAt' | 'totalQuantity'> }> } }
  )> };

export type ShopPoliciesQueryVariables = AdminTypes.Exact<{ [key: string]: never; }>;


export type ShopPoliciesQuery = { shop: (
    Pick<AdminTypes.Shop, 'name' | 'contactEmail' | 'currencyCode' | 'ianaTimezone'>
    & { shopPolicies: Array<Pick<AdminTypes.ShopPolicy, 'type' | 'title' | 'body' | 'url'>> }
  ) };

export type ShopPolicyTranslationsQueryVariables = AdminTypes.Exact<{
  locale: AdminTypes.Scalars['String']['input'];
}>;


export type ShopPolicyTranslationsQuery = { shop: { shopPolicies: Array<(
      Pick<AdminTypes.ShopPolicy, 'type'>
      & { translations: Array<Pick<AdminTypes.Translation, 'key' | 'value' | 'outdated'>> }
    )> } };

export type TryItCustomerSearchQueryVariables = AdminTypes.Exact<{
  query: AdminTypes.Scalars['String']['input'];
}>;


export type TryItCustomerSearchQuery = { customers: { nodes: Array<(
      Pick<AdminTypes.Customer, 'id' | 'displayName' | 'numberOfOrders' | 'tags'>
      & { defaultEmailAddress?: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'emailAddress'>> }
    )> } };

interface GeneratedQueryTypes {
  "#graphql\n  query InboxCustomerCard($id: ID!) {\n    customer(id: $id) {\n      id\n      displayName\n      firstName\n      defaultEmailAddress { emailAddress }\n      amountSpent { amount currencyCode }\n      numberOfOrders\n      tags\n      createdAt\n      orders(first: 5, sortKey: CREATED_AT, reverse: true) {\n        nodes {\n          id\n          name\n          createdAt\n          displayFinancialStatus\n          displayFulfillmentStatus\n          totalPriceSet { shopMoney { amount currencyCode } }\n        }\n      }\n    }\n    segments(first: 50) { nodes { id name } }\n  }\n": {return: InboxCustomerCardQuery, variables: InboxCustomerCardQueryVariables},
  "#graphql\n  query InboxCustomerSegments($id: ID!, $segmentIds: [ID!]!) {\n    customerSegmentMembership(customerId: $id, segmentIds: $segmentIds) {\n      memberships { segmentId isMember }\n    }\n  }\n": {return: InboxCustomerSegmentsQuery, variables: InboxCustomerSegmentsQueryVariables},
  "#graphql\n  query InboxCustomerSearch($query: String!) {\n    customers(first: 20, query: $query) { nodes { id } }\n  }\n": {return: InboxCustomerSearchQuery, variables: InboxCustomerSearchQueryVariables},
  "#graphql\n  query ShopContentProducts($first: Int!, $after: String) {\n    products(first: $first, after: $after, query: \"status:active\", sortKey: ID) {\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        handle\n        title\n        productType\n        vendor\n        onlineStoreUrl\n        updatedAt\n        descriptionHtml\n        options { name optionValues { name } }\n        metafields(first: 15) { nodes { namespace key type value } }\n        # Published translations in the other languages the bot speaks, in this same request (no call per locale):\n        # the title and description (body_html) a shopper writing that language is answered from first.\n        fr: translations(locale: \"fr\") { key value }\n        de: translations(locale: \"de\") { key value }\n        es: translations(locale: \"es\") { key value }\n      }\n    }\n  }\n": {return: ShopContentProductsQuery, variables: ShopContentProductsQueryVariables},
  "#graphql\n  query ShopContentPages($first: Int!, $after: String) {\n    shop { primaryDomain { url } }\n    pages(first: $first, after: $after, query: \"published_status:published\", sortKey: ID) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id handle title body updatedAt }\n    }\n  }\n": {return: ShopContentPagesQuery, variables: ShopContentPagesQueryVariables},
  "#graphql\n  query ActiveAutomaticDiscounts($first: Int!) {\n    discountNodes(first: $first, query: \"method:automatic AND status:active\") {\n      nodes {\n        id\n        discount {\n          __typename\n          ... on DiscountAutomaticBasic { title summary startsAt endsAt status }\n          ... on DiscountAutomaticBxgy { title summary startsAt endsAt status }\n          ... on DiscountAutomaticFreeShipping { title summary startsAt endsAt status }\n          ... on DiscountAutomaticApp { title startsAt endsAt status }\n        }\n      }\n    }\n  }\n": {return: ActiveAutomaticDiscountsQuery, variables: ActiveAutomaticDiscountsQueryVariables},
  "#graphql\n  query PublicDiscountCode($code: String!) {\n    codeDiscountNodeByCode(code: $code) {\n      id\n      codeDiscount {\n        __typename\n        ... on DiscountCodeBasic { title summary startsAt endsAt status }\n        ... on DiscountCodeBxgy { title summary startsAt endsAt status }\n        ... on DiscountCodeFreeShipping { title summary startsAt endsAt status }\n      }\n    }\n  }\n": {return: PublicDiscountCodeQuery, variables: PublicDiscountCodeQueryVariables},
  "#graphql\n  query DeliveryProfilesForAnswers {\n    deliveryProfiles(first: 3, merchantOwnedOnly: true) {\n      nodes {\n        id\n        name\n        default\n        profileLocationGroups {\n          locationGroupZones(first: 10) {\n            nodes {\n              zone { name countries { name code { countryCode restOfWorld } } }\n              methodDefinitions(first: 5) {\n                nodes {\n                  name\n                  description\n                  active\n                  rateProvider { __typename ... on DeliveryRateDefinition { price { amount currencyCode } } }\n                  methodConditions {\n                    field\n                    operator\n                    conditionCriteria { __typename ... on MoneyV2 { amount currencyCode } }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": {return: DeliveryProfilesForAnswersQuery, variables: DeliveryProfilesForAnswersQueryVariables},
  "#graphql\n  query ShopAccountsForAnswers {\n    shop {\n      name\n      primaryDomain { url }\n      customerAccountsV2 { customerAccountsVersion url loginRequiredAtCheckout }\n      shopPolicies { type url }\n    }\n  }\n": {return: ShopAccountsForAnswersQuery, variables: ShopAccountsForAnswersQueryVariables},
  "#graphql\n  query BackInStockVariant($id: ID!) {\n    productVariant(id: $id) {\n      id\n      title\n      product { title handle onlineStoreUrl }\n    }\n  }\n": {return: BackInStockVariantQuery, variables: BackInStockVariantQueryVariables},
  "#graphql\n  query NotificationContact {\n    shop {\n      name\n      email\n      contactEmail\n      url\n    }\n  }\n": {return: NotificationContactQuery, variables: NotificationContactQueryVariables},
  "#graphql\n  query AutomationSegments($first: Int!) {\n    segments(first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": {return: AutomationSegmentsQuery, variables: AutomationSegmentsQueryVariables},
  "#graphql\n  query SetupShop {\n    shop { ianaTimezone email }\n  }\n": {return: SetupShopQuery, variables: SetupShopQueryVariables},
  "#graphql\n  query MainThemeSettings {\n    themes(first: 1, roles: [MAIN]) {\n      nodes {\n        id\n        name\n        files(filenames: [\"config/settings_data.json\"], first: 1) {\n          nodes { filename body { ... on OnlineStoreThemeFileBodyText { content } } }\n        }\n      }\n    }\n  }\n": {return: MainThemeSettingsQuery, variables: MainThemeSettingsQueryVariables},
  "#graphql\n  query CatalogueForUnderstanding($first: Int!) {\n    products(first: $first, query: \"status:active\", sortKey: TITLE) {\n      nodes {\n        id\n        handle\n        title\n        productType\n        # Option values (\"Rust\", \"Slate\") let \"the rust one?\" name the product that comes in it.\n        options(first: 2) { optionValues { name } }\n        # Published title translations in the languages the bot speaks; an untranslated product has none.\n        en: translations(locale: \"en\") { key value }\n        fr: translations(locale: \"fr\") { key value }\n        de: translations(locale: \"de\") { key value }\n        es: translations(locale: \"es\") { key value }\n      }\n    }\n  }\n": {return: CatalogueForUnderstandingQuery, variables: CatalogueForUnderstandingQueryVariables},
  "#graphql\n  query CustomerProfile($id: ID!, $segmentIds: [ID!]!, $withSegments: Boolean!) {\n    customer(id: $id) {\n      id\n      amountSpent { amount currencyCode }\n      numberOfOrders\n      tags\n    }\n    customerSegmentMembership(customerId: $id, segmentIds: $segmentIds) @include(if: $withSegments) {\n      memberships { segmentId isMember }\n    }\n  }\n": {return: CustomerProfileQuery, variables: CustomerProfileQueryVariables},
  "#graphql\n  query OrdersByName($query: String!) {\n    orders(first: 2, query: $query, sortKey: CREATED_AT, reverse: true) {\n      edges { node { ...OrderDetails } }\n    }\n  }\n  #graphql\n  fragment OrderDetails on Order {\n    id\n    name\n    email\n    phone\n    createdAt\n    processedAt\n    cancelledAt\n    cancelReason\n    closed\n    displayFinancialStatus\n    displayFulfillmentStatus\n    returnStatus\n    totalPriceSet { shopMoney { amount currencyCode } }\n    totalRefundedSet { shopMoney { amount currencyCode } }\n    customer {\n      id\n      defaultEmailAddress { emailAddress }\n      defaultPhoneNumber { phoneNumber }\n    }\n    risk { recommendation }\n    lineItems(first: 20) {\n      edges {\n        node { id title variantTitle sku quantity currentQuantity unfulfilledQuantity }\n      }\n    }\n    fulfillments(first: 5) {\n      id\n      status\n      displayStatus\n      createdAt\n      inTransitAt\n      estimatedDeliveryAt\n      deliveredAt\n      trackingInfo(first: 2) { company number url }\n    }\n    returns(first: 3) {\n      edges { node { id name status createdAt } }\n    }\n  }\n\n": {return: OrdersByNameQuery, variables: OrdersByNameQueryVariables},
  "#graphql\n  query OrderById($id: ID!) {\n    order(id: $id) { ...OrderDetails }\n  }\n  #graphql\n  fragment OrderDetails on Order {\n    id\n    name\n    email\n    phone\n    createdAt\n    processedAt\n    cancelledAt\n    cancelReason\n    closed\n    displayFinancialStatus\n    displayFulfillmentStatus\n    returnStatus\n    totalPriceSet { shopMoney { amount currencyCode } }\n    totalRefundedSet { shopMoney { amount currencyCode } }\n    customer {\n      id\n      defaultEmailAddress { emailAddress }\n      defaultPhoneNumber { phoneNumber }\n    }\n    risk { recommendation }\n    lineItems(first: 20) {\n      edges {\n        node { id title variantTitle sku quantity currentQuantity unfulfilledQuantity }\n      }\n    }\n    fulfillments(first: 5) {\n      id\n      status\n      displayStatus\n      createdAt\n      inTransitAt\n      estimatedDeliveryAt\n      deliveredAt\n      trackingInfo(first: 2) { company number url }\n    }\n    returns(first: 3) {\n      edges { node { id name status createdAt } }\n    }\n  }\n\n": {return: OrderByIdQuery, variables: OrderByIdQueryVariables},
  "#graphql\n  query RecentOrdersForCustomer($customerId: ID!, $query: String!, $first: Int!) {\n    customer(id: $customerId) { id numberOfOrders }\n    orders(first: $first, query: $query, sortKey: CREATED_AT, reverse: true) {\n      edges { node { ...OrderDetails } }\n    }\n  }\n  #graphql\n  fragment OrderDetails on Order {\n    id\n    name\n    email\n    phone\n    createdAt\n    processedAt\n    cancelledAt\n    cancelReason\n    closed\n    displayFinancialStatus\n    displayFulfillmentStatus\n    returnStatus\n    totalPriceSet { shopMoney { amount currencyCode } }\n    totalRefundedSet { shopMoney { amount currencyCode } }\n    customer {\n      id\n      defaultEmailAddress { emailAddress }\n      defaultPhoneNumber { phoneNumber }\n    }\n    risk { recommendation }\n    lineItems(first: 20) {\n      edges {\n        node { id title variantTitle sku quantity currentQuantity unfulfilledQuantity }\n      }\n    }\n    fulfillments(first: 5) {\n      id\n      status\n      displayStatus\n      createdAt\n      inTransitAt\n      estimatedDeliveryAt\n      deliveredAt\n      trackingInfo(first: 2) { company number url }\n    }\n    returns(first: 3) {\n      edges { node { id name status createdAt } }\n    }\n  }\n\n": {return: RecentOrdersForCustomerQuery, variables: RecentOrdersForCustomerQueryVariables},
  "#graphql\n  query HighestOrderNumber {\n    orders(first: 1, sortKey: ORDER_NUMBER, reverse: true) { edges { node { id name } } }\n  }\n": {return: HighestOrderNumberQuery, variables: HighestOrderNumberQueryVariables},
  "#graphql\n  query ProductAvailabilityById($id: ID!) {\n    product(id: $id) { ...ProductAvailability }\n  }\n  #graphql\n  fragment ProductAvailability on Product {\n    id\n    title\n    handle\n    status\n    onlineStoreUrl\n    hasOnlyDefaultVariant\n    variants(first: 40) {\n      edges {\n        node {\n          id\n          title\n          sku\n          availableForSale\n          inventoryPolicy\n          inventoryQuantity\n          selectedOptions { name value }\n          inventoryItem { id tracked }\n        }\n      }\n    }\n  }\n\n": {return: ProductAvailabilityByIdQuery, variables: ProductAvailabilityByIdQueryVariables},
  "#graphql\n  query ProductAvailabilitySearch($query: String!) {\n    products(first: 2, query: $query) {\n      edges { node { ...ProductAvailability } }\n    }\n  }\n  #graphql\n  fragment ProductAvailability on Product {\n    id\n    title\n    handle\n    status\n    onlineStoreUrl\n    hasOnlyDefaultVariant\n    variants(first: 40) {\n      edges {\n        node {\n          id\n          title\n          sku\n          availableForSale\n          inventoryPolicy\n          inventoryQuantity\n          selectedOptions { name value }\n          inventoryItem { id tracked }\n        }\n      }\n    }\n  }\n\n": {return: ProductAvailabilitySearchQuery, variables: ProductAvailabilitySearchQueryVariables},
  "#graphql\n  query OrderRefunds($id: ID!) {\n    order(id: $id) {\n      id\n      refunds(first: 5) {\n        id\n        createdAt\n        processedAt\n        totalRefundedSet { shopMoney { amount currencyCode } }\n        transactions(first: 3) {\n          nodes {\n            kind\n            status\n            gateway\n            formattedGateway\n            processedAt\n            amountSet { shopMoney { amount currencyCode } }\n            paymentDetails {\n              ... on CardPaymentDetails { company number }\n            }\n          }\n        }\n      }\n    }\n  }\n": {return: OrderRefundsQuery, variables: OrderRefundsQueryVariables},
  "#graphql\n  query ReturnableFulfillments($orderId: ID!) {\n    returnableFulfillments(orderId: $orderId, first: 3) {\n      edges {\n        node {\n          id\n          fulfillment { id status displayStatus createdAt inTransitAt deliveredAt }\n          returnableFulfillmentLineItems(first: 10) {\n            edges {\n              node {\n                quantity\n                fulfillmentLineItem { id lineItem { id title variantTitle } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": {return: ReturnableFulfillmentsQuery, variables: ReturnableFulfillmentsQueryVariables},
  "#graphql\n  query ReturnReasonDefinitions($handles: [String!]) {\n    returnReasonDefinitions(first: 20, handles: $handles) {\n      nodes { id handle name deleted }\n    }\n  }\n": {return: ReturnReasonDefinitionsQuery, variables: ReturnReasonDefinitionsQueryVariables},
  "#graphql\n  query OrderReturns($id: ID!) {\n    order(id: $id) {\n      id\n      name\n      returnStatus\n      returns(first: 10) {\n        edges { node { id name status createdAt totalQuantity } }\n      }\n    }\n  }\n": {return: OrderReturnsQuery, variables: OrderReturnsQueryVariables},
  "#graphql\n  query ShopPolicies {\n    shop {\n      name\n      contactEmail\n      currencyCode\n      ianaTimezone\n      shopPolicies { type title body url }\n    }\n  }\n": {return: ShopPoliciesQuery, variables: ShopPoliciesQueryVariables},
  "#graphql\n  query ShopPolicyTranslations($locale: String!) {\n    shop {\n      shopPolicies {\n        type\n        translations(locale: $locale) { key value outdated }\n      }\n    }\n  }\n": {return: ShopPolicyTranslationsQuery, variables: ShopPolicyTranslationsQueryVariables},
  "#graphql\n  query TryItCustomerSearch($query: String!) {\n    customers(first: 10, query: $query, sortKey: UPDATED_AT, reverse: true) {\n      nodes { id displayName defaultEmailAddress { emailAddress } numberOfOrders tags }\n    }\n  }\n": {return: TryItCustomerSearchQuery, variables: TryItCustomerSearchQueryVariables},
}

interface GeneratedMutationTypes {
  "#graphql\n  mutation OrderCancel(\n    $orderId: ID!\n    $reason: OrderCancelReason!\n    $restock: Boolean!\n    $notifyCustomer: Boolean\n    $refundMethod: OrderCancelRefundMethodInput\n    $staffNote: String\n  ) {\n    orderCancel(\n      orderId: $orderId\n      reason: $reason\n      restock: $restock\n      notifyCustomer: $notifyCustomer\n      refundMethod: $refundMethod\n      staffNote: $staffNote\n    ) {\n      job { id done }\n      orderCancelUserErrors { field message code }\n    }\n  }\n": {return: OrderCancelMutation, variables: OrderCancelMutationVariables},
  "#graphql\n  mutation ReturnRequest($input: ReturnRequestInput!) {\n    returnRequest(input: $input) {\n      return { id name status createdAt totalQuantity }\n      userErrors { field message code }\n    }\n  }\n": {return: ReturnRequestMutation, variables: ReturnRequestMutationVariables},
}
declare module '@shopify/admin-api-client' {
  type InputMaybe<T> = AdminTypes.InputMaybe<T>;
  interface AdminQueries extends GeneratedQueryTypes {}
  interface AdminMutations extends GeneratedMutationTypes {}
}
