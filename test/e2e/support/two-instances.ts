import { randomBytes } from 'node:crypto';
import { createTestDatabase, startApiProcess, type ApiProcess, type TestDatabase } from '@forum/testing';

/** The first admin both instances bootstrap (the first one to start creates it). */
export const ADMIN = { email: 'admin@forum.test', password: 'first-admin-password' };

export interface TwoInstances {
  db: TestDatabase;
  first: ApiProcess;
  second: ApiProcess;
  stop(): Promise<void>;
}

/**
 * Two built API processes on one fresh database, with one JWT secret (a token of one is valid on the other), as a
 * scaled-out deployment runs them: what one instance writes, the other hears through the outbox's NOTIFY.
 */
export async function twoInstances(env: Record<string, string> = {}): Promise<TwoInstances> {
  const db = await createTestDatabase();
  const shared = {
    DATABASE_URL: db.url,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    JWT_SECRET: randomBytes(24).toString('hex'),
    ...env,
  };
  const started: ApiProcess[] = [];
  const stop = async () => {
    await Promise.all(started.map((api) => api.stop()));
    await db.drop();
  };
  try {
    started.push(await startApiProcess({ env: shared }));
    started.push(await startApiProcess({ env: shared }));
  } catch (error) {
    await stop();
    throw error;
  }
  const [first, second] = started as [ApiProcess, ApiProcess];
  return { db, first, second, stop };
}
