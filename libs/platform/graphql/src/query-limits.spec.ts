import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { measureOperation } from './query-limits.js';

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return measureOperation(operation, fragments, variables);
}

describe('measureOperation', () => {
  it('counts depth and fields', () => {
    expect(measure('{ spaces { slug title } }')).toEqual({ depth: 2, cost: 3 });
  });

  it('multiplies what a page contains by its size, from literals and variables', () => {
    const query = 'query($n: Int) { thread(id: "x") { posts(first: $n) { edges { node { id body } } } } }';
    expect(measure(query, { n: 10 }).cost).toBe(1 + 1 + 10 + 10 + 20);
    expect(measure(query, {}).cost).toBe(1 + 1 + 100 + 100 + 200);
    const nested =
      '{ space(slug: "general") { threads(first: 100) { edges { node { posts(first: 100) { edges { node { id } } } } } } } }';
    expect(measure(nested).cost).toBeGreaterThan(25_000);
  });

  it('expands fragments', () => {
    expect(measure('{ spaces { ...S } } fragment S on Space { slug recommendation { number } }')).toEqual({
      depth: 3,
      cost: 4,
    });
  });
});
