// A TCP proxy in front of PostgreSQL that counts the SQL statements a process sends, from the wire protocol: every
// simple Query ('Q') and every Execute ('E') of the extended protocol is one statement (BEGIN and COMMIT included).
// Used only for the statements-per-request pass, never on the path of the timed scenarios.
import { createConnection, createServer } from 'node:net';

export async function startStatementProxy(targetUrl) {
  const target = new URL(targetUrl);
  let statements = [];
  const sockets = new Set();
  const server = createServer((client) => {
    const upstream = createConnection({ host: target.hostname, port: Number(target.port || 5432) });
    sockets.add(client).add(upstream);
    let buffer = Buffer.alloc(0);
    let started = false;
    let lastParsed = '';
    client.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!started) {
          if (buffer.length < 4) break;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) break;
          buffer = buffer.subarray(length);
          started = true;
          continue;
        }
        if (buffer.length < 5) break;
        const type = String.fromCharCode(buffer[0]);
        const length = buffer.readInt32BE(1);
        if (buffer.length < length + 1) break;
        const payload = buffer.subarray(5, length + 1);
        if (type === 'Q') statements.push(cstring(payload, 0));
        else if (type === 'P') lastParsed = cstring(payload, payload.indexOf(0) + 1);
        else if (type === 'E') statements.push(lastParsed);
        buffer = buffer.subarray(length + 1);
      }
      upstream.write(chunk);
    });
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxied = new URL(targetUrl);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(server.address().port);
  return {
    url: proxied.toString(),
    /** Runs `work` and returns the statements sent meanwhile. */
    async measure(work) {
      statements = [];
      await work();
      await new Promise((r) => setTimeout(r, 20));
      return statements;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const cstring = (buffer, from) => buffer.toString('utf8', from, buffer.indexOf(0, from)).replace(/\s+/g, ' ').trim();
