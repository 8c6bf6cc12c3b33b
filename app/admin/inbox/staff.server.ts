import type { Db } from "../../db.server";
import type { Staff } from "../../domain/conversations/inbox.server";

interface AdminAuth {
  session: { shop: string; onlineAccessInfo?: { associated_user?: { id: number; first_name?: string; email?: string } } };
  sessionToken?: { sub?: string } | null;
}

export const UNNAMED_STAFF = "Store team";

/**
 * Who is working the Inbox. The user id comes from the App Bridge session token (verified by authenticate.admin); the
 * first name from the online session's associated user (useOnlineTokens), or from an online session stored for that
 * user earlier. Without either (an offline-only session), replies are signed "Store team".
 */
export async function currentStaff(db: Db, auth: AdminAuth): Promise<Staff> {
  const user = auth.session.onlineAccessInfo?.associated_user;
  const fromToken = auth.sessionToken?.sub && /^\d+$/.test(auth.sessionToken.sub) ? auth.sessionToken.sub : null;
  const id = fromToken ?? (user?.id ? String(user.id) : null);
  if (!id) return { id: null, name: UNNAMED_STAFF };
  if (user?.id && String(user.id) === id) return { id, name: user.first_name || user.email || UNNAMED_STAFF };
  const row = await db.session.findFirst({ where: { shop: auth.session.shop, isOnline: true, userId: BigInt(id) } });
  return { id, name: row?.firstName || row?.email || UNNAMED_STAFF };
}
