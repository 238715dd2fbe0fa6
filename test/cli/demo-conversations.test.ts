import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_CONVERSATIONS, seedDemoConversations } from '../../src/cli/demo-conversations.js';
import { Store } from '../../src/store/index.js';

let store: Store;
beforeEach(async () => {
  store = await Store.open(':memory:', { encryptionKey: '' });
});
afterEach(async () => {
  await store.close();
});

describe('demo conversations', () => {
  it('runs each through the real guard, once, so the queue has escalations at several levels', async () => {
    expect(await seedDemoConversations(store)).toBe(DEMO_CONVERSATIONS.length);
    expect(await seedDemoConversations(store)).toBe(0);

    const conversations = await store.listConversations({ limit: 100 });
    expect(conversations.map((c) => c.id).sort()).toEqual(
      DEMO_CONVERSATIONS.map((c) => c.id).sort(),
    );
    const escalations = await store.listEscalations({ status: 'open' });
    const levels = new Set(escalations.map((e) => e.level));
    // Someone with a plan for tonight, and someone thinking about how: both reach a person.
    expect(levels.has('imminent')).toBe(true);
    expect(escalations.length).toBeGreaterThanOrEqual(2);
    expect(escalations.every((e) => e.conversationId.startsWith('demo-'))).toBe(true);
    // Exam stress does not page anyone; the voices and the relapse are guided, not escalated.
    const escalated = new Set(escalations.map((e) => e.conversationId));
    expect(escalated.has('demo-mo')).toBe(false);
    expect(escalated.has('demo-lee')).toBe(false);
  });
});
