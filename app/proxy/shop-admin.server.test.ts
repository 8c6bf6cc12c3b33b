import { describe, expect, it } from "vitest";
import type { AdminGraphql } from "../domain/shop-data/admin-api.server";
import { lazyShopAdmin } from "./shop-admin.server";

const answering: AdminGraphql = { graphql: async (query) => Response.json({ data: { echo: query } }) };

describe("lazyShopAdmin", () => {
  it("reads the session on the first query, not before, and once for all of the request's queries", async () => {
    const loads: string[] = [];
    const admin = lazyShopAdmin("shop-a.myshopify.com", async (shop) => {
      loads.push(shop);
      return answering;
    });
    expect(loads).toEqual([]);
    const replies = await Promise.all([admin.graphql("query A { shop { name } }"), admin.graphql("query B { shop { name } }")]);
    await admin.graphql("query C { shop { name } }");
    expect(loads).toEqual(["shop-a.myshopify.com"]);
    expect(await replies[1]!.json()).toEqual({ data: { echo: "query B { shop { name } }" } });
  });

  it("tries the read again on the next query after it failed", async () => {
    let attempts = 0;
    const admin = lazyShopAdmin("shop-b.myshopify.com", async () => {
      attempts += 1;
      if (attempts === 1) throw new Error("connection reset");
      return answering;
    });
    await expect(admin.graphql("query A { shop { name } }")).rejects.toThrow("connection reset");
    expect((await admin.graphql("query A { shop { name } }")).status).toBe(200);
    expect(attempts).toBe(2);
  });
});
