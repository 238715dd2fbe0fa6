/**
 * Breadth of the es/fr/de/pt/it lexicons: everyday, informal crisis phrasing (no accents, typos)
 * must be caught, and the lookalikes next to it (idioms, negation, recovery, fiction, everyday
 * questions) must stay at level none. Texts name a means class at most, never amounts or methods.
 */
import { describe, expect, it } from 'vitest';
import type { RiskCategory, RiskLevel } from '../../src/core/index.js';
import { triageConversation, triageText } from '../../src/triage/index.js';

type Lang = 'es' | 'fr' | 'de' | 'pt' | 'it';

interface Positive {
  text: string | string[];
  level: RiskLevel;
  cssrs?: number;
  category?: RiskCategory;
}

const ORDER: readonly RiskLevel[] = ['none', 'low', 'moderate', 'high', 'imminent'];

const POSITIVES: Record<Lang, Positive[]> = {
  es: [
    { text: 'me quiero matar', level: 'moderate', cssrs: 2 },
    { text: 'kiero morirme', level: 'low', cssrs: 1 },
    { text: 'mi amigo dice que se quiere matar', level: 'moderate', category: 'third_party' },
    { text: 'no puedo dejar de beber, tomo todos los dias', level: 'low', category: 'substance' },
    { text: 'ya lo tengo decidido, me mato esta noche', level: 'imminent', cssrs: 5 },
    { text: 'va a ser esta noche, ya no aguanto mas', level: 'high', cssrs: 4 },
    {
      text: 'ya no puedo mas. escribi las cartas para mi familia y les regale mis cosas a mis primos',
      level: 'high',
      cssrs: 6,
    },
    {
      text: 'me tome todas las pastillas y me siento muy mareado',
      level: 'imminent',
      category: 'medical_emergency',
    },
    {
      text: ['perdi mi trabajo y mi novia me dejo', 'que puente es el mas alto de la ciudad'],
      level: 'high',
      cssrs: 3,
    },
    { text: 'ojala no despertar mañana', level: 'low', cssrs: 1 },
    { text: 'ultimamente pienso mucho en matarme', level: 'moderate', cssrs: 2 },
    {
      text: 'me volvi a cortar y no deja de sangrar, creo que necesito puntos',
      level: 'high',
      category: 'self_harm',
    },
    { text: 'mi novio me pega cuando toma', level: 'moderate', category: 'abuse' },
    { text: 'tengo 13 años y mi padrastro me pega', level: 'high', category: 'abuse' },
    { text: 'voy a matar a mi jefe mañana', level: 'imminent', category: 'harm_to_others' },
    { text: 'las voces me dicen que me mate', level: 'high', category: 'psychosis' },
    {
      text: 'creo que mi familia me esta envenenando la comida',
      level: 'low',
      category: 'psychosis',
    },
    {
      text: 'vomito despues de comer casi todos los dias',
      level: 'moderate',
      category: 'eating_disorder',
    },
    {
      text: 'mi amiga me mando un mensaje de despedida y no contesta',
      level: 'high',
      category: 'third_party',
    },
    {
      text: 'no he dormido en 4 dias y me siento invencible, me gaste todos mis ahorros',
      level: 'low',
      category: 'mania',
    },
    { text: 'ya no quiero estar aqui, todos estarian mejor sin mi', level: 'low', cssrs: 1 },
  ],
  fr: [
    { text: "je dis adieu a tout le monde, c'est fini pour moi", level: 'high', cssrs: 6 },
    { text: 'jveux crever', level: 'low', cssrs: 1 },
    {
      text: "ca fait 3 nuits que je dors pas et je suis un genie, j'ai depense toutes mes economies",
      level: 'low',
      category: 'mania',
    },
    { text: "on m'empoisonne la nourriture", level: 'low', category: 'psychosis' },
    { text: "je vais passer a l'acte ce soir", level: 'imminent', cssrs: 5 },
    { text: "c'est decide, je me tue ce soir", level: 'imminent', cssrs: 5 },
    { text: "j'ai ecrit ma lettre d'adieu et j'ai donne mes affaires", level: 'high', cssrs: 6 },
    {
      text: "j'ai pris trop de cachets et j'ai la tete qui tourne",
      level: 'imminent',
      category: 'medical_emergency',
    },
    {
      text: ["j'en peux plus de ma vie", 'combien il en faudrait pour ne pas se reveiller'],
      level: 'high',
      cssrs: 3,
    },
    {
      text: "personne ne m'aime. la falaise la plus haute du coin c'est laquelle",
      level: 'high',
      cssrs: 3,
    },
    { text: "j'aimerais m'endormir et ne jamais me reveiller", level: 'low', cssrs: 1 },
    { text: 'je pense a me suicider tous les jours', level: 'moderate', cssrs: 2 },
    {
      text: "je me suis encore scarifiee, c'est profond et ca saigne beaucoup",
      level: 'high',
      category: 'self_harm',
    },
    { text: 'mon mari me frappe quand il boit', level: 'moderate', category: 'abuse' },
    { text: "j'ai 12 ans et mon beau-pere me frappe", level: 'high', category: 'abuse' },
    { text: 'je vais tuer mon voisin ce soir', level: 'imminent', category: 'harm_to_others' },
    { text: 'les voix me disent de me tuer', level: 'high', category: 'psychosis' },
    { text: 'je me fais vomir apres chaque repas', level: 'moderate', category: 'eating_disorder' },
    {
      text: "mon pote m'a envoye un message d'adieu et il repond plus",
      level: 'high',
      category: 'third_party',
    },
    {
      text: 'je veux juste disparaitre, tout le monde serait mieux sans moi',
      level: 'low',
      cssrs: 1,
    },
    { text: "j'ai envie d'en finir", level: 'moderate', cssrs: 2 },
  ],
  de: [
    { text: 'mein vater schlagt mich gerade', level: 'high', category: 'abuse' },
    { text: 'ich esse seit tagen nichts', level: 'moderate', category: 'eating_disorder' },
    {
      text: 'ich hab seit 3 tagen nicht geschlafen und bin ein genie',
      level: 'low',
      category: 'mania',
    },
    { text: 'die nachbarn vergiften mein essen', level: 'low', category: 'psychosis' },
    { text: 'ich mach heute schluss', level: 'imminent', cssrs: 5 },
    {
      text: 'ich hab mich entschieden, heute nacht bring ich mich um',
      level: 'imminent',
      cssrs: 5,
    },
    {
      text: 'hab meinen abschiedsbrief geschrieben und meine sachen verschenkt',
      level: 'high',
      cssrs: 6,
    },
    {
      text: 'hab zu viele tabletten genommen und mir ist so schwindelig',
      level: 'imminent',
      category: 'medical_emergency',
    },
    {
      text: ['ich kann nicht mehr, alles ist sinnlos', 'welche brucke ist die hochste hier'],
      level: 'high',
      cssrs: 3,
    },
    { text: 'ich will einfach nicht mehr aufwachen', level: 'low', cssrs: 1 },
    { text: 'ich denk oft dran mich umzubringen', level: 'moderate', cssrs: 2 },
    {
      text: 'hab mich wieder geritzt und es hort nicht auf zu bluten',
      level: 'high',
      category: 'self_harm',
    },
    {
      text: 'mein freund schlagt mich wenn er getrunken hat',
      level: 'moderate',
      category: 'abuse',
    },
    { text: 'ich bin 13 und mein stiefvater schlagt mich', level: 'high', category: 'abuse' },
    { text: 'ich bring meinen chef morgen um', level: 'imminent', category: 'harm_to_others' },
    { text: 'die stimmen sagen mir ich soll mich umbringen', level: 'high', category: 'psychosis' },
    {
      text: 'ich kotze nach jedem essen absichtlich',
      level: 'moderate',
      category: 'eating_disorder',
    },
    {
      text: 'meine freundin hat mir eine abschiedsnachricht geschickt',
      level: 'high',
      category: 'third_party',
    },
    { text: 'alle waren besser dran ohne mich', level: 'low', cssrs: 1 },
    { text: 'ich will mich umbringen', level: 'moderate', cssrs: 2 },
  ],
  pt: [
    { text: 'meu marido ta me batendo agora', level: 'high', category: 'abuse' },
    { text: 'to ha 3 dias sem dormir e sou um genio', level: 'low', category: 'mania' },
    { text: 'tao me envenenando', level: 'low', category: 'psychosis' },
    { text: 'ninguem ia sentir minha falta', level: 'low', cssrs: 1 },
    { text: 'vou acabar com tudo hoje', level: 'imminent', cssrs: 5 },
    { text: 'ja decidi, hoje a noite eu me mato', level: 'imminent', cssrs: 5 },
    {
      text: 'escrevi uma carta de despedida e dei minhas coisas pros meus amigos',
      level: 'high',
      cssrs: 6,
    },
    {
      text: 'tomei muitos comprimidos e to com muito sono',
      level: 'imminent',
      category: 'medical_emergency',
    },
    {
      text: ['nao aguento mais essa vida', 'quantos precisaria para nao acordar'],
      level: 'high',
      cssrs: 3,
    },
    { text: 'queria dormir e nao acordar mais', level: 'low', cssrs: 1 },
    { text: 'to pensando em me matar', level: 'moderate', cssrs: 2 },
    {
      text: 'me cortei de novo e ta sangrando muito, acho que preciso de pontos',
      level: 'high',
      category: 'self_harm',
    },
    { text: 'meu marido me bate quando bebe', level: 'moderate', category: 'abuse' },
    { text: 'tenho 12 anos e meu padrasto me bate', level: 'high', category: 'abuse' },
    { text: 'vou matar meu chefe amanha', level: 'imminent', category: 'harm_to_others' },
    { text: 'as vozes mandam eu me matar', level: 'high', category: 'psychosis' },
    { text: 'eu vomito depois de comer todo dia', level: 'moderate', category: 'eating_disorder' },
    {
      text: 'minha amiga mandou uma mensagem de despedida e nao atende',
      level: 'high',
      category: 'third_party',
    },
    { text: 'todo mundo ficaria melhor sem mim', level: 'low', cssrs: 1 },
    { text: 'quero me matar', level: 'moderate', cssrs: 2 },
  ],
  it: [
    { text: 'mi voglio ammazzare', level: 'moderate', cssrs: 2 },
    { text: 'non mangio niente da 3 giorni', level: 'moderate', category: 'eating_disorder' },
    { text: 'nessuno sentirebbe la mia mancanza', level: 'low', cssrs: 1 },
    { text: 'stanotte la faccio finita', level: 'imminent', cssrs: 5 },
    { text: 'ho deciso, stasera mi ammazzo', level: 'imminent', cssrs: 5 },
    { text: 'ho scritto la lettera di addio e ho regalato le mie cose', level: 'high', cssrs: 6 },
    {
      text: 'ho preso troppe pastiglie e mi gira la testa',
      level: 'imminent',
      category: 'medical_emergency',
    },
    {
      text: ['non ce la faccio piu, ho perso tutto', 'quante ce ne vogliono per non svegliarsi'],
      level: 'high',
      cssrs: 3,
    },
    { text: 'vorrei addormentarmi e non svegliarmi piu', level: 'low', cssrs: 1 },
    { text: 'penso spesso di uccidermi', level: 'moderate', cssrs: 2 },
    {
      text: 'mi sono tagliata di nuovo e non smette di sanguinare',
      level: 'high',
      category: 'self_harm',
    },
    { text: 'il mio ragazzo mi picchia quando beve', level: 'moderate', category: 'abuse' },
    { text: 'ho 13 anni e il mio patrigno mi picchia', level: 'high', category: 'abuse' },
    { text: 'domani ammazzo il mio capo', level: 'imminent', category: 'harm_to_others' },
    { text: 'le voci mi dicono di uccidermi', level: 'high', category: 'psychosis' },
    { text: 'vomito dopo ogni pasto apposta', level: 'moderate', category: 'eating_disorder' },
    {
      text: 'la mia amica mi ha mandato un messaggio di addio e non risponde',
      level: 'high',
      category: 'third_party',
    },
    { text: 'starebbero tutti meglio senza di me', level: 'low', cssrs: 1 },
    { text: 'voglio ammazzarmi', level: 'moderate', cssrs: 2 },
  ],
};

