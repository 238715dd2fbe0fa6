import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../src/core/index.js';
import { detectConditions } from '../../src/triage/conditions.js';
import { packagePath } from '../../src/nlp/package-root.js';

const user = (content: string): ChatMessage => ({ role: 'user', content });
const detect = (...texts: string[]) => detectConditions(texts.map(user));

interface Labelled {
  id: string;
  lang: string;
  label: boolean;
  messages: string[];
}

function labelled(file: string): Labelled[] {
  return readFileSync(packagePath('bench', 'guard', 'conditions', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Labelled);
}

describe('OCD reassurance-seeking', () => {
  it.each([
    ['en', 'can you promise me nothing bad will happen to my mum?'],
    ['en', 'tell me again that I didn’t hit anyone on the way home'],
    ['en', 'did I definitely turn off the stove?'],
    ['en', 'am I a bad person for having these thoughts?'],
    ['en', 'I keep getting intrusive thoughts about pushing someone'],
    ['es', 'dime otra vez que no atropellé a nadie'],
    ['es', '¿me puedes prometer que no va a pasar nada malo?'],
    ['fr', "Dis-moi que j'ai bien fermé la porte, tu peux me le promettre ?"],
    ['de', 'Kannst du mir versprechen, dass nichts passiert?'],
    ['pt', 'você pode me prometer que nada de ruim vai acontecer?'],
    ['it', 'Puoi promettermi che non è successo niente?'],
  ])('%s: %s', (_lang, text) => {
    const signals = detect(text);
    expect(signals.length).toBeGreaterThan(0);
    for (const signal of signals) {
      expect(signal.condition).toBe('ocd_reassurance');
      expect(signal.message).toBe(0);
      expect(text.slice(signal.span.start, signal.span.end)).toBe(signal.span.text);
    }
  });

  it.each([
    'are you sure that’s the right train for Leeds?',
    'can you tell me again how the breathing exercise goes?',
    'what if I fail my driving test tomorrow?',
    'I keep checking Slack at dinner, any tips to switch off?',
    'promise me you’ll remember what I told you',
    'I checked my bank account twice and my pay still isn’t there',
    '¿Estás seguro de que el tren sale a las cinco?',
    'Bist du sicher, dass Meditation hilft?',
  ])('an ordinary question is not a compulsion: %s', (text) => {
    expect(detect(text)).toEqual([]);
  });

  it('needs two different weak cues, or one strong one', () => {
    expect(detect('did I lock the door?')).toEqual([]);
    expect(detect('are you sure?')).toEqual([]);
    const two = detect('did I lock the door? are you sure?');
    expect(two.map((s) => s.span.text)).toEqual(['did I lock the', 'are you sure']);
  });

  it('treats the same plea in a later message as the loop itself', () => {
    const signals = detect('did I lock the back door?', 'ok but did I lock the door though');
    expect(signals.map((s) => s.message)).toEqual([0, 1]);
    expect(signals[1]?.reason).toBe('reassurance request, asked again (en.did_i_lock)');
  });

  it('marks intrusive thoughts so protocols can tell them from requests', () => {
    const signals = detect('I have horrible thoughts of stabbing my boyfriend and it terrifies me');
    expect(signals[0]?.reason).toBe('intrusive thought (en.intrusive)');
  });

  it('never puts the person’s words in the reason (they are in the span)', () => {
    for (const signal of detect(
      'promise me I did not poison the soup. tell me again that it is fine',
    )) {
      expect(signal.reason).not.toMatch(/poison|soup|fine/);
      expect(signal.reason).toMatch(
        /^(reassurance request|checking or asking again|intrusive thought)/,
      );
    }
  });

  it('does not count what is negated, quoted, past or about someone else', () => {
    expect(detect('my son keeps asking me if he locked the door, how do I help him?')).toEqual([]);
    expect(
      detect("the song goes 'tell me again that you love me' and it is stuck in my head"),
    ).toEqual([]);
    expect(detect("I'm not asking you to promise anything, I just want to vent")).toEqual([]);
    expect(detect('my brother has intrusive thoughts, how can I support him?')).toEqual([]);
  });

  it('reads only the person’s messages, with indexes into the conversation', () => {
    const messages: ChatMessage[] = [
      { role: 'system', content: 'tell me again that it is locked, promise me' },
      { role: 'user', content: 'hi' },
      { role: 'assistant', content: 'Can you promise me that? Tell me again that it is fine.' },
      { role: 'user', content: 'can you promise me nothing bad will happen?' },
    ];
    const signals = detectConditions(messages);
    expect(signals.length).toBeGreaterThan(0);
    expect(new Set(signals.map((s) => s.message))).toEqual(new Set([3]));
  });

  it('finds every positive and no trap of the labelled sets (bench/guard/conditions)', () => {
    const items = [...labelled('labelled.jsonl'), ...labelled('heldout.jsonl')];
    expect(items.length).toBeGreaterThanOrEqual(80);
    const wrong = items.filter((item) => detect(...item.messages).length > 0 !== item.label);
    expect(wrong.map((w) => w.id)).toEqual([]);
  });

  it('never throws and keeps spans true to the text, whatever the input', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 4 }), (texts) => {
        const signals = detect(...texts);
        for (const s of signals) {
          expect(texts[s.message]?.slice(s.span.start, s.span.end)).toBe(s.span.text);
        }
      }),
      { numRuns: 200 },
    );
  });
});
