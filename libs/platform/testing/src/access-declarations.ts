import { RequestMethod, type INestApplicationContext } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import {
  GraphQLSchemaHost,
  RESOLVER_NAME_METADATA,
  RESOLVER_PROPERTY_METADATA,
  RESOLVER_TYPE_METADATA,
} from '@nestjs/graphql';
import { accessOf, describeAccess } from '@forum/core';

export interface AccessReport {
  /**
   * One line per root operation, field resolver and HTTP route, sorted:
   * `Mutation.lockThread: roles(MODERATOR, ADMIN)`, `Thread.author: public`, `GET /health/live: public`.
   */
  lines: string[];
  /** What declares no access (the guard refuses such a root operation or route at runtime). */
  undeclared: string[];
  /**
   * Field resolvers declaring more than `public`: guards do not run per field, so such a declaration would not be
   * enforced. A field with a rule of its own checks an access predicate in its resolver and declares @Public().
   */
  unenforced: string[];
}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
const meta = (key: string, target: object): unknown => Reflect.getMetadata(key, target);
const joinPath = (...parts: unknown[]) =>
  '/' +
  parts
    .flatMap((part) => (Array.isArray(part) ? part : [part]))
    .filter((part): part is string => typeof part === 'string' && part !== '' && part !== '/')
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .join('/');

/**
 * Reads the access declaration of everything a running app exposes: the resolvers and controllers Nest registered,
 * checked against the schema it built (a root field without a handler found here is reported as undeclared too).
 */
export function collectAccessDeclarations(app: INestApplicationContext): AccessReport {
  const scanner = new MetadataScanner();
  const declared = new Map<string, string>();
  const fields = new Set<string>();
  const seen = new Set<object>();

  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object' || seen.has(instance.constructor)) continue;
      seen.add(instance.constructor);
      const prototype = Object.getPrototypeOf(instance) as Record<string, object>;
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method];
        const type = meta(RESOLVER_TYPE_METADATA, handler);
        const name = (meta(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
        let operation: string;
        if (typeof type === 'string' && ROOT_TYPES.has(type)) operation = `${type}.${name}`;
        else if (meta(RESOLVER_PROPERTY_METADATA, handler)) {
          operation = `${String(meta(RESOLVER_TYPE_METADATA, instance.constructor))}.${name}`;
          fields.add(operation);
        } else continue;
        declared.set(operation, describeAccess(accessOf(handler)));
      }
    }
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as { prototype: Record<string, object> } | null;
      if (!controller || seen.has(controller)) continue;
      seen.add(controller);
      for (const method of scanner.getAllMethodNames(controller.prototype)) {
        const handler = controller.prototype[method];
        const path = meta(PATH_METADATA, handler);
        if (path === undefined) continue;
        const verb = RequestMethod[(meta(METHOD_METADATA, handler) as RequestMethod | undefined) ?? RequestMethod.GET];
        declared.set(`${verb} ${joinPath(meta(PATH_METADATA, controller), path)}`, describeAccess(accessOf(handler)));
      }
    }
  }

  // Every root field of the schema must have been found above: one that was not is undeclared as far as we know.
  const schema = app.get(GraphQLSchemaHost).schema;
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!root) continue;
    for (const field of Object.keys(root.getFields()))
      if (!declared.has(`${root.name}.${field}`))
        declared.set(`${root.name}.${field}`, 'UNDECLARED (no handler found)');
  }

  const lines = [...declared].map(([operation, access]) => `${operation}: ${access}`).sort();
  return {
    lines,
    undeclared: [...declared].filter(([, access]) => access.startsWith('UNDECLARED')).map(([operation]) => operation),
    unenforced: [...fields].filter((field) => !['public', 'UNDECLARED'].includes(declared.get(field) ?? '')).sort(),
  };
}
