import { randomUUID } from "node:crypto";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { parse as parsePgUrl } from "pg-connection-string";
import pg from "pg";
import type BetterSqlite3 from "better-sqlite3";
import { providerOf, sqliteFilePath } from "./database-url.mjs";
import { startBackgroundCheckpoints } from "./sqlite-checkpointer";

// PostgreSQL's catalogs use the `name` (oid 19) and single-byte `"char"` (oid 18) types. @prisma/adapter-pg
// 6.19 has no column type for them and fails, which breaks `prisma migrate deploy` (`name`,
// prisma/prisma#27403) and `migrate diff` introspection (`"char"`, e.g. pg_constraint.contype). Their
// values already arrive as strings, so relabelling the columns as `text` (oid 25) is lossless.
const PG_CATALOG_TEXT_OIDS = new Set([18, 19]);
const PG_TEXT_OID = 25;

type PgFieldsResult = { fields?: Array<{ dataTypeID: number }> };

function relabelCatalogColumns<T>(result: T): T {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of (r as PgFieldsResult | undefined)?.fields ?? []) {
      if (PG_CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = PG_TEXT_OID;
    }
  }
  return result;
}

// pg.Pool builds its connections from `Client`; overriding query() there covers both pool.query
// (callback style) and transaction clients (promise style) that the adapter uses.
class CatalogTextClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: unknown, res: unknown) => last(err, res && relabelCatalogColumns(res));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as any)(...args);
    return out && typeof out.then === "function" ? out.then(relabelCatalogColumns) : out;
  }
}

function pgPoolConfig(url: string): pg.PoolConfig {
  const { schema, ...fields } = parsePgUrl(url) as ReturnType<typeof parsePgUrl> & { schema?: string };
  // With adapters, the client honours a Prisma-style `?schema=` but `migrate deploy` ignores it and
  // creates the tables in `public`: refuse it rather than migrate one schema and query another.
  if (schema && schema !== "public") {
    throw new Error(
      `DATABASE_URL's ?schema=${schema} is not supported (migrations would go to "public"). ` +
        "Use a database of its own, or drop the parameter.",
    );
  }
  return { ...(fields as pg.PoolConfig), Client: CatalogTextClient };
}

/**
 * A pool that survives the database going away. pg.Pool emits "error" when an idle connection is cut (a
 * restart, a failover, a network blip); with no listener Node turns that into an uncaught exception and the
 * whole instance dies. The pool has already dropped that connection, and the next query opens a fresh one,
 * so logging is all there is to do.
 */
export function createResilientPgPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  pool.on("error", logLostConnection);
  return pool;
}

function logLostConnection(error: Error) {
  console.error("database connection lost (the pool reconnects on the next query):", error.message);
}

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

// After $disconnect() the adapter ends the pool and opens a new one from the same options on the next query;
// onConnect tells the message path's direct statements which pool is current.
class AppPgAdapterFactory extends PrismaPg {
  readonly #onConnect?: (pool: pg.Pool) => void;

  constructor(url: string, onConnect?: (pool: pg.Pool) => void) {
    // Ownership passes to the adapter, so $disconnect() ends the pool. onPoolError covers the pools it opens later.
    super(createResilientPgPool(pgPoolConfig(url)), { disposeExternalPool: true, onPoolError: logLostConnection });
    this.#onConnect = onConnect;
  }

  override async connect(): Promise<PgAdapter> {
    const adapter = await super.connect();
    this.#onConnect?.(adapter.underlyingDriver() as pg.Pool);
    return adapter;
  }
}

export function createPgAdapter(url: string, options: { onConnect?: (pool: pg.Pool) => void } = {}): PrismaPg {
  return new AppPgAdapterFactory(url, options.onConnect);
}

type PgShadowAdapter = Awaited<ReturnType<PrismaPg["connectToShadowDb"]>>;

// adapter-pg 6.19's own shadow database (for `migrate diff --from-migrations`) keeps the URL's database,
// so it replays migrations onto the real one, and drops the shadow before closing its pool, which
// PostgreSQL refuses. This one connects to the shadow by name and closes it before dropping it.
class PgMigrationAdapter extends PrismaPg {
  readonly #url: string;

  constructor(url: string) {
    // The CLI never closes its adapter; idle pooled connections would hold the process open for 10 s.
    super(new pg.Pool({ ...pgPoolConfig(url), allowExitOnIdle: true }), { disposeExternalPool: true });
    this.#url = url;
  }

