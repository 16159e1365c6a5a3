import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { selects } from './selection.js';

const schema = buildSchema(`
  type Member { name: String! }
  type Post { id: ID! author: Member! }
  type Edge { node: Post! }
  type Page { edges: [Edge!]! }
  type Query { page: Page! }
`);

/** What `selects(info, path)` answers for the `page` field of `document`. */
async function asked(document: string, path: string[]): Promise<boolean> {
  let answer: boolean | undefined;
  const rootValue = {
    page: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
      answer = selects(info, path);
      return { edges: [] };
    },
  };
  const result = await graphql({ schema, source: document, rootValue });
  expect(result.errors).toBeUndefined();
  if (answer === undefined) throw new Error('the page field was not resolved');
  return answer;
}

describe('selects', () => {
  const path = ['edges', 'node', 'author'];

  it('finds a field by its path, directly, through inline fragments and named fragments', async () => {
    expect(await asked('{ page { edges { node { id author { name } } } } }', path)).toBe(true);
    expect(await asked('{ page { edges { ... on Edge { node { ... on Post { author { name } } } } } } }', path)).toBe(
      true,
    );
    expect(
      await asked(
        '{ page { ...P } } fragment P on Page { edges { node { ...A } } } fragment A on Post { author { name } }',
        path,
      ),
    ).toBe(true);
  });

  it('is false when the path is not asked for, whatever else is', async () => {
    expect(await asked('{ page { edges { node { id } } } }', path)).toBe(false);
    expect(await asked('{ page { __typename } }', path)).toBe(false);
  });
});
