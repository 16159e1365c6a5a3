import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Outside production, without JWT_SECRET: the key that signs access tokens, generated once into DATA_DIR/jwt-secret
 * (mode 0600), so that a restart does not sign everyone out. Production requires JWT_SECRET (config.schema.ts).
 */
export async function localSigningKey(dataDir: string): Promise<string> {
  const file = join(dataDir, 'jwt-secret');
  await mkdir(dataDir, { recursive: true });
  try {
    await writeFile(file, `${randomBytes(48).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
  }
  const key = (await readFile(file, 'utf8')).trim();
  if (key.length < 32)
    throw new Error(`${file} holds a key shorter than 32 characters: delete it to have a new one made`);
  return key;
}
