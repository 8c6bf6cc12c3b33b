// The one place that runs an Admin GraphQL operation: retries, deadlines, cost accounting, typed failures.
//
// Two client styles reach this module:
//  - shopify-app-remix / shopify-api clients, which *throw* (GraphqlQueryError for GraphQL errors incl. THROTTLED,
//    HttpResponseError & subclasses for non-2xx, HttpRequestError when fetch itself failed, and in the embedded
//    admin context a bare `Response` re-thrown by handleClientError);
//  - fetch-style clients that *return* a Response whose JSON carries `errors`, or a non-2xx status.
// Both are folded into one classification so the retry policy is written once.

/** The production `admin` object's shape (shopify-app-remix `AdminApiContext["graphql"]`), minus what we don't use. */
export type AdminGraphql = {
  graphql(
    query: string,
    options?: { variables?: Record<string, unknown>; signal?: AbortSignal },
  ): Promise<Response>;
};

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export interface QueryCost {
  requestedQueryCost: number | null;
  actualQueryCost: number | null;
  throttleStatus: ThrottleStatus | null;
}

export type ShopDataFailureReason =
  | "throttled" // Shopify's leaky bucket stayed empty until the deadline
  | "server_error" // HTTP 5xx (or 429 at the HTTP layer)
  | "network" // fetch rejected / no response
  | "timeout" // an attempt was still running when the deadline came
  | "http_error" // non-retryable HTTP status (401, 403, 404 ...)
  | "graphql_error" // the operation was rejected (ACCESS_DENIED, invalid query, ...)
  | "bad_response" // a 200 that isn't GraphQL JSON
  | "budget_exceeded"; // this shopper message already spent its Admin API points

export class ShopDataUnavailableError extends Error {
  readonly reason: ShopDataFailureReason;
  readonly operation: string;
  readonly attempts: number;
  readonly status?: number;
  readonly graphqlErrors?: GraphqlErrorInfo[];

  constructor(init: {
    reason: ShopDataFailureReason;
    operation: string;
    attempts: number;
    message?: string;
    status?: number;
    graphqlErrors?: GraphqlErrorInfo[];
    cause?: unknown;
  }) {
    super(
      init.message ?? `Shop data unavailable (${init.reason}) for ${init.operation} after ${init.attempts} attempt(s)`,
      { cause: init.cause },
    );
    this.name = "ShopDataUnavailableError";
    this.reason = init.reason;
    this.operation = init.operation;
    this.attempts = init.attempts;
    this.status = init.status;
    this.graphqlErrors = init.graphqlErrors;
  }
}

export function isShopDataUnavailable(error: unknown): error is ShopDataUnavailableError {
  return error instanceof ShopDataUnavailableError;
}

export interface GraphqlErrorInfo {
  message: string;
  code?: string;
  path?: ReadonlyArray<string | number>;
}

/** A mutation payload's userErrors: the request worked, the shop said no. Never retried, never "unavailable". */
export interface AdminUserError {
  field: string[] | null;
  message: string;
  code: string | null;
}

export const DEFAULT_MESSAGE_BUDGET_POINTS = 400;
export const DEFAULT_DEADLINE_MS = 4_000;

/**
 * Admin API points (and requests) spent answering one shopper message. Shopify's bucket is shared by the
 * whole shop; one chatty conversation must not starve the merchant's other apps, so each message gets a cap.
 * An optional absolute deadline lets several queries for the same message share one time allowance.
 */
export class CostBudget {
  readonly maxPoints: number;
  readonly deadlineAt: number | null;
  spent = 0;
  requests = 0;
  /** Points per operation name, for benchmarks and logs. */
  readonly byOperation: Record<string, { points: number; requests: number }> = {};
  lastThrottleStatus: ThrottleStatus | null = null;

  constructor(options: { maxPoints?: number; deadlineAt?: number | null } = {}) {
    this.maxPoints = options.maxPoints ?? DEFAULT_MESSAGE_BUDGET_POINTS;
    this.deadlineAt = options.deadlineAt ?? null;
  }

