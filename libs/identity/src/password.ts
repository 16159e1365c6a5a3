import { hash, verify } from '@node-rs/argon2';

// Algorithm is a const enum in @node-rs/argon2's types, which isolatedModules cannot inline: 2 is Argon2id.
const ARGON2ID = 2;

export const MIN_PASSWORD_LENGTH = 12;

/** An argon2id PHC string ($argon2id$v=19$m=19456,t=2,p=1$...), the OWASP-recommended minimum parameters. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

// Verified against when the e-mail is unknown, so that an unknown e-mail takes as long as a wrong password.
let decoy: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    decoy ??= hashPassword('decoy password that matches nothing');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
