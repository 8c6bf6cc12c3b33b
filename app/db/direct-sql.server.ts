import type BetterSqlite3 from "better-sqlite3";
import type pg from "pg";
import { render, type Dialect, type Sql } from "./sql";

// The few statements every shopper message runs go straight to the database driver, on the same
// connection (SQLite) or pool (PostgreSQL) as the Prisma client, instead of through Prisma. Prisma 6 sends
// even a raw query through its Wasm query compiler and an async engine loop: profiled under load, that was
// more than half of a message's CPU, and better-sqlite3 prepared every statement again on every call.
// Here a statement is prepared once per connection and reused. Everything else keeps Prisma's model API.
// See docs/decisions/0020-direct-driver-message-path.md.

export interface SqlRunner {
  readonly dialect: Dialect;
  /** Rows of a SELECT (or of an INSERT/UPDATE … RETURNING). DATETIME columns come back as Date, BOOLEAN as boolean. */
  rows<T>(query: Sql): Promise<T[]>;
  /** Rows changed. */
  run(query: Sql): Promise<number>;
}

export interface DirectSql extends SqlRunner {
  /** Commits when fn resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
}

/** A failed statement, with the driver's own code kept (`SQLITE_CONSTRAINT_UNIQUE`, PostgreSQL's `23505`…). */
export class SqlError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "SqlError";
  }
}

export function isUniqueViolationCode(code: unknown): boolean {
  return code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "23505";
}

/**
 * SQLite has one connection, shared by Prisma and the direct statements, and a transaction on it takes in
 * every statement run on it while it is open. So: one transaction at a time (Prisma's interactive ones and
 * the direct ones take the gate), and a statement from outside a transaction waits until none is open
 * instead of slipping into someone else's, where a rollback would silently undo it.
 */
export class TransactionGate {
  #tail: Promise<void> = Promise.resolve();
  #pending = 0;

  async acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const previous = this.#tail;
    this.#tail = previous.then(() => next);
    this.#pending++;
    await previous;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#pending--;
      release();
    };
  }

  /** Resolves once no transaction holds or waits for the connection; undefined when none does (no wait). */
  idle(): Promise<void> | undefined {
    return this.#pending > 0 ? this.#tail : undefined;
  }
}

// Bounded, so statements built with a varying shape (multi-row inserts) cannot grow without limit.
const MAX_CACHED_STATEMENTS = 500;

// ---- SQLite: better-sqlite3, synchronous, the connection Prisma's adapter opened ----

interface PreparedSqlite {
  statement: BetterSqlite3.Statement;
  /** Per column: how to turn the stored value into what the app expects, or null to keep it. */
  converters: (((value: unknown) => unknown) | null)[] | null;
  names: string[];
}

function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00"); // the format Prisma's adapter writes
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value === undefined) throw new SqlError("undefined is not a SQL value (use null)", undefined);
  return value;
}

function sqliteConverter(declaredType: string | null): ((value: unknown) => unknown) | null {
  const type = (declaredType ?? "").toUpperCase();
  if (type === "DATETIME") return (v) => (v === null ? null : new Date(typeof v === "string" ? v : Number(v)));
  if (type === "BOOLEAN") return (v) => (v === null ? null : Boolean(v));
  return null;
}

export class SqliteDirectSql implements DirectSql {
  readonly dialect = "sqlite" as const;
  #database: BetterSqlite3.Database | null = null;
  #statements = new Map<string, PreparedSqlite>();
  readonly #tx: SqlRunner;

  constructor(
    /** Opens the connection (through Prisma, so both share it) when nothing has yet. */
    private readonly connect: () => Promise<void>,
    readonly gate: TransactionGate,
  ) {
    this.#tx = { dialect: "sqlite", rows: (q) => this.rowsOn(q), run: (q) => this.runOn(q) };
  }

  /** Called by the adapter when Prisma opens (or reopens) its connection. */
  attach(database: BetterSqlite3.Database) {
    this.#database = database;
    this.#statements.clear();
  }