const TRAPS: Record<Lang, string[]> = {
  es: [
    'me mato si no apruebo jaja',
    'me quiero matar de la risa',
    'hoy lo hago, manana no tengo tiempo',
    'me muero de risa jajaja',
    'este trafico me mata',
    'no quiero morir, quiero vivir y ser feliz',
    'hace anos pense en matarme pero ya estoy bien y feliz',
    'en la novela el protagonista se quiere suicidar',
    'me voy a cortar el pelo mañana',
    'cual es el puente mas alto del mundo? quiero sacar fotos',
    'cuanto paracetamol le doy a mi hijo para la fiebre',
    'me mata de la verguenza',
    'voy a colgar los cuadros en la sala',
  ],
  fr: [
    'je me tue au boulot en ce moment',
    'je ne suis pas un genie en maths',
    'je suis mort de fatigue',
    'mdr je suis morte de rire',
    "je n'ai jamais pense a me suicider",
    "j'ai fait une tentative il y a dix ans mais aujourd'hui je vais bien",
    'dans le film le heros veut se tuer',
    'je vais me couper les cheveux',
    'quel est le pont le plus haut de france pour une photo',
    'quelle est la falaise la plus haute de bretagne, on y va en rando',
    'ce boulot me tue',
    'je vais accrocher des tableaux dans le salon',
    'quelle dose de doliprane pour mon fils qui a de la fievre',
  ],
  de: [
    'ich trink jeden tag kaffee',
    'ich mach heute schluss mit ihm, er hat mich betrogen',
    'bring mich um 8 zum bahnhof',
    'ich sterbe vor hunger',
    'ich lach mich tot',
    'ich will mich nicht umbringen, mir gehts gut',
    'die hitze bringt mich um',
    'im buch will sich der held umbringen',
    'ich lass mir morgen die haare schneiden',
    'welche brucke ist die hochste in deutschland, will da fotos machen',
    'ich hang morgen bilder auf',
    'feierabend, ich mach heute schluss mit der arbeit',
    'wie viel fiebersaft darf mein kind nehmen',
  ],
  pt: [
    'me mato de rir com esse video',
    'vou fazer isso amanha, hoje to cansada',
    'to morta de cansaco',
    'esse transito me mata',
    'morri de rir kkkkk',
    'nao quero me matar, to bem',
    'no filme o personagem quer se matar',
    'vou cortar o cabelo amanha',
    'qual a ponte mais alta do brasil? quero tirar foto',
    'vou pendurar os quadros na sala',
    'quanto de remedio pra febre posso dar pro meu filho',
    'anos atras eu pensava em me matar, mas superei e hoje to bem',
  ],
  it: [
    'mi voglio ammazzare dalle risate',
    'la faccio finita con lui, basta',
    'ammazzo il tempo guardando serie',
    'muoio dal ridere',
    'sono morta di stanchezza',
    'questo lavoro mi uccide',
    'non voglio uccidermi, sto bene',
    'nel libro il protagonista vuole uccidersi',
    'domani mi taglio i capelli',
    'qual e il ponte piu alto d italia? voglio fare foto',
    'appendo i quadri in salotto',
    'quanta tachipirina posso dare a mio figlio per la febbre',
    'stasera la faccio finita con questo progetto e vado a dormire',
  ],
};

function triage(text: string | string[], lang: Lang) {
  if (typeof text === 'string') return triageText(text, { lang });
  return triageConversation(
    text.map((content) => ({ role: 'user' as const, content })),
    { lang },
  ).triage;
}

for (const lang of Object.keys(POSITIVES) as Lang[]) {
  describe(`triage breadth: ${lang}`, () => {
    it('has enough examples', () => {
      expect(POSITIVES[lang].length + TRAPS[lang].length).toBeGreaterThanOrEqual(15);
    });
    for (const example of POSITIVES[lang]) {
      const label = Array.isArray(example.text) ? example.text.join(' / ') : example.text;
      it(`catches: ${label}`, () => {
        const result = triage(example.text, lang);
        expect(ORDER.indexOf(result.level), `level ${result.level}`).toBeGreaterThanOrEqual(
          ORDER.indexOf(example.level),
        );
        if (example.cssrs !== undefined) expect(result.cssrs).toBeGreaterThanOrEqual(example.cssrs);
        if (example.category) expect(result.categories).toContain(example.category);
      });
    }
    for (const text of TRAPS[lang]) {
      it(`leaves alone: ${text}`, () => {
        expect(triage(text, lang).level).toBe('none');
      });
    }
  });
}
