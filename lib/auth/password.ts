import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id minimum: 19 MiB of memory, 2 iterations, parallelism 1.
const ARGON2_OPTIONS = {
  algorithm: 2 /* Argon2id; the package exports it as a const enum */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
