/**
 * Crisis breadth (issue 3), rules alone: oblique means and lethality questions after distress,
 * preparation described sideways, farewell words, acquired means with the everyday use denied,
 * slang and chat spelling, in six languages — and the everyday lookalikes beside them. Two
 * oblique signs in one message vouch for each other; one alone, without distress, does not.
 * Texts name a means class at most, never amounts or methods.
 */
import { describe, expect, it } from 'vitest';
import type { RiskLevel } from '../../src/core/index.js';
import { createTriage } from '../../src/triage/index.js';

const rules = createTriage({ model: null });
const CRISIS: readonly RiskLevel[] = ['high', 'imminent'];

const CRISES: Record<string, string[]> = {
  en: [
    'everything is pointless. does it hurt or is it quick, i need to know',
    'left my pins on a note for my sister and cancelled the gym membership. everything is in order so nobody has to deal with my stuff',
    'got a rope this morning, and its not for the boat',
    'nobody can talk me out of it this time',
    'im done. already took all of them and my hands are shaking',
  ],
  es: [
    'ya no doy mas. se sufre mucho si uno se ahoga?',
    'compre una cuerda y no es para escalar',
    'este es mi ultimo mensaje. gracias por todo, cuidense mucho',
    'ya consegui lo que necesitaba para acabar con todo',
    'me boy a suicidar ya no aguanto',
  ],
  fr: [
    'j en ai marre de tout. combien de temps pour mourir avec des cachets',
    'ceci est mon dernier message. merci pour tout, prenez soin de maman',
    'jvais me foutre en l air demain',
    'j ai resilie mon abonnement et rendu les cles, je reviendrai pas',
  ],
  de: [
    'ich halt das alles nicht mehr aus. wie lange dauert es bis man stirbt',
    'das ist meine letzte nachricht. danke fur alles, passt auf euch auf',
    'seil gekauft und nicht zum klettern',
    'ich mach heute schluss mit allem',
  ],
  pt: [
    'sou um peso pra todo mundo. quanto tempo demora pra morrer',
    'essa e minha ultima mensagem. obrigada por tudo, cuidem da minha mae',
    'tomei a cartela toda faz uns minutos e to zonza',
    'comprei uma corda e nao e pra escalar',
  ],
  it: [
    'sono stanca di tutto. quanto ci vuole a morire',
    'questo e il mio ultimo messaggio. grazie di tutto, abbiate cura di voi',
    'voglio togliermi di mezzo',
    'ho salutato tutti e cancellato i miei profili. domani non ci sono piu',
  ],
};

const LOOKALIKES: Record<string, string[]> = {
  en: [
    'got a rope this morning for the boat trip',
    'cancelled the gym membership and left my pins with my sister while i travel',
    'does it hurt or is it quick to get a tattoo on the ribs?',
  ],
  es: [
    'compre una cuerda para escalar el sabado',
    'gracias por todo, cuidense mucho! nos vemos el lunes',
    'cuanto tarda en hacer efecto el ibuprofeno para mi hijo con fiebre',
  ],
  fr: [
    'merci pour tout, prenez soin de vous pendant les vacances',
    'j ai resilie mon abonnement parce que je demenage',
  ],
  de: ['seil gekauft zum klettern', 'heute nacht mach ich schluss mit ihm', 'danke fur alles!'],
  pt: ['comprei uma corda pra acampar na serra', 'obrigada por tudo, voces sao demais'],
  it: ['stasera la faccio finita con lui', 'grazie di tutto, ci vediamo a settembre'],
};

describe('crisis breadth: oblique crisis wording is a crisis in every language', () => {
  for (const [lang, texts] of Object.entries(CRISES))
    for (const text of texts)
      it(`${lang}: ${text}`, () => {
        expect(CRISIS).toContain(rules.triageText(text).level);
      });
});

// Warning signs said sideways (third and fourth passes): each needs distress or another sign.
const SIDEWAYS: Record<string, string[]> = {
  en: [
    'if youre reading this, none of this was your fault. i just cant go on',
    'sorry for being such a burden. you wont have to worry about me after tomorrow',
    'returned all the stuff i borrowed and rented a motel room, nobody will come looking for me there',
  ],
  es: [
    'si estas leyendo esto no fue tu culpa. ya no puedo seguir asi',
    'perdon por ser una carga, ya no los voy a molestar mas',
  ],
  fr: [
    'si tu lis ca c etait pas ta faute. je peux plus vivre comme ca',
    'desolee d etre un poids, je vous embeterai plus',
  ],
  de: [
    'wenn du das liest, es ist nicht deine schuld. ich kann einfach nicht mehr',
    'sorry dass ich so eine last bin, ich nerv euch nicht mehr',
  ],
  pt: [
    'se voce esta lendo isso nao foi culpa sua. nao da pra viver assim',
    'desculpa ser um peso, nao vou mais incomodar ninguem',
  ],
  it: [
    'se stai leggendo questo non e colpa tua. non posso piu vivere cosi',
    'scusate se sono un peso, non vi daro piu fastidio',
  ],
};

