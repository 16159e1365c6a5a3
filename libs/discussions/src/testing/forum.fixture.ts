import { DataSource } from 'typeorm';
import { CatalogModule, catalogEntities } from '@forum/catalog';
import { IdentityModule, identityEntities, Role, signedInTestMember } from '@forum/identity';
import { createTestApp, type ClientAs, type TestApp } from '@forum/testing';
import { DiscussionsModule, discussionsEntities } from '../discussions.module.js';

/** The people of the discussion tests: each signed in, with an access token. */
export interface Cast {
  /** Of DE: starts the threads. */
  author: { id: string; token: string };
  /** Another member of DE. */
  colleague: { id: string; token: string };
  /** Of FR: the office restricted threads are shared with. */
  sharedWith: { id: string; token: string };
  /** Of US: sees only PUBLIC and COMMUNITY. */
  other: { id: string; token: string };
  /** A MODERATOR of JP (not shared with). */
  moderator: { id: string; token: string };
  /** An ADMIN of CN (not shared with). */
  admin: { id: string; token: string };
}

export interface Forum {
  api: TestApp;
  cast: Cast;
  /** GraphQL as `token` (anonymous when undefined). */
  as(token: string | undefined): ClientAs;
  close(): Promise<void>;
}

export async function startForum(env: Record<string, string> = {}): Promise<Forum> {
  const api = await createTestApp({
    imports: [CatalogModule, IdentityModule, DiscussionsModule],
    entities: [...catalogEntities, ...identityEntities, ...discussionsEntities],
    env: { ADMIN_PASSWORD: 'bootstrap-admin-password', ...env },
  });
  const dataSource = api.app.get(DataSource);
  const person = (officeCode: string, role: Role = Role.MEMBER, displayName?: string) =>
    signedInTestMember({ dataSource, client: api.client }, { officeCode, role, displayName });
  const cast: Cast = {
    author: await person('DE', Role.MEMBER, 'Dana Author'),
    colleague: await person('DE', Role.MEMBER, 'Colin Colleague'),
    sharedWith: await person('FR', Role.MEMBER, 'Sam Shared'),
    other: await person('US', Role.MEMBER, 'Otto Other'),
    moderator: await person('JP', Role.MODERATOR, 'Mo Moderator'),
    admin: await person('CN', Role.ADMIN, 'Ada Admin'),
  };
  return {
    api,
    cast,
    as: (token) => api.client.as(token),
    close: () => api.close(),
  };
}

export const START_THREAD = `mutation Start($input: StartThreadInput!) {
  startThread(input: $input) { id title postCount visibility sharedWith { code } tags kind language }
}`;

export const REPLY = `mutation Reply($input: ReplyInput!) {
  reply(input: $input) { id depth body bodyHtml replyCount parent { id } }
}`;

/** Starts a thread as `token` and returns its id and the opening post's id. */
export async function startThread(
  forum: Forum,
  token: string,
  input: Record<string, unknown> = {},
): Promise<{ threadId: string; openingPostId: string }> {
  const { startThread: thread } = await forum.as(token).data<{ startThread: { id: string } }>(START_THREAD, {
    input: { spaceSlug: 'recommendation-9', title: 'Moving search to the cloud', body: 'What we learned.', ...input },
  });
  const { thread: withPosts } = await forum
    .as(token)
    .data<{ thread: { posts: { edges: { node: { id: string } }[] } } }>(
      'query($id: ID!) { thread(id: $id) { posts(first: 1) { edges { node { id } } } } }',
      { id: thread.id },
    );
  return { threadId: thread.id, openingPostId: withPosts.posts.edges[0].node.id };
}

export async function reply(
  forum: Forum,
  token: string,
  threadId: string,
  parentPostId: string | null,
  body: string,
): Promise<string> {
  const { reply: post } = await forum
    .as(token)
    .data<{ reply: { id: string } }>(REPLY, { input: { threadId, parentPostId, body } });
  return post.id;
}
