import { PrismaClient as PostgresPrismaClient } from "../generated/postgresql/client";
import { PrismaClient as SqlitePrismaClient } from "../generated/sqlite/client";
import pg from "pg";
import { createPgAdapter, createSqliteAdapter } from "../prisma/adapters";
import { PgDirectSql, SqliteDirectSql, TransactionGate, type DirectSql } from "./db/direct-sql.server";
import { databaseUrl, providerOf, type DbProvider } from "../prisma/database-url.mjs";

// Both generated clients come from the same models (prisma/models.prisma), so their model APIs are
// identical; a client generated for one provider refuses the other's adapter, hence two of them.
// App code sees a single type and never needs to know which database it runs on.
export type Db = SqlitePrismaClient;
export type { DbProvider };
export { Prisma } from "../generated/sqlite/client";
export type {
  BackInStockSubscription,
  Conversation,
  InboxNote,
  Message,
  Notification,
  RoutingDecisionRecord,
  SavedReply,
  Session,
  ShopSettings,
} from "../generated/sqlite/client";

const DIRECT_SQL = Symbol.for("switchboard.directSql");

export interface PrismaClientOptions {
  /** SQLite only: called with every statement the connection runs (the statements benchmark). */
  onStatement?: (message?: unknown, ...rest: unknown[]) => void;
  /** SQLite only: WAL checkpoints in a worker thread, off the event loop (the app's own client; decision 0021). */
  backgroundCheckpoints?: boolean;
}

/** A Prisma client and, on the same connection or pool, the driver the message path's statements use. */
export function createPrismaClient(url: string, options: PrismaClientOptions = {}): Db {
  if (providerOf(url) === "postgresql") {
    const direct: PgDirectSql = new PgDirectSql(() => client.$connect(), pg.types);
    const client = new PostgresPrismaClient({ adapter: createPgAdapter(url, { onConnect: (pool) => direct.attach(pool) }) }) as unknown as Db;
    return withDirectSql(client, direct);
  }
  const gate = new TransactionGate();
  // Prisma opens the connection; the direct driver is handed it, and asks Prisma to open it when it needs it first.
  const direct: SqliteDirectSql = new SqliteDirectSql(() => client.$connect(), gate);
  const client: Db = new SqlitePrismaClient({
    adapter: createSqliteAdapter(url, {
      onStatement: options.onStatement,
      backgroundCheckpoints: options.backgroundCheckpoints,
      gate,
      onConnect: (database) => direct.attach(database),
    }),
  });
  return withDirectSql(client, direct);
}

function withDirectSql(client: Db, direct: DirectSql): Db {
  Object.defineProperty(client, DIRECT_SQL, { value: direct, enumerable: false });
  return client;
}

/** The driver behind a client made by createPrismaClient (for the per-message statements). */
export function directSql(db: Db): DirectSql {
  const direct = (db as unknown as Record<symbol, DirectSql | undefined>)[DIRECT_SQL];
  if (!direct) throw new Error("This Prisma client was not made by createPrismaClient, so it has no direct SQL driver");
  return direct;
}

export const dbProvider: DbProvider = providerOf(databaseUrl());

// Remix dev re-evaluates modules on every change; one client per process keeps a single pool/file handle.
const globalForPrisma = globalThis as unknown as { switchboardPrisma?: Db };

// Created on first use, not at import: tests (and scripts) can import modules that depend on this one
// and still choose DATABASE_URL before the first query.
function lazyClient(): Db {
  let client: Db | undefined;
  return new Proxy({} as Db, {
    get(_target, property) {
      client ??= createPrismaClient(databaseUrl(), { backgroundCheckpoints: true });
      const value = Reflect.get(client, property, client);
      return typeof value === "function" ? value.bind(client) : value;
    },
  });
}

export const prisma: Db = globalForPrisma.switchboardPrisma ?? lazyClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.switchboardPrisma = prisma;

export default prisma;
