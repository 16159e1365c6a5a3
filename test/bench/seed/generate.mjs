// The shape of the generated forum, produced as COPY lines in batches (a million posts never sit in memory at once).
// Every row keeps what the services keep: paths from per-thread sequence numbers, depth and parent from the path,
// post_count, last_post_sequence, reply_count and last_activity_at exact, authors and reactors who may see the thread.
import { arrayLiteral, copyText } from './copy.mjs';
import { LANGUAGES, TAGS, displayName, titleOf } from './content.mjs';
import { uuidFrom } from './random.mjs';

export const MEMBER_COLUMNS = [
  'id',
  'email',
  'display_name',
  'office_id',
  'role',
  'active',
  'password_hash',
  'created_at',
];
export const THREAD_COLUMNS = [
  'id',
  'space_id',
  'title',
  'kind',
  'author_id',
  'office_id',
  'visibility',
  'shared_with_office_ids',
  'language',
  'tags',
  'locked',
  'pinned',
  'created_at',
  'last_activity_at',
  'post_count',
  'last_post_sequence',
];
export const POST_COLUMNS = [
  'id',
  'thread_id',
  'parent_id',
  'path',
  'depth',
  'author_id',
  'body',
  'body_html',
  'created_at',
  'edited_at',
  'deleted',
  'reply_count',
];
export const REACTION_COLUMNS = ['post_id', 'member_id', 'kind', 'created_at'];
export const REVISION_COLUMNS = ['id', 'post_id', 'body', 'written_at', 'created_at', 'replaced_by_id'];
export const FLAG_COLUMNS = [
  'id',
  'post_id',
  'member_id',
  'reason',
  'status',
  'created_at',
  'resolved_by_id',
  'resolved_at',
];

const KINDS = [
  ['DISCUSSION', 45],
  ['QUESTION', 25],
  ['EXPERIENCE_REPORT', 10],
  ['ICT_STRATEGY', 7],
  ['TECH_STACK', 8],
  ['ROADMAP', 5],
];
const VISIBILITIES = [
  ['PUBLIC', 50],
  ['COMMUNITY', 30],
  ['OFFICES', 10],
  ['OFFICE', 10],
];
const REACTIONS = [
  ['LIKE', 50],
  ['THANKS', 25],
  ['INSIGHTFUL', 15],
  ['SAME_HERE', 10],
];
const SHAPES = [
  ['shallow', 55],
  ['branching', 30],
  ['deep', 15],
];
const MAX_DEPTH = 200;
const DAY = 86_400_000;
const pad8 = (n) => String(n).padStart(8, '0');

/** Members over the offices (a few large offices, many small ones, every office at least one member). */
export function generateMembers(rnd, offices, count, { benchMembers, benchPasswordHash, now }) {
  const weights = offices.map((_, i) => [i, 1 / (i + 1) ** 0.9]);
  const members = [];
  const byOffice = offices.map(() => []);
  for (let i = 0; i < count; i++) {
    const office = i < offices.length ? i : rnd.weighted(weights);
    const bench = i >= count - benchMembers;
    const role = bench
      ? 'MEMBER'
      : rnd.weighted([
          ['MEMBER', 970],
          ['OFFICE_ADMIN', 20],
          ['MODERATOR', 10],
        ]);
    const member = {
      id: uuidFrom(rnd),
      email: bench
        ? `bench${count - 1 - i}@bench.forum.invalid`
        : `m${i}.${offices[office].code.toLowerCase()}@bench.forum.invalid`,
      office,
      role,
    };
    members.push(member);
    byOffice[office].push(member.id);
    member.line = [
      member.id,
      member.email,
      copyText(displayName(i)),
      offices[office].id,
      role,
      't',
      bench ? benchPasswordHash : '\\N',
      new Date(now - 3 * 365 * DAY + rnd.int(365 * DAY)).toISOString(),
    ].join('\t');
  }
  return { members, byOffice, moderators: members.filter((m) => m.role === 'MODERATOR').map((m) => m.id) };
}

/** Posts per thread: 1 + a heavy-tailed share of the replies (log-normal), summing exactly to `posts`. */
export function threadSizes(rnd, threads, posts) {
  const weights = Array.from({ length: threads }, () => Math.exp(1.6 * rnd.normal()));
  const total = weights.reduce((a, b) => a + b, 0);
  const replies = posts - threads;
  const sizes = weights.map((w) => 1 + Math.floor((w / total) * replies));
  let missing = posts - sizes.reduce((a, b) => a + b, 0);
  while (missing-- > 0) sizes[rnd.int(threads)] += 1;
  return sizes;
}

/** The parent of each post: shallow (mostly answers to the opening post), branching (random), deep (chains). */
function tree(rnd, n, shape) {
  const parent = new Int32Array(n).fill(-1);
  const depth = new Int16Array(n);
  const replies = new Int32Array(n);
  const paths = new Array(n);
  paths[0] = pad8(1);
  for (let k = 1; k < n; k++) {
    let p;
    if (shape === 'shallow') {
      p = rnd.next() < 0.6 ? 0 : rnd.int(k);
      while (depth[p] > 2) p = parent[p];
    } else if (shape === 'deep') p = rnd.next() < 0.8 ? k - 1 : rnd.int(k);
    else p = rnd.int(k);
    while (depth[p] >= MAX_DEPTH) p = parent[p];
    parent[k] = p;
    depth[k] = depth[p] + 1;
    replies[p] += 1;
    paths[k] = `${paths[p]}.${pad8(k + 1)}`;
  }
  return { parent, depth, replies, paths };
}

