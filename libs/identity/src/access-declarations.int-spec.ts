import { Controller, Get, Module } from '@nestjs/common';
import { Field, ObjectType, Query, ResolveField, Resolver, Mutation } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Public as CorePublic } from '@forum/core';
import { SqlStatementCounter } from '@forum/database';
import { collectAccessDeclarations, createTestApp, type TestApp } from '@forum/testing';
import { Public, Roles, SignedIn } from './access.decorators.js';
import { IdentityModule, identityEntities } from './identity.module.js';
import { Role } from './role.js';
import { createTestMember, signInForTest } from './testing/identity.fixtures.js';
import { CurrentMember, CurrentViewer, type Viewer } from './viewer.js';

// A fixture domain: one operation of each kind, and the mistakes the declarations exist to catch.
@ObjectType('AccessProbe', { description: 'A fixture.' })
class AccessProbe {
  @Field({ description: 'A fixture field.' })
  id!: string;
}

@Resolver(() => AccessProbe)
class ProbeResolver {
  @Public()
  @Query(() => String, { nullable: true, description: 'Anyone: the caller, if signed in.' })
  publicProbe(@CurrentViewer() viewer: Viewer): string | null {
    return viewer?.memberId ?? null;
  }

  @SignedIn()
  @Query(() => String, { description: 'Signed-in members: the caller.' })
  signedInProbe(@CurrentMember() member: NonNullable<Viewer>): string {
    return member.memberId;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => String, { description: 'Admins only.' })
  adminProbe(): string {
    return 'done';
  }

  @Query(() => String, { description: 'Declares nothing: refused, and reported.' })
  undeclaredProbe(): string {
    return 'reached';
  }

  @Public()
  @Query(() => String, { description: 'Declared public, yet asks for a member.' })
  memberOnPublicProbe(@CurrentMember() member: NonNullable<Viewer>): string {
    return member.memberId;
  }

  @Public()
  @Query(() => AccessProbe, { description: 'A probe object.' })
  probe(): AccessProbe {
    return { id: 'probe' };
  }

  @Public()
  @ResolveField(() => String, { description: 'A declared field.' })
  declaredField(): string {
    return 'ok';
  }

  @ResolveField(() => String, { description: 'An undeclared field.' })
  undeclaredField(): string {
    return 'ok';
  }

  @SignedIn()
  @ResolveField(() => String, { description: 'A field whose declaration no guard would enforce.' })
  unenforcedField(): string {
    return 'ok';
  }
}

@Controller('access-probe')
class ProbeController {
  @CorePublic()
  @Get('public')
  open(): string {
    return 'open';
  }

  @Roles(Role.ADMIN)
  @Get('admin')
  admin(): string {
    return 'admin';
  }

  @Get('undeclared')
  undeclared(): string {
    return 'reached';
  }
}

@Module({ providers: [ProbeResolver], controllers: [ProbeController] })
class ProbeModule {}

