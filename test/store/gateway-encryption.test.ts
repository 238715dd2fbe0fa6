import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTandemError } from '../../src/core/index.js';
import { ContentCipher, Store, type TurnRecord } from '../../src/store/index.js';

const KEY = randomBytes(32).toString('base64');
const OTHER_KEY = randomBytes(32).toString('base64');
const SECRET_TEXT = 'i keep thinking everyone would be better off without me';

const turn = (conversationId: string, content = SECRET_TEXT): TurnRecord => ({
  conversationId,
  area: 'community',
  locale: 'en-US',
  at: '2026-11-22T01:00:00.000Z',
  riskState: { signals: [{ span: { start: 0, end: 20, text: 'better off without me' } }] },
  messages: [
    { role: 'user', content },
    { role: 'assistant', content: 'I am really glad you told me.', action: 'replace' },
  ],
  summary: {
    action: 'replace',
    level: 'high',
    cssrs: 2,
    categories: ['suicide'],
    failedChecks: ['crisis_resources_missing'],
  },
  escalation: {
    level: 'high',
    categories: ['suicide'],
    reasons: ['policy rule suicide/high'],
    slaDueAt: '2026-11-22T01:15:00.000Z',
  },
  audit: [{ actor: 'guard', type: 'action', payload: { action: 'replace' } }],
});

async function storeError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isTandemError(error, 'STORE_ERROR'), String(error)).toBe(true);
  return (error as Error).message;
}

describe('Store: message content encrypted at rest', () => {
  let dir: string;
  const path = () => join(dir, 'tandem.db');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-enc-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores content, risk state and resolution notes as AES-256-GCM and reads them back', async () => {
    const store = await Store.open(path(), { env: { TANDEM_ENCRYPTION_KEY: KEY } });
    expect(store.encrypted).toBe(true);
    const { escalationId } = await store.recordTurn(turn('c-1'));
    await store.resolveEscalation(
      escalationId as string,
      'ana',
      'spoke with their sister Maria',
      '2026-11-22T01:05:00.000Z',
    );
    await store.addEscalationNote(
      escalationId as string,
      'ana',
      'left a voicemail with her flatmate Priya',
      '2026-11-22T01:04:00.000Z',
    );
    expect((await store.escalationNotes([escalationId as string]))[0]?.text).toBe(
      'left a voicemail with her flatmate Priya',
    );
    expect((await store.conversationMessages('c-1'))[0]?.content).toBe(SECRET_TEXT);
    expect((await store.getConversation('c-1'))?.riskState).toEqual(turn('c-1').riskState);
    expect((await store.getEscalation(escalationId as string))?.resolution).toBe(
      'spoke with their sister Maria',
    );
    await store.close();

    const raw = new Sqlite(path(), { readonly: true });
    const rows = raw.prepare('select content from messages').all() as Array<{ content: string }>;
    raw.close();
    for (const r of rows)
      expect(r.content).toMatch(/^enc:v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    // Nothing readable anywhere on disk (database and write-ahead log).
    for (const file of readdirSync(dir)) {
      const bytes = readFileSync(join(dir, file)).toString('latin1');
      expect(bytes).not.toContain('better off without me');
      expect(bytes).not.toContain('really glad you told me');
      expect(bytes).not.toContain('sister Maria');
      expect(bytes).not.toContain('flatmate Priya');
    }
  });

  it('refuses to read encrypted rows without the key or with another key, never returning garbage', async () => {
    const writer = await Store.open(path(), { encryptionKey: KEY });
    await writer.recordTurn(turn('c-1'));
    await writer.close();

    const keyless = await Store.open(path(), { env: {} });
    expect(await storeError(keyless.conversationMessages('c-1'))).toMatch(
      /encrypted at rest; set TANDEM_ENCRYPTION_KEY/,
    );
    expect(await storeError(keyless.getConversation('c-1'))).toMatch(/risk state is encrypted/);
    await keyless.close();

    const wrong = await Store.open(path(), { encryptionKey: OTHER_KEY });
    expect(await storeError(wrong.conversationMessages('c-1'))).toMatch(
      /cannot be decrypted: TANDEM_ENCRYPTION_KEY is not the key it was written with/,
    );
    await wrong.close();
  });

  it('rejects a malformed key when the store opens', async () => {
    for (const bad of ['not-base64!!', randomBytes(16).toString('base64'), 'c2hvcnQ=']) {
      expect(await storeError(Store.open(path(), { encryptionKey: bad }))).toMatch(
        /must be base64 of exactly 32 bytes/,
      );
    }
  });

  it('reads rows written before the key was set, and text that merely looks encrypted', async () => {
    const plain = await Store.open(path(), { encryptionKey: '' });
    await plain.recordTurn(turn('before', 'enc:v1:this is what I typed, honestly'));
    await plain.recordTurn(turn('plain', 'raw: feelings'));
    expect((await plain.conversationMessages('before'))[0]?.content).toBe(
      'enc:v1:this is what I typed, honestly',
    );
    await plain.close();

    const keyed = await Store.open(path(), { encryptionKey: KEY });
    await keyed.recordTurn(turn('after'));
    expect((await keyed.conversationMessages('before'))[0]?.content).toBe(
      'enc:v1:this is what I typed, honestly',
    );
    expect((await keyed.conversationMessages('plain'))[0]?.content).toBe('raw: feelings');
    expect((await keyed.conversationMessages('after'))[0]?.content).toBe(SECRET_TEXT);
    await keyed.close();
  });

  it('does not decrypt ciphertext moved to another message', async () => {
    const store = await Store.open(path(), { encryptionKey: KEY });
    await store.recordTurn(turn('c-1'));
    await store.close();
    const raw = new Sqlite(path());
    raw
      .prepare(
        'update messages set content = (select content from messages where seq = 1) where seq = 2',
      )
      .run();
    raw.close();
    const again = await Store.open(path(), { encryptionKey: KEY });
    expect(await storeError(again.conversationMessages('c-1'))).toMatch(
      /message 2 cannot be decrypted/,
    );
    await again.close();
  });

  it('round-trips any text through the cipher', async () => {
    const { default: fc } = await import('fast-check');
    const cipher = ContentCipher.fromKey(KEY);
    const none = ContentCipher.fromKey(undefined);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (text, place) => {
        expect(cipher.open(cipher.seal(text, place), place)).toBe(text);
        expect(none.open(none.seal(text, place), place)).toBe(text);
        expect(cipher.open(none.seal(text, place), place)).toBe(text);
      }),
    );
  });
});