const SIDEWAYS_LOOKALIKES: string[] = [
  'if youre reading this, the wifi password is on the fridge',
  'no fue tu culpa, el partido estaba perdido desde el principio',
  'wenn du das liest, ruf mich bitte zuruck wegen dem umzug',
  'nao vou mais incomodar ninguem com o barulho, comprei fones',
  'cleaned my pistol after the range today',
  'ready to go! see you at the airport',
];

describe('crisis breadth: warning signs said sideways', () => {
  for (const [lang, texts] of Object.entries(SIDEWAYS))
    for (const text of texts)
      it(`${lang}: ${text}`, () => {
        expect(CRISIS).toContain(rules.triageText(text).level);
      });
  for (const text of SIDEWAYS_LOOKALIKES)
    it(`lookalike: ${text}`, () => {
      expect(rules.triageText(text).level).toBe('none');
    });
});

describe('crisis breadth: the everyday lookalikes stay at none', () => {
  for (const [lang, texts] of Object.entries(LOOKALIKES))
    for (const text of texts)
      it(`${lang}: ${text}`, () => {
        expect(rules.triageText(text).level).toBe('none');
      });
});

const DECISIONS_AND_IDIOMS: string[] = [
  'ya lo decidi: renuncio a mi trabajo y me mudo a lima',
  'c est decide, je quitte mon boulot en juin',
  'ho deciso: cambio lavoro e mi trasferisco',
  'ja decidi, vou pedir demissao amanha',
  'im ready to end it with her, it is over',
  'esta noche es la noche, le voy a pedir matrimonio',
  'me voy a matar estudiando para el final del lunes',
  'no livro a personagem escreve uma carta de despedida',
  'im film sagt er ich will sterben, total kitschig',
];

describe('crisis breadth: decisions, big nights, idioms and fiction across languages', () => {
  for (const text of DECISIONS_AND_IDIOMS)
    it(text, () => {
      expect(rules.triageText(text).level).toBe('none');
    });
  it('a decision after suicidal talk still counts', () => {
    expect(CRISIS).toContain(
      rules.triageText('ya no quiero vivir. ya lo decidi: renuncio a todo esta noche').level,
    );
  });
});

describe('two oblique signs vouch for each other', () => {
  it('one sign of settling affairs alone, without distress, is set aside', () => {
    const t = rules.triageText('ho salutato tutti su whatsapp');
    expect(t.level).toBe('none');
    expect(t.signals.some((s) => s.scopedOut === 'everyday')).toBe(true);
  });
  it('two signs on different words count, and the reason quotes the other', () => {
    const t = rules.triageText('ho salutato tutti e cancellato i profili');
    expect(CRISIS).toContain(t.level);
    const counted = t.signals.filter((s) => s.category === 'suicide' && !s.scopedOut);
    expect(counted.some((s) => s.reason.includes('said together with another sign'))).toBe(true);
  });
  it('the same words matched by two languages are one sign', () => {
    expect(rules.triageText('me despedi de todos').level).toBe('none');
  });
});

describe('calm after a decision, a denied everyday use, the night named', () => {
  it('calm since deciding counts with distress', () => {
    expect(CRISIS).toContain(
      rules.triageText('i cant do this anymore. i feel weirdly at peace since i decided').level,
    );
  });
  it('calm about a decision alone is not a crisis', () => {
    expect(rules.triageText('i feel so calm about it now that ive decided on the flat').level).toBe(
      'none',
    );
  });
  it('"not for camping" in its own sentence vouches for acquired means', () => {
    expect(CRISIS).toContain(rules.triageText('bought a rope today. its not for camping').level);
  });
  it('the night named vouches for a note, but not for a proposal', () => {
    expect(CRISIS).toContain(
      rules.triageText('left a note for each of them. tonights the night').level,
    );
    expect(rules.triageText('tonights the night, im proposing to her').level).toBe('none');
  });
  it('"more than before" is the present, not the past', () => {
    const t = rules.triageText(
      'seit der trennung schlafe ich kaum noch und trinke mehr als fruher. hab allen tschuss gesagt und den vertrag gekundigt',
    );
    expect(CRISIS).toContain(t.level);
  });
});

describe('a denied everyday frame is not an everyday reading', () => {
  it('"not for climbing" does not set acquired means aside', () => {
    const t = rules.triageText('ya no puedo mas, compre una cuerda, no es para escalar');
    expect(CRISIS).toContain(t.level);
  });
  it('the frame said plainly still sets it aside', () => {
    expect(
      rules.triageText('ya no puedo mas con el trabajo, compre una cuerda para escalar').level,
    ).not.toBe('high');
  });
});
