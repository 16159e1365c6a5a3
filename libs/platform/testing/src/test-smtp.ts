import { createServer } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** An e-mail the test server accepted, parsed, with the envelope's recipients. */
export interface ReceivedMail {
  to: string[];
  parsed: ParsedMail;
  /** A header's value as sent (first occurrence), e.g. `list-unsubscribe`. */
  header(name: string): string | undefined;
}

export interface TestSmtp {
  /** `smtp://user:password@127.0.0.1:<port>` for SMTP_URL (the port stays the same across stop and start). */
  url: string;
  port: number;
  received: ReceivedMail[];
  /** Starts accepting mail (again) on the same port. */
  start(): Promise<void>;
  /** Stops listening: connections are refused, as when the SMTP server is down. */
  stop(): Promise<void>;
  /** The received e-mails once `done` is true of them; fails after `timeoutMs`. */
  waitFor(done: (received: ReceivedMail[]) => boolean, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** How many connections were refused login (a wrong password). */
  refusedLogins: number;
}

/** A free port of the loopback interface (nothing listens on it once this returns). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A real SMTP server (the `smtp-server` package) for e-mail tests, with login (user and password as given), no TLS,
 * started or stopped at will on one port; every accepted message is parsed with `mailparser`. Starts stopped when
 * `{ running: false }`: the forum's first attempts then find no server.
 */
export async function startTestSmtp(
  options: { user?: string; password?: string; running?: boolean } = {},
): Promise<TestSmtp> {
  const user = options.user ?? 'forum';
  const password = options.password ?? 'smtp-test-password';
  const port = await freePort();
  let server: SMTPServer | undefined;
  const smtp: TestSmtp = {
    url: `smtp://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}`,
    port,
    received: [],
    refusedLogins: 0,
    async start() {
      if (server) return;
      server = new SMTPServer({
        secure: false,
        disabledCommands: ['STARTTLS'],
        allowInsecureAuth: true,
        authMethods: ['PLAIN', 'LOGIN'],
        logger: false,
        disableReverseLookup: true,
        onAuth(auth, _session, callback) {
          if (auth.username === user && auth.password === password) return callback(null, { user });
          smtp.refusedLogins += 1;
          callback(new Error('Invalid username or password'));
        },
        onData(stream, session, callback) {
          simpleParser(stream).then(
            (parsed) => {
              const to = session.envelope.rcptTo.map((address) => address.address);
              smtp.received.push({ to, parsed, header: (name) => headerOf(parsed, name) });
              callback();
            },
            (error: Error) => callback(error),
          );
        },
      });
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(port, '127.0.0.1', () => resolve());
      });
    },
    async stop() {
      const closing = server;
      server = undefined;
      if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
    },
    async waitFor(done, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (!done(smtp.received)) {
        if (Date.now() > deadline) throw new Error(`The test SMTP server holds ${smtp.received.length} e-mails`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return smtp.received;
    },
  };
  if (options.running !== false) await smtp.start();
  return smtp;
}

function headerOf(parsed: ParsedMail, name: string): string | undefined {
  const line = parsed.headerLines.find((header) => header.key === name.toLowerCase());
  return line ? line.line.slice(line.line.indexOf(':') + 1).trim() : undefined;
}
