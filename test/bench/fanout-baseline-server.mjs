// The fan-out benchmark's baseline: a bare socket.io server (the API's socket.io version, default in-memory adapter,
// websocket transport), no authentication, no rooms, no database. POST /broadcast { postId } sends the same
// `post.created` the API sends to every connected client, then answers with the moment the broadcast started: the
// least any socket.io server could do. Its figure is from that moment to the last client (the API's, from the reply's
// answer: the outbox's delivery is part of the API's cost, the broadcast's own duration part of both).
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Server } from 'socket.io';

const port = Number(process.env.PORT ?? 0);
const http = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/health/live') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ clients: io.engine.clientsCount }));
    return;
  }
  if (req.method === 'POST' && req.url === '/broadcast') {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const { threadId, postId, parentId } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      // When the broadcast started (the same clock as the clients', another process on this machine).
      const at = performance.timeOrigin + performance.now();
      io.emit('post.created', { threadId, postId, parentId });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ at }));
    });
    return;
  }
  res.writeHead(404).end();
});
const io = new Server(http, { path: '/socket.io', serveClient: false });
http.listen(port, process.env.HOST ?? '127.0.0.1');

const stop = () => {
  io.close();
  http.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
