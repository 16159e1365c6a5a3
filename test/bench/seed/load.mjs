// The bulk load of a generated forum into a migrated and seeded database (schema, offices, spaces, first admin).
import { hash } from '@node-rs/argon2';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { bodyVariants } from './content.mjs';
import { copyText, openCopy } from './copy.mjs';
import {
  FLAG_COLUMNS,
  MEMBER_COLUMNS,
  POST_COLUMNS,
  REACTION_COLUMNS,
  REVISION_COLUMNS,
  THREAD_COLUMNS,
  forumBatches,
  generateMembers,
  threadSizes,
} from './generate.mjs';
import { loadCatalog } from './catalog.mjs';
import { captureIndexes, dropIndexes, recreateIndexes } from './indexes.mjs';
import { random } from './random.mjs';

/** The members the benchmark signs in as (the last ones of the member list). */
export const BENCH_MEMBERS = 20;
export const BENCH_PASSWORD = 'bench password, not a secret';
export const benchEmail = (i) => `bench${i}@bench.forum.invalid`;

export const defaults = (posts) => ({
  posts,
  threads: Math.max(10, Math.round(posts / 20)),
  members: 10_000,
  offices: 200,
  seed: 1,
});

const TABLES = ['member', 'thread', 'post', 'post_reaction', 'post_revision', 'post_flag'];

/**
 * Loads the forum into a migrated and seeded database at `url`; `renderMarkdown` is the forum's renderer (from the
 * build or the sources). Returns the figures of the load; `log` receives progress lines.
 */
export async function loadForum(url, options, renderMarkdown, log = () => undefined) {
  const o = { ...defaults(options.posts), ...options };
  if (o.threads > o.posts) throw new Error('--threads cannot exceed --posts (every thread has an opening post)');
  const started = performance.now();
  const marks = [];
  const phase = (name) => {
    const at = (performance.now() - started) / 1000;
    marks.push({ step: name.replace(/ \(.*$/, ''), atSeconds: Number(at.toFixed(1)) });
    log(`[seed] ${name} (${at.toFixed(1)} s)`);
  };
  const clients = await Promise.all(
    TABLES.map(async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query("SET synchronous_commit = off; SET maintenance_work_mem = '256MB'");
      return client;
    }),
  );
  try {
    const [main] = clients;
    const rnd = random(o.seed);
    const { rows: allOffices } = await main.query('SELECT id, code FROM office ORDER BY code');
    const offices = allOffices
      .map((office) => [rnd.next(), office])
      .sort((a, b) => a[0] - b[0])
      .slice(0, o.offices)
      .map(([, office]) => office);
    const { rows: spaces } = await main.query('SELECT id FROM space ORDER BY position');
    const { rows: admins } = await main.query("SELECT id FROM member WHERE role = 'ADMIN'");
    const bodies = bodyVariants(renderMarkdown, copyText);
    const benchPasswordHash = await hash(BENCH_PASSWORD, {
      algorithm: 2,
      memoryCost: 19_456,
      timeCost: 2,
      parallelism: 1,
    });
    const now = Date.now() - 60_000;
    const people = generateMembers(rnd, offices, o.members, { benchMembers: BENCH_MEMBERS, benchPasswordHash, now });
    people.moderators.push(...admins.map((a) => a.id));
    const sizes = threadSizes(rnd, o.threads, o.posts);
    phase(
      `generated ${o.members} members over ${offices.length} offices, ${o.threads} thread sizes (largest ${Math.max(...sizes)} posts)`,
    );

    const indexes = await captureIndexes(main, TABLES);
    await dropIndexes(main, indexes);
    phase(`dropped ${indexes.constraints.length} constraints and ${indexes.indexes.length} indexes`);
    // Search's triggers index row by row; a bulk load builds the read model once at the end (search_reindex()).
    await main.query('ALTER TABLE thread DISABLE TRIGGER USER');
    await main.query('ALTER TABLE post DISABLE TRIGGER USER');

    const copies = await Promise.all([
      openCopy(clients[0], 'member', MEMBER_COLUMNS),
      openCopy(clients[1], 'thread', THREAD_COLUMNS),
      openCopy(clients[2], 'post', POST_COLUMNS),
      openCopy(clients[3], 'post_reaction', REACTION_COLUMNS),
      openCopy(clients[4], 'post_revision', REVISION_COLUMNS),
      openCopy(clients[5], 'post_flag', FLAG_COLUMNS),
    ]);
    await copies[0].write(people.members.map((m) => m.line));
    const counts = { members: await copies[0].end(), threads: 0, posts: 0, reactions: 0, revisions: 0, flags: 0 };
    for (const batch of forumBatches(rnd, { sizes, offices, spaces, people, bodies, now })) {
      await Promise.all([
        copies[1].write(batch.threads),
        copies[2].write(batch.posts),
        copies[3].write(batch.reactions),
        copies[4].write(batch.revisions),
        copies[5].write(batch.flags),
      ]);
      counts.posts += batch.posts.length;
      if (counts.posts % 200_000 < batch.posts.length) phase(`${counts.posts} posts sent`);
    }
    [counts.threads, counts.posts, counts.reactions, counts.revisions, counts.flags] = await Promise.all(
      copies.slice(1).map((c) => c.end()),
    );
    phase(`loaded ${JSON.stringify(counts)}`);

    await recreateIndexes(clients.slice(0, 2), indexes);
    phase('recreated keys, indexes and foreign keys (every reference validated)');
    const catalog = await loadCatalog(main, { offices: offices.length });
    phase(`strategies, reports and stacks: ${JSON.stringify(catalog)}`);
    const [{ search_reindex: indexed }] = (await main.query('SELECT search_reindex()')).rows;
    await main.query('ALTER TABLE thread ENABLE TRIGGER USER');
    await main.query('ALTER TABLE post ENABLE TRIGGER USER');
    phase(`built the search index (${indexed} documents)`);
    await Promise.all([
      main.query('VACUUM (ANALYZE) post'),
      clients[1].query('VACUUM (ANALYZE) thread, post_reaction, member, post_revision, post_flag, search_document'),
    ]);
    const seconds = (performance.now() - started) / 1000;
    phase('vacuumed and analyzed');
    return { ...o, counts: { ...counts, ...catalog }, seconds, marks };
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}