  async rows<T>(query: Sql): Promise<T[]> {
    if (!this.#database?.open) await this.connect();
    const busy = this.gate.idle();
    if (busy) await busy;
    return this.rowsOn<T>(query);
  }

  async run(query: Sql): Promise<number> {
    if (!this.#database?.open) await this.connect();
    const busy = this.gate.idle();
    if (busy) await busy;
    return this.runOn(query);
  }

  async transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T> {
    if (!this.#database?.open) await this.connect();
    const release = await this.gate.acquire();
    try {
      this.exec("BEGIN");
      let result: T;
      try {
        result = await fn(this.#tx);
      } catch (error) {
        if (this.database().inTransaction) this.exec("ROLLBACK");
        throw error;
      }
      this.exec("COMMIT");
      return result;
    } finally {
      release();
    }
  }

  private database(): BetterSqlite3.Database {
    if (!this.#database) throw new SqlError("the SQLite connection is not open", undefined);
    return this.#database;
  }

  private exec(text: string) {
    this.prepared(text).statement.run();
  }

  private prepared(text: string): PreparedSqlite {
    let entry = this.#statements.get(text);
    if (!entry) {
      let statement: BetterSqlite3.Statement;
      try {
        statement = this.database().prepare(text);
      } catch (error) {
        throw toSqlError(error);
      }
      // Prisma's connection defaults to BigInt integers; the app's integer columns all fit a double.
      statement.safeIntegers(false);
      const columns = statement.reader ? statement.columns() : null;
      const converters = columns?.map((c) => sqliteConverter(c.type)) ?? null;
      entry = { statement, converters: converters?.some(Boolean) ? converters : null, names: columns?.map((c) => c.name) ?? [] };
      if (this.#statements.size >= MAX_CACHED_STATEMENTS) this.#statements.clear();
      this.#statements.set(text, entry);
    }
    return entry;
  }

  private rowsOn<T>(query: Sql): Promise<T[]> {
    const entry = this.prepared(render(query, "sqlite"));
    if (!entry.statement.reader) throw new SqlError("rows() needs a statement that returns rows", undefined);
    let rows: Record<string, unknown>[];
    try {
      rows = entry.statement.all(...query.values.map(sqliteValue)) as Record<string, unknown>[];
    } catch (error) {
      return Promise.reject(toSqlError(error));
    }
    const { converters, names } = entry;
    if (converters) {
      for (const row of rows) {
        for (let i = 0; i < converters.length; i++) {
          const convert = converters[i];
          if (convert) row[names[i]] = convert(row[names[i]]);
        }
      }
    }
    return Promise.resolve(rows as T[]);
  }

  private runOn(query: Sql): Promise<number> {
    const entry = this.prepared(render(query, "sqlite"));
    try {
      return Promise.resolve(entry.statement.run(...query.values.map(sqliteValue)).changes);
    } catch (error) {
      return Promise.reject(toSqlError(error));
    }
  }
}

// ---- PostgreSQL: node-postgres, the pool Prisma's adapter uses ----

const PG_TIMESTAMP = 1114;
const PG_INT8 = 20;
const PG_NUMERIC = 1700;

function pgValue(value: unknown): unknown {
  // timestamp(3) without time zone holds UTC wall-clock time (as Prisma writes it): send UTC, whatever TZ this process has.
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) throw new SqlError("undefined is not a SQL value (use null)", undefined);
  return value;
}

export class PgDirectSql implements DirectSql {
  readonly dialect = "postgresql" as const;
  #names = new Map<string, string>();
  #types: pg.CustomTypesConfig;
  #pool: pg.Pool | null = null;

  constructor(
    /** Opens the pool (through Prisma, so both share it) when nothing has yet. */
    private readonly connect: () => Promise<void>,
    pgTypes: typeof pg.types,
  ) {
    const parseUtc = (text: string) => new Date(`${text.replace(" ", "T")}Z`);
    this.#types = {
      getTypeParser: ((oid: number, format?: "text" | "binary") => {
        if (oid === PG_TIMESTAMP) return parseUtc;
        if (oid === PG_INT8 || oid === PG_NUMERIC) return (text: string) => Number(text);
        return pgTypes.getTypeParser(oid, format ?? "text");
      }) as pg.CustomTypesConfig["getTypeParser"],
    };
  }

  /** Called by the adapter when Prisma opens (or reopens) its pool. */
  attach(pool: pg.Pool) {
    this.#pool = pool;
  }

  async rows<T>(query: Sql): Promise<T[]> {
    return (await this.on(await this.pool(), query)).rows as T[];
  }

  async run(query: Sql): Promise<number> {
    return (await this.on(await this.pool(), query)).rowCount ?? 0;
  }

  private async pool(): Promise<pg.Pool> {
    if (!this.#pool || this.#pool.ending) await this.connect();
    if (!this.#pool) throw new SqlError("the PostgreSQL pool is not open", undefined);
    return this.#pool;
  }

  async transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T> {
    const pool = await this.pool();
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      throw toSqlError(error);
    }
    const tx: SqlRunner = {
      dialect: "postgresql",
      rows: (q) => this.on(client, q).then((r) => r.rows),
      run: (q) => this.on(client, q).then((r) => r.rowCount ?? 0),
    };
    try {
      await client.query("BEGIN");
      const result = await fn(tx);
      await client.query("COMMIT");
      client.release();
      return result;
    } catch (error) {
      try {
        await client.query("ROLLBACK");
        client.release();
      } catch (rollbackError) {
        // A connection that cannot even roll back is closed, not given back to the pool.
        client.release(rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError)));
      }
      throw toSqlError(error);
    }
  }

  private async on(target: pg.Pool | pg.PoolClient, query: Sql): Promise<pg.QueryResult> {
    const text = render(query, "postgresql");
    try {
      return await target.query({ text, values: query.values.map(pgValue), types: this.#types, name: this.nameFor(text) });
    } catch (error) {
      throw toSqlError(error);
    }
  }

  /** A named (server-side prepared) statement per text: parsed and planned once per connection. */
  private nameFor(text: string): string | undefined {
    let name = this.#names.get(text);
    if (!name) {
      if (this.#names.size >= MAX_CACHED_STATEMENTS) return undefined;
      name = `switchboard_${this.#names.size + 1}`;
      this.#names.set(text, name);
    }
    return name;
  }
}

function toSqlError(error: unknown): unknown {
  if (error instanceof SqlError || !(error instanceof Error)) return error;
  return new SqlError(error.message, (error as { code?: string }).code, { cause: error });
}
