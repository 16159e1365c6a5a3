import type { EventWorker } from '@forum/events';
import type { MemberAccess } from './members.repository.js';
import { Role } from './role.js';
import { SessionValidity } from './session-validity.js';

const TOKEN = { memberId: 'm1', sessionId: 's1' };
const ACCESS: MemberAccess = { id: 'm1', office_id: 'o1', role: Role.MEMBER };

/** The cache with the notifications of the outbox's listener replaced by a function the test calls. */
function cache() {
  let notify: (eventName: string | null) => void = () => undefined;
  const worker = { onNotification: (listener: typeof notify) => ((notify = listener), () => undefined) };
  const validity = new SessionValidity(worker as unknown as EventWorker);
  validity.onModuleInit();
  let reads = 0;
  let answer: MemberAccess | null = ACCESS;
  const check = () =>
    validity.access(TOKEN, () => {
      reads++;
      return Promise.resolve(answer);
    });
  return {
    validity,
    check,
    notify: (name: string | null) => notify(name),
    reads: () => reads,
    answer: (next: MemberAccess | null) => (answer = next),
  };
}

describe('SessionValidity', () => {
  it('reuses a live session’s answer, and never a refusal', async () => {
    const c = cache();
    expect(await c.check()).toEqual(ACCESS);
    expect(await c.check()).toEqual(ACCESS);
    expect(c.reads()).toBe(1);
    c.notify('identity.session-revoked');
    c.answer(null);
    expect(await c.check()).toBeNull();
    expect(await c.check()).toBeNull();
    expect(c.reads()).toBe(3);
  });

  it('forgets on the events that end sessions and on a reconnection of the listener, not on others', async () => {
    const c = cache();
    await c.check();
    c.notify('discussions.post-created');
    await c.check();
    expect(c.reads()).toBe(1);
    for (const name of ['identity.session-revoked', 'identity.member-deactivated', null]) {
      c.notify(name);
      await c.check();
    }
    expect(c.reads()).toBe(4);
  });

  it('keeps nothing read while a change is being committed on this instance', async () => {
    const c = cache();
    await c.check();
    c.validity.changed(); // inside the revoking transaction: a read now may still see the row before the commit
    await c.check();
    await c.check();
    expect(c.reads()).toBe(3);
  });

  it('does not keep an answer whose read was overtaken by a notification', async () => {
    const c = cache();
    let release: () => void = () => undefined;
    const slow = c.validity.access(
      TOKEN,
      () => new Promise<MemberAccess | null>((resolve) => (release = () => resolve(ACCESS))),
    );
    c.notify('identity.session-revoked');
    release();
    expect(await slow).toEqual(ACCESS);
    await c.check();
    expect(c.reads()).toBe(1); // the slow read was not kept: this one went to the database
  });
});
