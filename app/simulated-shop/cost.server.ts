import {
  Kind,
  getNamedType,
  isUnionType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/**
 * Query cost in the spirit of Shopify's calculated query cost
 * (https://shopify.dev/docs/api/usage/limits#cost-calculation): scalars and enums 0, objects 1,
 * connections 2 + page size × the cost of one node, mutations 10. Requested cost uses page sizes from the arguments;
 * actual cost counts the nodes the response really holds.
 */

interface CostContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

interface CollectedField {
  node: FieldNode;
  field: GraphQLField<unknown, unknown>;
}

/** Fields of a selection set keyed by response key; fragments are flattened (over-counting abstract types slightly). */
function collectFields(ctx: CostContext, parent: GraphQLCompositeType, selectionSet: SelectionSetNode, into = new Map<string, CollectedField[]>()) {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith("__")) continue;
      // Unions have no fields of their own (only __typename, skipped above).
      const field = isUnionType(parent) ? undefined : parent.getFields()[selection.name.value];
      if (!field) continue;
      const key = selection.alias?.value ?? selection.name.value;
      into.set(key, [...(into.get(key) ?? []), { node: selection, field }]);
    } else {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : ctx.fragments[selection.name.value];
      if (!fragment) continue;
      const typeName = fragment.typeCondition?.name.value;
      const type = typeName ? ctx.schema.getType(typeName) : parent;
      if (type && isCompositeType(type)) collectFields(ctx, type, fragment.selectionSet, into);
    }
  }
  return into;
}

function argValue(ctx: CostContext, node: FieldNode, name: string): unknown {
  const arg = node.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  return valueFromASTUntyped(arg.value, ctx.variables);
}

const isConnection = (field: GraphQLField<unknown, unknown>) => {
  const named = getNamedType(field.type);
  return isObjectType(named) && named.name.endsWith("Connection") && "edges" in named.getFields();
};

function pageSize(ctx: CostContext, node: FieldNode): number {
  const first = argValue(ctx, node, "first");
  const last = argValue(ctx, node, "last");
  const n = typeof first === "number" ? first : typeof last === "number" ? last : 1;
  return Math.max(0, n);
}

function mergedSelection(entries: CollectedField[]): SelectionSetNode | undefined {
  const sets = entries.map((e) => e.node.selectionSet).filter((s): s is SelectionSetNode => Boolean(s));
  if (sets.length === 0) return undefined;
  return { kind: Kind.SELECTION_SET, selections: sets.flatMap((s) => s.selections) };
}

/** Cost of one node of a connection: the `edges { node }` and `nodes` selections. */
function connectionNodeCost(ctx: CostContext, type: GraphQLCompositeType, selection: SelectionSetNode): number {
  let cost = 0;
  for (const entries of collectFields(ctx, type, selection).values()) {
    const name = entries[0].field.name;
    const sub = mergedSelection(entries);
    if (!sub) continue;
    const childType = getNamedType(entries[0].field.type) as GraphQLCompositeType;
    if (name === "edges") {
      for (const edgeEntries of collectFields(ctx, childType, sub).values()) {
        if (edgeEntries[0].field.name !== "node") continue;
        const nodeSel = mergedSelection(edgeEntries);
        cost += 1 + (nodeSel ? selectionCost(ctx, getNamedType(edgeEntries[0].field.type) as GraphQLCompositeType, nodeSel) : 0);
      }
    } else if (name === "nodes") {
      cost += 1 + selectionCost(ctx, childType, sub);
    }
  }
  return cost;
}

function selectionCost(ctx: CostContext, type: GraphQLCompositeType, selection: SelectionSetNode): number {
  let cost = 0;
  for (const entries of collectFields(ctx, type, selection).values()) {
    const { field, node } = entries[0];
    const named = getNamedType(field.type);
    if (!isCompositeType(named)) continue;
    const sub = mergedSelection(entries);
    if (!sub) continue;
    if (isConnection(field)) {
      cost += 2 + pageSize(ctx, node) * connectionNodeCost(ctx, named, sub);
    } else {
      const unwrapped = isNonNullType(field.type) ? field.type.ofType : field.type;
      const multiplier = isListType(unwrapped) ? pageSize(ctx, node) : 1;
      cost += multiplier * (1 + selectionCost(ctx, named, sub));
    }
  }
  return cost;
}

export function requestedQueryCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  const ctx: CostContext = { schema, fragments, variables };
  if (operation.operation === "mutation") {
    return 10 * collectFields(ctx, schema.getMutationType()!, operation.selectionSet).size;
  }
  return selectionCost(ctx, schema.getQueryType()!, operation.selectionSet);
}

/** Cost of what the response actually holds, walking the data alongside the selection. */
export function actualQueryCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  data: Record<string, unknown> | null | undefined,
): number {
  const ctx: CostContext = { schema, fragments, variables };
  if (operation.operation === "mutation") {
    return 10 * collectFields(ctx, schema.getMutationType()!, operation.selectionSet).size;
  }
  return data ? actualSelectionCost(ctx, schema.getQueryType()!, operation.selectionSet, data) : 0;
}

function actualSelectionCost(ctx: CostContext, type: GraphQLCompositeType, selection: SelectionSetNode, value: Record<string, unknown>): number {
  let cost = 0;
  for (const [key, entries] of collectFields(ctx, type, selection)) {
    const { field } = entries[0];
    const named = getNamedType(field.type);
    const sub = mergedSelection(entries);
    const child = value[key];
    if (!isCompositeType(named) || !sub || child == null) continue;
    if (isConnection(field)) {
      const conn = child as { edges?: { node?: Record<string, unknown> }[]; nodes?: Record<string, unknown>[] };
      const nodeType = getNamedType((named as { getFields: () => Record<string, GraphQLField<unknown, unknown>> }).getFields().nodes.type) as GraphQLCompositeType;
      // edges and nodes hold the same objects; count each once.
      const fromEdges = (conn.edges ?? []).map((e) => e.node).filter((n): n is Record<string, unknown> => Boolean(n));
      const nodes = fromEdges.length > 0 ? fromEdges : (conn.nodes ?? []).filter(Boolean);
      cost += 2;
      for (const n of nodes) cost += 1 + nodeSubCost(ctx, nodeType, sub, n);
    } else if (Array.isArray(child)) {
      for (const item of child) if (item) cost += 1 + actualSelectionCost(ctx, named, sub, item as Record<string, unknown>);
    } else {
      cost += 1 + actualSelectionCost(ctx, named, sub, child as Record<string, unknown>);
    }
  }
  return cost;
}

/** For a node returned under edges/nodes, the cost of its own selection (found inside edges { node { ... } } or nodes { ... }). */
function nodeSubCost(ctx: CostContext, nodeType: GraphQLCompositeType, connectionSelection: SelectionSetNode, node: Record<string, unknown>): number {
  const selections: SelectionSetNode[] = [];
  for (const s of connectionSelection.selections) {
    if (s.kind !== Kind.FIELD) continue;
    if (s.name.value === "nodes" && s.selectionSet) selections.push(s.selectionSet);
    if (s.name.value === "edges" && s.selectionSet) {
      for (const e of s.selectionSet.selections) if (e.kind === Kind.FIELD && e.name.value === "node" && e.selectionSet) selections.push(e.selectionSet);
    }
  }
  if (selections.length === 0) return 0;
  const merged: SelectionSetNode = { kind: Kind.SELECTION_SET, selections: selections.flatMap((s) => s.selections) };
  return actualSelectionCost(ctx, nodeType, merged, node);
}
