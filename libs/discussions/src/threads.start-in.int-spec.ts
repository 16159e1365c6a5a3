import { DataSource } from 'typeorm';
import { Language } from '@forum/graphql';
import { Role, Visibility, type Viewer } from '@forum/identity';
import type { StartThreadInput } from './dto/discussion.inputs.js';
import { ThreadKind } from './thread-kind.js';
import { ThreadsService } from './threads.service.js';
import { startForum, type Forum } from './testing/forum.fixture.js';

// Reports and strategies start their thread with themselves: ThreadsService.startIn works in the caller's transaction.
describe('starting a thread inside the caller’s transaction', () => {
  let forum: Forum;
  let threads: ThreadsService;
  let dataSource: DataSource;
  let author: Viewer;
  const input = (title: string, clientMutationId?: string): StartThreadInput => ({
    spaceSlug: 'recommendation-9',
    title,
    body: 'What we learned, @FR.',
    kind: ThreadKind.EXPERIENCE_REPORT,
    visibility: Visibility.COMMUNITY,
    language: Language.EN,
    clientMutationId,
  });
  const stored = async (title: string) =>
    (
      await forum.api.db.query<{ threads: number; posts: number; mentions: number }>(
        `SELECT count(DISTINCT t.id)::int AS threads, count(DISTINCT p.id)::int AS posts, count(m.id)::int AS mentions
         FROM thread t LEFT JOIN post p ON p.thread_id = t.id LEFT JOIN post_mention m ON m.post_id = p.id
         WHERE t.title = $1`,
        [title],
      )
    )[0];

  beforeAll(async () => {
    forum = await startForum();
    threads = forum.api.app.get(ThreadsService);
    dataSource = forum.api.app.get(DataSource);
    const [{ office_id: officeId }] = await forum.api.db.query<{ office_id: string }>(
      'SELECT office_id FROM member WHERE id = $1',
      [forum.cast.author.id],
    );
    author = { memberId: forum.cast.author.id, officeId, role: Role.MEMBER };
  });
  afterAll(() => forum.close());

  it('leaves no thread, post or mention when the caller’s transaction fails after it', async () => {
    const failed = dataSource.transaction(async (tx) => {
      const thread = await threads.startIn(tx, author, input('Rolled back with its report'));
      // Seen inside the caller's transaction, not outside it.
      expect((await threads.visibleThreadIn(tx, author, thread.id)).title).toBe('Rolled back with its report');
      expect(await stored('Rolled back with its report')).toEqual({ threads: 0, posts: 0, mentions: 0 });
      throw new Error('the report could not be saved');
    });
    await expect(failed).rejects.toThrow('the report could not be saved');
    expect(await stored('Rolled back with its report')).toEqual({ threads: 0, posts: 0, mentions: 0 });
  });

  it('commits the thread, its opening post and mentions with the caller’s transaction', async () => {
    const started = await dataSource.transaction((tx) => threads.startIn(tx, author, input('Saved with its report')));
    expect(started.kind).toBe(ThreadKind.EXPERIENCE_REPORT);
    expect(await stored('Saved with its report')).toEqual({ threads: 1, posts: 1, mentions: 1 });
  });

  it('answers a retry in the same transaction with the first thread', async () => {
    const [first, again] = await dataSource.transaction(async (tx) => [
      await threads.startIn(tx, author, input('Retried report', 'report-1')),
      await threads.startIn(tx, author, input('Retried report', 'report-1')),
    ]);
    expect(again.id).toBe(first.id);
    expect(await stored('Retried report')).toEqual({ threads: 1, posts: 1, mentions: 1 });
  });
});
