import { createTestApp, type TestApp } from '@forum/testing';
import { IdentityModule, identityEntities } from './identity.module.js';

interface IntrospectedType {
  name: string;
  description: string | null;
  fields: { name: string; description: string | null; args: { name: string; description: string | null }[] }[] | null;
  inputFields: { name: string; description: string | null }[] | null;
  enumValues: { name: string; description: string | null }[] | null;
}

// Visibility is registered here but appears in the schema only once a field uses it (threads, in discussions).
const OWN_TYPES = [
  'Office',
  'Member',
  'Session',
  'Role',
  'SignInInput',
  'InviteMemberInput',
  'AcceptInvitationInput',
  'CreateOfficeInput',
  'UpdateOfficeInput',
  'AuditEvent',
  'AuditEventConnection',
  'AuditEventEdge',
  'DeadLetter',
  'DeadLetterConnection',
  'DeadLetterEdge',
  'AuditKind',
  'AuditDetails',
  'MemberConnection',
  'MemberEdge',
  'Invitation',
  'InvitationConnection',
  'InvitationEdge',
  'ChangePasswordInput',
  'ResetPasswordInput',
];
const OWN_ROOT_FIELDS = [
  'me',
  'offices',
  'auditLog',
  'deadLetters',
  'retryDeadLetter',
  'signIn',
  'refreshSession',
  'signOut',
  'inviteMember',
  'acceptInvitation',
  'createOffice',
  'updateOffice',
  'setMemberRole',
  'deactivateMember',
  'reactivateMember',
  'members',
  'invitations',
  'revokeInvitation',
  'clearSignInLock',
  'changePassword',
  'resetPassword',
];

describe('the identity part of the GraphQL schema', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ imports: [IdentityModule], entities: identityEntities });
  });
  afterAll(() => api.close());

  it('describes every type, field, argument and enum value it adds', async () => {
    const { __schema } = await api.client.data<{ __schema: { types: IntrospectedType[] } }>(`{ __schema { types {
      name description fields { name description args { name description } } inputFields { name description } enumValues { name description } } } }`);
    const undocumented: string[] = [];
    for (const type of __schema.types) {
      const own = OWN_TYPES.includes(type.name);
      if (own && !type.description) undocumented.push(type.name);
      for (const field of type.fields ?? []) {
        if (!own && !((type.name === 'Query' || type.name === 'Mutation') && OWN_ROOT_FIELDS.includes(field.name)))
          continue;
        if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        for (const arg of field.args)
          if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
      }
      if (own)
        for (const item of [...(type.inputFields ?? []), ...(type.enumValues ?? [])])
          if (!item.description) undocumented.push(`${type.name}.${item.name}`);
    }
    expect(undocumented).toEqual([]);
    expect(__schema.types.map((type) => type.name)).toEqual(expect.arrayContaining(OWN_TYPES));
  });
});
