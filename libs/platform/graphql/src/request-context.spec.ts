import type { Request, Response } from 'express';
import { GraphQLContextRegistry } from './request-context.js';

// A domain's part of the context, as a domain would type it by module augmentation.
type Probed = { probe?: { madeAfter: string[] } };

describe('GraphQLContextRegistry', () => {
  const req = {} as Request;
  const res = {} as Response;

  it('builds each request a new context, running every contributor once, in the order they registered', async () => {
    const registry = new GraphQLContextRegistry();
    const calls: string[] = [];
    registry.register(async (context) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      calls.push('first');
      (context.loaders as Probed).probe = { madeAfter: [...calls] };
    });
    registry.register((context) => {
      calls.push('second');
      (context.loaders as Probed).probe?.madeAfter.push('seen by second');
    });
    const one = await registry.build(req, res);
    const two = await registry.build(req, res);
    expect(calls).toEqual(['first', 'second', 'first', 'second']);
    expect(one.req).toBe(req);
    expect((one.loaders as Probed).probe).toEqual({ madeAfter: ['first', 'seen by second'] });
    expect(two.loaders).not.toBe(one.loaders);
  });
});
