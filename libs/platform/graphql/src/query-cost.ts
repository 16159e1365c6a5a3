import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from './connection.js';

export interface QueryLimits {
  /** The deepest nesting of fields allowed (introspection fields aside: they read the schema in memory). */
  maxDepth: number;
  /** The most items a query may resolve: each field counts once per item of every page (`first`) around it. */
  maxCost: number;
  /** The most aliases in the operation, fragments expanded (OWASP: aliases multiply work at no cost to the client). */
  maxAliases: number;
  /** The most field instances in the operation, fragments expanded (a node limit, whatever the pages). */
  maxFields: number;
  /** What a list without `first` counts as, unless its field says `extensions.listSize`. */
  unpagedListSize: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxCost: 25_000,
  maxAliases: 30,
  maxFields: 1_000,
  unpagedListSize: MAX_PAGE_SIZE,
};

export interface QueryMeasure {
  depth: number;
  cost: number;
  aliases: number;
  fields: number;
  /** The first limit passed; the walk stopped there, so the other figures are partial. */
  exceeded?: 'depth' | 'cost' | 'aliases' | 'fields';
}

type Totals = Omit<QueryMeasure, 'exceeded'>;

class LimitPassed extends Error {
  constructor(
    readonly limit: NonNullable<QueryMeasure['exceeded']>,
    readonly totals: Totals,
  ) {
    super(limit);
  }
}

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/**
 * Measures one operation in time linear to the document: each fragment is measured once (relative to where it is
 * spread: its cost scales with the pages around the spread, its depth adds to the spread's level), and the walk stops
 * as soon as a limit is passed. A page counts as its `first` (literal, variable, or the field's default); a list
 * inside a `...Connection` type is that page; any other list counts as its `extensions.listSize` or `unpagedListSize`.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: QueryLimits = DEFAULT_QUERY_LIMITS,
): QueryMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const values = withVariableDefaults(operation, variables);
  const memo = new Map<string, Totals | 'measuring'>();

  const check = (totals: Totals) => {
    if (totals.fields > limits.maxFields) throw new LimitPassed('fields', totals);
    if (totals.aliases > limits.maxAliases) throw new LimitPassed('aliases', totals);
    if (totals.depth > limits.maxDepth) throw new LimitPassed('depth', totals);
    if (totals.cost > limits.maxCost) throw new LimitPassed('cost', totals);
  };

  // Measures a selection set as if its fields stood at level 1 under pages of size 1; the caller scales.
  const measureSet = (set: SelectionSetNode, parent: GraphQLNamedType | undefined, introspection: boolean): Totals => {
    const totals: Totals = { depth: 0, cost: 0, aliases: 0, fields: 0 };
    const add = (inner: Totals, level: number, multiplier: number) => {
      totals.depth = Math.max(totals.depth, inner.depth === 0 ? 0 : level + inner.depth);
      totals.cost += inner.cost * multiplier;
      totals.aliases += inner.aliases;
      totals.fields += inner.fields;
      check(totals);
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const inIntrospection = introspection || INTROSPECTION_ROOTS.has(name);
        const definition = inIntrospection ? undefined : fieldOf(parent, name);
        totals.fields += 1;
        if (selection.alias) totals.aliases += 1;
        if (!inIntrospection) {
          totals.depth = Math.max(totals.depth, 1);
          if (!name.startsWith('__')) totals.cost += 1;
        }
        check(totals);
        if (selection.selectionSet) {
          const child = definition ? getNamedType(definition.type) : undefined;
          const inner = measureSet(selection.selectionSet, child, inIntrospection);
          const size = inIntrospection ? 1 : itemsOf(selection, definition, parent, values, limits);
          add(inner, inIntrospection ? 0 : 1, size);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        add(measureSet(selection.selectionSet, type, introspection), 0, 1);
      } else {
        const inner = measureFragment(selection.name.value, introspection);
        if (inner) add(inner, 0, 1);
      }
    }
    return totals;
  };

  const measureFragment = (name: string, introspection: boolean): Totals | undefined => {
    const key = `${introspection ? 'i' : 'q'}:${name}`;
    const known = memo.get(key);
    if (known === 'measuring') return undefined; // a cycle: invalid GraphQL, which validation refuses
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment) return undefined;
    memo.set(key, 'measuring');
    const totals = measureSet(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), introspection);
    memo.set(key, totals);
    return totals;
  };

  try {
    return measureSet(operation.selectionSet, rootTypeOf(schema, operation), false);
  } catch (error) {
    if (error instanceof LimitPassed) return { ...error.totals, exceeded: error.limit };
    throw error;
  }
}

function rootTypeOf(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLNamedType | undefined {
  return schema.getRootType(operation.operation) ?? undefined;
}

function fieldOf(parent: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  return parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
}

// Variables the request left out take the operation's defaults; absent ones leave the argument absent.
function withVariableDefaults(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const values = { ...variables };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (values[name] === undefined && definition.defaultValue)
      values[name] = valueFromASTUntyped(definition.defaultValue);
  }
  return values;
}

/** How many items a field with a selection set resolves to, for what it contains. */
function itemsOf(
  node: FieldNode,
  definition: GraphQLField<unknown, unknown> | undefined,
  parent: GraphQLNamedType | undefined,
  variables: Record<string, unknown>,
  limits: QueryLimits,
): number {
  if (!definition) return 1;
  const firstArgument = definition.args.find((arg) => arg.name === 'first');
  if (firstArgument) {
    const given = node.arguments?.find((arg) => arg.name.value === 'first');
    const value = given
      ? given.value.kind === Kind.VARIABLE
        ? (variables[given.value.name.value] ?? firstArgument.defaultValue)
        : valueFromASTUntyped(given.value)
      : firstArgument.defaultValue;
    // No usable number (null, or a default the resolver decides): the largest page is the safe guess.
    return typeof value === 'number' && Number.isFinite(value) ? Math.max(1, value) : MAX_PAGE_SIZE;
  }
  if (!isListType(getNullableType(definition.type))) return 1;
  // The edges of a connection are the page its `first` already counted.
  if (parent?.name.endsWith('Connection')) return 1;
  const hint = definition.extensions?.listSize;
  return typeof hint === 'number' && hint >= 1 ? hint : limits.unpagedListSize;
}
