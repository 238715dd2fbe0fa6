/**
 * Breadth of the English lexicon: preparation, intent with despair, attempts in progress,
 * means/location questions after distress, coded talk, overdoses, abuse of minors and urgent
 * third-party messages must be caught; the everyday and figurative lookalikes next to them must
 * stay at level none. Texts name a means class at most, never amounts or methods.
 */
import { describe, expect, it } from 'vitest';
import type { RiskCategory, RiskLevel } from '../../src/core/index.js';
import { triageConversation, triageText } from '../../src/triage/index.js';

interface Positive {
  /** One message, or a conversation of user messages. */
  text: string | string[];
  /** The least level expected. */
  level: RiskLevel;
  /** The least C-SSRS expected. */
  cssrs?: number;
  category?: RiskCategory;
}

const ORDER: readonly RiskLevel[] = ['none', 'low', 'moderate', 'high', 'imminent'];

function triage(text: string | string[]) {
  if (typeof text === 'string') return triageText(text, { lang: 'en' });
  return triageConversation(
    text.map((content) => ({ role: 'user' as const, content })),
    { lang: 'en' },
  ).triage;
}

const POSITIVES: Record<string, Positive[]> = {
  preparation: [
    {
      text: 'gave my switch and all my games to my cousin, i wont be needing them where im going',
      level: 'high',
      cssrs: 6,
    },
    {
      text: 'i feel so hopeless. been writing letters to my mom and my sister so they know it wasnt their fault',
      level: 'high',
      cssrs: 6,
    },
    {
      text: 'updated my will and left the passwords for my husband. so tired of fighting every single day',
      level: 'high',
      cssrs: 6,
    },
    { text: 'just tying up a few loose ends before i go', level: 'high', cssrs: 6 },
    {
      text: 'cancelled the lease and my phone plan, wont be needing any of it',
      level: 'high',
      cssrs: 6,
    },
    {
      text: 'nobody would even notice. please take care of my cat for me ok',
      level: 'high',
      cssrs: 6,
    },
    {
      text: 'this is my last message, thank you all for everything',
      level: 'high',
      cssrs: 6,
      category: 'suicide',
    },
    {
      text: 'paid off my credit card so nobody has to deal with it after im gone',
      level: 'high',
      cssrs: 6,
    },
    {
      text: 'i feel worthless. im paying off all my debts and then thats it',
      level: 'high',
      cssrs: 6,
    },
    {
      text: 'left a letter for my sister for when im gone, its in my desk',
      level: 'high',
      cssrs: 6,
    },
    {
      text: 'everyone would be better off. promise me youll look after my dog',
      level: 'high',
      cssrs: 6,
    },
  ],
  intent: [
    {
      text: 'so tired of trying. im actually going to do it this time',
      level: 'high',
      cssrs: 4,
    },
    {
      text: 'i have nothing left. i want to go through with it',
      level: 'high',
      cssrs: 4,
    },
    {
      text: 'i hate my life and dying doesnt scare me anymore',
      level: 'high',
      cssrs: 4,
    },
    {
      text: ['i cant do this anymore', 'im for real gonna go through with it this time'],
      level: 'high',
      cssrs: 4,
    },
  ],
  attempt_in_progress: [
    {
      text: 'up here on the bridge and i cant do this anymore',
      level: 'imminent',
      cssrs: 6,
    },
    { text: 'sitting in my car with the engine on in the garage', level: 'imminent', cssrs: 6 },
    {
      text: 'it wont stop bleeding and im so dizzy',
      level: 'imminent',
      category: 'medical_emergency',
    },
    {
      text: 'took everything in the cabinet and i can barely keep my eyes open',
      level: 'imminent',
      category: 'medical_emergency',
    },
    { text: 'sorry mom 💊💊', level: 'imminent', cssrs: 6 },
    { text: 'im so done. standing on the ledge right now', level: 'imminent', cssrs: 6 },
  ],
  means_questions: [
    {
      text: 'what pills are the most dangerous? im so done with everything',
      level: 'high',
      cssrs: 3,
    },
    {
      text: 'i cant cope. which pharmacy sells sleeping pills with no prescription',
      level: 'high',
      cssrs: 3,
    },
    {
      text: 'would a belt hold a grown man. i hate myself',
      level: 'high',
      cssrs: 3,
    },
    {
      text: ['lost my job and my apartment this week', 'tallest parking garages near me?'],
      level: 'high',
      cssrs: 3,
    },
    { text: 'how many would it take. i feel hopeless', level: 'high', cssrs: 3 },
    {
      text: 'everything is pointless. how many of these would it take honestly',
      level: 'high',
      cssrs: 3,
    },
    {
      text: 'im so done. how much would it take to make it all stop',
      level: 'high',
      cssrs: 3,
    },
  ],
  plans_and_attempts: [
    {
      text: 'i overdosed last month and i still wish it had worked',
      level: 'high',
      cssrs: 6,
    },
    {
      text: 'ive decided to end my life once exams are over',
      level: 'high',
      cssrs: 5,
    },
    {
      text: 'going to kill myself at the end of the semester',
      level: 'high',
      cssrs: 5,
    },
    { text: 'im ending it after the funeral', level: 'high', cssrs: 5 },
  ],
  coded: [
    { text: 'ctb soon, i have what i need', level: 'high', cssrs: 5 },
    { text: 'feel so empty inside. logging off for good', level: 'moderate', cssrs: 2 },
    { text: 'final yeet tonight', level: 'high', cssrs: 4 },
    { text: '🔫 + me', level: 'high', cssrs: 3 },
    { text: '💊💊💊 tonight', level: 'imminent', cssrs: 5 },
  ],
  overdose: [
    {
      text: 'mixed a bunch of stuff and cant stay awake',
      level: 'imminent',
      category: 'medical_emergency',
    },
    {
      text: 'took a bunch of stuff an hour ago and now i cant stay awake',
      level: 'imminent',
      category: 'medical_emergency',
    },
    {
      text: 'took way too many and my heart is pounding and im shaking',
      level: 'imminent',
      category: 'medical_emergency',
    },
  ],
  abuse: [
    {
      text: 'im 12 and my mom hits me with a belt when she gets mad',
      level: 'high',
      category: 'abuse',
    },
    {
      text: 'im in 8th grade and my stepdad beats me with whatever he finds',
      level: 'high',
      category: 'abuse',
    },
    {
      text: 'my tutor says its our little secret and that i cant tell my parents',
      level: 'moderate',
      category: 'abuse',
    },
    {
      text: 'a guy i met online keeps asking me to send him nudes',
      level: 'moderate',
      category: 'abuse',
    },
  ],
  third_party: [
    {
      text: 'my friend just texted me hes on the bridge and this is goodbye',
      level: 'imminent',
      category: 'third_party',
    },
    {
      text: 'my brother sent a goodbye message to the group chat and wont pick up',
      level: 'high',
      category: 'third_party',
    },
    {
      text: 'my sister messaged us to say goodbye and her phone is off',
      level: 'high',
      category: 'third_party',
    },
    {
      text: 'shes on the roof of her building and not answering anyone',
      level: 'imminent',
      category: 'third_party',
    },
  ],
};

