import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { TandemError } from '../core/index.js';

const PREFIX = 'enc:v1:';
// Plain text that happens to look like ciphertext is stored behind this marker so it is never
// mistaken for (or refused as) an encrypted value.
const RAW = 'raw:';

/**
 * Encrypts message content (and other free text) at rest with AES-256-GCM when
 * `TANDEM_ENCRYPTION_KEY` (base64 of 32 random bytes) is set. Stored form:
 * `enc:v1:<iv>:<tag>:<ciphertext>`, each part base64. The value's place (e.g. conversation id and
 * message seq) is bound as associated data, so ciphertext copied to another row does not decrypt.
 */
export class ContentCipher {
  private constructor(private readonly key: Buffer | undefined) {}

  static fromEnv(env: NodeJS.ProcessEnv = process.env): ContentCipher {
    return ContentCipher.fromKey(env.TANDEM_ENCRYPTION_KEY);
  }

  /** `undefined` or empty: no encryption (existing encrypted values then cannot be read). */
  static fromKey(base64Key: string | undefined): ContentCipher {
    if (base64Key === undefined || base64Key.trim() === '') return new ContentCipher(undefined);
    const text = base64Key.trim();
    const key = Buffer.from(text, 'base64');
    if (
      key.length !== 32 ||
      key.toString('base64').replace(/=+$/, '') !== text.replace(/=+$/, '')
    ) {
      throw new TandemError(
        'STORE_ERROR',
        `TANDEM_ENCRYPTION_KEY must be base64 of exactly 32 bytes (got ${key.length} bytes); create one with: node -e "console.log(require('crypto').randomBytes(32).toString('base64'))"`,
      );
    }
    return new ContentCipher(key);
  }

  get enabled(): boolean {
    return this.key !== undefined;
  }

  seal(plain: string, place: string): string {
    if (!this.key) return plain.startsWith('enc:') || plain.startsWith(RAW) ? RAW + plain : plain;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(place, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return `${PREFIX}${iv.toString('base64')}:${tag.toString('base64')}:${body.toString('base64')}`;
  }

  open(stored: string, place: string): string {
    if (stored.startsWith(RAW)) return stored.slice(RAW.length);
    if (!stored.startsWith('enc:')) return stored;
    if (!stored.startsWith(PREFIX))
      throw new TandemError(
        'STORE_ERROR',
        `${place}: stored with an unknown encryption format "${stored.slice(0, 8)}…"`,
      );
    if (!this.key)
      throw new TandemError(
        'STORE_ERROR',
        `${place} is encrypted at rest; set TANDEM_ENCRYPTION_KEY to the key it was written with`,
      );
    const parts = stored.slice(PREFIX.length).split(':');
    if (parts.length !== 3)
      throw new TandemError('STORE_ERROR', `${place}: the encrypted value is malformed`);
    const [iv, tag, body] = parts.map((p) => Buffer.from(p, 'base64')) as [Buffer, Buffer, Buffer];
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
      decipher.setAAD(Buffer.from(place, 'utf8'));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    } catch (error) {
      throw new TandemError(
        'STORE_ERROR',
        `${place} cannot be decrypted: TANDEM_ENCRYPTION_KEY is not the key it was written with, or the value was altered`,
        { cause: error },
      );
    }
  }
}
