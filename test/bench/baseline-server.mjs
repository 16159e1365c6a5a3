// The baseline of the thread page: the same SQL the API sends for it (thread, first 50 posts with their reaction
// counts, authors with their offices; plus the session check when signed in) served by a bare node:http + pg handler,
// answering the same JSON. What the API spends beyond this is the cost of its stack (NestJS, Apollo, TypeORM, ...).
// Started by run.mjs with DATABASE_URL, JWT_SECRET, PORT and DATABASE_POOL_SIZE.
import { createServer } from 'node:http';
import { jwtVerify } from 'jose';
import pg from 'pg';

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  application_name: 'forum-bench-baseline',
});
const key = new TextEncoder().encode(process.env.JWT_SECRET);

const THREAD = `SELECT t.id, t.space_id, t.title, t.kind, t.author_id, t.office_id, t.visibility, t.shared_with_office_ids,
  t.language, t.tags, t.locked, t.pinned, t.created_at, t.last_activity_at, t.post_count, t.last_post_sequence
  FROM thread t WHERE t.id = $1`;
const POSTS = `SELECT p.id, p.thread_id, p.parent_id, p.path, p.depth, p.author_id, p.body, p.body_html, p.created_at,
  p.edited_at, p.deleted, p.reply_count, COALESCE((
  SELECT json_agg(json_build_object('kind', r.kind, 'count', r.count, 'reactedByMe', r.mine) ORDER BY r.kind)
  FROM (SELECT kind, count(*)::int AS count, COALESCE(bool_or(member_id = $4::uuid), false) AS mine
        FROM post_reaction WHERE post_id = p.id GROUP BY kind) r), '[]'::json) AS reactions
  FROM post p WHERE p.thread_id = $1 AND ($2::text IS NULL OR p.path > $2::text COLLATE "C")
  ORDER BY p.path COLLATE "C" LIMIT $3`;
const MEMBERS = `SELECT m.id, m.display_name, m.role, m.email, m.active, o.id AS office_id, o.code, o.name, o.region
  FROM member m JOIN office o ON o.id = m.office_id WHERE m.id = ANY($1::uuid[])`;
const VIEWER = `SELECT m.id, m.office_id, m.role FROM member m JOIN session s ON s.member_id = m.id
  WHERE m.id = $1 AND s.id = $2 AND m.active AND s.revoked_at IS NULL`;

// identity's canView, for the one row this handler loads.
function canView(viewer, t) {
  if (t.visibility === 'PUBLIC') return true;
  if (!viewer) return false;
  if (t.visibility === 'COMMUNITY') return true;
  if (viewer.office_id === t.office_id) return true;
  return t.visibility === 'OFFICES' && t.shared_with_office_ids.includes(viewer.office_id);
}

async function viewerOf(authorization) {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) return null;
  const { payload } = await jwtVerify(token, key, {
    issuer: 'ip-office-ict-forum',
    audience: 'ip-office-ict-forum/api',
    algorithms: ['HS256'],
  });
  const { rows } = await pool.query(VIEWER, [payload.sub, payload.sid]);
  if (!rows[0]) throw new Error('session refused');
  return rows[0];
}

const member = (m) => ({ id: m.id, displayName: m.display_name, office: { code: m.code, name: m.name } });
const cursor = (path) => Buffer.from(JSON.stringify({ path })).toString('base64url');

async function threadPage(viewer, id) {
  const { rows: threads } = await pool.query(THREAD, [id]);
  const t = threads[0];
  if (!t || !canView(viewer, t)) return { data: { thread: null }, errors: [{ message: 'Thread not found' }] };
  const { rows: posts } = await pool.query(POSTS, [id, null, 51, viewer?.id ?? null]);
  const page = posts.slice(0, 50);
  const { rows: members } = await pool.query(MEMBERS, [[...new Set([t.author_id, ...page.map((p) => p.author_id)])]]);
  const byId = new Map(members.map((m) => [m.id, member(m)]));
  return {
    data: {
      thread: {
        id: t.id,
        title: t.title,
        kind: t.kind,
        language: t.language,
        tags: t.tags,
        postCount: t.post_count,
        createdAt: t.created_at.toISOString(),
        lastActivityAt: t.last_activity_at.toISOString(),
        locked: t.locked,
        pinned: t.pinned,
        author: byId.get(t.author_id),
        posts: {
          pageInfo: { hasNextPage: posts.length > 50, endCursor: page.length ? cursor(page.at(-1).path) : null },
          edges: page.map((p) => ({
            cursor: cursor(p.path),
            node: {
              id: p.id,
              depth: p.depth,
              bodyHtml: p.body_html,
              createdAt: p.created_at.toISOString(),
              editedAt: p.edited_at?.toISOString() ?? null,
              deleted: p.deleted,
              replyCount: p.reply_count,
              author: byId.get(p.author_id),
              reactions: p.reactions,
            },
          })),
        },
      },
    },
  };
}

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/health/live') return res.end('{"status":"ok"}');
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', async () => {
    try {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString());
      if (!query.startsWith('query ThreadPage')) throw new Error('the baseline serves the thread page only');
      const body = JSON.stringify(await threadPage(await viewerOf(req.headers.authorization), variables.id));
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } catch (error) {
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
});
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
process.once('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