  override async connectToShadowDb(): Promise<PgShadowAdapter> {
    const main = await this.connect();
    const database = `prisma_shadow_${randomUUID().replace(/-/g, "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg(new pg.Pool({ ...pgPoolConfig(this.#url), database, allowExitOnIdle: true }), {
      disposeExternalPool: true,
    }).connect();
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
    };
    return shadow;
  }
}

// The app's one SQLite connection. SQLite's defaults (rollback journal, synchronous=FULL) create, fsync
// and delete a journal file for every write, about four fsyncs per statement, all blocking the event loop
// because better-sqlite3 is synchronous. WAL with synchronous=NORMAL appends to the log and fsyncs only at
// checkpoints; it stays crash-safe for the process (an OS crash or power loss can lose the last commits,
// never corrupt the file). Measured in `npm run bench -- load`; see docs/decisions/0008-sqlite-wal.md.
// busy_timeout: other processes on the same file (the Prisma CLI, a second app process) wait, not fail.
const SQLITE_PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;";

/** One transaction at a time on the connection, and nothing else while one is open (see app/db/direct-sql.server.ts's TransactionGate). */
export interface TransactionGateLike {
  acquire(): Promise<() => void>;
  idle(): Promise<void> | undefined;
}

export interface SqliteAdapterOptions {
  /** better-sqlite3's `verbose`: lets the benchmark count what a message costs the database. */
  onStatement?: (message?: unknown, ...rest: unknown[]) => void;
  /** The connection Prisma opened, for the statements that bypass Prisma on the same connection. */
  onConnect?: (database: BetterSqlite3.Database) => void;
  /** Taken by every Prisma interactive transaction, and waited for by its other statements (see gateTransactions). */
  gate?: TransactionGateLike;
  /** WAL checkpoints in a worker thread instead of inside commits on the event loop (prisma/sqlite-checkpointer.ts). */
  backgroundCheckpoints?: boolean;
}

type SqliteAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

class TunedSqliteAdapterFactory extends PrismaBetterSQLite3 {
  readonly #hooks: SqliteAdapterOptions;
  readonly #file: string;

  constructor(file: string, config: ConstructorParameters<typeof PrismaBetterSQLite3>[0], hooks: SqliteAdapterOptions = {}) {
    super(config);
    this.#file = file;
    this.#hooks = hooks;
  }

  override async connect(): Promise<SqliteAdapter> {
    const adapter = await super.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    if (this.#hooks.gate) gateTransactions(adapter, this.#hooks.gate);
    const database = (adapter as unknown as { client: BetterSqlite3.Database }).client;
    if (this.#hooks.backgroundCheckpoints && !database.memory) {
      const stop = startBackgroundCheckpoints(database, this.#file);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = () => stop().then(dispose, dispose);
    }
    this.#hooks.onConnect?.(database);
    return adapter;
  }
}

function gateTransactions(adapter: SqliteAdapter, gate: TransactionGateLike) {
  const start = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const release = await gate.acquire();
    try {
      const tx = await start(isolationLevel);
      const commit = tx.commit.bind(tx);
      const rollback = tx.rollback.bind(tx);
      tx.commit = () => commit().finally(release);
      tx.rollback = () => rollback().finally(release);
      return tx;
    } catch (error) {
      release();
      throw error;
    }
  };
  // Prisma's statements outside a transaction (those inside one go through its own object) wait for the gate.
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.queryRaw = (query) => gate.idle()?.then(() => queryRaw(query)) ?? queryRaw(query);
  adapter.executeRaw = (query) => gate.idle()?.then(() => executeRaw(query)) ?? executeRaw(query);
}

export function createSqliteAdapter(url: string, options: SqliteAdapterOptions = {}): PrismaBetterSQLite3 {
  // The adapter's default ISO-8601 text timestamps keep the file readable with the sqlite3 shell.
  const file = sqliteFilePath(url);
  return new TunedSqliteAdapterFactory(
    file,
    { url: `file:${file}`, ...(options.onStatement ? { verbose: options.onStatement } : {}) },
    options,
  );
}

type SqliteShadowAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connectToShadowDb"]>>;

// The schema engine replays each migration on the shadow database with executeRaw, which better-sqlite3
// limits to one statement, so `migrate diff --from-migrations` fails (P3006) on any real migration.
// Parameterless SQL is routed to executeScript (sqlite's exec) instead. Only the CLI uses this.
class SqliteMigrationAdapter extends PrismaBetterSQLite3 {
  override async connectToShadowDb(): Promise<SqliteShadowAdapter> {
    const shadow = await super.connectToShadowDb();
    const executeRaw = shadow.executeRaw.bind(shadow);
    shadow.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await shadow.executeScript(query.sql);
      return 0;
    };
    return shadow;
  }
}

export function createAdapter(url: string): PrismaPg | PrismaBetterSQLite3 {
  return providerOf(url) === "postgresql" ? createPgAdapter(url) : createSqliteAdapter(url);
}

// For prisma.config.ts: the same connections as the app, plus the shadow-database fixes above.
export function createMigrationAdapter(url: string): PrismaPg | PrismaBetterSQLite3 {
  return providerOf(url) === "postgresql"
    ? new PgMigrationAdapter(url)
    : new SqliteMigrationAdapter({ url: `file:${sqliteFilePath(url)}` });
}
