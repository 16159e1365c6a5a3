import { ApolloServer } from '@apollo/server';
import { AnonymousAnswers } from './anonymous-answers.js';

// The kept answers' rules on a one-field schema whose resolver counts its runs (the forum's own use, with two
// instances and the outbox, is test/e2e/anonymous-answers.e2e-spec.ts).
describe('AnonymousAnswers', () => {
  let runs: number;
  let during: (() => void) | undefined;
  let time: number;
  const make = (options: { ttlMs?: number; maxBytes?: number; follow?: boolean } = {}) => {
    const answers = new AnonymousAnswers({
      ttlMs: options.ttlMs ?? 10_000,
      maxBytes: options.maxBytes ?? 1_000_000,
      now: () => time,
    });
    if (options.follow ?? true) answers.follow(() => () => undefined);
    const server = new ApolloServer({
      typeDefs: 'type Query { runs(tag: String): Int! } type Mutation { touch: Int! }',
      resolvers: {
        Query: {
          runs: () => {
            during?.();
            return ++runs;
          },
        },
        Mutation: { touch: () => 0 },
      },
      plugins: [answers.plugin()],
    });
    return { answers, server };
  };
  const ask = async (server: ApolloServer, tag = 'a') => {
    const response = await server.executeOperation({
      query: 'query($tag: String) { runs(tag: $tag) }',
      variables: { tag },
    });
    if (response.body.kind !== 'single') throw new Error('not a single answer');
    return (response.body.singleResult.data as { runs: number }).runs;
  };

  beforeEach(() => {
    runs = 0;
    during = undefined;
    time = 1_000;
  });

  it('answers the same document and variables again without running it, until cleared', async () => {
    const { answers, server } = make();
    expect([await ask(server), await ask(server), await ask(server, 'b')]).toEqual([1, 1, 2]);
    answers.clear();
    expect(await ask(server)).toBe(3);
  });

  it('runs it again once the time limit passed', async () => {
    const { server } = make({ ttlMs: 5_000 });
    expect(await ask(server)).toBe(1);
    time += 4_999;
    expect(await ask(server)).toBe(1);
    time += 1;
    expect(await ask(server)).toBe(2);
  });

  it('does not keep an answer computed while an event arrived', async () => {
    const { answers, server } = make();
    during = () => answers.clear();
    expect(await ask(server)).toBe(1);
    during = undefined;
    expect([await ask(server), await ask(server)]).toEqual([2, 2]);
  });

  it('empties after a mutation', async () => {
    const { server } = make();
    expect([await ask(server), await ask(server)]).toEqual([1, 1]);
    await server.executeOperation({ query: 'mutation { touch }' });
    expect(await ask(server)).toBe(2);
  });

  it('lets the least recently used answers go beyond its size', async () => {
    // Each kept answer is 79 bytes (its key, 60, and its JSON, 19): room for two.
    const { answers, server } = make({ maxBytes: 200 });
    await ask(server, 'a');
    await ask(server, 'b');
    await ask(server, 'a'); // a is now the most recent
    await ask(server, 'c'); // b goes
    expect(answers.size).toBe(2);
    expect(await ask(server, 'a')).toBe(1);
    expect(await ask(server, 'b')).toBe(4);
  });

  it('counts an answer with characters beyond Latin-1 at two bytes per character', async () => {
    // 79 characters: one such answer fits in 100 bytes, not when it holds Chinese (the variables, here).
    const { answers, server } = make({ maxBytes: 100 });
    expect([await ask(server, 'b'), await ask(server, 'b')]).toEqual([1, 1]);
    expect([await ask(server, '标'), await ask(server, '标')]).toEqual([2, 3]);
    expect(answers.size).toBe(1);
  });

  it('keeps nothing until it follows the events', async () => {
    const { answers, server } = make({ follow: false });
    expect([await ask(server), await ask(server)]).toEqual([1, 2]);
    expect(answers.size).toBe(0);
  });
});
