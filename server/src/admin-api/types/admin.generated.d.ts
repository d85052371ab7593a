/* eslint-disable eslint-comments/disable-enable-pair */
/* eslint-disable eslint-comments/no-unlimited-disable */
/* eslint-disable */
import type * as AdminTypes from './admin.types.js';

export type ShopInfoQueryVariables = AdminTypes.Exact<{ [key: string]: never; }>;


export type ShopInfoQuery = { shop: Pick<AdminTypes.Shop, 'name' | 'myshopifyDomain' | 'currencyCode' | 'ianaTimezone'> };

export type ReconcileOrdersQueryVariables = AdminTypes.Exact<{
  first: AdminTypes.Scalars['Int']['input'];
  after?: AdminTypes.InputMaybe<AdminTypes.Scalars['String']['input']>;
  query?: AdminTypes.InputMaybe<AdminTypes.Scalars['String']['input']>;
}>;


export type ReconcileOrdersQuery = { orders: { pageInfo: Pick<AdminTypes.PageInfo, 'hasNextPage' | 'endCursor'>, nodes: Array<(
      Pick<AdminTypes.Order, 'id' | 'name' | 'createdAt' | 'cancelledAt' | 'test' | 'sourceName' | 'note' | 'email' | 'customerAcceptsMarketing'>
      & { currentTotalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, shippingAddress?: AdminTypes.Maybe<Pick<AdminTypes.MailingAddress, 'countryCodeV2' | 'city'>>, billingAddress?: AdminTypes.Maybe<Pick<AdminTypes.MailingAddress, 'countryCodeV2'>>, lineItems: { nodes: Array<Pick<AdminTypes.LineItem, 'title' | 'variantTitle' | 'quantity'>> }, customer?: AdminTypes.Maybe<(
        Pick<AdminTypes.Customer, 'id' | 'firstName' | 'lastName' | 'tags'>
        & { defaultEmailAddress?: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'emailAddress' | 'marketingState'>> }
      )> }
    )> } };

export type GiftCardCreateMutationVariables = AdminTypes.Exact<{
  input: AdminTypes.GiftCardCreateInput;
}>;


export type GiftCardCreateMutation = { giftCardCreate?: AdminTypes.Maybe<{ giftCard?: AdminTypes.Maybe<(
      Pick<AdminTypes.GiftCard, 'id' | 'lastCharacters' | 'expiresOn'>
      & { initialValue: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }
    )>, userErrors: Array<Pick<AdminTypes.GiftCardUserError, 'field' | 'message' | 'code'>> }> };

export type GiftCardByCodeQueryVariables = AdminTypes.Exact<{
  query: AdminTypes.Scalars['String']['input'];
}>;


export type GiftCardByCodeQuery = { giftCards: { nodes: Array<(
      Pick<AdminTypes.GiftCard, 'id' | 'lastCharacters' | 'expiresOn' | 'note'>
      & { initialValue: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }
    )> } };

export type CustomerEmailQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type CustomerEmailQuery = { customer?: AdminTypes.Maybe<(
    Pick<AdminTypes.Customer, 'id' | 'firstName' | 'displayName'>
    & { defaultEmailAddress?: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'emailAddress' | 'marketingState'>> }
  )> };

export type OrdersShippedQueryVariables = AdminTypes.Exact<{
  ids: Array<AdminTypes.Scalars['ID']['input']> | AdminTypes.Scalars['ID']['input'];
}>;


export type OrdersShippedQuery = { nodes: Array<AdminTypes.Maybe<(
    Pick<AdminTypes.Order, 'id' | 'displayFulfillmentStatus'>
    & { fulfillments: Array<Pick<AdminTypes.Fulfillment, 'createdAt'>> }
  )>> };

interface GeneratedQueryTypes {
  "#graphql\n  query ShopInfo {\n    shop { name myshopifyDomain currencyCode ianaTimezone }\n  }\n": {return: ShopInfoQuery, variables: ShopInfoQueryVariables},
  "#graphql\n  query ReconcileOrders($first: Int!, $after: String, $query: String) {\n    orders(first: $first, after: $after, query: $query, sortKey: CREATED_AT) {\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name createdAt cancelledAt test sourceName note email\n        currentTotalPriceSet { shopMoney { amount currencyCode } }\n        customerAcceptsMarketing\n        shippingAddress { countryCodeV2 city }\n        billingAddress { countryCodeV2 }\n        lineItems(first: 10) { nodes { title variantTitle quantity } }\n        customer { id firstName lastName tags defaultEmailAddress { emailAddress marketingState } }\n      }\n    }\n  }\n": {return: ReconcileOrdersQuery, variables: ReconcileOrdersQueryVariables},
  "#graphql\n  query GiftCardByCode($query: String!) {\n    giftCards(first: 1, query: $query) {\n      nodes { id lastCharacters expiresOn note initialValue { amount currencyCode } }\n    }\n  }\n": {return: GiftCardByCodeQuery, variables: GiftCardByCodeQueryVariables},
  "#graphql\n  query CustomerEmail($id: ID!) {\n    customer(id: $id) {\n      id firstName displayName\n      defaultEmailAddress { emailAddress marketingState }\n    }\n  }\n": {return: CustomerEmailQuery, variables: CustomerEmailQueryVariables},
  "#graphql\n  query OrdersShipped($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Order { id displayFulfillmentStatus fulfillments(first: 5) { createdAt } }\n    }\n  }\n": {return: OrdersShippedQuery, variables: OrdersShippedQueryVariables},
}

interface GeneratedMutationTypes {
  "#graphql\n  mutation GiftCardCreate($input: GiftCardCreateInput!) {\n    giftCardCreate(input: $input) {\n      giftCard { id lastCharacters expiresOn initialValue { amount currencyCode } }\n      userErrors { field message code }\n    }\n  }\n": {return: GiftCardCreateMutation, variables: GiftCardCreateMutationVariables},
}
declare module '@shopify/admin-api-client' {
  type InputMaybe<T> = AdminTypes.InputMaybe<T>;
  interface AdminQueries extends GeneratedQueryTypes {}
  interface AdminMutations extends GeneratedMutationTypes {}
}
