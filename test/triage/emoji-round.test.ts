/**
 * The emoji round, rules alone: emoji as a means (a gun or a noose beside distress is a method in
 * mind, and a time makes it a plan), a goodbye for good said with emoji, pills with "tonight" in
 * six languages, a means emoji as "the only way", the self-injury emoji codes (relapse, again,
 * hidden marks, a zebra for scars), and the figurative lookalikes that stay none (a gun emoji in
 * a laughing "shoot me", a coffin beside a meme that "killed" the writer, a dead phone, a photo
 * trip, a period). Each behaviour case fails on the code before the round.
 */
import { describe, expect, it } from 'vitest';
import { createTriage } from '../../src/triage/index.js';

const rules = createTriage({ model: null });

describe('a gun or noose emoji beside distress is a method in mind', () => {
  const cases: [string, string][] = [
    ['en', "everything's falling apart again. i feel hopeless 🪢"],
    ['de', 'alles sinnlos, ich kann nicht mehr 🔫🙂'],
    ['it', 'non ce la faccio più 🔫 da quando mi ha lasciata'],
  ];
  for (const [lang, text] of cases)
    it(`${lang}: ${text}`, () => {
      const t = rules.triageText(text);
      expect(t.cssrs).toBeGreaterThanOrEqual(3);
      expect(t.signals.some((s) => s.id === 'rule:en.coded.means_emoji')).toBe(true);
    });

  it('with a near time it is a plan: imminent', () => {
    expect(rules.triageText('me + 🪢 tonight. im done, i cant do this anymore').level).toBe(
      'imminent',
    );
  });

  it('called the only way out it counts without other distress', () => {
    expect(rules.triageText("🪢 c'est la seule solution que je vois").cssrs).toBeGreaterThanOrEqual(
      3,
    );
  });
});

describe('pills emoji with tonight, in six languages', () => {
  for (const text of [
    'esta noche 💊💊💊 y ya. perdón mamá',
    'ce soir 💊💊 et c’est fini',
    'stanotte 💊💊 basta',
  ])
    it(text, () => expect(rules.triageText(text).level).toBe('imminent'));
});

describe('a goodbye for good in emoji', () => {
  it('a wave "forever" with farewell words is a last goodbye', () => {
    const t = rules.triageText('👋👋 forever. thanks for everything guys, sorry for being so much');
    expect(t.cssrs).toBe(6);
    expect(t.signals.some((s) => s.id === 'rule:en.coded.farewell_emoji')).toBe(true);
  });
  it('a wave and a dove after distress', () => {
    expect(rules.triageText('ya no puedo más. chau a todos 👋🕊️').level).toBe('imminent');
  });
  it('a wave alone at a leaving party stays none', () => {
    expect(
      rules.triageText('last day at the office tomorrow, bye forever spreadsheets 👋').level,
    ).toBe('none');
  });
});

describe('self-injury emoji codes', () => {
  for (const text of [
    'arms looking 🦓 again',
    'rechute 🩸🩹 je cache avec des manches longues',
    '🦓 no braço de novo',
  ])
    it(text, () => expect(rules.triageText(text).categories).toContain('self_harm'));

  it('blood with "again" alone is not enough (a period, a nosebleed)', () => {
    expect(
      rules.triageText('period 🩸 again already, this cycle is a joke').categories,
    ).not.toContain('self_harm');
  });
});

describe('figurative emoji stay none', () => {
  for (const text of [
    'shoot me 🔫😂 another group project with kevin',
    'que alguien me dispare 🔫😂 lunes de nuevo',
    '⚰️⚰️ this meme killed me im crying',
    'phone at 1% 🪦 rip my maps',
    'golden gate at sunset tmrw 🌉📸 who is coming',
  ])
    it(text, () => expect(rules.triageText(text).level).toBe('none'));
});
