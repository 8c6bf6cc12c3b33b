import { PrismaClient as PostgresPrismaClient } from "../generated/postgresql/client";
import { PrismaClient as SqlitePrismaClient } from "../generated/sqlite/client";
import { createPgAdapter, createSqliteAdapter } from "../prisma/adapters";
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

export function createPrismaClient(url: string): Db {
  if (providerOf(url) === "postgresql") {
    return new PostgresPrismaClient({ adapter: createPgAdapter(url) }) as unknown as Db;
  }
  return new SqlitePrismaClient({ adapter: createSqliteAdapter(url) });
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
      client ??= createPrismaClient(databaseUrl());
      const value = Reflect.get(client, property, client);
      return typeof value === "function" ? value.bind(client) : value;
    },
  });
}

export const prisma: Db = globalForPrisma.switchboardPrisma ?? lazyClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.switchboardPrisma = prisma;

export default prisma;
