import { loadConfig } from '@forum/config';
import type { ContentVisibility } from '@forum/events';
import { canView, Role, Visibility, type Viewer } from '@forum/identity';
import { audienceOf, audienceRoom, threadRoom } from './rooms.js';

const DE = '00000000-0000-4000-8000-0000000000de';
const FR = '00000000-0000-4000-8000-0000000000f4';
const US = '00000000-0000-4000-8000-0000000000a5';

describe('the audience of a socket event', () => {
  const viewers: Viewer[] = [
    null,
    ...[DE, FR, US].map((officeId) => ({ memberId: officeId, officeId, role: Role.MEMBER })),
  ];
  const items: ContentVisibility[] = [
    { visibility: 'PUBLIC', officeId: DE, sharedWithOfficeIds: [] },
    { visibility: 'COMMUNITY', officeId: DE, sharedWithOfficeIds: [] },
    { visibility: 'OFFICES', officeId: DE, sharedWithOfficeIds: [FR] },
    { visibility: 'OFFICE', officeId: DE, sharedWithOfficeIds: [FR] },
  ];

  it.each(items)('reaches exactly the viewers that canView allows ($visibility)', (item) => {
    const room = threadRoom('00000000-0000-4000-8000-000000000001');
    const { to, except } = audienceOf(room, item);
    for (const viewer of viewers) {
      // The rooms a socket of this viewer is in after joining the thread.
      const joined = [room, audienceRoom(room, viewer?.officeId ?? null)];
      const reached = joined.some((name) => to.includes(name)) && !joined.some((name) => except.includes(name));
      const allowed = canView(viewer, { ...item, visibility: item.visibility as Visibility });
      expect({ viewer: viewer?.officeId ?? 'anonymous', reached }).toEqual({
        viewer: viewer?.officeId ?? 'anonymous',
        reached: allowed,
      });
    }
  });

  it('reaches no one for an unknown visibility', () => {
    expect(audienceOf('thread:x', { visibility: 'SECRET', officeId: DE, sharedWithOfficeIds: [] } as never)).toEqual({
      to: [],
      except: [],
    });
  });
});

describe('REDIS_URL', () => {
  it('is optional and must be a redis:// URL', () => {
    expect(loadConfig({}).redisUrl).toBeUndefined();
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).redisUrl).toBe('redis://127.0.0.1:6379');
    expect(() => loadConfig({ REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(/REDIS_URL/);
  });
});
