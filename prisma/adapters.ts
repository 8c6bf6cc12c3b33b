import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { providerOf, sqliteFilePath, type DbProvider } from "./database-url.mjs";

// PostgreSQL reports catalog identifiers with the `name` type (oid 19). @prisma/adapter-pg 6.19 has no
// column type for it and fails, which breaks `prisma migrate deploy` (prisma/prisma#27403). The values
// already arrive as strings, so relabelling the column as `text` (oid 25) is lossless.
const PG_NAME_OID = 19;
const PG_TEXT_OID = 25;

type PgFieldsResult = { fields?: Array<{ dataTypeID: number }> };

function relabelNameColumns<T>(result: T): T {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of (r as PgFieldsResult | undefined)?.fields ?? []) {
      if (field.dataTypeID === PG_NAME_OID) field.dataTypeID = PG_TEXT_OID;
    }
  }
  return result;
}

// pg.Pool builds its connections from `Client`; overriding query() there covers both pool.query
// (callback style) and transaction clients (promise style) that the adapter uses.
class NameAsTextClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: unknown, res: unknown) => last(err, res && relabelNameColumns(res));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as any)(...args);
    return out && typeof out.then === "function" ? out.then(relabelNameColumns) : out;
  }
}

export function createPgAdapter(url: string): PrismaPg {
  const pool = new pg.Pool({ connectionString: url, Client: NameAsTextClient });
  // Ownership passes to the adapter, so $disconnect() ends the pool.
  return new PrismaPg(pool, { disposeExternalPool: true });
}

export function createSqliteAdapter(url: string): PrismaBetterSQLite3 {
  // Prisma's SQLite default is an ISO-8601 text timestamp; kept so the file stays readable with sqlite3.
  return new PrismaBetterSQLite3({ url: `file:${sqliteFilePath(url)}` });
}

export function createAdapter(url: string): { provider: DbProvider; adapter: PrismaPg | PrismaBetterSQLite3 } {
  const provider = providerOf(url);
  return provider === "postgresql"
    ? { provider, adapter: createPgAdapter(url) }
    : { provider, adapter: createSqliteAdapter(url) };
}
