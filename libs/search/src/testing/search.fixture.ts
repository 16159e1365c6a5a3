import { DataSource } from 'typeorm';
import { CatalogModule, catalogEntities } from '@forum/catalog';
import { DiscussionsModule, discussionsEntities } from '@forum/discussions';
import { DocumentsModule, documentsEntities } from '@forum/documents';
import { IdentityModule, identityEntities, Role, signedInTestMember } from '@forum/identity';
import { ReportsModule, reportsEntities } from '@forum/reports';
import { StacksModule, stacksEntities } from '@forum/stacks';
import { createTestApp, type TestApp } from '@forum/testing';
import { SearchModule, searchEntities } from '../search.module.js';

/** The people of the discussions' visibility matrix: DE starts, FR is shared with, US/JP/CN are not. */
export interface SearchCast {
  author: { id: string; token: string };
  colleague: { id: string; token: string };
  sharedWith: { id: string; token: string };
  other: { id: string; token: string };
  moderator: { id: string; token: string };
  admin: { id: string; token: string };
}

export interface SearchForum {
  api: TestApp;
  cast: SearchCast;
  data<T>(token: string | undefined, query: string, variables?: Record<string, unknown>): Promise<T>;
  errorCodes(token: string | undefined, query: string, variables?: Record<string, unknown>): Promise<string[]>;
  /** Starts a thread as `token`; returns its id and its opening post's. */
  start(token: string, input: Record<string, unknown>): Promise<{ threadId: string; openingPostId: string }>;
  reply(token: string, threadId: string, body: string): Promise<string>;
  /** Uploads a file over HTTP (POST /api/uploads) as `token`; its document id. */
  upload(token: string, name: string, bytes: Buffer, type: string): Promise<string>;
  close(): Promise<void>;
}

export async function startSearchForum(env: Record<string, string> = {}): Promise<SearchForum> {
  const api = await createTestApp({
    imports: [
      CatalogModule,
      IdentityModule,
      DiscussionsModule,
      StacksModule,
      ReportsModule,
      DocumentsModule,
      SearchModule,
    ],
    entities: [
      ...catalogEntities,
      ...identityEntities,
      ...discussionsEntities,
      ...stacksEntities,
      ...reportsEntities,
      ...documentsEntities,
      ...searchEntities,
    ],
    env: { ADMIN_PASSWORD: 'bootstrap-admin-password', ...env },
  });
  const dataSource = api.app.get(DataSource);
  const person = (officeCode: string, role: Role = Role.MEMBER) =>
    signedInTestMember({ dataSource, client: api.client }, { officeCode, role });
  const cast: SearchCast = {
    author: await person('DE'),
    colleague: await person('DE'),
    sharedWith: await person('FR'),
    other: await person('US'),
    moderator: await person('JP', Role.MODERATOR),
    admin: await person('CN', Role.ADMIN),
  };
  const data = <T>(token: string | undefined, query: string, variables?: Record<string, unknown>) =>
    api.client.data<T>(query, variables, { token });
  return {
    api,
    cast,
    data,
    errorCodes: (token, query, variables) => api.client.errorCodes(query, variables, { token }),
    async start(token, input) {
      const { startThread } = await data<{ startThread: { id: string } }>(
        token,
        'mutation($input: StartThreadInput!) { startThread(input: $input) { id } }',
        { input: { spaceSlug: 'recommendation-9', body: 'Opening post.', ...input } },
      );
      const { thread } = await data<{ thread: { posts: { edges: { node: { id: string } }[] } } }>(
        token,
        'query($id: ID!) { thread(id: $id) { posts(first: 1) { edges { node { id } } } } }',
        { id: startThread.id },
      );
      return { threadId: startThread.id, openingPostId: thread.posts.edges[0].node.id };
    },
    async reply(token, threadId, body) {
      const { reply } = await data<{ reply: { id: string } }>(
        token,
        'mutation($input: ReplyInput!) { reply(input: $input) { id } }',
        { input: { threadId, body } },
      );
      return reply.id;
    },
    async upload(token, name, bytes, type) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
      const response = await fetch(`${api.url}/api/uploads`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      const body = (await response.json()) as { id: string };
      if (response.status !== 201) throw new Error(`upload refused: ${response.status} ${JSON.stringify(body)}`);
      return body.id;
    },
    close: () => api.close(),
  };
}

export interface Hits {
  totalCount: number;
  edges: { snippet: string; score: number; node: { __typename: string; id: string } }[];
}

export const SEARCH = `query($query: String!, $officeCode: String, $language: Language, $space: String, $first: Int) {
  search(query: $query, officeCode: $officeCode, language: $language, space: $space) {
    hits(first: $first) {
      totalCount
      edges {
        snippet
        score
        node {
          __typename ... on Thread { id } ... on Post { id } ... on IctStrategy { id } ... on ExperienceReport { id }
          ... on TechStack { id } ... on Document { id }
        }
      }
    }
    facets { kinds { value count } offices { value count } spaces { value count } languages { value count } }
  }
}`;

export interface Facets {
  kinds: { value: string; count: number }[];
  offices: { value: string; count: number }[];
  spaces: { value: string; count: number }[];
  languages: { value: string; count: number }[];
}

/** The hits (ids in order) and facets of `query` as `token`. */
export async function searchAs(
  forum: SearchForum,
  token: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ hits: Hits; ids: string[]; facets: Facets }> {
  const { search } = await forum.data<{ search: { hits: Hits; facets: Facets } }>(token, SEARCH, {
    query,
    ...variables,
  });
  return { hits: search.hits, ids: search.hits.edges.map((edge) => edge.node.id), facets: search.facets };
}
