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

  it("renders a call site's text once per database, and never reuses the text of a statement built from parts", () => {
    const byId = (id: string) => sql`SELECT "body" FROM "Message" WHERE "id" = ${id}`;
    const first = render(byId("a"), "sqlite");
    expect(render(byId("b"), "sqlite")).toBe(first);
    expect(render(byId("c"), "postgresql")).toBe('SELECT "body" FROM "Message" WHERE "id" = $1');
    expect(byId("d").values).toEqual(["d"]);
    // Built from parts, the same call site makes a different text each time: each is rendered afresh.
    const insert = (columns: string[]) => sql`INSERT INTO "T" (${join(columns.map(identifier))}) VALUES (${join(columns.map((c) => sql`${c}`))})`;
    expect(render(insert(["a"]), "sqlite")).toBe('INSERT INTO "T" ("a") VALUES (?)');
    expect(render(insert(["a", "b"]), "sqlite")).toBe('INSERT INTO "T" ("a", "b") VALUES (?, ?)');
    expect(render(insert(["a", "b"]), "postgresql")).toBe('INSERT INTO "T" ("a", "b") VALUES ($1, $2)');
  });

  it("refuses an identifier that is not a plain name, and an empty join", () => {
    expect(() => identifier('status" = NULL; --')).toThrow(/not a plain identifier/);
    expect(() => join([])).toThrow(/at least one/);
  });
});
