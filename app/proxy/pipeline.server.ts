import type { ShopperMessagePipeline } from "../domain/conversations/pipeline";
import type { AdminGraphql } from "../domain/shop-data/admin-api.server";

export async function shopperMessagePipeline(_admin: AdminGraphql | null): Promise<ShopperMessagePipeline> {
  throw new Error("pipeline not wired yet");
}
