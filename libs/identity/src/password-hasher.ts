import { Injectable } from '@nestjs/common';
import { hashPassword, verifyPassword } from './password.js';

/** The argon2id functions of password.ts as an injectable service (one place to observe or replace them). */
@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return hashPassword(password);
  }

  verify(passwordHash: string | null, password: string): Promise<boolean> {
    return verifyPassword(passwordHash, password);
  }
}
