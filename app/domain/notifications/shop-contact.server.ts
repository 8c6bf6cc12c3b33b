// Who at the shop hears about handoffs, and where its storefront is.
import { runAdminQuery, type AdminGraphql } from "../shop-data/admin-api.server";
import type { NotificationContactQuery, NotificationContactQueryVariables } from "~/types/admin.generated";

export const NOTIFICATION_CONTACT_QUERY = `#graphql
  query NotificationContact {
    shop {
      name
      email
      contactEmail
      url
    }
  }
`;

export interface ShopContact {
  name: string;
  /** The public support address (contactEmail), else the owner's address Shopify writes to (email). */
  teamEmail: string | null;
  storefrontUrl: string;
}

export async function getShopContact(admin: AdminGraphql): Promise<ShopContact> {
  const { data } = await runAdminQuery<NotificationContactQuery, NotificationContactQueryVariables>(admin, NOTIFICATION_CONTACT_QUERY, {}, { deadlineMs: 15_000 });
  return {
    name: data.shop.name,
    teamEmail: data.shop.contactEmail || data.shop.email || null,
    storefrontUrl: String(data.shop.url),
  };
}
