import type { ContentVisibility } from '@forum/events';

// Room names. A client in a thread's (or space's) room is also in the room of its office there (or the anonymous
// one), so an event is sent only to the offices that may see the content *now*, without asking each socket.

export const memberRoom = (memberId: string) => `member:${memberId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const threadRoom = (threadId: string) => `thread:${threadId}`;
export const spaceRoom = (spaceId: string) => `space:${spaceId}`;

/** The room of a viewer's office (or of the anonymous clients) within a thread's or space's room. */
export const audienceRoom = (room: string, officeId: string | null) =>
  officeId ? `${room}:office:${officeId}` : `${room}:anonymous`;

/** The thread and space rooms among a socket's rooms (not their office rooms), with the thread's id. */
export function joinedTargets(rooms: Iterable<string>): { room: string; threadId: string | null }[] {
  const targets: { room: string; threadId: string | null }[] = [];
  for (const room of rooms) {
    const match = /^(thread|space):([^:]+)$/.exec(room);
    if (match) targets.push({ room, threadId: match[1] === 'thread' ? match[2] : null });
  }
  return targets;
}

/**
 * Where to send an event about content of this visibility within `room`: `to` the rooms listed, `except` these.
 * Must agree with identity's canView (a test checks it for every visibility).
 */
export function audienceOf(room: string, visibility: ContentVisibility): { to: string[]; except: string[] } {
  switch (visibility.visibility) {
    case 'PUBLIC':
      return { to: [room], except: [] };
    case 'COMMUNITY':
      return { to: [room], except: [audienceRoom(room, null)] };
    case 'OFFICES':
      return {
        to: [visibility.officeId, ...visibility.sharedWithOfficeIds].map((officeId) => audienceRoom(room, officeId)),
        except: [],
      };
    case 'OFFICE':
      return { to: [audienceRoom(room, visibility.officeId)], except: [] };
    default:
      return { to: [], except: [] };
  }
}
