import 'reflect-metadata';

/**
 * Who may call an operation (a GraphQL Query, Mutation or field resolver; an HTTP route), declared on each one:
 * - public: anyone, signed in or not (what each one then sees is the visibility policy's business);
 * - signed-in: any signed-in member, whatever its role;
 * - roles: a signed-in member with one of the roles (no role implies another: each one is listed).
 * Here, with no domain, so that every lib can declare `@Public()`; identity gives `@SignedIn()` and `@Roles(...)`
 * (it owns the roles) and its global guard enforces them. See docs/security.md.
 */
export type AccessDeclaration =
  | { readonly kind: 'public' }
  | { readonly kind: 'signed-in' }
  | { readonly kind: 'roles'; readonly roles: readonly string[] };

const ACCESS_KEY = 'forum:access';

/** Records one declaration on a method; a second one on the same method is a mistake caught at startup. */
export function declareAccess(declaration: AccessDeclaration): MethodDecorator {
  return (target, key, descriptor) => {
    const handler = descriptor.value as object | undefined;
    const where = `${(target as { constructor: { name: string } }).constructor.name}.${String(key)}`;
    if (typeof handler !== 'function') throw new Error(`${where}: access is declared on methods only`);
    if (Reflect.hasOwnMetadata(ACCESS_KEY, handler)) throw new Error(`${where} declares its access twice`);
    Reflect.defineMetadata(ACCESS_KEY, declaration, handler);
  };
}

/** Anyone may call it, signed in or not. */
export const Public = (): MethodDecorator => declareAccess({ kind: 'public' });

/** The declaration of a handler (a resolver or controller method), or undefined when it declares none. */
export function accessOf(handler: object): AccessDeclaration | undefined {
  return Reflect.getOwnMetadata(ACCESS_KEY, handler) as AccessDeclaration | undefined;
}

/** A declaration as the snapshot and the docs print it: `public`, `signed-in`, `roles(MODERATOR, ADMIN)`. */
export function describeAccess(declaration: AccessDeclaration | undefined): string {
  if (!declaration) return 'UNDECLARED';
  return declaration.kind === 'roles' ? `roles(${declaration.roles.join(', ')})` : declaration.kind;
}
