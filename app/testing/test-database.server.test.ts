import { describe, expect, it } from "vitest";
import {
  createPostgresDatabase,
  databaseUrlFor,
  testPostgresAdminUrl,
  testProviders,
  withPostgresAdmin,
} from "./test-database.server";

describe("testProviders", () => {
  it("includes PostgreSQL unless SKIP_POSTGRES=1 is set explicitly", () => {
    expect(testProviders({})).toEqual(["sqlite", "postgresql"]);
    expect(testProviders({ SKIP_POSTGRES: "0" })).toEqual(["sqlite", "postgresql"]);
    expect(testProviders({ SKIP_POSTGRES: "" })).toEqual(["sqlite", "postgresql"]);
    expect(testProviders({ SKIP_POSTGRES: "1" })).toEqual(["sqlite"]);
  });
});

describe("PostgreSQL test databases", () => {
  it("fail with an actionable error, not a skip, when the server is unreachable", async () => {
    // Port 1 on loopback refuses connections immediately.
    await expect(createPostgresDatabase("postgresql://postgres@127.0.0.1:1/postgres")).rejects.toThrow(
      /PostgreSQL is not reachable at postgresql:\/\/postgres@127\.0\.0\.1:1\/postgres.*SKIP_POSTGRES=1/s,
    );
  });

  it("keep credentials out of that error", async () => {
    await expect(createPostgresDatabase("postgresql://app:s3cret@127.0.0.1:1/postgres")).rejects.toThrow(/app:\*\*\*@/);
    await expect(createPostgresDatabase("postgresql://app:s3cret@127.0.0.1:1/postgres")).rejects.not.toThrow(/s3cret/);
  });

  it("point at a new database on the same server, keeping credentials and options", () => {
    expect(databaseUrlFor("postgresql://u:p@db.internal:6543/postgres?sslmode=require", "t1")).toBe(
      "postgresql://u:p@db.internal:6543/t1?sslmode=require",
    );
  });

  // Like the describe.each suites: left out only when SKIP_POSTGRES=1 says so.
  if (!testProviders().includes("postgresql")) return;

  it("are created and dropped by name", async () => {
    const database = await createPostgresDatabase();
    const name = new URL(database.url).pathname.slice(1);
    const exists = () =>
      withPostgresAdmin(
        testPostgresAdminUrl(),
        async (client) => (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount,
      );
    expect(await exists()).toBe(1);
    await database.drop();
    expect(await exists()).toBe(0);
  });
});
