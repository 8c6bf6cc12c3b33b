import type { Session } from "@shopify/shopify-api";
import { PrismaSessionStorage } from "@shopify/shopify-app-session-storage-prisma";
import { directSql, type Db } from "../db.server";
import { sql } from "../db/sql";

/**
 * Shopify's Prisma session storage, with the read that storefront messages and jobs make (the shop's offline
 * session, loaded when they first call the Admin API, decision 0026) sent straight to the driver: through Prisma's
 * model API it cost about a millisecond of CPU per request, a fifth of a message's (decision record 0020). Writes,
 * deletes and everything else stay the package's own. The row is read as the package's Prisma model
 * returns it, and turned into a Session by the package's own code.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- both generated Prisma clients share the package's expected shape
export class SwitchboardSessionStorage extends PrismaSessionStorage<any> {
  readonly #db: Db;

  constructor(db: Db) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- both generated Prisma clients share this shape
    super(db as any);
    this.#db = db;
  }

  override async loadSession(id: string): Promise<Session | undefined> {
    const inherited = this as unknown as PackageInternals;
    await inherited.ensureReady();
    // userId is a BigInt column: read as text so no id loses digits on the way to the package's String(userId).
    const [row] = await directSql(this.#db).rows<SessionRow>(sql`
      SELECT "id", "shop", "state", "isOnline", "scope", "expires", "accessToken", CAST("userId" AS TEXT) AS "userId", "firstName", "lastName",
        "email", "accountOwner", "locale", "collaborator", "emailVerified", "refreshToken", "refreshTokenExpires"
      FROM "Session" WHERE "id" = ${id}`);
    return row ? inherited.rowToSession(row) : undefined;
  }
}

/** The package's own readiness check and row conversion (private in its types; a test pins them against its loadSession). */
interface PackageInternals {
  ensureReady(): Promise<void>;
  rowToSession(row: SessionRow): Session;
}

interface SessionRow {
  id: string;
  shop: string;
  state: string;
  isOnline: boolean;
  scope: string | null;
  expires: Date | null;
  accessToken: string;
  userId: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  accountOwner: boolean;
  locale: string | null;
  collaborator: boolean | null;
  emailVerified: boolean | null;
  refreshToken: string | null;
  refreshTokenExpires: Date | null;
}