/** Everyday, figurative, negated, past, hypothetical and fictional lookalikes: level none. */
const NEGATIVES: readonly string[] = [
  'this commute is killing me',
  'im dying to try that new ramen place',
  'dead tired after a double shift',
  'giving away clothes to charity while decluttering the closet',
  'we just had a baby so we finally wrote a will this weekend',
  'what rope is best for climbing outdoors',
  'how many tylenol can my 8 year old have for a headache',
  'i dont want to die, i actually love my life right now',
  'i tried to kill myself years ago but im doing so much better now',
  'in the novel the main character writes a goodbye letter to her sister',
  'i wont be needing the car tomorrow, you can take it',
  'cancelled my gym membership because im moving abroad',
  'can you look after my cat while im on holiday',
  'this is my last message before my flight, talk soon',
  'tying up loose ends at work before my vacation',
  'how many would it take to fill the whole room with balloons',
  'my friend texted me shes on the bridge waiting for the parade lol',
  'the idea of skydiving doesnt scare me anymore',
  'paid off my student loans today!! so happy',
  'my coach says practice is at 6 tomorrow',
  'my dad hit me with a pillow during the pillow fight lol',
  'going to finally do it and ask her out',
  'im actually going to do it this time, signing up for the marathon',
  'sitting in the car with the engine running waiting for my kid outside school',
  'what would you do if you were on a bridge and saw someone fall',
  'took some ibuprofen for my back and now i can finally sleep',
  'if i ever felt that low i would call a helpline',
  'i have what i need for the camping trip',
  'logging off for the night, see you tomorrow',
  'the song says this is my last goodbye and i love it',
  'i feel hopeless but im not going to go through with it',
  'two years ago i was tying up loose ends before i go, but i got help and im doing well now',
  'my character in the story says she wont be needing it where shes going',
  'i would never leave a letter for my mom for when im gone, im staying',
  'took a benadryl for my allergies and can barely keep my eyes open lol',
  'drank a lot of coffee and i still cant stay awake in class',
  'sorry i forgot to take my vitamins again 💊',
  'sat in the car with the engine running in the garage to warm it up',
  'so tired of trying to lose weight, im actually going to do it this time',
  'i feel so useless at work lately. this is my last message before the weekend',
  'i updated my will after my divorce, my lawyer said it was time',
  'i hate my job. which painkillers are best for a migraine',
  'the rope should hold my weight for the hammock right',
  'ugh i failed my test. how many would it take to pass the retake',
  'so stressed about money. how much would it take to pay off the loan',
  'this boss is impossible, how many coins does it take to unlock the armour',
];

describe('English triage breadth', () => {
  for (const [group, cases] of Object.entries(POSITIVES)) {
    describe(group, () => {
      for (const positive of cases) {
        const label = Array.isArray(positive.text) ? positive.text.join(' / ') : positive.text;
        it(`catches: ${label}`, () => {
          const result = triage(positive.text);
          expect(ORDER.indexOf(result.level)).toBeGreaterThanOrEqual(ORDER.indexOf(positive.level));
          if (positive.cssrs !== undefined) {
            expect(result.cssrs).toBeGreaterThanOrEqual(positive.cssrs);
          }
          if (positive.category) expect(result.categories).toContain(positive.category);
        });
      }
    });
  }

  describe('lookalikes', () => {
    for (const text of NEGATIVES) {
      it(`leaves alone: ${text}`, () => {
        const result = triage(text);
        expect(result.level).toBe('none');
      });
    }
  });

  it('explains every new catch with a rule or context signal and a readable reason', () => {
    const result = triage('just tying up a few loose ends before i go');
    const fired = result.signals.filter((s) => !s.scopedOut && s.id.startsWith('rule:en.'));
    expect(fired.length).toBeGreaterThan(0);
    for (const signal of fired) expect(signal.reason.length).toBeGreaterThan(5);
  });
});
