import { jest } from '@jest/globals';
import { decodeJwt } from 'jose';
import { Clock, Role } from '@forum/identity';
import type { TestApp } from '@forum/testing';
import {
  connectClient,
  gql,
  join,
  person,
  record,
  reply,
  settled,
  startRealtimeApp,
  startThread,
  type ForumClient,
  type Person,
} from './testing/realtime.fixture.js';

describe('real time over socket.io', () => {
  let api: TestApp;
  let author: Person;
  let colleague: Person;
  let other: Person;
  let admin: Person;
  const clients: ForumClient[] = [];
  const client = async (token?: string) => {
    const socket = await connectClient(api.url, token);
    clients.push(socket);
    return socket;
  };

  beforeAll(async () => {
    api = await startRealtimeApp();
    author = await person(api, 'DE');
    colleague = await person(api, 'DE');
    other = await person(api, 'US');
    admin = await person(api, 'CN', Role.ADMIN);
  });
  afterAll(async () => {
    for (const socket of clients) socket.close();
    await api.close();
  });

  it('sends a member watching a thread a notification within 1 s of a reply, and none to the replying author', async () => {
    const threadId = await startThread(api, author.token);
    await gql(api, other.token, 'mutation($input: SubscribeInput!) { subscribe(input: $input) { id } }', {
      input: { level: 'WATCHING', threadId },
    });
    const watcher = record(await client(other.token));
    const writer = record(await client(author.token));
    await settled(api);
    const postId = await reply(api, author.token, threadId, 'News for the watchers.');
    const answered = Date.now();
    const event = await watcher.waitFor('notification', (n: { postId: string }) => n.postId === postId, 1_000);
    expect(event.at - answered).toBeLessThan(1_000);
    expect(event.payload).toEqual({ id: expect.any(String), threadId, postId, reason: 'WATCHING' });
    const { notifications } = await gql<{ notifications: { unreadCount: number; edges: { node: { id: string } }[] } }>(
      api,
      other.token,
      '{ notifications(unreadOnly: true) { unreadCount edges { node { id } } } }',
    );
    expect(notifications.edges.map((edge) => edge.node.id)).toContain((event.payload as { id: string }).id);
    await settled(api);
    expect(writer.received.filter((item) => item.event === 'notification')).toEqual([]);
  });

  it('refuses a join of a thread the member may not see, and sends it nothing about it', async () => {
    await gql(api, other.token, 'mutation($input: SubscribeInput!) { subscribe(input: $input) { id } }', {
      input: { level: 'WATCHING', spaceSlug: 'recommendation-4' },
    });
    const outsider = await client(other.token);
    const insider = await client(colleague.token);
    const anonymous = await client();
    for (const socket of [outsider, insider, anonymous])
      expect(await join(socket, { spaceSlug: 'recommendation-4' })).toEqual({ ok: true });
    const seenOutside = record(outsider);
    const seenInside = record(insider);
    const seenAnonymously = record(anonymous);

    const threadId = await startThread(api, author.token, { spaceSlug: 'recommendation-4', visibility: 'OFFICE' });
    await seenInside.waitFor('thread.created', (t: { threadId: string }) => t.threadId === threadId);
    expect(await join(outsider, { threadId })).toEqual({ ok: false, error: 'NOT_FOUND' });
    expect(await join(anonymous, { threadId })).toEqual({ ok: false, error: 'NOT_FOUND' });
    expect(await join(insider, { threadId })).toEqual({ ok: true });
    const postId = await reply(api, author.token, threadId, 'For DE only.');
    await seenInside.waitFor('post.created', (p: { postId: string }) => p.postId === postId);
    await settled(api);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seenOutside.received).toEqual([]);
    expect(seenAnonymously.received).toEqual([]);

    // A COMMUNITY thread reaches the signed-in outsider, not the anonymous client.
    const open = await startThread(api, author.token, { spaceSlug: 'recommendation-4' });
    await seenOutside.waitFor('thread.created', (t: { threadId: string }) => t.threadId === open);
    await settled(api);
    expect(seenAnonymously.received).toEqual([]);
  });

  it('tells the thread room of an edit, a reaction and a deletion, and tells no one who may not see the thread', async () => {
    const threadId = await startThread(api, author.token, { visibility: 'OFFICE' });
    const postId = await reply(api, author.token, threadId, 'First words.');
    const insider = await client(colleague.token);
    const outsider = await client(other.token);
    expect(await join(insider, { threadId })).toEqual({ ok: true });
    expect(await join(outsider, { threadId })).toEqual({ ok: false, error: 'NOT_FOUND' });
    await settled(api);
    const seenInside = record(insider);
    const seenOutside = record(outsider);
    const updated = (change: string) =>
      seenInside.waitFor(
        'post.updated',
        (p: { postId: string; change: string }) => p.postId === postId && p.change === change,
      );

    await gql(api, author.token, 'mutation($id: ID!) { editPost(id: $id, body: "Better words.") { id } }', {
      id: postId,
    });
    expect((await updated('EDITED')).payload).toEqual({ threadId, postId, change: 'EDITED' });
    await gql(api, colleague.token, 'mutation($id: ID!) { react(postId: $id, kind: LIKE) { id } }', { id: postId });
    await updated('REACTIONS');
    await gql(api, author.token, 'mutation($id: ID!) { deletePost(id: $id) { id } }', { id: postId });
    await updated('DELETED');
    await settled(api);
    expect(seenOutside.received).toEqual([]);
  });

  it('refuses a handshake with a bad token, and a join without a target', async () => {
    await expect(connectClient(api.url, 'not-a-token')).rejects.toThrow('UNAUTHENTICATED');
    expect(await join(await client(other.token), {})).toEqual({ ok: false, error: 'BAD_USER_INPUT' });
  });

  it('disconnects a member deactivated while connected within 1 s, on every device', async () => {
    const victim = await person(api, 'FR');
    const devices = [await client(victim.token), await client(victim.token)];
    const closed = devices.map(
      (socket) => new Promise<number>((resolve) => socket.once('disconnect', () => resolve(Date.now()))),
    );
    await gql(api, admin.token, 'mutation($id: ID!) { deactivateMember(memberId: $id) { id } }', { id: victim.id });
    const answered = Date.now();
    for (const at of await Promise.all(closed)) expect(at - answered).toBeLessThan(1_000);
    await expect(connectClient(api.url, victim.token)).rejects.toThrow('UNAUTHENTICATED');
  });

  it('disconnects the sockets of a session signed out, and only those', async () => {
    const member = await person(api, 'FR');
    const second = await person(api, 'FR'); // another member: its socket stays
    const leaving = await client(member.token);
    const staying = await client(second.token);
    const closed = new Promise<number>((resolve) => leaving.once('disconnect', () => resolve(Date.now())));
    await gql(api, member.token, 'mutation { signOut }');
    const answered = Date.now();
    expect((await closed) - answered).toBeLessThan(1_000);
    await settled(api);
    expect(staying.connected).toBe(true);
  });

  it('closes a connection when its access token ends, and keeps the others; the ended token is refused', async () => {
    // A token issued 15 minutes less 8 seconds ago (the identity clock moved for the sign-in only): it ends in 7 to
    // 8 s (its expiry is in whole seconds), time enough for the handshakes on a loaded machine.
    const staying = await client(other.token);
    const clock = jest.spyOn(api.app.get(Clock), 'now').mockImplementation(() => new Date(Date.now() - 892_000));
    let ending: Person;
    try {
      ending = await person(api, 'FR');
    } finally {
      clock.mockRestore();
    }
    const endsAt = (decodeJwt(ending.token).exp ?? 0) * 1000;
    const socket = await client(ending.token);
    const closed = new Promise<[string, number]>((resolve) =>
      socket.once('disconnect', (why) => resolve([why, Date.now()])),
    );
    expect(socket.connected).toBe(true);
    const [reason, closedAt] = await closed;
    expect(reason).toBe('io server disconnect');
    expect(closedAt).toBeGreaterThanOrEqual(endsAt - 100); // not before its end (the same machine's clock)
    expect(staying.connected).toBe(true);
    await expect(connectClient(api.url, ending.token)).rejects.toThrow('UNAUTHENTICATED');
  });

  it('keeps the sockets of a member moved to another office, its rooms following the new office at once', async () => {
    const mover = await person(api, 'DE');
    const socket = await client(mover.token);
    const deThread = await startThread(api, author.token, { spaceSlug: 'recommendation-10', visibility: 'OFFICE' });
    const usThread = await startThread(api, other.token, { spaceSlug: 'recommendation-10', visibility: 'OFFICE' });
    expect(await join(socket, { spaceSlug: 'recommendation-10' })).toEqual({ ok: true });
    expect(await join(socket, { threadId: deThread })).toEqual({ ok: true });
    expect(await join(socket, { threadId: usThread })).toEqual({ ok: false, error: 'NOT_FOUND' });
    await settled(api);

    const move =
      'mutation($id: ID!, $code: String!) { moveMember(memberId: $id, officeCode: $code) { office { code } } }';
    expect(await api.client.errorCodes(move, { id: mover.id, code: 'US' }, { token: author.token })).toEqual([
      'FORBIDDEN',
    ]);
    expect(await gql(api, admin.token, move, { id: mover.id, code: 'us' })).toEqual({
      moveMember: { office: { code: 'US' } },
    });
    await settled(api);
    await new Promise((resolve) => setTimeout(resolve, 100)); // the rooms follow right after the delivery
    const seen = record(socket);

    // Now of US: the DE thread's posts and DE-only threads no longer reach it; US-only ones do, on the same socket.
    const hidden = await reply(api, author.token, deThread, 'For DE only, after the move.');
    await startThread(api, author.token, { spaceSlug: 'recommendation-10', visibility: 'OFFICE' });
    const usOnly = await startThread(api, other.token, { spaceSlug: 'recommendation-10', visibility: 'OFFICE' });
    await seen.waitFor('thread.created', (t: { threadId: string }) => t.threadId === usOnly);
    expect(await join(socket, { threadId: usThread })).toEqual({ ok: true });
    expect(await join(socket, { threadId: deThread })).toEqual({ ok: false, error: 'NOT_FOUND' });
    await settled(api);
    expect(socket.connected).toBe(true);
    expect(seen.received.map((item) => item.event)).toEqual(['thread.created']);
    expect(JSON.stringify(seen.received)).not.toContain(hidden);
  });
});
