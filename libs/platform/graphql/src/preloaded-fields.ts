import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

const PRELOADED = Symbol('forum.preloaded-fields');
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

type WithPreloaded = { [PRELOADED]?: Record<string, unknown> };

/**
 * Gives an object the values of some of its argument-free fields, already loaded (a page's authors and reaction
 * counts, read in batches with the page): those fields are answered with them as plain values, without calling their
 * resolvers (each of which Nest wraps: parameters, context, a promise per field of every row). Other objects of the
 * same type still go through the resolvers.
 */
export function preloadFields(object: object, values: Record<string, unknown>): void {
  const target = object as WithPreloaded;
  target[PRELOADED] = { ...target[PRELOADED], ...values };
}

/**
 * The schema's field resolvers (outside the root types, argument-free fields only) answer from `preloadFields`
 * values when the parent object has one for the field. Given to GraphQLModule as `transformSchema`.
 */
export function answerPreloadedFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || ROOT_TYPES.has(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve || field.args.length > 0) continue;
      const name = field.name;
      const answer: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
        const preloaded = (source as WithPreloaded | null | undefined)?.[PRELOADED];
        return preloaded && name in preloaded ? preloaded[name] : resolve(source, args, context, info);
      };
      field.resolve = answer;
    }
  }
  return schema;
}
