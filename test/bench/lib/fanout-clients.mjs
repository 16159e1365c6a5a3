// The fan-out benchmark's clients, in a process of their own (forked with an IPC channel by fanout.mjs): `count`
// socket.io clients of the API (signed in with the tokens given in turn, every `anonymousEvery`-th one anonymous),
// each joined to the thread's room, and as many clients of the bare server. For each post id it hears of, it tells
// the parent when the first and the last of the `count` clients of that server received `post.created`.
import { performance } from 'node:perf_hooks';
import { io } from 'socket.io-client';

const { apiUrl, bareUrl, threadId, count, tokens, anonymousEvery } = JSON.parse(process.argv[2]);
const now = () => performance.timeOrigin + performance.now();
const seen = new Map(); // `${server} ${postId}` -> { n, first, last }
const sockets = [];

function heard(server, postId) {
  const at = now();
  const key = `${server} ${postId}`;
  const entry = seen.get(key) ?? { n: 0, first: at, last: at };
  entry.n += 1;
  entry.last = at;
  seen.set(key, entry);
  if (entry.n === count) {
    process.send({ type: 'received', server, postId, first: entry.first, last: entry.last });
    seen.delete(key);
  }
}

function connect(url, auth) {
  return new Promise((resolve, reject) => {
    const socket = io(url, {
      path: '/socket.io',
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      auth,
    });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
    sockets.push(socket);
  });
}

async function inBatches(total, make, batch = 100) {
  const made = [];
  for (let i = 0; i < total; i += batch)
    made.push(...(await Promise.all(Array.from({ length: Math.min(batch, total - i) }, (_, j) => make(i + j)))));
  return made;
}

const api = await inBatches(count, async (i) => {
  const token = i % anonymousEvery === 0 ? undefined : tokens[i % tokens.length];
  const socket = await connect(apiUrl, token ? { token } : {});
  const answer = await new Promise((resolve) => socket.emit('join', { threadId }, resolve));
  if (!answer.ok) throw new Error(`join refused: ${JSON.stringify(answer)}`);
  socket.on('post.created', (post) => heard('api', post.postId));
  return socket;
});
const bare = await inBatches(count, async () => {
  const socket = await connect(bareUrl, {});
  socket.on('post.created', (post) => heard('bare', post.postId));
  return socket;
});
process.send({ type: 'ready', api: api.length, bare: bare.length });

process.on('message', (message) => {
  if (message?.type !== 'stop') return;
  for (const socket of sockets) socket.close();
  process.exit(0);
});
