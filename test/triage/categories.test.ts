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

// Issue 3: the classes of sign in lexicons/categories-breadth.ts, each in words of its own.
const BREADTH_CASES: Case[] = [
  // harm to others: a threat with its consequence, a weapon and going for someone, thoughts
  ["when he finishes work tonight he won't know what hit him", 'harm_to_others', 'imminent'],
  ["i'm bringing my dad's bat to school tomorrow", 'harm_to_others', 'imminent'],
  [
    'i keep picturing pushing my flatmate down the stairs and it scares me',
    'harm_to_others',
    'moderate',
  ],
  ['mañana lo espero a la salida con la navaja', 'harm_to_others', 'imminent'],
  ['ce soir je vais lui casser la gueule, il va comprendre', 'harm_to_others', 'imminent'],
  ['wenn er das nochmal macht, tu ich ihm was an', 'harm_to_others', 'high'],
  ['esse cara vai se arrepender de ter nascido', 'harm_to_others', 'high'],
  ['lo aspetto sotto casa col coltello', 'harm_to_others', 'high'],
  // abuse: coercive control, grooming without an abuse verb, violence while hiding
  [
    'my husband controls every penny and i have to send him a photo of where i am',
    'abuse',
    'moderate',
  ],
  ["i'm 12 and my uncle says it's our little game and mum wouldn't understand", 'abuse', 'high'],
  ['he is smashing the kitchen up and i locked myself in the bathroom', 'abuse', 'high'],
  ['mi hijo se queda con mi pensión y no me deja salir de casa', 'abuse', 'moderate'],
  ['mon copain lit tous mes messages et sans lui je suis rien', 'abuse', 'moderate'],
  ['meine tochter nimmt mir die rente weg', 'abuse', 'moderate'],
  [
    'meu namorado lê todas as minhas mensagens e diz que ninguém mais vai me querer',
    'abuse',
    'moderate',
  ],
  ['mi sono chiusa in bagno mentre lui sta spaccando tutto', 'abuse', 'high'],
  // psychosis: persecution by waves or tampered food, voices' commands
  ['they put a device in the vents so they can listen to me', 'psychosis', 'low'],
  ['the voice says i have to punish my sister', 'psychosis', 'high'],
  ['los vecinos me mandan ondas por la pared', 'psychosis', 'low'],
  ['on a mis quelque chose dans ma nourriture, je le sais', 'psychosis', 'low'],
  ['die stimme sagt mir, ich soll mich bestrafen und springen', 'psychosis', 'high'],
  ['colocaram alguma coisa na minha comida no trabalho', 'psychosis', 'low'],
  ['alla radio parlano di me tutto il giorno', 'psychosis', 'low'],
  // mania: two kinds of sign
  ['barely slept all week and my thoughts are going a million miles an hour', 'mania', 'low'],
  ['no he dormido desde el martes y tengo mil ideas por minuto', 'mania', 'low'],
  ["pas fermé l'oeil de la nuit et je déborde d'énergie", 'mania', 'low'],
  ['seit montag nicht geschlafen, hab meinen job gekündigt', 'mania', 'moderate'],
  ['acordado desde sexta e me sinto um deus', 'mania', 'low'],
  ['tre notti senza dormire, mi sono licenziato stamattina', 'mania', 'moderate'],
  // eating disorder: purging, fasting, restriction (and the Italian "once a day")
  [
    'i go to the toilets after every meal to get rid of it, fingers down my throat',
    'eating_disorder',
    'moderate',
  ],
  ['day 4 on just water and black coffee', 'eating_disorder', 'moderate'],
  ['vomito después de cada comida y nadie lo sabe', 'eating_disorder', 'moderate'],
  ['ich erbreche nach jedem essen', 'eating_disorder', 'moderate'],
  ['mangio una volta al giorno e mi sento in colpa lo stesso', 'eating_disorder', 'low'],
  ['faz dias que só tomo água e café', 'eating_disorder', 'moderate'],
  // substance: loss of control; an overdose with its substance is a medical emergency
  ["can't get through a shift without a line anymore", 'substance', 'low'],
  ['bevo da quando mi sveglio, altrimenti tremo', 'substance', 'low'],
  ['je bois dès le réveil sinon je tremble', 'substance', 'low'],
  ['after the coke my chest is so tight and my arm is numb', 'medical_emergency', 'imminent'],
  ['tomei comprimidos com álcool e meu coração tá disparado', 'medical_emergency', 'imminent'],
  [
    'ho preso delle pasticche e vedo sfocato, il cuore mi batte fortissimo',
    'medical_emergency',
    'imminent',
  ],
  // someone else: withdrawal, delusions, mania (two kinds), drinking, an overdose now
  ['my son has stayed in his room since he lost his job', 'third_party', 'moderate'],
  ['my husband says god talks to him through the radio', 'third_party', 'low'],
  ['my sister hasnt slept in days and says shes going to be president', 'third_party', 'low'],
  ['mi padre bebe desde que se levanta', 'third_party', 'low'],
  [
    'mon fils reste enfermé dans sa chambre, il ne parle plus à personne',
    'third_party',
    'moderate',
  ],
  [
    'meine mitbewohnerin hat tabletten genommen und ich krieg sie nicht wach',
    'third_party',
    'imminent',
  ],
  ['meu filho fica trancado no quarto o dia todo', 'third_party', 'moderate'],
  ['mia madre è convinta che la vicina la stia avvelenando', 'third_party', 'low'],
];

describe('issue 3 breadth', () => {
  it.each(BREADTH_CASES)('%s → %s (%s)', (text, category, level) => {
    const triage = rules.triageText(text);
    expect(triage.categories).toContain(category);
    expect(triage.level).toBe(level);
  });

  it('an overdose with its substance is also substance use', () => {
    const triage = rules.triageText('after the coke my chest is so tight and my arm is numb');
    expect(triage.categories).toEqual(expect.arrayContaining(['substance', 'medical_emergency']));
  });

  it('one mania sign about someone else is not yet a concern; two are', () => {
    expect(rules.triageText("my brother hasn't slept in days").categories).toEqual([]);
    expect(
      rules.triageText("my brother hasn't slept in days and keeps buying plane tickets").categories,
    ).toEqual(['third_party']);
  });

  it.each([
    'so manic about this deadline lol, three coffees in',
    "i'll kill you if you spoil the finale",
    'my dog has been hiding in his room since the fireworks',
    'my son locks himself in his room to play games with his friends',
    'my son stays in his room doing homework most evenings',
    'my mum checks my phone because i am 10, it is the house rule',
    'meine mutter kontrolliert mein handy weil ich 10 bin',
    'mia madre controlla il mio telefono perché ho 10 anni, è la regola',
    'my girlfriend checks my phone sometimes, we have no secrets',
    'the landlord put cameras in the hallway, is that legal?',
    'my manager monitors our screens with software at work',
    'sober for two years today, thank you all',
    'bought a new car today, been saving for years',
    'semaine de partiels, je dors plus et je carbure au café',
    'prendo la pastiglia una volta al giorno, dopo colazione',
    'tomo o remédio uma vez por dia, de manhã',
    'in the film the main character hears a voice telling him to build a field',
    'mi hermana me va a matar cuando vea su chaqueta',
    'esse chefão me matou umas trinta vezes',
    'had a few beers at the match with the lads',
  ])('lookalike stays none: %s', (text) => {
    const triage = rules.triageText(text);
    expect(triage.categories).toEqual([]);
    expect(triage.level).toBe('none');
  });
});