describe('access declarations', () => {
  let api: TestApp;
  let memberToken: string;
  let adminToken: string;
  let memberId: string;

  beforeAll(async () => {
    api = await createTestApp({ imports: [IdentityModule, ProbeModule], entities: identityEntities });
    const dataSource = api.app.get(DataSource);
    const member = await createTestMember(dataSource, { officeCode: 'FR' });
    const admin = await createTestMember(dataSource, { officeCode: 'WO', role: Role.ADMIN });
    memberId = member.id;
    memberToken = await signInForTest(api.client, member.email, member.password);
    adminToken = await signInForTest(api.client, admin.email, admin.password);
  });
  afterAll(() => api.close());

  describe('the list of declarations', () => {
    it('names every root operation, field and route with its access', () => {
      const { lines } = collectAccessDeclarations(api.app);
      expect(lines).toEqual(
        expect.arrayContaining([
          'Query.publicProbe: public',
          'Query.signedInProbe: signed-in',
          'Mutation.adminProbe: roles(ADMIN)',
          'AccessProbe.declaredField: public',
          'GET /access-probe/public: public',
          'GET /access-probe/admin: roles(ADMIN)',
          'Mutation.setMemberRole: roles(OFFICE_ADMIN, ADMIN)',
        ]),
      );
    });

    it('reports each operation, field and route without a declaration', () => {
      expect(collectAccessDeclarations(api.app).undeclared.sort()).toEqual([
        'AccessProbe.undeclaredField',
        'GET /access-probe/undeclared',
        'Query.undeclaredProbe',
      ]);
    });

    it('reports a field declaring a rule no guard enforces (fields are not guarded one by one)', () => {
      expect(collectAccessDeclarations(api.app).unenforced).toEqual(['AccessProbe.unenforcedField']);
    });

    it('refuses to declare the access of one method twice', () => {
      expect(() => {
        class Twice {
          @Public()
          @SignedIn()
          twice(): string {
            return 'twice';
          }
        }
        return Twice;
      }).toThrow('Twice.twice declares its access twice');
    });
  });

  describe('the guard', () => {
    it('refuses an operation that declares no access (fail closed), without running it', async () => {
      const result = await api.client.request<{ undeclaredProbe: string }>(
        '{ undeclaredProbe }',
        {},
        {
          token: adminToken,
        },
      );
      expect(result.data).toBeNull();
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['INTERNAL']);
    });

    it('lets anyone call a public operation', async () => {
      expect(await api.client.data('{ publicProbe }')).toEqual({ publicProbe: null });
      expect(await api.client.data('{ publicProbe }', {}, { token: memberToken })).toEqual({ publicProbe: memberId });
    });

    it('refuses a signed-in operation to an anonymous caller with UNAUTHENTICATED', async () => {
      expect(await api.client.errorCodes('{ signedInProbe }')).toEqual(['UNAUTHENTICATED']);
      expect(await api.client.data('{ signedInProbe }', {}, { token: memberToken })).toEqual({
        signedInProbe: memberId,
      });
    });

    it('refuses a roles operation: UNAUTHENTICATED when anonymous, FORBIDDEN for another role', async () => {
      const ADMIN_PROBE = 'mutation { adminProbe }';
      expect(await api.client.errorCodes(ADMIN_PROBE)).toEqual(['UNAUTHENTICATED']);
      expect(await api.client.errorCodes(ADMIN_PROBE, {}, { token: memberToken })).toEqual(['FORBIDDEN']);
      expect(await api.client.data(ADMIN_PROBE, {}, { token: adminToken })).toEqual({ adminProbe: 'done' });
    });

    it('never hands @CurrentMember() a null member, even on an operation declared public', async () => {
      expect(await api.client.errorCodes('{ memberOnPublicProbe }')).toEqual(['UNAUTHENTICATED']);
    });

    it('guards HTTP routes too: public, 401, 403, and undeclared refused', async () => {
      const get = (path: string, token?: string) =>
        fetch(`${api.url}/access-probe/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      expect((await get('public')).status).toBe(200);
      expect((await get('admin')).status).toBe(401);
      expect((await get('admin', memberToken)).status).toBe(403);
      expect(await (await get('admin', adminToken)).text()).toBe('admin');
      expect((await get('undeclared', adminToken)).status).toBe(500);
      expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
    });
  });

  describe('the request context', () => {
    it('resolves the viewer once per request, however many root fields ask for it', async () => {
      // A session not checked yet (a live session's check is then reused for a few seconds: session-validity.ts).
      const member = await createTestMember(api.app.get(DataSource), { officeCode: 'DE' });
      const token = await signInForTest(api.client, member.email, member.password);
      const ask = () => api.client.data('{ a: signedInProbe b: signedInProbe c: publicProbe }', {}, { token });
      const counter = api.app.get(SqlStatementCounter);
      const first = await counter.measure(async () => {
        expect(await ask()).toEqual({ a: member.id, b: member.id, c: member.id });
      });
      expect(first.count).toBe(1);
      const again = await counter.measure(ask);
      expect(again.count).toBe(0);
    });

    it('refuses a revoked token on every root field, public ones included', async () => {
      const member = await createTestMember(api.app.get(DataSource), { officeCode: 'DE' });
      const token = await signInForTest(api.client, member.email, member.password);
      await api.client.data('mutation { signOut }', {}, { token });
      expect(await api.client.errorCodes('{ a: publicProbe b: signedInProbe }', {}, { token })).toEqual([
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
      ]);
    });
  });
});
