/**
 * Password hashing with scrypt (node:crypto), run on libuv's thread pool so a sign-in never blocks
 * the event loop. The stored form carries its own parameters, `scrypt$N$r$p$salt$hash` (salt and
 * hash base64url), so the cost can be raised later and old hashes still verify.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptCost {
  /** CPU/memory cost, a power of two. */
  N: number;
  r: number;
  p: number;
}

/** 2^15 × 8 × 128 B = 32 MiB and roughly 50–100 ms per hash on a server core. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };

const SALT_BYTES = 16;
const KEY_BYTES = 32;
const HASH_PATTERN = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;
// Bounds on parameters read back from the store: a tampered row must not make verify allocate
// gigabytes or spin for minutes.
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

function derive(password: string, salt: Buffer, bytes: number, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = {
    N: cost.N,
    r: cost.r,
    p: cost.p,
    maxmem: 256 * cost.N * cost.r + 1_048_576,
  };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, bytes, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(
  password: string,
  cost: ScryptCost = DEFAULT_SCRYPT_COST,
): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_BYTES, cost);
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Whether `password` matches `stored`; a malformed or out-of-bounds hash never matches. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.hash.length, parsed.cost);
  return timingSafeEqual(key, parsed.hash);
}

function parseHash(stored: string): { cost: ScryptCost; salt: Buffer; hash: Buffer } | undefined {
  const match = HASH_PATTERN.exec(stored);
  if (!match) return undefined;
  const [N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const powerOfTwo = N >= 2 && (N & (N - 1)) === 0;
  if (!powerOfTwo || N > MAX_N || r < 1 || r > MAX_R || p < 1 || p > MAX_P) return undefined;
  const salt = Buffer.from(match[4] as string, 'base64url');
  const hash = Buffer.from(match[5] as string, 'base64url');
  if (salt.length < 8 || hash.length !== KEY_BYTES) return undefined;
  return { cost: { N, r, p }, salt, hash };
}

/**
 * A hash of a random password at the given cost, made once: signing in as an unknown user still
 * verifies against it, so the answer takes as long as for a known user with a wrong password.
 */
export class DummyHash {
  private hash: Promise<string> | undefined;
  constructor(private readonly cost: ScryptCost = DEFAULT_SCRYPT_COST) {}
  get(): Promise<string> {
    this.hash ??= hashPassword(randomBytes(16).toString('hex'), this.cost);
    return this.hash;
  }
}
