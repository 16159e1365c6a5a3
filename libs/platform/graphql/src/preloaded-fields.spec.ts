import { buildSchema, graphql, type GraphQLFieldResolver } from 'graphql';
import { answerPreloadedFields, preloadFields } from './preloaded-fields.js';

// A schema with field resolvers, as Nest builds it: Post.author and Post.label resolve per post.
function schemaWith(calls: string[]) {
  const schema = buildSchema(`
    type Member { name: String! }
    type Post { id: ID! author: Member! label(upper: Boolean): String! }
    type Query { posts: [Post!]! }
  `);
  const post = schema.getType('Post') as unknown as {
    getFields(): Record<string, { resolve?: GraphQLFieldResolver<unknown, unknown> }>;
  };
  post.getFields().author.resolve = (source) => {
    calls.push(`author of ${(source as { id: string }).id}`);
    return { name: 'resolved' };
  };
  post.getFields().label.resolve = (source, args: { upper?: boolean }) => (args.upper ? 'LABEL' : 'label');
  return answerPreloadedFields(schema);
}

describe('preloaded fields', () => {
  it('answers a field from the value a page preloaded, without calling its resolver; other objects still resolve', async () => {
    const calls: string[] = [];
    const loaded = { id: 'a' };
    preloadFields(loaded, { author: { name: 'preloaded' }, label: 'ignored: the field takes arguments' });
    const result = await graphql({
      schema: schemaWith(calls),
      source: '{ posts { id author { name } label(upper: true) } }',
      rootValue: { posts: [loaded, { id: 'b' }] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      posts: [
        { id: 'a', author: { name: 'preloaded' }, label: 'LABEL' },
        { id: 'b', author: { name: 'resolved' }, label: 'LABEL' },
      ],
    });
    expect(calls).toEqual(['author of b']);
  });

  it('keeps earlier preloaded values when more are added', () => {
    const calls: string[] = [];
    const post = { id: 'c' };
    preloadFields(post, { author: { name: 'first' } });
    preloadFields(post, { other: 1 });
    return expect(
      graphql({ schema: schemaWith(calls), source: '{ posts { author { name } } }', rootValue: { posts: [post] } }),
    ).resolves.toEqual({ data: { posts: [{ author: { name: 'first' } }] } });
  });
});
