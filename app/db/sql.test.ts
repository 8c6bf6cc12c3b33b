import { describe, expect, it } from "vitest";
import { identifier, join, render, sql } from "./sql";

describe("sql", () => {
  it("keeps values out of the text, with each database's placeholders", () => {
    const name = "x'); DROP TABLE \"Message\"; --";
    const q = sql`SELECT "id" FROM "Message" WHERE "body" = ${name} AND "attempts" < ${3}`;
    expect(render(q, "sqlite")).toBe('SELECT "id" FROM "Message" WHERE "body" = ? AND "attempts" < ?');
    expect(render(q, "postgresql")).toBe('SELECT "id" FROM "Message" WHERE "body" = $1 AND "attempts" < $2');
    expect(q.values).toEqual([name, 3]);
  });

  it("inlines nested fragments and numbers their values in order", () => {
    const rows = [sql`(${"a"}, ${1})`, sql`(${"b"}, ${2})`];
    const q = sql`INSERT INTO "T" ("k", "v") VALUES ${join(rows)} RETURNING ${identifier("k")}, ${4}`;
    expect(render(q, "postgresql")).toBe('INSERT INTO "T" ("k", "v") VALUES ($1, $2), ($3, $4) RETURNING "k", $5');
    expect(q.values).toEqual(["a", 1, "b", 2, 4]);
  });

  it("refuses an identifier that is not a plain name, and an empty join", () => {
    expect(() => identifier('status" = NULL; --')).toThrow(/not a plain identifier/);
    expect(() => join([])).toThrow(/at least one/);
  });
});
