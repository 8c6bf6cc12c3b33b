import { readFileSync } from "node:fs";
import { GraphQLError, getNamedType, isObjectType, type GraphQLNamedType, type GraphQLResolveInfo } from "graphql";
import { ACCESS_RULES_FILE, type AccessRule, type AccessRules } from "./access-rules";

let rules: AccessRules | undefined;
const getRules = () => (rules ??= JSON.parse(readFileSync(ACCESS_RULES_FILE, "utf8")) as AccessRules);

/** A write scope implies the matching read scope, as on Shopify. */
function has(scopes: readonly string[], scope: string): boolean {
  return scopes.includes(scope) || (scope.startsWith("read_") && scopes.includes(`write_${scope.slice("read_".length)}`));
}

function satisfied(rule: AccessRule, scopes: readonly string[]): boolean {
  return (rule.anyOf.length === 0 || rule.anyOf.some((s) => has(scopes, s))) && rule.allOf.every((s) => has(scopes, s));
}

/** The type whose rule governs a field: a connection's or edge's node type, otherwise the field's own named type. */
function elementType(type: GraphQLNamedType): GraphQLNamedType {
  if (isObjectType(type) && /(Connection|Edge)$/.test(type.name)) {
    const fields = type.getFields();
    const inner = fields.nodes ?? fields.node;
    if (inner) return getNamedType(inner.type);
  }
  return type;
}

function denied(fieldName: string, rule: AccessRule): GraphQLError {
  return new GraphQLError(`Access denied for ${fieldName} field. Required access: ${rule.requiredAccess}`, {
    extensions: { code: "ACCESS_DENIED", documentation: "https://shopify.dev/api/usage/access-scopes", requiredAccess: rule.requiredAccess },
  });
}

/** Throw Shopify's ACCESS_DENIED error when the app's scopes don't cover the field or the type it returns. */
export function enforceFieldAccess(scopes: readonly string[], info: GraphQLResolveInfo): void {
  const all = getRules();
  const fieldRule = all.fields[`${info.parentType.name}.${info.fieldName}`];
  if (fieldRule && !satisfied(fieldRule, scopes)) throw denied(info.fieldName, fieldRule);
  const typeRule = all.types[elementType(getNamedType(info.returnType)).name];
  if (typeRule && !satisfied(typeRule, scopes)) throw denied(info.fieldName, typeRule);
}

/** For fields returning an interface or union (node(id)), the concrete type is known only after resolving. */
export function enforceTypeAccess(scopes: readonly string[], typename: string, fieldName: string): void {
  const typeRule = getRules().types[typename];
  if (typeRule && !satisfied(typeRule, scopes)) throw denied(fieldName, typeRule);
}
