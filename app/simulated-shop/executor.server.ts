import {
  GraphQLError,
  Kind,
  execute,
  getOperationAST,
  parse,
  print,
  validate,
  valueFromASTUntyped,
  type OperationDefinitionNode,
  type DocumentNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
} from "graphql";
import { actualQueryCost, requestedQueryCost } from "./cost.server";
import { takeThrottle } from "./failures.server";
import { fieldResolver, type ResolverContext } from "./resolvers.server";
import { getAdminSchema } from "./schema.server";
import { getSimulatedShop, THROTTLE_MAXIMUM_AVAILABLE, THROTTLE_RESTORE_RATE, type ShopState } from "./state.server";

export interface AdminGraphqlRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export interface ShopifyGraphqlError {
  message: string;
  locations?: { line: number; column: number }[];
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export interface QueryCost {
  requestedQueryCost: number;
  actualQueryCost: number | null;
  throttleStatus: ThrottleStatus;
}

export interface AdminGraphqlResponse {
  data?: Record<string, unknown> | null;
  errors?: ShopifyGraphqlError[];
  extensions?: { cost: QueryCost };
}

export { SINGLE_QUERY_MAX_COST } from "./state.server";
const RATE_LIMIT_DOCS = "https://shopify.dev/api/usage/rate-limits";

/**
 * Execute an Admin GraphQL request against the real 2026-07 schema over the shop's in-memory data, answering the way
 * Shopify does: HTTP-200 bodies with `errors` for invalid documents, `extensions.cost` on every executed request, and
 * THROTTLED once the shop's leaky bucket (2000 points, +100/s) cannot cover the requested cost.
 */
export async function executeAdminGraphql(shop: ShopState | string, request: AdminGraphqlRequest): Promise<AdminGraphqlResponse> {
  const state = typeof shop === "string" ? getSimulatedShop(shop) : shop;
  const schema = getAdminSchema();
  state.requests.push({ query: request.query, variables: request.variables ?? {}, operationName: request.operationName ?? null, atMs: Date.now() });

  if (typeof request.query !== "string" || request.query.trim() === "") {
    return { errors: [{ message: "No query string was present", extensions: { code: "missingQuery" } }] };
  }
  let document: DocumentNode;
  try {
    document = parse(request.query);
  } catch (error) {
    const e = error as GraphQLError;
    return { errors: [{ message: `Parse error: ${e.message.replace(/^Syntax Error: /, "")}`, locations: e.locations ? [...e.locations] : undefined, extensions: { code: "parseError" } }] };
  }
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) {
    return { errors: validationErrors.map(toShopifyValidationError) };
  }
  const operation = getOperationAST(document, request.operationName ?? undefined);
  if (!operation) {
    return {
      errors: [
        {
          message: request.operationName ? `No operation named "${request.operationName}"` : "An operation name is required",
          extensions: { code: "operationNotFound" },
        },
      ],
    };
  }
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const variables = withVariableDefaults(operation, request.variables ?? {});

  const requested = requestedQueryCost(schema, operation, fragments, variables);
  if (requested > state.maxQueryCost) {
    return {
      errors: [
        {
          message: `Query cost is ${requested}, which exceeds the single query max cost limit (${state.maxQueryCost}).`,
          extensions: { code: "MAX_COST_EXCEEDED", cost: requested, maxCost: state.maxQueryCost, documentation: RATE_LIMIT_DOCS },
        },
      ],
    };
  }

  refillBucket(state);
  const forced = takeThrottle(state.domain);
  if (forced || requested > state.bucket.available) {
    const status = throttleStatus(state);
    // A forced throttle reports a bucket too low for this query but leaves the real bucket alone, so it ends on cue.
    if (forced) status.currentlyAvailable = Math.min(status.currentlyAvailable, Math.max(0, requested - 1));
    return {
      errors: [{ message: "Throttled", extensions: { code: "THROTTLED", documentation: RATE_LIMIT_DOCS } }],
      extensions: { cost: { requestedQueryCost: requested, actualQueryCost: null, throttleStatus: status } },
    };
  }

  const contextValue: ResolverContext = { state };
  const result = (await execute({
    schema,
    document,
    operationName: request.operationName ?? undefined,
    variableValues: variables,
    contextValue,
    rootValue: {},
    fieldResolver,
  })) as ExecutionResult;

  if (result.data === undefined && result.errors) {
    // Variable coercion failed: nothing ran and, like Shopify, nothing is charged.
    return { errors: result.errors.map((e) => toShopifyVariableError(e, operation, variables) ?? toShopifyExecutionError(e)) };
  }
  const actual = actualQueryCost(schema, operation, fragments, variables, result.data as Record<string, unknown> | null);
  state.bucket.available = Math.max(0, state.bucket.available - actual);
  const response: AdminGraphqlResponse = { data: (result.data ?? null) as Record<string, unknown> | null };
  if (result.errors?.length) response.errors = result.errors.map(toShopifyExecutionError);
  response.extensions = { cost: { requestedQueryCost: requested, actualQueryCost: actual, throttleStatus: throttleStatus(state) } };
  return response;
}

/** Operation-level defaults (`$first: Int = 50`) matter for the cost estimate, which reads raw variables. */
function withVariableDefaults(operation: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...variables };
  for (const def of operation.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    if (merged[name] === undefined && def.defaultValue) merged[name] = valueFromASTUntyped(def.defaultValue);
  }
  return merged;
}

