import type { Db } from "../../db.server";
import type { Staff } from "../../domain/conversations/inbox.server";

interface AdminAuth {
  session: { shop: string; onlineAccessInfo?: { associated_user?: { id: number; first_name?: string; email?: string } } };
  sessionToken?: { sub?: string } | null;
}

/**
 * Who is working the Inbox. The user id comes from the App Bridge session token (verified by authenticate.admin); the
 * first name from the online access token's associated user, or from an online session stored for that user earlier.
 */
export async function currentStaff(db: Db, auth: AdminAuth): Promise<Staff> {
  const user = auth.session.onlineAccessInfo?.associated_user;
  if (user?.id) return { id: String(user.id), name: user.first_name || user.email || "Store team" };
  const id = auth.sessionToken?.sub && /^\d+$/.test(auth.sessionToken.sub) ? auth.sessionToken.sub : null;
  if (id) {
    const row = await db.session.findFirst({ where: { shop: auth.session.shop, isOnline: true, userId: BigInt(id) } });
    if (row?.firstName) return { id, name: row.firstName };
  }
  return { id, name: "Store team" };
}
