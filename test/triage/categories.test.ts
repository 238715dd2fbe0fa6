/**
 * Condition categories the SAFE-i gateway picks its protocol from (psychosis, mania, eating
 * disorder, abuse, worry about someone else): everyday wording must reach the right category and
 * level, and the lookalikes people use in passing must stay none.
 */
import { describe, expect, it } from 'vitest';
import type { RiskCategory, RiskLevel } from '../../src/core/index.js';
import { createTriage } from '../../src/triage/index.js';
import { CATEGORY_RULES } from '../../src/triage/lexicons/categories.js';
import { LEXICONS } from '../../src/triage/lexicons/index.js';

// Rules only: the categories come from the rules; the model scores suicide.
const rules = createTriage({ model: null });

type Case = [text: string, category: RiskCategory, level: RiskLevel];

const CASES: Case[] = [
  // psychosis
  ['the cia is reading my thoughts through the wifi, how do i block them', 'psychosis', 'low'],
  ['the tv keeps sending me messages meant just for me', 'psychosis', 'low'],
  ['my neighbours put a chip in my tooth to track me', 'psychosis', 'low'],
  ['i can hear them talking about me through the walls all night', 'psychosis', 'low'],
  ['my thoughts are being broadcast, the whole bus could hear them', 'psychosis', 'low'],
  ['los vecinos metieron camaras en las paredes y los oigo hablar de mí', 'psychosis', 'low'],
  ['ils ont mis des micros dans les murs, je les entends parler de moi', 'psychosis', 'low'],
  ['ich hör sie durch die wand über mich reden', 'psychosis', 'low'],
  ['colocaram câmeras nas paredes, ouço eles falando de mim', 'psychosis', 'low'],
  ['hanno messo delle telecamere nei muri, li sento parlare di me', 'psychosis', 'low'],
  // mania: two kinds of sign make the category; a risky act makes it moderate
  [
    "i havent slept in 3 days and i'm quitting my job tomorrow to start four companies at once!!",
    'mania',
    'moderate',
  ],
  ['so much energy, starting three businesses, who needs sleep', 'mania', 'low'],
  [
    'just maxed out my cards on a plan that will make me a billionaire by friday',
    'mania',
    'moderate',
  ],
  ['llevo 3 noches sin dormir, soy un genio y voy a ser millonario', 'mania', 'low'],
  ['seit drei nächten wach und ich fühl mich unbesiegbar', 'mania', 'low'],
  ['4 dias sem dormir e me sinto invencível, abri duas empresas', 'mania', 'low'],
  ['non dormo da 4 giorni e mi sento invincibile, ho aperto tre società', 'mania', 'low'],
  // eating disorder
  ['how do i get under 800 calories a day without my mum noticing', 'eating_disorder', 'moderate'],
  ['i feel disgusting if i eat anything after 2pm', 'eating_disorder', 'low'],
  ["tips to hide that i'm skipping meals", 'eating_disorder', 'low'],
  ["haven't had solid food in 4 days and i'm so weak", 'eating_disorder', 'moderate'],
  ['me peso como diez veces al día', 'eating_disorder', 'low'],
  ['je me fais vomir après chaque repas', 'eating_disorder', 'moderate'],
  ['heute nur einen apfel gegessen, muss dünner werden', 'eating_disorder', 'low'],
  ['me forço a vomitar depois da janta', 'eating_disorder', 'moderate'],
  ['oggi ho mangiato solo una mela, devo dimagrire prima dell estate', 'eating_disorder', 'low'],
  // abuse
  ['he checks my phone every night and says no one else would want me', 'abuse', 'moderate'],
  ['my stepdad comes into my room at night and tells me not to tell', 'abuse', 'high'],
  ['mi novio me revisa el celular cada noche y no me deja ver a mi familia', 'abuse', 'moderate'],
  ['il tape sur la porte de la salle de bain, je me suis enfermée', 'abuse', 'high'],
  ['mein mann kontrolliert jeden abend mein handy', 'abuse', 'moderate'],
  ['meu namorado me empurrou na parede de novo', 'abuse', 'moderate'],
  ['il mio ragazzo controlla il mio telefono ogni sera', 'abuse', 'moderate'],
  // someone else
  [
    'my best friend keeps saying she wants to disappear forever, what do i do',
    'third_party',
    'moderate',
  ],
  ['mi hermana dice que se quiere morir', 'third_party', 'moderate'],
  ["ma meilleure amie dit qu'elle veut disparaître", 'third_party', 'moderate'],
  ['meine schwester sagt sie will verschwinden', 'third_party', 'moderate'],
  ['minha amiga diz que quer morrer', 'third_party', 'moderate'],
  ['il mio amico dice che vuole morire', 'third_party', 'moderate'],
  [
    'my daughter wears long sleeves in this heat and yesterday i saw cuts on her wrist',
    'third_party',
    'moderate',
  ],
  ['my friend told me she cuts and made me promise not to tell anyone', 'third_party', 'moderate'],
];

