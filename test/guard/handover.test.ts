import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatMessage, Generation, Provider } from '../../src/core/index.js';
import { Guard } from '../../src/guard/index.js';
import { Store } from '../../src/store/index.js';

class RecordingUpstream implements Provider {
  readonly id = 'recording';
  readonly calls: ChatMessage[][] = [];
  async generate(messages: ChatMessage[]): Promise<Generation> {
    this.calls.push(messages);
    return {
      text: 'That sounds like a lot. What would help most this evening?',
      model: 'recording-1',
      usage: { inputTokens: 0, outputTokens: 0 },
      latencyMs: 1,
    };
  }
}

const NOTE =
  'Agreed a safety plan by phone; she will call her sister Mia tonight. Avoid breathing exercises (they make her panic).';

let dir: string;
let store: Store;
let upstream: RecordingUpstream;
let guard: Guard;
let clock: number;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-handover-'));
  store = await Store.open(join(dir, 'tandem.db'), {
    encryptionKey: randomBytes(32).toString('base64'),
  });
  upstream = new RecordingUpstream();
  clock = Date.parse('2026-11-22T08:00:00.000Z');
  guard = await Guard.create({
    store,
    upstreams: { default: 'recording' },
    providers: { recording: upstream },
    defaults: { locale: 'en-GB' },
    clock: () => new Date(clock),
  });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const at = () => new Date((clock += 1000)).toISOString();

async function conversationWithCounselorMessage(): Promise<{ id: string; history: ChatMessage[] }> {
  const first = await guard.respond({
    messages: [{ role: 'user', content: 'rough day, feeling pretty low' }],
  });
  await store.takeOver(first.conversationId, 'dr-okafor', at());
  await store.addCounselorMessage(
    first.conversationId,
    'dr-okafor',
    'Hi, I am Dr Okafor from the care team. I am here with you.',
    at(),
  );
  return {
    id: first.conversationId,
    history: [
      { role: 'user', content: 'rough day, feeling pretty low' },
      { role: 'assistant', content: first.response },
    ],
  };
}

describe('handing a conversation back to the model', () => {
  it('waits until the clinician’s messages are delivered, then the model answers with the note as guidance', async () => {
    const { id, history } = await conversationWithCounselorMessage();
    const outcome = await store.releaseTakeover(id, 'dr-okafor', at(), NOTE);
    expect(outcome).toEqual({ released: false, undelivered: 1 });
    expect((await store.getConversation(id))?.takeover).toMatchObject({
      by: 'dr-okafor',
      releaseRequestedAt: expect.any(String),
    });

    // The person's next request carries what the clinician wrote; the takeover ends with it.
    history.push({ role: 'user', content: 'thank you. still here' });
    const carried = await guard.respond({ conversationId: id, messages: [...history] });
    expect(carried.action).toBe('human');
    expect(carried.response).toContain('Dr Okafor');
    const after = await store.getConversation(id);
    expect(after?.takeover).toBeUndefined();
    expect(after?.handover).toMatchObject({ by: 'dr-okafor', note: NOTE });

    // From now on the model answers, told what the clinician agreed with the person.
    const callsBefore = upstream.calls.length;
    history.push(
      { role: 'assistant', content: carried.response },
      { role: 'user', content: 'ok. what now' },
    );
    const resumed = await guard.respond({ conversationId: id, messages: [...history] });
    expect(resumed.action).not.toBe('human');
    expect(upstream.calls.length).toBe(callsBefore + 1);
    const sent = upstream.calls.at(-1)!;
    const guidance = sent
      .filter((m) => m.role === 'system')
      .map((m) => m.content)
      .join('\n');
    expect(guidance).toContain(NOTE);
    expect(sent.at(-1)).toEqual({ role: 'user', content: 'ok. what now' });

    const types = (await store.auditEvents({ conversationId: id })).map((e) => e.type);
    expect(types).toContain('takeover.release_requested');
    expect(types).toContain('takeover.released');
    const audit = JSON.stringify(await store.auditEvents({ conversationId: id }));
    expect(audit).not.toContain('Mia');
    expect(audit).toContain('"afterDelivery":true');
  });

  it('releases at once when nothing is waiting, and keeps the note encrypted at rest', async () => {
    const first = await guard.respond({
      messages: [{ role: 'user', content: 'cant sleep again' }],
    });
    await store.takeOver(first.conversationId, 'dr-okafor', at());
    expect(await store.releaseTakeover(first.conversationId, 'dr-okafor', at(), NOTE)).toEqual({
      released: true,
      undelivered: 0,
    });
    expect((await store.getConversation(first.conversationId))?.takeover).toBeUndefined();
    // Read the database and its write-ahead log as bytes: the note must not be there in clear.
    const raw = ['tandem.db', 'tandem.db-wal']
      .map((file) => {
        try {
          return readFileSync(join(dir, file)).toString('latin1');
        } catch {
          return '';
        }
      })
      .join('');
    expect(raw.length).toBeGreaterThan(0);
    expect(raw).not.toContain('sister Mia');
  });

  it('taking over again before delivery cancels the hand-back; a new takeover drops the old note', async () => {
    const { id } = await conversationWithCounselorMessage();
    await store.releaseTakeover(id, 'dr-okafor', at(), NOTE);
    await store.takeOver(id, 'dr-okafor', at());
    expect((await store.getConversation(id))?.takeover?.releaseRequestedAt).toBeUndefined();
    await expect(store.releaseTakeover(id, 'someone-else', at())).rejects.toMatchObject({
      code: 'ESCALATION_CONFLICT',
    });
  });
});