/**
 * Yields batches { threads, posts, reactions, revisions, flags } of COPY lines until every thread is written.
 * `bodies` comes from bodyVariants(); `offices` and `spaces` are rows of the seeded database.
 */
export function* forumBatches(rnd, { sizes, offices, spaces, people, bodies, now, batchPosts = 50_000 }) {
  const { members, byOffice, moderators } = people;
  const allMembers = members.map((m) => m.id);
  const spaceWeights = spaces.map((s, i) => [s.id, i === spaces.length - 1 ? 3 : 1 + (i % 3)]);
  const pinnedChance = (2 * spaces.length) / sizes.length;
  let batch = { threads: [], posts: [], reactions: [], revisions: [], flags: [] };
  for (let t = 0; t < sizes.length; t++) {
    const n = sizes[t];
    const author = rnd.pick(members);
    const office = offices[author.office];
    const visibility = rnd.weighted(VISIBILITIES);
    const shared = [];
    if (visibility === 'OFFICES')
      for (let s = 1 + rnd.int(5); s > 0; s--) {
        const other = rnd.int(offices.length);
        if (other !== author.office && !shared.includes(other)) shared.push(other);
      }
    // Who may write and react here: the policy of identity's canView, applied when choosing people.
    const readers =
      visibility === 'OFFICE'
        ? byOffice[author.office]
        : visibility === 'OFFICES'
          ? [author.office, ...shared].flatMap((o) => byOffice[o])
          : allMembers;
    const language = rnd.weighted(LANGUAGES);
    const tags = [...new Set(Array.from({ length: rnd.int(6) }, () => rnd.pick(TAGS)))];
    const threadId = uuidFrom(rnd);
    const { parent, depth, replies, paths } = tree(rnd, n, rnd.weighted(SHAPES));
    // Times: the thread starts within the last two years; posts follow in order, never in the future.
    const start = now - DAY - rnd.int(730 * DAY);
    const gap = Math.min(3 * 3_600_000, (now - start) / (n + 1));
    const times = new Float64Array(n);
    times[0] = start;
    for (let k = 1; k < n; k++) times[k] = times[k - 1] + 1 + rnd.exponential(gap);
    const ids = new Array(n);
    for (let k = 0; k < n; k++) {
      ids[k] = uuidFrom(rnd);
      const postAuthor = k === 0 ? author.id : rnd.pick(readers);
      const created = new Date(times[k]).toISOString();
      const variant = rnd.pick(bodies[language]);
      const deleted = k > 0 && rnd.next() < 0.01;
      const edited = !deleted && rnd.next() < 0.03;
      const editedAt = edited ? new Date(times[k] + 1 + rnd.int(3_600_000)).toISOString() : '\\N';
      batch.posts.push(
        [
          ids[k],
          threadId,
          k === 0 ? '\\N' : ids[parent[k]],
          paths[k],
          depth[k],
          postAuthor,
          deleted ? '' : variant.body,
          deleted ? '' : variant.html,
          created,
          editedAt,
          deleted ? 't' : 'f',
          replies[k],
        ].join('\t'),
      );
      if (edited)
        batch.revisions.push(
          [uuidFrom(rnd), ids[k], rnd.pick(bodies[language]).body, created, editedAt, postAuthor].join('\t'),
        );
      if (rnd.next() < 0.45) {
        const seen = new Set();
        for (let r = 1 + Math.min(11, Math.floor(rnd.exponential(1.2))); r > 0; r--) {
          const who = rnd.pick(readers);
          const kind = rnd.weighted(REACTIONS);
          if (seen.has(who + kind)) continue;
          seen.add(who + kind);
          batch.reactions.push([ids[k], who, kind, new Date(times[k] + 1 + rnd.int(DAY)).toISOString()].join('\t'));
        }
      }
      if (rnd.next() < (deleted ? 0.2 : 0.002)) {
        const flagger = rnd.pick(readers);
        const status = deleted ? 'POST_REMOVED' : rnd.next() < 0.75 ? 'OPEN' : 'DISMISSED';
        const flagged = new Date(times[k] + 1 + rnd.int(DAY));
        const resolved =
          status === 'OPEN' ? ['\\N', '\\N'] : [rnd.pick(moderators), new Date(+flagged + 60_000).toISOString()];
        batch.flags.push(
          [uuidFrom(rnd), ids[k], flagger, 'Off topic', status, flagged.toISOString(), ...resolved].join('\t'),
        );
      }
    }
    batch.threads.push(
      [
        threadId,
        rnd.weighted(spaceWeights),
        copyText(titleOf(language, t)),
        rnd.weighted(KINDS),
        author.id,
        office.id,
        visibility,
        arrayLiteral(shared.map((o) => offices[o].id)),
        language,
        arrayLiteral(tags),
        rnd.next() < 0.02 ? 't' : 'f',
        rnd.next() < pinnedChance ? 't' : 'f',
        new Date(start).toISOString(),
        new Date(times[n - 1]).toISOString(),
        n,
        n,
      ].join('\t'),
    );
    if (batch.posts.length >= batchPosts || t === sizes.length - 1) {
      yield batch;
      batch = { threads: [], posts: [], reactions: [], revisions: [], flags: [] };
    }
  }
}