describe('condition categories', () => {
  it.each(CASES)('%s → %s (%s)', (text, category, level) => {
    const triage = rules.triageText(text);
    expect(triage.categories).toContain(category);
    expect(triage.level).toBe(level);
    // A condition category is not suicide risk.
    expect(triage.cssrs).toBe(0);
  });
});

describe('lookalikes stay none', () => {
  it.each([
    "i'm so manic about this deadline lol",
    "i've been living on coffee and no sleep for exam week",
    'i ate so much cake i feel sick',
    'my diet starts monday haha',
    'my boss is watching me like a hawk',
    "the government is spying on everyone with these apps, it's a privacy scandal",
    'my ex kept my hoodie, so annoying',
    'this game is so abusive lol',
    'omg are you reading my mind',
    'someone is following me on instagram and liking all my old posts',
    'the signs told me to turn left at the roundabout',
    'my toddler only eats his safe foods',
    'we did a juice fast at the retreat, never again',
    'my mum has my passport for the school trip',
    'i control my finances with an app now',
    'my cat comes into my room at night and wakes me up',
    'i quit my job today to start my own bakery',
    'started two side projects this week and figured out the meaning of the chorus',
    'estoy a dieta desde el lunes jaja',
    'mon chef me surveille comme un faucon',
    'esse jogo é muito abusivo kkkk',
    "i saw cuts on her wrist years ago, she's doing well now",
    "i hadn't eaten in hours, i was starving after the hike",
    'how do i talk to my son about puberty',
    'the voices are back in the choir this year',
  ])('%s', (text) => {
    const triage = rules.triageText(text);
    expect(triage.level).toBe('none');
    expect(triage.categories).toEqual([]);
  });
});

describe('rumination is not suicidal ideation', () => {
  it.each([
    'i cant stop thinking about it',
    'i have ocd and i checked the door five times, i cant stop thinking about it',
    'made a mistake at work and i keep thinking about it',
  ])('%s → none', (text) => {
    const triage = rules.triageText(text);
    expect(triage.level).toBe('none');
    expect(triage.signals.some((s) => s.id === 'rule:en.active.considering_it')).toBe(false);
  });

  it('after a wish for it to stop, it stays C-SSRS 1, not active ideation', () => {
    const triage = rules.triageText(
      'my intrusive thoughts are so bad, i cant stop thinking about it. i just want it to stop',
    );
    expect(triage.cssrs).toBeLessThanOrEqual(1);
    expect(triage.signals.some((s) => s.id === 'rule:en.active.considering_it')).toBe(false);
  });

  it('after suicidal talk it keeps the ideation in the conversation', () => {
    const triage = rules.triageText('i want to kill myself. i cant stop thinking about it');
    expect(triage.cssrs).toBe(2);
    expect(triage.level).toBe('moderate');
  });

  it('thinking about it after a means cue is still read as considering it', () => {
    const triage = rules.triageText(
      'i want to die and honestly i keep looking at the bridge, been thinking about it',
    );
    expect(triage.signals.some((s) => s.id === 'rule:en.active.considering_it')).toBe(true);
  });
});

describe('category rules', () => {
  it('are appended to every language, with ids unique within it', () => {
    for (const lexicon of LEXICONS) {
      const extra = CATEGORY_RULES[lexicon.lang];
      expect(extra.length).toBeGreaterThan(0);
      for (const rule of extra) expect(lexicon.rules).toContain(rule);
      const ids = lexicon.rules.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
