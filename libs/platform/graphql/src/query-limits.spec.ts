import {
  buildSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_QUERY_LIMITS, measureOperation, type QueryLimits } from './query-limits.js';

const schema = buildSchema(`
  type Query { spaces: [Space!]! space(slug: String!): Space thread(id: ID!): Thread me: Member }
  type Space { slug: String! title: String! threads(first: Int! = 50, after: String): ThreadConnection! }
  type Thread { id: ID! title: String! posts(first: Int! = 20, after: String): PostConnection! author: Member }
  type Member { id: ID! name: String! }
  type Post { id: ID! body: String! author: Member }
  type ThreadConnection { edges: [ThreadEdge!]! totalCount: Int! }
  type ThreadEdge { cursor: String! node: Thread! }
  type PostConnection { edges: [PostEdge!]! totalCount: Int! }
  type PostEdge { cursor: String! node: Post! }
`);
const unlimited: QueryLimits = {
  maxDepth: Infinity,
  maxCost: Infinity,
  maxAliases: Infinity,
  maxFields: Infinity,
  unpagedListSize: 100,
};

function measure(query: string, variables: Record<string, unknown> = {}, limits = unlimited) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return measureOperation(schema, document, operation, variables, limits);
}

describe('measureOperation', () => {
  it('counts depth, fields and aliases; an unpaged list counts as unpagedListSize items', () => {
    expect(measure('{ a: spaces { slug title } }')).toEqual({ depth: 2, cost: 1 + 200, fields: 3, aliases: 1 });
  });

  it('multiplies what a page contains by its size: literal, variable, variable default, field default', () => {
    const query = 'query($n: Int) { thread(id: "x") { posts(first: $n) { edges { node { id body } } } } }';
    expect(measure(query, { n: 10 }).cost).toBe(1 + 1 + 10 + 10 + 20);
    // An absent variable leaves `first` to the field's default (20), not to 1.
    expect(measure(query, {}).cost).toBe(1 + 1 + 20 + 20 + 40);
    expect(measure('query($n: Int = 5) { thread(id: "x") { posts(first: $n) { edges { cursor } } } }').cost).toBe(
      1 + 1 + 5 + 5,
    );
    expect(measure('{ space(slug: "g") { threads { edges { cursor } } } }').cost).toBe(1 + 1 + 50 + 50);
    const nested =
      '{ space(slug: "general") { threads(first: 100) { edges { node { posts(first: 100) { edges { node { id } } } } } } } }';
    expect(measure(nested).cost).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxCost);
  });

  it('expands fragments and inline fragments where they are spread, scaled by the pages around them', () => {
    const query = `{ spaces { ...S } thread(id: "x") { posts(first: 3) { edges { node { ... on Post { ...P } } } } } }
      fragment S on Space { slug threads(first: 2) { totalCount } }
      fragment P on Post { id author { name } }`;
    expect(measure(query)).toEqual({
      depth: 6,
      cost: 1 + 100 * (1 + 1 + 2) + 1 + 1 + 3 * (1 + 1 + 1 + 1 + 1),
      fields: 1 + 3 + 7,
      aliases: 0,
    });
  });

  it('refuses a document of fragments that double at every level after a walk linear in its size', () => {
    const levels = 60;
    let query = 'query { ...F0 } fragment F0 on Query { me { id } }';
    for (let i = 1; i <= levels; i++) query += ` fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`;
    query = query.replace('query { ...F0 }', `query { ...F${levels} }`);
    const started = performance.now();
    const result = measure(query, {}, DEFAULT_QUERY_LIMITS);
    expect(result.exceeded).toBe('fields');
    expect(performance.now() - started).toBeLessThan(50);
    // Without limits the figures are exact, still without expanding anything twice.
    expect(measure(query).fields).toBe(2 * 2 ** levels);
  });

  it('stops at the alias and field limits', () => {
    const aliases = Array.from({ length: 1_000 }, (_, i) => `a${i}: me { id }`).join(' ');
    expect(measure(`{ ${aliases} }`, {}, DEFAULT_QUERY_LIMITS).exceeded).toBe('aliases');
    const schemaAliases = Array.from({ length: 1_500 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ');
    expect(measure(`{ ${schemaAliases} }`, {}, DEFAULT_QUERY_LIMITS).exceeded).toBe('aliases');
    const fields = Array.from({ length: 1_001 }, () => 'id').join(' ');
    expect(measure(`{ me { ${fields} } }`, {}, DEFAULT_QUERY_LIMITS).exceeded).toBe('fields');
  });

  it("passes graphql-js's standard introspection query: it reads the schema in memory, at no depth or page cost", () => {
    const result = measure(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(result.cost).toBe(0);
    expect(result.depth).toBe(0);
    expect(result.fields).toBeLessThan(DEFAULT_QUERY_LIMITS.maxFields);
    expect(measure(getIntrospectionQuery(), {}, DEFAULT_QUERY_LIMITS).exceeded).toBeUndefined();
  });
});

// The property: on generated documents, the linear walk gives exactly what expanding every spread in full gives.
describe('measureOperation against full expansion of generated documents', () => {
  function naive(query: string): { depth: number; cost: number; aliases: number; fields: number } {
    const document = parse(query);
    const fragments = new Map(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    const totals = { depth: 0, cost: 0, aliases: 0, fields: 0 };
    const walk = (set: SelectionSetNode, type: GraphQLNamedType, level: number, multiplier: number) => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const fragment = fragments.get(selection.name.value)!;
          walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value)!, level, multiplier);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          walk(selection.selectionSet, type, level, multiplier);
        } else {
          totals.fields += 1;
          if (selection.alias) totals.aliases += 1;
          totals.depth = Math.max(totals.depth, level);
          if (!selection.name.value.startsWith('__')) totals.cost += multiplier; // __typename reads nothing
          const field = isObjectType(type) ? type.getFields()[selection.name.value] : undefined;
          if (selection.selectionSet && field)
            walk(
              selection.selectionSet,
              getNamedType(field.type),
              level + 1,
              multiplier * sizeOf(selection, field, type),
            );
        }
      }
    };
    const sizeOf = (node: FieldNode, field: { args: readonly { name: string }[]; type: unknown }, parent: any) => {
      const first = node.arguments?.find((a) => a.name.value === 'first');
      if (first && first.value.kind === Kind.INT) return Number(first.value.value);
      if (field.args.some((a) => a.name === 'first')) return parent.name === 'Space' ? 50 : 20;
      return isListType(getNullableType(field.type as never)) && !parent.name.endsWith('Connection') ? 100 : 1;
    };
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
    walk(operation.selectionSet, schema.getQueryType()!, 1, 1);
    return totals;
  }

  // A small deterministic generator (mulberry32), so a failure names its seed.
  function generator(seed: number) {
    let state = seed;
    const next = () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
    return { next, pick };
  }

  function generate(seed: number): string {
    const { next, pick } = generator(seed);
    const fragments: { name: string; type: string; body: string }[] = [];
    let aliasCount = 0;
    const selection = (type: string, depth: number, usable: typeof fragments): string => {
      const object = schema.getType(type);
      if (!isObjectType(object)) return '';
      const parts: string[] = [];
      const count = 1 + Math.floor(next() * 3);
      for (let i = 0; i < count; i++) {
        const roll = next();
        const ofType = usable.filter((f) => f.type === type);
        if (roll < 0.25 && ofType.length) {
          parts.push(`...${pick(ofType).name}`);
        } else if (roll < 0.3) {
          parts.push(`... on ${type} { ${selection(type, depth, usable) || '__typename'} }`);
        } else {
          const field = pick(Object.values(object.getFields()));
          const child = getNamedType(field.type);
          const alias = next() < 0.3 ? `x${aliasCount++}: ` : '';
          const args = [
            ...field.args
              .filter((a) => a.name === 'first' && next() < 0.5)
              .map(() => `first: ${1 + Math.floor(next() * 9)}`),
            ...field.args.filter((a) => a.name === 'slug' || a.name === 'id').map((a) => `${a.name}: "v"`),
          ];
          const call = `${alias}${field.name}${args.length ? `(${args.join(', ')})` : ''}`;
          if (isObjectType(child)) {
            const inner = depth < 5 ? selection(child.name, depth + 1, usable) : '';
            parts.push(`${call} { ${inner || '__typename'} }`);
          } else parts.push(call);
        }
      }
      return parts.join(' ');
    };
    const types = ['Query', 'Space', 'Thread', 'Post', 'Member', 'PostConnection'];
    const fragmentCount = Math.floor(next() * 6);
    for (let i = 0; i < fragmentCount; i++) {
      const type = pick(types);
      // Fragments only spread earlier ones: no cycles, as valid GraphQL requires.
      fragments.push({ name: `F${i}`, type, body: selection(type, 1, [...fragments]) || '__typename' });
    }
    const operation = `query { ${selection('Query', 1, fragments) || '__typename'} }`;
    return [operation, ...fragments.map((f) => `fragment ${f.name} on ${f.type} { ${f.body} }`)].join('\n');
  }

  it('agrees on 500 generated documents', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const query = generate(seed);
      const { exceeded, ...linear } = measure(query);
      expect(exceeded).toBeUndefined();
      expect({ seed, ...linear }).toEqual({ seed, ...naive(query) });
    }
  });
});
