/**
 * Demo conversations for `tandem serve --demo`: a handful of invented people talking to the
 * gateway, so the console has an escalation queue, signals and decisions to show on a fresh
 * machine. Every turn goes through the real guard with the embedded reference responder (never a
 * configured model: seeding must not spend anyone's API budget), so what the console shows is
 * what the gateway really decided. Ids start with `demo-` and the client is `demo`, so demo data
 * is never mistaken for a real person's.
 */
import type { ChatMessage } from '../core/index.js';
import { Guard } from '../guard/index.js';
import type { Store } from '../store/index.js';

export const DEMO_PREFIX = 'demo-';

interface DemoConversation {
  id: string;
  locale: string;
  /** The person's messages, one per turn; each turn is answered by the guard. */
  turns: string[];
}

/** Invented, respectful and realistic: slang, typos and indirect language, never method detail. */
export const DEMO_CONVERSATIONS: readonly DemoConversation[] = [
  {
    id: `${DEMO_PREFIX}ana`,
    locale: 'en-GB',
    turns: [
      'lost my job today and honestly idk what the point of anything is',
      "i keep thinking everyone would be better off without me. i've been thinking about how i'd do it",
    ],
  },
  {
    id: `${DEMO_PREFIX}sam`,
    locale: 'en-US',
    turns: ["i wrote letters to my mum and my sister. i've decided, it's going to be tonight"],
  },
  {
    id: `${DEMO_PREFIX}jo`,
    locale: 'en-GB',
    turns: ['started cutting again last week, first time in a year. i feel so ashamed'],
  },
  {
    id: `${DEMO_PREFIX}lee`,
    locale: 'en-US',
    turns: [
      'the voices say the neighbours put cameras in my walls and they are reading my thoughts',
    ],
  },
  {
    id: `${DEMO_PREFIX}kai`,
    locale: 'en-US',
    turns: [
      'my best friend texted me something that sounded like a goodbye and now she is not answering. what do i do',
    ],
  },
  {
    id: `${DEMO_PREFIX}mo`,
    locale: 'en-GB',
    turns: ['exams next week and i cannot sleep, my brain just will not switch off'],
  },
];

/**
 * Seeds the demo conversations that are not in the store yet; returns how many were added.
 * Running it again adds nothing.
 */
export async function seedDemoConversations(store: Store): Promise<number> {
  const guard = await Guard.create({
    store,
    upstreams: { default: 'reference' },
    actor: 'demo',
  });
  let added = 0;
  for (const conversation of DEMO_CONVERSATIONS) {
    if (await store.getConversation(conversation.id)) continue;
    const messages: ChatMessage[] = [];
    for (const text of conversation.turns) {
      messages.push({ role: 'user', content: text });
      const outcome = await guard.respond({
        conversationId: conversation.id,
        messages: [...messages],
        locale: conversation.locale,
        clientId: 'demo',
      });
      messages.push({ role: 'assistant', content: outcome.response });
    }
    added++;
  }
  return added;
}
