import { isUniqueViolationCode } from "../../db/direct-sql.server";
import type { Db } from "../../db.server";

/**
 * Actions with side effects in the shop (a return request, a cancellation) run at most once per key.
 * The key is written BEFORE the Admin API call; a retry, a concurrent duplicate or a recovery run finds it
 * and does not call again. A row left at "started" (a crash or timeout during the call) means the outcome
 * is unknown: the caller hands off rather than risk doing it twice.
 */
export type OnceResult<T> = { ran: true; value: T } | { ran: false; previous: T | null };

export interface AtMostOnce {
  run<T>(kind: string, call: () => Promise<T>): Promise<OnceResult<T>>;
}

/** For callers with no stored state (tests of composers, dry runs that never reach a mutation). */
export const runEveryTime: AtMostOnce = {
  async run(_kind, call) {
    return { ran: true, value: await call() };
  },
};

export function shopActionGuard(db: Db, shop: string, baseKey: string): AtMostOnce {
  return {
    async run<T>(kind: string, call: () => Promise<T>): Promise<OnceResult<T>> {
      const key = `${shop}:${baseKey}:${kind}`;
      // Never called inside a transaction, so a unique violation here aborts nothing.
      const claimed = await db.shopAction.create({ data: { shop, key, kind, status: "started" } }).then(
        () => true,
        (error: unknown) => {
          if (isUniqueViolation(error)) return false;
          throw error;
        },
      );
      if (!claimed) {
        const existing = await db.shopAction.findUnique({ where: { key } });
        return { ran: false, previous: existing?.status === "succeeded" && existing.result ? (JSON.parse(existing.result) as T) : null };
      }
      let value: T;
      try {
        value = await call();
      } catch (error) {
        await db.shopAction.update({ where: { key }, data: { status: "failed", result: null } });
        throw error;
      }
      await db.shopAction.update({ where: { key }, data: { status: "succeeded", result: JSON.stringify(value ?? null) } });
      return { ran: true, value };
    },
  };
}

/** A unique-key violation, from Prisma (P2002) or from the direct driver (SQLite's or PostgreSQL's own code). */
export function isUniqueViolation(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === "P2002" || isUniqueViolationCode(code);
}