  get remaining(): number {
    return Math.max(0, this.maxPoints - this.spent);
  }

  canAfford(estimate = 0): boolean {
    return this.spent < this.maxPoints && this.spent + estimate <= this.maxPoints;
  }

  record(operation: string, cost: QueryCost | null): void {
    // A throttled or failed request reports no actual cost and Shopify doesn't charge it.
    const points = cost?.actualQueryCost ?? 0;
    this.spent += points;
    this.requests += 1;
    const entry = (this.byOperation[operation] ??= { points: 0, requests: 0 });
    entry.points += points;
    entry.requests += 1;
    if (cost?.throttleStatus) this.lastThrottleStatus = cost.throttleStatus;
  }
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface RunOptions {
  /** Total time for this operation including retries. Default 4 s. */
  deadlineMs?: number;
  budget?: CostBudget;
  /** Points this operation is expected to cost; refused up front if the budget can't cover it. */
  estimatedCost?: number;
  /** Backoff base / cap for full-jitter exponential backoff. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Upper bound on attempts even if the deadline would allow more (don't hammer a sick shop). */
  maxAttempts?: number;
  clock?: Clock;
  random?: () => number;
  /**
   * Whether a failed attempt may be repeated safely. Defaults to true for queries and false for mutations: a mutation
   * that timed out or got a 5xx may have run, so only THROTTLED (refused before execution) is retried for it.
   */
  idempotent?: boolean;
  /** Called before each attempt (1-based); for logs and tests. */
  onAttempt?: (attempt: number, operation: string) => void;
}

export interface RunResult<T> {
  data: T;
  cost: QueryCost | null;
  attempts: number;
}

type Outcome =
  | { kind: "ok"; data: unknown; cost: QueryCost | null }
  | {
      kind: "fail";
      reason: ShopDataFailureReason;
      retryable: boolean;
      status?: number;
      cost?: QueryCost | null;
      graphqlErrors?: GraphqlErrorInfo[];
      retryAfterMs?: number;
      cause?: unknown;
    };

const OPERATION_NAME = /\b(query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)/;

export function operationName(doc: string): string {
  return OPERATION_NAME.exec(doc)?.[2] ?? "anonymous";
}

function isMutation(doc: string): boolean {
  return OPERATION_NAME.exec(doc)?.[1] === "mutation";
}

/**
 * Runs `doc` and returns its `data`. Retries THROTTLED, HTTP 5xx/429, network failures and timeouts with
 * full-jitter exponential backoff (waiting at least as long as Shopify's restore rate says the bucket needs)
 * until the deadline. Throws ShopDataUnavailableError on final failure or when the budget is spent.
 *
 * `T` and `V` are the operation's generated types (app/types/admin.generated.d.ts, `npm run graphql-codegen`),
 * e.g. `runAdminQuery<OrdersByNameQuery, OrdersByNameQueryVariables>(...)`.
 */
export async function runAdminQuery<T, V extends Record<string, unknown> = Record<string, unknown>>(
  admin: AdminGraphql,
  doc: string,
  variables: V = {} as V,
  options: RunOptions = {},
): Promise<RunResult<T>> {
  const clock = options.clock ?? realClock;
  const random = options.random ?? Math.random;
  const baseDelay = options.baseDelayMs ?? 100;
  const maxDelay = options.maxDelayMs ?? 1_000;
  const maxAttempts = options.maxAttempts ?? 8;
  const operation = operationName(doc);
  const idempotent = options.idempotent ?? !isMutation(doc);
  const budget = options.budget;
  const started = clock.now();
  const deadline = Math.min(
    started + (options.deadlineMs ?? DEFAULT_DEADLINE_MS),
    budget?.deadlineAt ?? Number.POSITIVE_INFINITY,
  );

  let attempts = 0;
  let last: Extract<Outcome, { kind: "fail" }> | null = null;

  const giveUp = (fail: Extract<Outcome, { kind: "fail" }>): never => {
    throw new ShopDataUnavailableError({
      reason: fail.reason,
      operation,
      attempts,
      status: fail.status,
      graphqlErrors: fail.graphqlErrors,
      cause: fail.cause,
      // Why the client could not be had says more to a merchant than the operation that never ran.
      ...(isShopDataUnavailable(fail.cause) ? { message: fail.cause.message } : {}),
    });
  };

  while (true) {
    if (budget && !budget.canAfford(options.estimatedCost ?? 0)) {
      throw new ShopDataUnavailableError({
        reason: "budget_exceeded",
        operation,
        attempts,
        message: `Admin API budget for this message is spent (${budget.spent}/${budget.maxPoints} points)`,
      });
    }
    const remaining = deadline - clock.now();
    if (remaining <= 0) giveUp(last ?? { kind: "fail", reason: "timeout", retryable: false });

    attempts += 1;
    options.onAttempt?.(attempts, operation);
    const outcome = await attempt(admin, doc, variables, remaining);
    budget?.record(operation, outcome.cost ?? null);

    if (outcome.kind === "ok") return { data: outcome.data as T, cost: outcome.cost, attempts };
    last = outcome;
    const mayRetry = outcome.retryable && (idempotent || outcome.reason === "throttled");
    if (!mayRetry || attempts >= maxAttempts) giveUp(outcome);

    const backoff = random() * Math.min(maxDelay, baseDelay * 2 ** (attempts - 1));
    const wait = Math.max(backoff, outcome.retryAfterMs ?? 0);
    // Sleeping past the deadline only delays the handoff the shopper is going to get anyway.
    if (clock.now() + wait >= deadline) giveUp(outcome);
    await clock.sleep(wait);
  }
}

async function attempt(
  admin: AdminGraphql,
  doc: string,
  variables: Record<string, unknown>,
  remainingMs: number,
): Promise<Outcome> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ kind: "fail", reason: "timeout", retryable: true });
    }, remainingMs);
  });
  try {
    const call = (async (): Promise<Outcome> => {
      try {
        const response = await admin.graphql(doc, { variables, signal: controller.signal });
        return await fromResponse(response);
      } catch (error) {
        return fromThrown(error);
      }
    })();
    return await Promise.race([call, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === "object" ? (value as Record<string, unknown>) : null;
}

export function readCost(extensions: unknown): QueryCost | null {
  const cost = asRecord(asRecord(extensions)?.cost);
  if (!cost) return null;
  const ts = asRecord(cost.throttleStatus);
  return {
    requestedQueryCost: typeof cost.requestedQueryCost === "number" ? cost.requestedQueryCost : null,
    actualQueryCost: typeof cost.actualQueryCost === "number" ? cost.actualQueryCost : null,
    throttleStatus: ts
      ? {
          maximumAvailable: Number(ts.maximumAvailable),
          currentlyAvailable: Number(ts.currentlyAvailable),
          restoreRate: Number(ts.restoreRate),
        }
      : null,
  };
}

function toErrorInfos(errors: unknown): GraphqlErrorInfo[] {
  if (!Array.isArray(errors)) return [];
  return errors.map((e) => {
    const r = asRecord(e) ?? {};
    const ext = asRecord(r.extensions);
    return {
      message: String(r.message ?? "GraphQL error"),
      code: typeof ext?.code === "string" ? ext.code : undefined,
      path: Array.isArray(r.path) ? (r.path as Array<string | number>) : undefined,
    };
  });
}

/** How long Shopify's leaky bucket needs to refill enough for the request that was refused. */
function throttleWaitMs(cost: QueryCost | null): number | undefined {
  const ts = cost?.throttleStatus;
  if (!ts || !cost?.requestedQueryCost || !(ts.restoreRate > 0)) return undefined;
  const missing = cost.requestedQueryCost - ts.currentlyAvailable;
  return missing > 0 ? Math.ceil((missing / ts.restoreRate) * 1000) : undefined;
}

function fromGraphqlBody(body: Record<string, unknown>, status?: number): Outcome {
  const cost = readCost(body.extensions);
  const errors = toErrorInfos(body.errors);
  if (errors.length > 0) {
    if (errors.some((e) => e.code === "THROTTLED" || /throttled/i.test(e.message))) {
      return { kind: "fail", reason: "throttled", retryable: true, cost, graphqlErrors: errors, retryAfterMs: throttleWaitMs(cost) };
    }
    if (errors.some((e) => e.code === "INTERNAL_SERVER_ERROR")) {
      return { kind: "fail", reason: "server_error", retryable: true, cost, graphqlErrors: errors, status };
    }
    // Partial data with errors (e.g. ACCESS_DENIED on one field) is treated as a failure: an answer built from
    // half the facts could be wrong in ways the shopper can't see.
    return { kind: "fail", reason: "graphql_error", retryable: false, cost, graphqlErrors: errors, status };
  }
  if (!("data" in body) || body.data == null) {
    return { kind: "fail", reason: "bad_response", retryable: false, cost, status };
  }
  return { kind: "ok", data: body.data, cost };
}

function fromStatus(status: number, cause?: unknown, retryAfterMs?: number): Outcome {
  if (status === 429 || status >= 500) {
    return { kind: "fail", reason: "server_error", retryable: true, status, cause, retryAfterMs };
  }
  return { kind: "fail", reason: "http_error", retryable: false, status, cause };
}

async function fromResponse(response: Response): Promise<Outcome> {
  if (!response.ok) {
    const retryAfter = Number(response.headers.get("Retry-After"));
    return fromStatus(response.status, undefined, retryAfter > 0 ? retryAfter * 1000 : undefined);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    return { kind: "fail", reason: "bad_response", retryable: false, status: response.status, cause };
  }
  const record = asRecord(body);
  if (!record) return { kind: "fail", reason: "bad_response", retryable: false, status: response.status };
  return fromGraphqlBody(record, response.status);
}

function fromThrown(error: unknown): Outcome | Promise<Outcome> {
  // The client could not be had at all (the shop has no offline session): asking again will not make one.
  if (isShopDataUnavailable(error)) return { kind: "fail", reason: error.reason, retryable: false, cause: error };
  // shopify-app-remix (embedded admin) re-throws HTTP failures as a bare Response.
  if (error instanceof Response) return fromResponse(error);
  const e = asRecord(error);
  if (!e) return { kind: "fail", reason: "network", retryable: true, cause: error };

  // GraphqlQueryError: body is the graphql-client result { data?, extensions?, errors: { graphQLErrors, ... } }.
  const body = asRecord(e.body);
  if (body) {
    const wrapped = asRecord(body.errors);
    const graphQLErrors = wrapped ? wrapped.graphQLErrors : body.errors;
    return fromGraphqlBody({ data: body.data, extensions: body.extensions, errors: graphQLErrors ?? [{ message: String(e.message) }] });
  }

  // HttpResponseError family: response = { code, statusText, body, headers, retryAfter? }.
  const response = asRecord(e.response);
  if (response && typeof response.code === "number") {
    const retryAfter = typeof response.retryAfter === "number" ? response.retryAfter * 1000 : undefined;
    return fromStatus(response.code, error, retryAfter);
  }

  // HttpRequestError (no response), HttpMaxRetriesError, AbortError, TypeError("fetch failed"): the wire failed.
  const name = String((error as Error).name ?? "");
  if (name === "AbortError") return { kind: "fail", reason: "timeout", retryable: true, cause: error };
  return { kind: "fail", reason: "network", retryable: true, cause: error };
}

/** Collects a payload's userErrors in one shape (orderCancel names them orderCancelUserErrors). */
export function userErrorsOf(payload: unknown, key = "userErrors"): AdminUserError[] {
  const list = asRecord(payload)?.[key];
  if (!Array.isArray(list)) return [];
  return list.map((u) => {
    const r = asRecord(u) ?? {};
    return {
      field: Array.isArray(r.field) ? (r.field as string[]) : null,
      message: String(r.message ?? ""),
      code: typeof r.code === "string" ? r.code : null,
    };
  });
}
