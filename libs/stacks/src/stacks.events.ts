// What stacks tells the rest of the forum (notifications, search) about its writes, with the version's visibility.
declare module '@forum/events' {
  interface ForumEvents {
    'stacks.stack-published': { stackId: string; officeId: string; version: number; threadId: string };
  }
}

export {};