function refillBucket(state: ShopState): void {
  const now = Date.now();
  const elapsed = (now - state.bucket.updatedAtMs) / 1000;
  state.bucket.available = Math.min(THROTTLE_MAXIMUM_AVAILABLE, state.bucket.available + elapsed * THROTTLE_RESTORE_RATE);
  state.bucket.updatedAtMs = now;
}

function throttleStatus(state: ShopState): ThrottleStatus {
  return {
    maximumAvailable: THROTTLE_MAXIMUM_AVAILABLE,
    currentlyAvailable: Math.floor(state.bucket.available),
    restoreRate: THROTTLE_RESTORE_RATE,
  };
}

const locationsOf = (e: GraphQLError) => (e.locations ? e.locations.map(({ line, column }) => ({ line, column })) : undefined);

/** graphql-js validation messages rewritten to the wording and codes Shopify's (graphql-ruby) server uses. */
export function toShopifyValidationError(e: GraphQLError): ShopifyGraphqlError {
  const locations = locationsOf(e);
  const msg = e.message;
  let m: RegExpMatchArray | null;
  if ((m = msg.match(/^Cannot query field "([^"]+)" on type "([^"]+)"/))) {
    return { message: `Field '${m[1]}' doesn't exist on type '${m[2]}'`, locations, extensions: { code: "undefinedField", typeName: m[2], fieldName: m[1] } };
  }
  if ((m = msg.match(/^Unknown argument "([^"]+)" on field "([^".]+)\.([^"]+)"/))) {
    return { message: `Field '${m[3]}' doesn't accept argument '${m[1]}'`, locations, extensions: { code: "argumentNotAccepted", name: m[3], typeName: "Field", argumentName: m[1] } };
  }
  if ((m = msg.match(/^Field "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required/))) {
    return { message: `Field '${m[1]}' is missing required arguments: ${m[2]}`, locations, extensions: { code: "missingRequiredArguments", className: "Field", name: m[1], arguments: m[2] } };
  }
  if ((m = msg.match(/^Field "([^"]+)" of type "([^"]+)" must have a selection of subfields/))) {
    return {
      message: `Field must have selections (field '${m[1]}' returns ${m[2].replace(/[![\]]/g, "")} but has no selections. Did you mean '${m[1]} { ... }'?)`,
      locations,
      extensions: { code: "selectionMismatch", nodeName: `field '${m[1]}'`, typeName: m[2].replace(/[![\]]/g, "") },
    };
  }
  if ((m = msg.match(/^Unknown type "([^"]+)"/))) {
    return { message: `No such type ${m[1]}, so it can't be a fragment condition`, locations, extensions: { code: "undefinedType", typeName: m[1] } };
  }
  if ((m = msg.match(/^Variable "\$([^"]+)" is never used(?: in operation "([^"]+)")?/))) {
    return { message: `Variable $${m[1]} is declared by ${m[2] ?? "anonymous query"} but not used`, locations, extensions: { code: "variableNotUsed", variableName: m[1] } };
  }
  if ((m = msg.match(/^Variable "\$([^"]+)" is not defined(?: by operation "([^"]+)")?/))) {
    return { message: `Variable $${m[1]} is used by ${m[2] ?? "anonymous query"} but not declared`, locations, extensions: { code: "variableNotDefined", variableName: m[1] } };
  }
  if ((m = msg.match(/^Unknown fragment "([^"]+)"/))) {
    return { message: `Fragment ${m[1]} was used, but not defined`, locations, extensions: { code: "useAndDefineFragment", fragmentName: m[1] } };
  }
  if ((m = msg.match(/^Fragment "([^"]+)" is never used/))) {
    return { message: `Fragment ${m[1]} was defined, but not used`, locations, extensions: { code: "useAndDefineFragment", fragmentName: m[1] } };
  }
  if (/cannot represent|does not exist in ".+" enum|Expected value of type/.test(msg)) {
    return { message: msg, locations, extensions: { code: "argumentLiteralsIncompatible" } };
  }
  return { message: msg, locations, extensions: { code: "validationFailed" } };
}

/** Variable coercion failures, in Shopify's shape: "Variable $id of type ID! was provided invalid value". */
function toShopifyVariableError(e: GraphQLError, operation: OperationDefinitionNode, variables: Record<string, unknown>): ShopifyGraphqlError | undefined {
  const m = e.message.match(/^Variable "\$([^"]+)" (?:of required type "[^"]+" was not provided|of non-null type "[^"]+" must not be null|got invalid value[^;]*;?)\s*(.*)$/s);
  if (!m) return undefined;
  const definition = operation.variableDefinitions?.find((d) => d.variable.name.value === m[1]);
  const type = definition ? print(definition.type) : "unknown";
  const explanation = m[2]?.replace(/^\.\s*/, "").trim() || "Expected value to not be null";
  return {
    message: `Variable $${m[1]} of type ${type} was provided invalid value`,
    locations: locationsOf(e),
    extensions: { code: "INVALID_VARIABLE", value: variables[m[1]] ?? null, problems: [{ path: [], explanation }] },
  };
}

function toShopifyExecutionError(e: GraphQLError): ShopifyGraphqlError {
  const error: ShopifyGraphqlError = { message: e.message, locations: locationsOf(e) };
  if (e.path) error.path = [...e.path];
  if (e.extensions && Object.keys(e.extensions).length > 0) error.extensions = { ...e.extensions };
  else if (/^Variable "\$/.test(e.message)) error.extensions = { code: "INVALID_VARIABLE" };
  else error.extensions = { code: "INTERNAL_SERVER_ERROR" };
  return error;
}
