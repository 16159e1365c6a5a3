// `npm run admin -- <command>`: the operator's tasks, run against the API's database with the API's configuration.
//   reset-password <email>   with a password on stdin (`echo "$PW" | npm run admin -- reset-password a@b.org`): sets
//                            it; without (a terminal, or empty stdin): prints a one-time reset link (valid one hour).
// Either way every session of the member ends and its sign-in locks are cleared; the audit log records it.
//   retry-failed-mail        puts every e-mail given up after its retries (outgoing_mail FAILED) back in line, once
//                            the SMTP problem is fixed; the running API sends them (docs/operations.md, "E-mail").
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@forum/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@forum/database';
import { PasswordsService } from '@forum/identity';
import { MailQueue } from '@forum/mail';
import { createLogger } from '@forum/observability';
import { AppModule } from './app.module.js';

const USAGE = [
  'usage: npm run admin -- reset-password <email>   (a new password on stdin sets it; none prints a link)',
  '       npm run admin -- retry-failed-mail        (e-mails given up after their retries are tried again)',
].join('\n');

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One line: the trailing newline of `echo` is not part of the password.
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function main(args: string[]): Promise<number> {
  const [command, email] = args;
  if (!(command === 'reset-password' && email) && command !== 'retry-failed-mail') {
    console.error(USAGE);
    return 2;
  }
  const password = command === 'reset-password' ? await readStdin() : '';
  // The API's configuration, quieter, and without delivering events (the running API does that).
  const config = { ...loadConfig(process.env), events: { ...loadConfig(process.env).events, worker: false } };
  const logger = createLogger({ ...config, logLevel: 'warn' });
  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) embedded = await startEmbeddedPostgres({ dataDir: config.dataDir });
  const app = await NestFactory.create(
    AppModule.forRoot({ ...config, databaseUrl: config.databaseUrl ?? embedded!.url }, logger),
    { logger: false, abortOnError: false },
  );
  try {
    await app.init();
    if (command === 'retry-failed-mail') {
      const mail = app.get(MailQueue);
      if (!mail.enabled) throw new Error('SMTP_URL is not set: e-mail is off');
      console.log(`${await mail.retryFailed()} e-mails put back in line.`);
      return 0;
    }
    const passwords = app.get(PasswordsService);
    if (password) {
      await passwords.setByOperator(email, password);
      console.log(`The password of ${email} is set; its sessions have ended.`);
    } else {
      const token = await passwords.issueResetToken(email);
      const origin = config.corsOrigins[0] ?? `http://localhost:${config.port}`;
      console.log(`One-time reset link for ${email} (valid one hour):\n${origin}/reset-password#token=${token}`);
      if (app.get(MailQueue).enabled) console.log('(also e-mailed to the member: the running API sends it)');
      console.log(`(the web client calls: mutation { resetPassword(input: { token: "…", newPassword: "…" }) })`);
    }
    return 0;
  } catch (error) {
    // A ForumError's message names the problem (no such member, a short password); it never holds the password.
    console.error(`${command} failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await app.close();
    await embedded?.stop();
  }
}

process.exitCode = await main(process.argv.slice(2));
