/** "7002" or "gid://shopify/Customer/7002" -> "gid://shopify/Customer/7002". */
export function toGid(type: string, id: string | number): string {
  const s = String(id).trim();
  return s.startsWith("gid://") ? s : `gid://shopify/${type}/${s}`;
}

/** Numeric tail of a GID ("gid://shopify/InventoryItem/42" -> "42"). */
export function legacyIdOf(id: string | number): string {
  return String(id).split("/").pop()!.split("?")[0];
}
