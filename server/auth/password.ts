// Argon2id with the library's defaults (19 MiB, 2 passes), OWASP's minimum recommendation.
import { hash, verify } from "@node-rs/argon2";

// The package exports Algorithm as a const enum, which isolated modules cannot read; 2 is Argon2id.
const ARGON2ID = 2;

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash must not sign anyone in
  }
}

// Verifying against this when the account does not exist keeps the response time the same,
// so timing does not reveal which emails have accounts.
let dummyHash: Promise<string> | null = null;
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword("not-a-real-password-0");
  await verifyPassword(await dummyHash, password);
}
