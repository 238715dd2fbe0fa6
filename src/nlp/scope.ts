/**
 * Scoping: does a cue found in a text describe the writer's own current state, or is it
 * negated ("I'm not suicidal"), in the past with recovery ("years ago, I'm better now"),
 * hypothetical ("hypothetically", "for my essay"), quoted (lyrics, fiction, news), about someone
 * else ("my sister is suicidal"), figurative ("I could die of embarrassment"), or an everyday
 * use of a risky word ("cut my hair", "rope for climbing")? Each answer names the words that
 * set it, so a decision can say why a cue did not count.
 *
 * Six languages (en, es, fr, de, pt, it). A cue is checked with the markers of its own
 * language plus English (code-switching is common) plus any language the caller names.
 * Markers are phrase patterns (see `phrase-patterns.ts`), matched once per text.
 */
import type { Scope, Span } from '../core/index.js';
import {
  GENERIC_PEOPLE,
  group,
  OWNERS,
  RELATIONS,
  someoneElse,
  type ScopeLanguage,
  SCOPE_LANGUAGES,
} from './people.js';
import { PhraseMatcher, type PhraseEntry, type PhraseMatch } from './phrase-patterns.js';
import {
  CLAUSE_BREAK,
  EMOJI,
  isBreak,
  isContrastWord,
  isLaughter,
  NUMBER,
  sentenceFirst,
  sentenceLast,
  WORD,
  type TextRange,
  type TokenizedText,
} from './tokens.js';

export { SCOPE_LANGUAGES, type ScopeLanguage } from './people.js';

/** Everyday frames that make a risky word harmless; a rule names the ones that apply to it. */
export const LOOKALIKES = [
  'grooming',
  'accident',
  'hanging_things',
  'sightseeing',
  'outdoor_gear',
  'care_dosing',
  'sport_shooting',
  'sport_heights',
  'everyday_kill',
  'food_drink',
  'info_seeking',
  'moving',
  'panic',
  'recreational',
  'pain_relief',
  'as_prescribed',
  'life_change',
  'parental_rule',
  'play_and_sport',
  'protecting',
  'everyday_goal',
  'routine_use',
  'see_you',
  'early_rising',
] as const;
export type Lookalike = (typeof LOOKALIKES)[number];

/** Frames that say what a question is for, read in the sentence after it too (`#everyday`). */
const PURPOSE_FRAMES: ReadonlySet<Lookalike> = new Set<Lookalike>(['sightseeing', 'sport_heights']);

export interface ScopeFinding {
  scope: Scope;
  /** The words that set the scope. */
  cue: Span;
  /** Person-readable: `negated ("not")`. */
  reason: string;
  /**
   * Set for figurative readings that rest on laughter or a trivial trigger only ("kms lol",
   * "this exam makes me want to die"): a caller that sees real distress may overrule it.
   */
  weak?: boolean;
}

export interface ScopeQuery {
  /** Token range of the cue (inclusive). */
  first: number;
  last: number;
  /** The cue's language. */
  lang: ScopeLanguage;
  /** Which scopes to look for. */
  checks: ReadonlySet<Scope>;
  /** Words that belong to the cue's own pattern: a negator among them is part of the cue. */
  literals?: ReadonlySet<string>;
  /** The cue names the writer ("kill myself"), so who the clause is about need not be asked. */
  selfReferring?: boolean;
  /**
   * The cue is something done to the writer (abuse, grooming): a game named in its sentence is
   * where people met ("a guy from the game keeps asking me for nudes"), not fiction.
   */
  doneToWriter?: boolean;
  /**
   * The cue tells an act that is over ("I tried to kill myself"): a recovery said in a later
   * sentence of the message ("today I'm a teacher and I'm well") puts it in the past.
   */
  pastAct?: boolean;
  /**
   * The cue asks for a means or how lethal one is: a general question's frame ("is it true
   * that…", "how many…") does not set it aside, since curiosity is how such questions are often
   * put after distress.
   */
  asksForMeans?: boolean;
  lookalikes?: readonly Lookalike[];
}

type MarkerType =
  | 'past'
  | 'past_months'
  | 'present'
  | 'recovery'
  | 'past_age'
  | 'recent'
  | 'own_case'
  | 'hypothetical'
  | 'general'
  | 'generic_subject'
  | 'framing'
  | 'media'
  | 'media_prefix'
  | 'report_other'
  | 'report_self'
  | 'subject_other'
  | 'subject_self'
  | 'idiom'
  | 'laugh'
  | 'hyperbole'
  | 'serious'
  | 'lookalike';

interface Marker {
  type: MarkerType;
  lang: ScopeLanguage;
  lookalike?: Lookalike;
}

type MarkerTable = Partial<Record<ScopeLanguage, readonly string[]>>;

// ---------------------------------------------------------------------------------------------
// Negation: single words, checked in the cue's clause just before it (and inside gaps of it).

const NEGATORS: Record<ScopeLanguage, ReadonlySet<string>> = {
  en: new Set(
    'not no never nor neither dont doesnt didnt wont wouldnt isnt arent wasnt werent aint havent hasnt hadnt shouldnt nah zero'.split(
      ' ',
    ),
  ),
  es: new Set('no nunca jamas tampoco ni'.split(' ')),
  fr: new Set('pas jamais plus aucun aucune ni'.split(' ')),
  de: new Set(
    'nicht nie niemals kein keine keinen keinem keiner keinerlei nimmer weder'.split(' '),
  ),
  pt: new Set('nao nunca jamais nem'.split(' ')),
  it: new Set('non mai nessun nessuna nessuno'.split(' ')),
};

/**
 * "Can't" denies an everyday frame ("i cant even swim" is no swimming trip) though it is no
 * negator of a cue: "I can't live like this" says the cue, not its opposite.
 */
const FRAME_DENIERS: ReadonlySet<string> = new Set(['cant', 'cannot', 'couldnt']);

/**
 * Words that open a new proposition or cancel a negation: a negator before them does not reach
 * the cue ("I don't know if I want to live", "I can't stop thinking about dying").
 */
const NEGATION_BLOCKERS: Record<ScopeLanguage, ReadonlySet<string>> = {
  en: new Set(
    'know sure if whether why say saying said mean meant understand care stop stopping help resist deny lie lying pretend think hide but because cause'.split(
      ' ',
    ),
  ),
  es: new Set('se si porque dejar parar evitar digo miento sabe'.split(' ')),
  fr: new Set('sais sait si pourquoi arreter empecher dis mens parce'.split(' ')),
  de: new Set('weiss weis warum ob wenn aufhoren sage luge weil'.split(' ')),
  pt: new Set('sei se porque parar deixar evitar digo minto'.split(' ')),
  it: new Set('so se perche smettere evitare dico mento'.split(' ')),
};

const NEGATION_WINDOW = 3;

/** English verbs that end a state named by a gerund after them (see `#endedState`). */
const ENDED_STATE: ReadonlySet<string> = new Set(['stopped', 'quit', 'stoped']);

/** Is `key` a negator in one of `langs` (a cue of language `lang`)? */
function negatorIn(key: string, lang: ScopeLanguage, langs: readonly ScopeLanguage[]): boolean {
  // Portuguese "no" is "in the" ("pensando no suicídio").
  if (key === 'no' && lang === 'pt') return false;
  for (const l of langs) if (NEGATORS[l].has(key)) return true;
  return false;
}

/**
 * Is the word at `i` a negator? French "plus" is also "more": not in a comparative or superlative
 * ("plus profond que d'habitude", "le plus haut", "de plus").
 */
function negatorAt(
  doc: TokenizedText,
  i: number,
  lang: ScopeLanguage,
  langs: readonly ScopeLanguage[],
): boolean {
  const key = doc.keys[i] as string;
  // Portuguese "no" ("in the") never comes before a verb or a pronoun: there it is the Spanish
  // negator, read by the Portuguese rule that matched the same words ("no soy suicida").
  if (key === 'no' && lang === 'pt') return SPANISH_AFTER_NO.has(doc.keys[i + 1] ?? '');
  if (!negatorIn(key, lang, langs)) return false;
  if (everAskedOfOthers(doc, i)) return false;
  if (key !== 'plus') return true;
  if (FRENCH_MORE_BEFORE.has(doc.keys[i - 1] ?? '')) return false;
  for (let j = i + 1; j <= i + 3 && j < doc.count; j++)
    if (doc.keys[j] === 'que' || doc.keys[j] === 'qu') return false;
  return true;
}
/**
 * "Vi capita mai di…", "hai mai…", "vcs nunca têm vontade de…?": in a question put to others,
 * Italian "mai" after the verb and Portuguese "nunca" after "you" mean "ever", not "never" (the
 * question is a general frame, and counts only when the writer claims it). "Non … mai" is still
 * negated by "non".
 */
function everAskedOfOthers(doc: TokenizedText, i: number): boolean {
  const key = doc.keys[i] as string;
  const previous = doc.keys[i - 1] ?? '';
  if (key === 'mai') return EVER_VERBS_IT.has(previous);
  if (key === 'nunca') return YOU_PT.has(previous) && doc.keys[i - 2] !== 'nao';
  return false;
}
const EVER_VERBS_IT: ReadonlySet<string> = new Set(['capita', 'capitato', 'hai', 'avete']);
const YOU_PT: ReadonlySet<string> = new Set(['vcs', 'voces', 'voce', 'vc', 'tu', 'ces']);
/** Spanish words that follow the negator "no" and never Portuguese "no" ("in the"). */
const SPANISH_AFTER_NO: ReadonlySet<string> = new Set(
  'soy estoy estaba quiero queria pienso pensaba tengo tenia voy puedo creo me te lo la se hay'.split(
    ' ',
  ),
);

/**
 * "Am thinking of", "sto pensando di", "tô pensando em": a progressive thinking frame between a
 * negator and the cue takes no room in the negation window ("non sto pensando di farmi del male").
 */
const THINKING_FRAME: ReadonlySet<string> = new Set(
  'thinking pensando pensare pensar penser denke penso pienso pense sto stai sta estoy estou to ta tou'.split(
    ' ',
  ),
);
const FRENCH_MORE_BEFORE: ReadonlySet<string> = new Set([
  'le',
  'la',
  'les',
  'de',
  'du',
  'au',
  'en',
]);

/** Does `key` stop a negator before it from reaching the cue, in one of `langs`? */
function blockerIn(key: string, langs: readonly ScopeLanguage[]): boolean {
  for (const l of langs) if (NEGATION_BLOCKERS[l].has(key)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Phrase markers per language.

const PAST: MarkerTable = {
  en: [
    'used to',
    'years ago',
    '<num> years ago',
    '(a|one|two|three|four|five|six|seven|eight|nine|ten|few|couple) (years|yrs) (ago|back)',
    '(<num>|two|three|four|five|six|seven|eight|nine|ten|many|several) (years|yrs) (since|on from|later)',
    'a long time ago',
    'long ago',
    'when i was (younger|a kid|a child|a teen|a teenager|little|small|in school|in high school|in middle school|in college|at uni|at university|<num>|in my teens|in my twenties)',
    'as a (kid|teen|teenager|child)',
    'back (then|in the day|in high school|in school|in college|in <num>)',
    'in the past',
    'at my (lowest|worst)',
    'last year',
    '(im|i am) (doing )?(much |a lot |so much )?(better|fine|ok|okay|good|safe|well) now',
    '(im|i am) in (a )?(much )?(better|good) place now',
    '(im|i am) (now )?doing (much |a lot |so much )?(better|fine|ok|okay|good|well) (now|today)',
    'now (im|i am) (doing )?(much |a lot |so much )?(better|fine|ok|okay|good|well|safe)',
    '(many|several|some|a few|couple of) (years|yrs) (ago|back)',
    '(in|into) recovery',
    'recovered',
    '(<num>|one|two|three|four|five|six|ten) (years|months|yrs) (clean|free|sober)',
    '(clean|free) (for|since) (<num>|a|two|three|over)',
    'havent (done|cut|self harmed|relapsed|felt) ~2 (in|for|since)',
    'got through (it|that)',
    'made it through',
    'once upon a time',
    'there was a time',
    '(most|all) of my (teens|twenties|thirties|childhood|school years)',
    'in my (teens|twenties|thirties|early twenties|late teens)',
    'back in (uni|school|high school|college|the day|my teens)',
  ],
  es: [
    'hace (anos|mucho|mucho tiempo|tiempo|<num> anos|muchos anos|varios anos|unos anos|algunos anos)',
    'hace (dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|un par de) anos',
    '(hoy|ahora) (ya )?(estoy|me siento) (mucho )?(mejor|bien)',
    '(anos|mucho tiempo) atras',
    'cuando era (nina|nino|joven|adolescente|pequena|pequeno|chica|chico|mas joven|mas chica)',
    'cuando tenia <num>',
    '(solia|solias)',
    'en el pasado',
    'de (nina|nino|joven|adolescente|chica|chico)',
    'el ano pasado',
    'ya lo supere',
    'ahora estoy (mucho )?(mejor|bien)',
    'en recuperacion',
    '(llevo|van) <num> (anos|meses) sin',
    'hace (como|unos|mas de|casi) (<num>|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte) anos',
    'en (su|aquel|ese) momento',
    'en (aquella|esa) epoca',
  ],
  fr: [
    'il y a (des annees|longtemps|<num> ans|plusieurs annees|quelques annees|bien des annees|tres longtemps|des ans)',
    'il y a (deux|trois|quatre|cinq|six|sept|huit|neuf|dix) ans',
    '(aujourd hui|maintenant) (je vais|ca va|je me sens) (beaucoup )?(mieux|bien)',
    'quand j etais (petit|petite|jeune|ado|adolescent|adolescente|enfant|au lycee|au college|plus jeune)',
    'a l epoque',
    'autrefois',
    'dans le passe',
    'l annee derniere',
    'je vais (beaucoup )?mieux (maintenant|aujourd hui)',
    'ca va mieux',
    'j avais l habitude',
    'en retablissement',
    'depuis <num> (ans|mois) sans',
    'quand j avais <num> ans',
    'a cette epoque',
  ],
  de: [
    'vor (jahren|langer zeit|<num> jahren|einigen jahren|ein paar jahren|vielen jahren|mehreren jahren)',
    'vor (zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn) jahren',
    '(jetzt|heute) (bin ich|gehts mir|geht s mir) (wieder )?(viel )?(besser|gut|stabil)',
    'als ich (jung|junger|ein kind|kind|teenager|jugendlicher|jugendliche|<num>|in der schule|klein) (war|gewesen)',
    'fruher',
    'damals',
    'in der vergangenheit',
    'letztes jahr',
    '(jetzt|heute) geht es mir (viel )?(besser|gut)',
    'seit <num> (jahren|monaten) (clean|frei|nicht mehr)',
    'uberwunden',
    'als (teenager|jugendliche|jugendlicher|kind|schuler|schulerin)',
  ],
  pt: [
    'ha (anos|muito tempo|<num> anos|alguns anos|muitos anos|varios anos|uns anos|tantos anos)',
    'ha (dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez) anos',
    // Brazilian "faz dois anos" (two years ago); "faz dois anos que…" is still going on.
    'faz (anos|muito tempo|<num> anos|alguns anos|muitos anos|varios anos|uns anos|tantos anos|dois anos|tres anos|quatro anos|cinco anos|seis anos|dez anos) !(que)',
    '(hoje|agora) (eu )?(to|tou|estou|me sinto) (bem|melhor|muito melhor|otima|otimo|tranquila|tranquilo)',
    '(anos|muito tempo) atras',
    'quando eu era (crianca|jovem|adolescente|mais nova|mais novo|pequena|pequeno|menina|menino)',
    'quando era (crianca|jovem|adolescente|mais nova|mais novo|pequena|pequeno)',
    '(eu )?costumava',
    'no passado',
    'antigamente',
    'ano passado',
    'agora estou (bem )?(melhor|bem)',
    'em recuperacao',
    'superei',
    '(naquela|nessa|na) epoca',
    'faz (anos|muitos anos|muito tempo|tanto tempo|uns anos|alguns anos) que (eu )?(tentei|pensei|quis|queria|me cortei|me cortava|me machucava)',
  ],
  it: [
    '(anni|tempo|molto tempo) fa',
    '(tanti|molti|alcuni|parecchi|diversi) anni fa',
    '(oggi|ora|adesso) (sto|mi sento) (molto )?(meglio|bene)',
    '<num> anni fa',
    '(due|tre|quattro|cinque|sei|sette|otto|nove|dieci) anni fa',
    // Elided tens: "vent'anni fa", "trent'anni fa".
    '(vent|trent|quarant|cinquant|sessant|venti|trenta|quaranta|cinquanta) anni fa',
    'quando ero (piccolo|piccola|bambino|bambina|giovane|adolescente|ragazzo|ragazza|piu giovane)',
    // "una volta" is "once" (the past) but not "una volta al giorno" (once a day).
    'una volta !(al|alla|a|ogni|per|in|o|la)',
    'in passato',
    'l anno scorso',
    'ora sto (molto )?(meglio|bene)',
    'da (ragazzo|ragazza|adolescente|bambino|bambina)',
    'superato',
    'qualche anno fa',
    '(all|a quell|in quell) epoca',
    'a quei tempi',
    'da (ragazzina|ragazzino)',
  ],
};

const PRESENT: MarkerTable = {
  en: [
    'again',
    'lately',
    'recently',
    'these days',
    'still (think|thinking|want|wanting|feel|feeling|have|having|get|getting)',
    'anymore',
    'any more',
    '(its|theyre|thoughts are|urges are|urge is) (back|coming back)',
    'came back',
    'every (day|night)',
    'relaps*',
    // "more than before" compares with now: it is about the present.
    '(more|less|worse) than (before|i used to)',
  ],
  es: [
    'otra vez',
    'de nuevo',
    'ultimamente',
    'sigo (pensando|queriendo|sintiendo)',
    'volvio',
    'volvieron',
    'reca*',
    '(mas|menos|peor) que antes',
    '(vuelvo|volvi|he vuelto) a (pensar|querer|sentir|tener)',
  ],
  fr: [
    'encore',
    'de nouveau',
    'a nouveau',
    'ces (derniers|temps)',
    'ces derniers temps',
    'rechute',
    '(ca|tout) recommence',
    'revenu*',
    '(plus|moins|pire) (qu avant|que avant)',
  ],
  de: [
    'wieder',
    'immer noch',
    'noch immer',
    'in letzter zeit',
    'zuruck',
    'ruckfall',
    '(mehr|weniger|schlimmer) als fruher',
  ],
  pt: [
    'de novo',
    'outra vez',
    'ultimamente',
    'ainda',
    'voltou',
    'voltaram',
    'reca*',
    '(mais|menos|pior) (do que|que) antes',
    '(voltei|volto|to voltando|estou voltando) a (pensar|querer|sentir|ter)',
  ],
  it: [
    'di nuovo',
    'ancora',
    'ultimamente',
    'tornat*',
    'ricadut*',
    '(piu|meno|peggio) (di|che) prima',
  ],
};

/**
 * A present that has recovered, said in its own sentence after a past act: "today I'm 31, a
 * teacher, and I'm well", "la terapia me salvó". It puts an act that is over (`pastAct`) in the
 * past unless the message says the risk is current again (`PRESENT`) or the act was recent.
 */
const RECOVERY: MarkerTable = {
  en: [
    '(im|i am) (doing )?(really |so |much |a lot )?(good|well|better|great|fine|ok|okay) (now|today|these days)',
    '(im|i am) in a (good|better|much better|great|really good) place',
    '(therapy|treatment|meds|medication|my therapist|my psychiatrist) (really )?(helped|saved|changed)',
    '(proud of|cant believe) how far (ive|i have|i ve) come',
    '(it|things|life) (really )?(does |do )?(gets|get|got) better',
    'now (im|i am) <num>',
    '(im|i am) <num> now',
    // Help found and the thoughts gone for years: "I got help, a good doctor … Not had those
    // thoughts in nearly forty years."
    '(i)? got (the|some|real|proper)? help',
    '(not|never|havent|haven t|have not) had (those|these|any|the) (thoughts|urges|feelings) (in|for|since)',
  ],
  es: [
    '(hoy|ahora) (ya )?(estoy|soy|tengo|trabajo|vivo|me siento)',
    '(la terapia|el tratamiento|mi psicologa|mi psicologo|la medicacion) me (ayudo|salvo|cambio)',
    'estoy (muy )?(bien|mejor) (ahora|hoy|de verdad)',
    '(anos|meses) de (terapia|tratamiento)',
    '(ya no pienso en eso|no lo pienso desde hace (anos|mucho))',
    '(orgullosa|orgulloso) de lo lejos',
    'se sale',
  ],
  fr: [
    '(aujourd hui|maintenant) (j ai|je suis|je vais|je vis|ca va|je travaille)',
    '(la therapie|le traitement|ma psy|mon psy) m a (sauve|sauvee|aide|aidee|change)',
    'je vais (bien|mieux)',
    '(des annees|des mois|ans) de (therapie|suivi)',
    'j y pense plus (depuis|du tout)',
    'ca va (beaucoup )?mieux',
    'ca fait <num> ans que (j ai arrete|je l ai plus fait|je ne le fais plus)',
    '(j ai ete|jai ete) (suivi|suivie) (par|pendant)',
    '(fier|fiere) du chemin',
  ],
  de: [
    '(heute|jetzt) (bin ich|hab ich|habe ich|geht s mir|gehts mir|geht es mir|lebe ich|arbeite ich)',
    'die therapie hat mir (so |sehr |echt )?(geholfen|das leben gerettet)',
    'es wird besser',
    '(jahre|jahrelang|monate) (lang)? (therapie|in therapie)',
    '(denk|denke) (da)? (seit jahren|schon lange|lange) nicht mehr (dran|daran)',
    'mir (gehts|geht s|geht es) (heute |jetzt )?(richtig |echt |wieder )?gut',
  ],
  pt: [
    '(hoje|agora) (eu )?(tenho|sou|to|tou|estou|vivo|trabalho)',
    '(a terapia|o tratamento|minha psicologa|meu psicologo) me (ajudou|salvou|mudou)',
    '(to|tou|estou) (num|em um) lugar (bom|melhor)',
    '(anos|meses) de (terapia|tratamento)',
    'nao penso (mais)? nisso (ha|faz) (anos|muito tempo)',
  ],
  it: [
    '(oggi|ora|adesso) (ne ho|sto|sono|faccio|insegno|vivo|lavoro)',
    'la terapia mi ha (salvato|salvata|aiutato|aiutata|cambiato|cambiata)',
    'sto (molto )?(bene|meglio)',
    '(anni|mesi) di (terapia|cure|psicoterapia)',
    'non ci penso (piu|da (tanto|tantissimo|molto) tempo|da anni)',
  ],
};

/**
 * An age the writer was ("at 17", "aos 16", "a 17 anni", "mit 17 versucht"): past only beside a
 * recovery said in the message (`RECOVERY`), since an age is also the writer's age now ("a 73
 * anni … ho scelto la data").
 */
const PAST_AGE: MarkerTable = {
  en: ['at (the age of|age) <num>', 'at <num> i (tried|attempted|was|wanted|had|used)'],
  es: ['a los <num> anos', '(con|a los) <num> (intente|quise|queria|tenia|me cortaba|pense)'],
  fr: ['a <num> ans (j ai|j avais|je voulais|je me)'],
  de: ['mit <num> jahren', 'mit <num> (versucht|wollte|hatte|war|habe|hab|bin)'],
  pt: [
    'aos <num> anos',
    'aos <num> !(minutos|min|horas|h|segundos|dias|semanas|meses|km|kg|reais)',
  ],
  it: ['a <num> anni'],
};

/** A recent time: an act told with one is not over, whatever the writer says now. */
const RECENT: MarkerTable = {
  en: [
    'yesterday',
    'last (night|week|weekend|month)',
    '(this|earlier this) (morning|week|month)',
    '(a few|few|<num>|two|three) (days|weeks) ago',
    'tonight',
    'today',
  ],
  es: [
    'ayer',
    'anoche',
    'la semana pasada',
    'el mes pasado',
    'esta (manana|semana)',
    'hace (unos|pocos|<num>|dos|tres) (dias|semanas)',
    'hoy',
  ],
  fr: [
    'hier',
    'la semaine derniere',
    'le mois dernier',
    'ce (matin|soir)',
    'cette semaine',
    'il y a (quelques|<num>|deux|trois) (jours|semaines)',
  ],
  de: [
    'gestern',
    'letzte (nacht|woche)',
    'letzten monat',
    'heute (morgen|nacht)',
    'diese woche',
    'vor (ein paar|<num>|zwei|drei) (tagen|wochen)',
  ],
  pt: [
    'ontem',
    'semana passada',
    'mes passado',
    'hoje de manha',
    'essa semana',
    'ha (uns|poucos|<num>|dois|tres) (dias|semanas)',
  ],
  it: [
    'ieri',
    'stanotte',
    'la settimana scorsa',
    'il mese scorso',
    'stamattina',
    'questa settimana',
    '(qualche|pochi|<num>|due|tre) (giorni|settimane) fa',
  ],
};

/**
 * The writer says a question put as hypothetical or general is about themselves: "asking for me",
 * "ok it's not for school", "não é hipotético". The hypothetical scope does not hold then.
 */
const OWN_CASE: MarkerTable = {
  en: [
    // The writer claims a question put to others: "asking bc i do", "cuz that's me every night".
    '(bc|because|cuz|cause|coz|cos) (i do|me too) !(my|the|a|an|it|this|that|not|some|what|research|volunteer|work|stuff|things|nursing|psych|social|know|care|think|mean)',
    'i do (every|all the|most|pretty much|almost)',
    'asking for (me|myself)',
    '(its|it s|it is|thats|this is) not (hypothetical|for school|for a story|for an essay|for my essay|for a friend|for class)',
    'not (really )?(asking )?(hypothetically|for a friend)',
    '(its|thats) (about )?me (honestly|tbh|lol)?',
    'the friend is me',
    // Taken back with a hedge, or the question said to fit the writer.
    'not (so|that|too|really|very|exactly|entirely) hypothetical',
    '(dont|do not) think (im|i am) asking (hypothetically|for a friend)',
    '(thats|that s|that is) (me|my case) (rn|right now|now|lately)?',
  ],
  es: [
    '(porque|xq|pq|por que|porq) (yo si|yo todas las|yo todos los|yo cada|a mi me pasa)',
    'yo (todas las noches|todos los dias|cada noche|cada dia|siempre)',
    'a mi me pasa',
    '(pregunto|lo pregunto|te pregunto) por mi',
    'no es (hipotetico|para (el|un) (trabajo|cole|colegio|ensayo)|para una amiga|para un amigo)',
    '(la amiga|el amigo) soy yo',
    'no es (tan|muy|del todo|tanto) hipotetico',
    '(bueno|vale|ok|en realidad|la verdad) soy yo',
    'mentira',
    'asi (estoy|me siento) yo',
  ],
  fr: [
    '(parce que|pcq|pck|car)? moi (c est|j y pense|j ai ca|ca m arrive|je le)',
    'moi (aussi|pareil|tous les|chaque)',
    '(je demande|demande) pour moi',
    '(c est|c) (pas|n est pas) (hypothetique|pour (un|mon) (expose|devoir|pote|ami|amie))',
    '(le pote|l ami|l amie|la copine) c est moi',
    '(pas|n est pas) (si|tres|vraiment|tellement) hypothetique',
    'pas (sur|sure) que ce soit hypothetique',
    '(en vrai|en fait|bon) c est moi',
    'c est mon cas',
  ],
  de: [
    '(bei mir|mir) (ist das so|ist es so|gehts so|geht es so|geht s so)',
    '(ich hab|ich habe|hab) das (seit|jeden|standig|oft|immer)',
    '(frag|frage) (fur|fuer) mich',
    '(ist|es ist) nicht (hypothetisch|fur (die|ein|eine) (schule|referat|freundin|freund))',
    '(der freund|die freundin) bin ich',
    'nicht (so|wirklich|ganz) hypothetisch',
    '(ne|nee|nein) (fur|fuer) mich',
    '(so|genau so) (gehts|geht s|geht es) mir',
  ],
  pt: [
    '(pq|porque|por que|pois) eu (tenho|penso|sinto) (isso)? !(que|uma|um|a|o|as|os|filhos|filha|filho|aula|aulas|prova|alunos|alunas|medo)',
    'eu (tenho|penso|sinto) (isso)? (toda|todo|sempre)',
    '(pergunto|to perguntando|tou perguntando|estou perguntando) (por|pra) mim',
    'nao e (hipotetico|pra (escola|faculdade|um trabalho|uma amiga|um amigo))',
    '(a amiga|o amigo) sou eu',
    '(nem|nao) e (tao|muito|bem) hipotetico',
    'mentira',
    '(eu )?(to|tou|estou|fico) assim',
  ],
  it: [
    '(perche)? a me (succede|capita)',
    'io (lo faccio|ci penso|ce l ho|mi sento cosi)',
    '(chiedo|lo chiedo|te lo chiedo) per me',
    'non e (ipotetico|per (la scuola|un tema|un amico|un amica))',
    '(l amico|l amica) sono io',
    'non e (tanto|poi cosi|cosi|proprio) ipotetico',
    '(vabbe|ok|in realta) sono io',
    '(io )?sto cosi',
    'e il mio caso',
  ],
};

const HYPOTHETICAL: MarkerTable = {
  en: [
    // Asking how to help the people one looks after (marker before the cue, same sentence).
    '(resources|materials|advice|tips|training) (on|about|for) how to (ask|talk|speak|recognise|recognize|spot|support|approach|welcome)',
    'how (do|can) (you|one|we) (recognise|recognize|spot)',
    'hypothetical*',
    'what if (someone|somebody|a person|people|you|he|she|they|my character|a character)',
    'what would happen if (someone|somebody|a person|you)',
    'imagine (if )?(someone|somebody|a person|you)',
    '(suppose|supposing) (someone|somebody|a person|you)',
    'in theory',
    'theoretically',
    'if (someone|somebody|a person|anyone) (ever|wanted|was|were)',
    // Asking ahead how to respond, about someone who has said nothing yet.
    `if ${someoneElse('en')} (ever|one day|someday)`,
    'if (he|she|they) (ever|one day|someday) (said|says|told|tells|texted|texts|mentioned|mentions|talked|talks)',
    'if i ever (felt|feel|get|got|started)',
    'would it be (bad|wrong|weird|normal) if',
    'why do (people|ppl|some people)',
    'how do (people|ppl) (cope|deal)',
    'what (is|are) the (signs|warning signs|statistics|stats|rate|rates|causes)',
    'how (can|do|should) i help (someone|a friend|my friend|him|her|them|people)',
    'in a (dream|nightmare)',
    '(asked|asks|asking|ask) (me|us|him|her|them)? (if|whether)',
    '(wanted|wants|want) to know (if|whether)',
    // General questions: about a difference, people in general, what one says or does for another.
    '(whats|what s|what is) the difference (between|betwen)',
    'do you think (people|ppl|someone|somebody|anyone|those)',
    '(are there|any) (statistics|stats|numbers|data) (on|about)',
    'what (do|would|can) (you|one|we) say to (someone|somebody|a person|people|ppl)',
    'what would you do if (someone|somebody|a person|a friend|your friend)',
    'how (do|can|should) i explain',
    'why (people|ppl)',
    'is it normal to (think|wonder|be curious) about (death|dying|what happens|the afterlife)',
  ],
  es: [
    '(materiales|recursos|consejos) (sobre|para) (como)? (preguntar|hablar|detectar|abordar|reconocer|acompanar|acoger)',
    'hipotetica*',
    'que pasaria si (alguien|una persona|tu)',
    'y si (alguien|una persona)',
    '(imagina|imaginate) (que )?(alguien|una persona)',
    'supongamos',
    'en teoria',
    'si alguna vez (me sintiera|sintiera|tuviera)',
    'por que la gente',
    'cuales son las (senales|estadisticas|causas)',
    'como (puedo )?ayudar a (alguien|un amigo|una amiga|mi amigo|mi amiga)',
    '(me|le|nos)? (pregunto|pregunta|preguntaron) si',
    '(cual|que) es la diferencia entre',
    'que (harias|haces|hacen|harian) si (un amigo|una amiga|tu amigo|tu amiga|alguien|una persona)',
    'por que (hay mas|la gente|las personas)',
    'es normal pensar en (la muerte|que pasa)',
  ],
  fr: [
    '(ressources|documents|conseils) (sur|pour) (comment)? (demander|parler|reperer|aborder|reconnaitre|accompagner|accueillir)',
    'hypothetique*',
    'et si (quelqu un|une personne|on)',
    'imagin* (que )?(quelqu un|une personne)',
    'supposons',
    'en theorie',
    'si un jour (je|j)',
    'pourquoi les gens',
    'quels sont les (signes|chiffres|statistiques)',
    'comment aider (quelqu un|un ami|une amie|mon ami|mon amie)',
    '(m a|nous a|lui a|a) demande si',
    'quelle est la difference entre',
    '(qu est ce que|que) (tu ferais|vous feriez|tu fais) si (ton pote|ton ami|ton amie|ta pote|un ami|une amie|un pote|quelqu un)',
    'c est normal de penser (a la mort|a ce qui se passe)',
  ],
  de: [
    'fur die (pflegeausbildung|ausbildung|klausur|prufung|fortbildung)',
    'woran erkennt man',
    'hypothetisch',
    'was (ware|waere|passiert) wenn (jemand|man|du)',
    'stell dir vor',
    'angenommen',
    'theoretisch',
    'falls ich (jemals|je|mal)',
    'warum (menschen|leute)',
    'was sind die (anzeichen|warnzeichen|zahlen|statistiken)',
    'wie (kann ich|helfe ich) (jemandem|einem freund|einer freundin|meinem freund|meiner freundin)',
    '(fragte|fragt|hat) (mich)? (gefragt)? ob',
    'was ist der unterschied zwischen',
    'was (wurdet ihr|wurdest du|wurden sie) (machen|tun) wenn (ein freund|eine freundin|jemand|dein freund|deine freundin)',
    'ist es normal uber den tod',
  ],
  pt: [
    '(materiais|dicas|conselhos) (sobre|de) (como)? (perguntar|falar|identificar|abordar|reconhecer|acolher)',
    'hipotetica*',
    'e se (alguem|uma pessoa)',
    '(imagina|imagine) (que )?(alguem|uma pessoa)',
    '(suponha|supondo)',
    'em teoria',
    'se algum dia (eu )?(me sentir|sentir|tiver)',
    'por que as pessoas',
    'quais sao os (sinais|numeros|estatisticas)',
    'como (posso )?ajudar (alguem|um amigo|uma amiga|meu amigo|minha amiga)',
    '(me)? (perguntou|pergunta|perguntaram) se',
    'qual (a|e a) diferenca entre',
    'o que (vc|voce|voces|vcs|tu) (faria|fariam|faz) se (um amigo|uma amiga|seu amigo|sua amiga|alguem)',
    'por que o (indice|numero|taxa)',
    'e normal pensar no que acontece',
  ],
  it: [
    '(consigli|materiali|risorse) su come (accogliere|parlare|riconoscere|affrontare|chiedere)',
    'ipotetica*',
    'e se (qualcuno|una persona)',
    'immagin* (che )?(qualcuno|una persona)',
    'supponiamo',
    'in teoria',
    'se mai (mi sentissi|dovessi)',
    'perche la gente',
    'quali sono i (segnali|segni|numeri|dati)',
    'come (posso )?aiutare (qualcuno|un amico|un amica|il mio amico|la mia amica)',
    '(mi ha|ha|mi hanno) chiesto se',
    'qual e la differenza tra',
    'cosa (fareste|faresti|farebbe) se (un amico|un amica|qualcuno|il tuo amico|la tua amica)',
    'perche i suicidi',
    'e normale pensare a cosa succede',
  ],
};

const PEOPLE: Record<ScopeLanguage, string> = {
  en: group(GENERIC_PEOPLE.en),
  es: group(GENERIC_PEOPLE.es),
  fr: group(GENERIC_PEOPLE.fr),
  de: group(GENERIC_PEOPLE.de),
  pt: group(GENERIC_PEOPLE.pt),
  it: group(GENERIC_PEOPLE.it),
};

/**
 * General questions: curiosity and statistics ("what percentage", "is it true that", "how many
 * people"), what one would do or say for someone, how one responds or asks, whether something is
 * normal for people in general. A cue later in the question's sentence is about no one in
 * particular — unless the writer is the subject between the frame and the cue ("is it true that
 * if I…", `#aboutOthers`).
 */
const GENERAL: MarkerTable = {
  en: [
    'what (percentage|percent|proportion|share|fraction|portion)',
    `how many ${PEOPLE.en}`,
    'how (common|often|likely|rare) (is|are|do|does)',
    '(the )?most common',
    'average age',
    'what age (do|are|is)',
    '(is|isnt) it (true|a myth|a fact)',
    'what would you do if',
    'what would (you|one) say',
    '(how|what) (are|am|is) (you|we|one) supposed to',
    'how (do|can|should|would) (we|you|one) (respond|react|reply|answer|approach|ask)',
    'how (do|can|should) i (respond|react|reply|answer) (to|when)',
    `what (do|should|can|would) (i|we|you|one) (say|ask|reply|answer|tell) (when|if|to) ${PEOPLE.en}`,
    `is it (normal|common|usual) (for|that|when) ${PEOPLE.en}`,
  ],
  es: [
    'que (porcentaje|proporcion)',
    `(cuantos|cuantas) ${PEOPLE.es}`,
    'es (verdad|cierto|un mito) (que)?',
    'que (harias|harian|haria|haces|hacen) (tu|ustedes|usted|vosotros)? si',
    'que (se le dice|le dices|le digo|decirle|se dice|se le responde|responderle) a',
    'como (se habla|hablar|le hablo|se aborda|abordar|abordo|le pregunto|preguntarle|se le pregunta|respondo|responder|reaccionar|reacciono)',
    `es normal que ${PEOPLE.es}`,
  ],
  fr: [
    'quel (pourcentage|pourcent|est le pourcentage|est la proportion)',
    `combien de (gens|personnes|jeunes|ados|adolescents|hommes|femmes|patients)`,
    '(est ce|c est|c|est il) (vrai|un mythe)',
    '(qu est ce que|que) (tu ferais|vous feriez|tu fais|vous faites) si',
    '(que|qu est ce qu on|qu est ce que tu|qu est ce que vous) (dire|dit|dis|dites|repondre|repond) a',
    'comment (parler|aborder|reagir|repondre|demander|en parler|on parle|on aborde|on reagit)',
    `(est il|c est|est ce) normal (que|qu) ${PEOPLE.fr}`,
  ],
  de: [
    'wie viel (prozent)?',
    `wie viele ${PEOPLE.de}`,
    '(stimmt es|ist es wahr|ist es ein mythos|stimmt das)',
    'was (wurdet ihr|wurdest du|wurden sie|wurde man) (machen|tun|sagen)',
    'was sagt man',
    'wie (redet|spricht|reagiert|fragt|antwortet) man',
    'wie (rede|spreche|reagiere|frage|antworte) ich',
    `ist es normal dass ${PEOPLE.de}`,
    '(warum|wieso|weshalb) (sagen|reden|denken|machen) (leute|menschen|viele)',
  ],
  pt: [
    'qual (a|e a) (porcentagem|percentagem|proporcao)',
    `(quantas|quantos) ${PEOPLE.pt}`,
    'e (verdade|mito) (que)?',
    '(o que|que) (voce|vc|voces|vcs|tu) (faria|fariam|faz|fazem) se',
    'o que (dizer|falar|responder) (pra|para|a)',
    'como (conversar|falar|abordar|abordo|reagir|responder|perguntar|pergunto|lidar)',
    `e normal (que)? ${PEOPLE.pt}`,
  ],
  it: [
    'che percentuale',
    `(quante|quanti) ${PEOPLE.it}`,
    'e (vero|un mito) che',
    'cosa (fareste|faresti|farebbe|fai|fate) se',
    'cosa (si dice|dire|rispondere|si risponde) a',
    'come si (parla|chiede|risponde|reagisce|affronta)',
    'come (parlare|chiedere|rispondere|reagire|affrontare)',
    `e normale che ${PEOPLE.it}`,
  ],
};

/**
 * People in general as the subject of the cue's clause: "people who", "when someone", "un
 * adolescente que", "quelqu'un qui", "jemandem, der", "alguém que", "qualcuno che". Not a person
 * the writer knows or is ("I know someone who", "I'm someone who": `#knownPerson`).
 */
const GENERIC_SUBJECT: MarkerTable = {
  en: [
    `${PEOPLE.en} (who|that|whos)`,
    `(when|whenever|if) ${PEOPLE.en}`,
    `(hear|heard|hears) ${PEOPLE.en} (say|says|talk|talking|joke|joking)`,
  ],
  es: [`${PEOPLE.es} que`, `(cuando|si) ${PEOPLE.es}`],
  fr: [`${PEOPLE.fr} qui`, `(quand|si) ${PEOPLE.fr}`],
  de: [`${PEOPLE.de} (der|die|das|dem|den)`, `(wenn|falls) ${PEOPLE.de}`],
  pt: [`${PEOPLE.pt} que`, `(quando|se) ${PEOPLE.pt}`],
  it: [`${PEOPLE.it} che`, `(quando|se) ${PEOPLE.it}`],
};

/** Words before "someone who" that make it a person the writer knows or is. */
const KNOWN_PERSON: ReadonlySet<string> = new Set(
  `know knew met meet have has had im am was like conozco conoci tengo tiene soy era fui connais connaissais ai suis
  etais kenne kannte habe hab bin war conheco conheci tenho sou conosco conoscevo ho sono ero`.split(
    /\s+/,
  ),
);

/** "how do I", "what should I": a first person asking a question about others is no subject. */
const QUESTION_FRAME_VERBS: ReadonlySet<string> = new Set(
  'do can should would could shall will am'.split(' '),
);
const QUESTION_WORDS: ReadonlySet<string> = new Set('how what where when who'.split(' '));

/**
 * First-person verbs of the languages that drop the pronoun ("¿es verdad que quiero morir…?",
 * "é normal que penso nisso"): the writer is the subject though no pronoun says so.
 */
const FIRST_PERSON_VERBS: Partial<Record<ScopeLanguage, ReadonlySet<string>>> = {
  es: new Set(
    'quiero quisiera queria pienso tengo estoy voy siento puedo necesito deseo'.split(' '),
  ),
  pt: new Set('quero queria penso tenho estou tou vou sinto posso preciso desejo'.split(' ')),
  it: new Set('voglio vorrei volevo penso ho sto vado sento posso devo desidero'.split(' ')),
};

/** Research, school and writing framings: they reach every cue in the message. */
const FRAMING: MarkerTable = {
  en: [
    'for (a|an|my|our) (school |class |uni |university |college |research |psych |psychology )?(project|essay|paper|assignment|presentation|thesis|report|class|course|debate|research)',
    '(im|i am) (writing|working on|researching) (a|an|my) (essay|paper|story|novel|book|script|screenplay|article|thesis|report|poem|fanfic|fic)',
  ],
  es: [
    'para (un|una|mi) (trabajo|tarea|ensayo|proyecto|clase|novela|historia|tesis|exposicion|investigacion)',
    'estoy escribiendo (un|una|mi) (novela|historia|ensayo|guion|articulo|poema)',
  ],
  fr: [
    'pour (un|une|mon|ma) (expose|devoir|dissertation|projet|roman|histoire|cours|memoire|these|recherche)',
    'j ecris (un|une|mon|ma) (roman|histoire|nouvelle|scenario|article|poeme)',
  ],
  de: [
    'fur (ein|eine|mein|meine|meinen) (referat|hausarbeit|projekt|geschichte|roman|schule|studium|seminar|recherche|artikel)',
    'ich schreibe (ein|eine|einen|mein|meine|meinen) (roman|geschichte|drehbuch|artikel|gedicht|hausarbeit)',
  ],
  pt: [
    'para (um|uma|o meu|a minha|meu|minha) (trabalho|redacao|projeto|livro|historia|aula|tese|pesquisa|apresentacao)',
    'estou escrevendo (um|uma) (livro|historia|conto|roteiro|artigo|poema)',
  ],
  it: [
    'per (un|una|il mio|la mia) (tema|compito|progetto|romanzo|racconto|ricerca|tesi|lezione|esame)',
    'sto scrivendo (un|una) (romanzo|racconto|storia|sceneggiatura|articolo|poesia)',
  ],
};

/** Lyrics, fiction, news: a cue after one of these in the sentence is someone else's words. */
const MEDIA: MarkerTable = {
  en: [
    '(the|that|this|a) (song|track) (goes|says|is called|called|where|that goes|with the line)',
    '(in|from) (the|that|this|a) (song|track|movie|film|book|novel|show|series|episode|game|anime|manga|play|poem|article|story|video|meme|tiktok)',
    '(lyric|lyrics|verse|chorus)',
    '(my|the|main|a) (character|protagonist|villain|oc)',
    '(the|a) (narrator|main character|heroine)',
    // What one is reading or watching frames what happens in it.
    '(reading|watching|finished|finishing|started|playing|binging|bingeing) (a|the|this|that|an) (thriller|novel|book|film|movie|show|series|horror|horror film|drama|game|story|comic|manga|anime|documentary)',
    'in my (story|novel|book|fic|fanfic|script|poem|screenplay)',
    '(the|on the|in the) (news|headline|headlines|article)',
    'according to',
    '(sings|sang|singing|rapper|singer|band|album)',
    // A game master's or a writer's characters: "un PNJ veut…", "my novel's protagonist".
    '(npc|npcs|pnj|pnjs|png|nsc)',
    '(novels|storys|books|games|scripts|fics|comics|campaigns|manuscripts) (character|protagonist|main character|mc|villain|hero|heroine|narrator)',
  ],
  es: [
    '(la|esa|esta|una) cancion',
    '(en|de) (la|esa|esta|una|el|un) (cancion|pelicula|libro|novela|serie|capitulo|juego|videojuego|anime|poema|noticia|articulo|video)',
    '(letra|letras|estrofa)',
    '(mi|el|la) (personaje|protagonista)',
    '(las|en las|la) noticia*',
    '(en el|el) (periodico|diario)',
    '(canta|cantante|banda)',
    // A report telling what others write: "el reportaje decía que…", "en el noticiero".
    '(el|un|ese|este|en el) (articulo|reportaje|documental|noticiero|telediario)',
  ],
  fr: [
    '(la|cette|une) chanson',
    '(dans|de) (la|le|ce|cette|un|une) (chanson|film|livre|roman|serie|episode|jeu|manga|poeme|article|video)',
    '(paroles|refrain|couplet|citation|replique)',
    '(mon|le|la) (personnage|heros|heroine|protagoniste)',
    '(aux|les) (infos|informations|actus|nouvelles)',
    'dans le journal',
    '(chante|chanteur|chanteuse|album)',
    '(le|un|ce|l) (reportage|documentaire|article) (dit|disait|explique|expliquait|raconte|racontait|montre|parle|parlait)',
  ],
  de: [
    '(das|dieses|ein|der) (lied|song)',
    '(in|aus) (dem|einem|diesem|der|einer|dieser) (lied|song|film|buch|roman|serie|folge|spiel|manga|gedicht|artikel|video)',
    '(im|vom) (lied|song|film|buch|roman|spiel|manga|gedicht|artikel|video|refrain)',
    '(songtext|liedtext|refrain|strophe|zitat)',
    '(meine|die|der) (figur|hauptfigur|protagonist|protagonistin|charakter)',
    '(in den|die) nachrichten',
    'in der zeitung',
    '(singt|sanger|sangerin|album)',
    '(der|ein|im) (artikel|bericht|beitrag|doku) (sagt|sagte|stand|steht|erklart|erklarte|zeigt)',
  ],
  pt: [
    '(a|essa|esta|uma) musica',
    '(em|de|na|no|da|do|num|numa) (a |o |um |uma )?(musica|filme|livro|romance|serie|episodio|jogo|anime|poema|noticia|artigo|video|novela)',
    '(letra|refrao|estrofe|citacao)',
    '(meu|o|a) (personagem|protagonista)',
    '(as|nas) noticias',
    '(no|num) jornal',
    '(canta|cantor|cantora|banda|album)',
    '(a|uma|o|um) (reportagem|artigo|documentario) (diz|disse|falou|fala|explica|explicou|mostra|mostrou)',
  ],
  it: [
    '(la|questa|quella|una) canzone',
    '(nella|nel|dalla|dal|in un|in una|di un|di una) (canzone|film|libro|romanzo|serie|episodio|gioco|anime|poesia|notizia|articolo|video)',
    '(ritornello|strofa|citazione)',
    '(il mio|il|la) (personaggio|protagonista)',
    '(le|nelle|al) (notizie|telegiornale|tg)',
    '(sul|nel) giornale',
    '(canta|cantante|band|album)',
    '(l|un|il) (articolo|servizio|documentario|reportage) (dice|diceva|spiega|spiegava|racconta|raccontava|parla|parlava)',
  ],
};

/** A message that opens with one of these is all quoted material. */
const MEDIA_PREFIX: MarkerTable = {
  en: ['(lyrics|song|quote|poem|excerpt|chapter)'],
  es: ['(letra|cancion|cita|poema|capitulo)'],
  fr: ['(paroles|chanson|citation|poeme|chapitre)'],
  de: ['(songtext|liedtext|lied|zitat|gedicht|kapitel)'],
  pt: ['(letra|musica|citacao|poema|capitulo)'],
  it: ['(testo|canzone|citazione|poesia|capitolo)'],
};

const THIRD_PERSON_EN =
  '(he|she|they|hes|shes|theyre|someone|somebody|this (guy|girl|kid|person|boy|woman|man))';

const REPORT_OTHER: MarkerTable = {
  en: [
    `(${someoneElse('en')}|${THIRD_PERSON_EN}) (said|says|told me|tells me|texted|texts|messaged|posted|wrote|keeps saying|kept saying|was saying|is saying|sent me|tweeted|goes)`,
  ],
  es: [
    `(${someoneElse('es')}|el|ella|ellos|alguien) (dijo|dice|me dijo|me escribio|publico|escribio|sigue diciendo|me mando)`,
  ],
  fr: [
    `(${someoneElse('fr')}|il|elle|ils|quelqu un) (a dit|dit|m a dit|m a ecrit|a ecrit|a poste|n arrete pas de dire|m a envoye)`,
  ],
  de: [
    `(${someoneElse('de')}|er|sie|jemand) (sagte|sagt|hat gesagt|schrieb|schreibt|hat geschrieben|hat gepostet|postete)`,
  ],
  pt: [
    `(${someoneElse('pt')}|ele|ela|eles|alguem) (disse|diz|me disse|escreveu|postou|me mandou|vive dizendo)`,
  ],
  it: [
    `(${someoneElse('it')}|lui|lei|loro|qualcuno) (ha detto|dice|mi ha detto|ha scritto|ha postato|mi ha mandato|continua a dire)`,
  ],
};

const REPORT_SELF: MarkerTable = {
  en: [
    '(i|i ve|ive|i have) (said|say|told|tell|texted|wrote|typed|keep saying|kept saying|screamed|whispered)',
  ],
  es: ['(le dije|les dije|dije|escribi|le escribi)'],
  fr: ['(j ai dit|je lui ai dit|j ai ecrit|je dis)'],
  de: ['ich (sagte|sage|habe gesagt|schrieb|habe geschrieben)'],
  pt: ['(eu )?(disse|falei|escrevi)'],
  it: ['(ho detto|gli ho detto|le ho detto|ho scritto)'],
};

/** Who a clause is about, when it is someone else: possessive phrases and subject pronouns. */
const SUBJECT_OTHER: MarkerTable = {
  en: [
    `${OWNERS.en} ${group(RELATIONS.en)}`,
    `(a|this|the) ${group(RELATIONS.en)} (of mine)? (is|was|has|had|keeps|kept|said|says|told|seems|wants|feels|tried|took|s|isnt|wasnt|doesnt|just)`,
    '(he|she|they|hes|shes|theyre|theyve|hed|shed|someone|somebody)',
    'this (guy|girl|kid|person|boy|woman|man|student|lady|dude) (is|was|has|keeps|said|says|told|seems|wants|tried|took|s)',
  ],
  es: [`${OWNERS.es} ${group(RELATIONS.es)}`, '(ella|ellos|ellas|alguien)'],
  fr: [`${OWNERS.fr} ${group(RELATIONS.fr)}`, '(il|elle|ils|elles|quelqu un)'],
  de: [`${OWNERS.de} ${group(RELATIONS.de)}`, '(er|jemand)'],
  pt: [`${OWNERS.pt} ${group(RELATIONS.pt)}`, '(ele|ela|eles|elas|alguem)'],
  it: [`${OWNERS.it} ${group(RELATIONS.it)}`, '(lui|lei|loro|qualcuno)'],
};

const SUBJECT_SELF: MarkerTable = {
  en: ['(i|im|ive|ill|id|myself|me)'],
  es: ['(yo|me)'],
  fr: ['(je|j|moi)'],
  de: ['(ich|mich|mir)'],
  pt: ['(eu|me)'],
  it: ['(io|mi)'],
};

/**
 * Spanish "me mató" typed without its accent is "me mato": a thing that "killed" the writer is an
 * everyday one (times are left out: "esta noche me mato" is not an idiom). Portuguese reads the
 * same words as its own "me mato", so its rules see this idiom too.
 */
const ES_KILLED_ME =
  '(el|la|ese|esa|este|esta) (examen|parcial|final|tarea|trabajo|turno|entreno|partido|viaje|calor|gym|gimnasio|clase|reunion|jefe|jefa|profe) ~2 me (mato|mata|mataron)';

/** Idioms whose words look like a cue; a cue overlapping one is figurative. */
const IDIOMS: MarkerTable = {
  en: [
    '(overdosed|overdosing|overdose|od d|oded) on (christmas|movies|films|series|shows|episodes|youtube|tiktok|gaming|games|music|books|romance|sweets|cookies|cheese|love|work|sleep|sunshine|nostalgia|drama|gossip)',
    '(die|died|dying|dead|death) (of|from|with) (embarrassment|laughter|laughing|shame|boredom|cringe|cuteness|curiosity|envy|jealousy|happiness|joy|excitement)',
    '(died|dying|dead|die) laughing',
    '(kill|killing|killed) (myself|himself|herself|themselves) laughing',
    '(gave|give|giving|nearly gave|almost gave) (me|him|her|us) a heart attack',
    '(nearly|almost) (had|have|having) a heart attack',
    'cut ties',
    '(cash|atm|bank|money|social|caffeine|sugar) withdrawal',
    'suicide (prevention|awareness|statistics|rates|rate|research|squad|doors|door|sprints|sprint|drills|drill|runs|run|mission|lane|pass|king|pact lol|note lol)',
    '(bored|scared|sick|tired|worried|frightened) to death',
    'to die for',
    '(dying|die) to (see|know|try|meet|go|get|hear|watch|eat|read|tell)',
    '(i d|id|i would|i could) kill for',
    '(kill|killing|killed) (time|it|the lights|the vibe|the mood|the engine|the process|the app)',
    'my (phone|battery|laptop|plant|plants|car|tablet|charger|headphones|computer|pc|ipad|iphone) (is|s|was|keeps) (dying|dead|about to die)',
    '(battery|phone) (is )?(dying|dead|at <num>)',
    'over my dead body',
    'die (on|for) (this|that) hill',
    '(going to|gonna|will|would|is going to|is gonna) kill me (if|when)',
    '(mom|mum|dad|mother|father|boss|teacher|coach|wife|husband|parents|sister|brother|gf|bf) (is )?(going to|gonna|will|would) kill me',
    '(you|u|youre|this is|its|it s) (are )?killing me',
    'killing me softly',
    'if (all )?(your|ur) friends (jumped|jump) off a bridge',
    'overdos* on (coffee|caffeine|sugar|chocolate|candy|netflix|tv|memes|anime|carbs|cake|pizza|sun|cuteness|content|kdramas|reality tv)',
    'suicidal tendencies',
    'cut (myself|me|you|yourself|him|her|them) (some )?slack',
    'cut (my|our|the) (losses|ties)',
    'hang (in there|out|tight)',
    'dead (tired|serious|set|end|ass|weight|beat)',
    'deadass',
    '(killed|killing|kill|crush|crushed|crushing|smash|smashed) (the|my|this|that|your|our) (exam|test|interview|presentation|workout|game|set|match|audition|performance|gig|run|race)',
    '(this|that) (song|album|track|look|outfit|movie|show) (is|was) (killing|killer)',
    'the purge',
    '(purge|purged|purging) (the|my|old|your|our) (closet|wardrobe|files|inbox|emails|email|cache|data|photos|stuff|house|apartment|flat|room|drive)',
    'self (delet*) (messages|message|timer|photos|posts|chats|stories|after|feature|mode)',
    'game (ending|end|ends) (screen|boss|content|credits)',
    '(catch|catching|caught|take|took|taking|miss|missed) the (bus|train) (to|at|from|home|into|in the|for|tomorrow|every|this|again|back|today|in|on|because|so|after|before|and|but|when)',
    '<num> (kms|km)',
    'kms (away|from|per|an hour|a day|a week|of|long|run|ride|walk|each|in total)',
    'drop dead (gorgeous|beautiful)',
    'over(dose|dosed|dosing) on (love|feels)',
    'drown* (my sorrows|in (work|paperwork|homework|emails|laundry|assignments))',
    'drowning in (work|paperwork|homework|emails|laundry|assignments|debt|deadlines)',
    'jump (on|off) the bandwagon',
    'shoot me a (text|message|dm|email)',
    // Asking someone to shoot you, with a gun emoji and a laugh, is exasperation in every language
    // ("shoot me 🔫😂 another group project", "que alguien me dispare 🔫😂 lunes"); the gun emoji
    // rules are English and read all six, so all six are named here. Without the laugh it is read.
    '((someone|somebody|just|pls|please)? shoot me|(que alguien|alguien) me (dispare|pegue un tiro)|pegadme un tiro|tuez moi|tirez moi dessus|erschiesst mich|erschiess mich|me da um tiro|me mata|sparatemi|sparami) (now|ya|pls|please)? 🔫 (😂|🤣|😆|😹|💀|☠|🙄|lol|lmao|jaja*|mdr|haha*|kkk*|ahah*)',
    // A coffin or grave beside a meme or a video that "killed" the writer is laughter.
    '(⚰|🪦|💀) ~2 (this|that|the) (meme|video|vid|tiktok|joke|reel|post|tweet|episode|pic) (killed|kills|is killing) me',
    '(this|that|the) (meme|video|vid|tiktok|joke|reel|post|tweet|episode|pic) (killed|kills|is killing) me ~2 (⚰|🪦|💀)',
    'shoot (my|your|our) shot',
  ],
  es: [
    'sobredosis de (series|pelis|peliculas|netflix|tele|musica|azucar|chocolate|cafe|cafeina|dulces|memes|anime|amor|trabajo|futbol|navidad|realities|tiktok|drama)',
    '(morir|morirme|muero|muriendo|muerto|muerta|mori) de (risa|verguenza|hambre|sueno|calor|frio|aburrimiento|ganas|envidia|amor|pena|cansancio)',
    '(mi (mama|madre|padre|papa|jefe|jefa|novio|novia|esposo|esposa)|mis padres|me) (va|van) a matar',
    '(va|van|vas|iba|iban) a matarme',
    'matar el (tiempo|rato)',
    'me mata (de risa|la curiosidad)',
    'me mato (ese|este|esa|esta|el|la|tu) (meme|video|chiste|comentario|audio|tiktok)',
    ES_KILLED_ME,
    '(me mato|me muero|matarme|morirme) (de la|de) risa',
    '(matar|mato|matarme|matando) (estudiando|trabajando|entrenando|a estudiar|a trabajar|en el gym|en el gimnasio)',
    'me pego (un|una) (susto|grito|bronca)',
  ],
  fr: [
    'overdose (de|d) (chocolat|series|films|netflix|sucre|cafe|cafeine|memes|travail|noel|musique|tele|bonbons|fromage|anime|amour|drama)',
    '(mourir|meurs|meurt|mort|morte|mourais) de (rire|honte|faim|froid|chaud|ennui|fatigue|envie|peur)',
    'mdr',
    '(ma mere|mon pere|mon patron|ma mere|mes parents|mon chef) (va|vont) me tuer',
    '(va|vont|vas) me tuer',
    'ca me tue',
    'je me tue a (le|te|vous|leur|lui) (dire|repeter|expliquer)',
    'tuer le temps',
  ],
  de: [
    'uberdosis (an)? (weihnachtsfilme|weihnachtsfilmen|filme|filmen|serien|netflix|zucker|schokolade|kaffee|koffein|memes|arbeit|musik|kitsch|weihnachten|romantik|fernsehen|drama)',
    '(sterben|sterbe|stirbt|gestorben|starb) vor (scham|lachen|langeweile|hunger|neugier|angst)',
    'totlach*',
    'tot gelacht',
    '(wird|werden|wurde|wurden) mich (noch )?umbringen',
    '(bringt|bringen) mich (noch )?um',
    'die zeit totschlagen',
    'bist du lebensmude',
  ],
  pt: [
    'overdose de (novela|novelas|series|filmes|netflix|acucar|chocolate|cafe|cafeina|memes|trabalho|musica|doce|doces|fofura|anime|futebol|drama)',
    '(morrer|morrendo|morri|morro|morto|morta) de (rir|rindo|vergonha|fome|sono|tedio|saudade|saudades|calor|frio|vontade|medo)',
    '(vai|vao) me matar',
    'matar (o tempo|a saudade)',
    'me mata de rir',
    '(me mato|me matando|me matei) de rir',
    ES_KILLED_ME,
    '(matar|me matar|me matando) (de trabalhar|de estudar|estudando|trabalhando|na academia)',
  ],
  it: [
    'overdose di (serie|film|netflix|zucchero|cioccolato|caffe|caffeina|meme|lavoro|musica|dolci|natale|anime|calcio|drama)',
    '(morire|morendo|morto|morta|muoio|morivo) (dal|dalle|dalla) (ridere|risate)',
    '(morire|morendo|morto|morta|muoio) di (vergogna|fame|sonno|noia|caldo|freddo|stanchezza|paura|invidia)',
    '(mi|ti) (ammazza|ammazzera|uccide|uccidera)',
    'ammazzare il tempo',
    '(mi ammazzo|mi uccido|ammazzarmi|mi sono ammazzato|mi sono ammazzata) (dalle|dal|di) (risate|ridere)',
  ],
};

const LAUGH: MarkerTable = {
  en: [
    '(lol|lool|lmao|lmfao|rofl|lel|kek|haha*|hehe*|jk|jks|xd|😂|🤣|😆|😹|💀|☠|😍|🥵|🥰|🤤)',
    'just (kidding|joking)',
    '(im|i am) (kidding|joking)',
  ],
  es: ['(jaja*|jeje*|jsjs*|xd)', '(es|era) broma'],
  fr: ['(mdr|ptdr|mdrr*|xptdr|hihi*|ahah*)', 'je (rigole|plaisante)'],
  de: ['(haha*|hihi*|xd)', '(nur )?spass', 'war ein witz'],
  pt: ['(kkk*|rsrs*|hahaha*|huehue*)', '(to|estou) brincando', 'brincadeira'],
  it: ['(ahah*|ahahah*|hahaha*)', '(sto )?scherzando', 'scherzo'],
};

/** Food and drink, as the trivial trigger of an angry idiom ("he ate my pudding, I'll kill him"). */
const FOOD: Record<ScopeLanguage, string> = {
  en: '(food|leftovers|cake|pizza|chips|fries|snacks|sandwich|lunch|dinner|chocolate|ice cream|pudding|noodles|cereal|yogurt|yoghurt|biscuits|cookies|crisps|burger|lasagne|lasagna|doughnut|donut|pie|curry|takeaway)',
  es: '(comida|sobras|tarta|pastel|pizza|papas|patatas|bocadillo|sandwich|almuerzo|cena|chocolate|helado|flan|galletas|yogur|empanada|empanadas|tortilla|postre|tuper|taper)',
  fr: '(bouffe|repas|restes|reste|gateau|pizza|frites|sandwich|dejeuner|diner|chocolat|glace|biscuits|yaourt|lasagnes|dessert|nutella|gouter|croissant|tarte)',
  de: '(essen|reste|kuchen|pizza|pommes|brot|mittagessen|abendessen|schokolade|eis|pudding|kekse|joghurt|nachtisch|dessert|nutella|doner|burger)',
  pt: '(comida|marmita|resto|bolo|pizza|batata|lanche|sanduiche|almoco|janta|jantar|chocolate|sorvete|pudim|biscoito|bolacha|iogurte|sobremesa|brigadeiro|coxinha)',
  it: '(cibo|avanzi|torta|pizza|patatine|panino|pranzo|cena|cioccolato|gelato|budino|biscotti|yogurt|dolce|nutella|merendina|lasagne)',
};

const HYPERBOLE: MarkerTable = {
  en: [
    '(this|that|these|the) (homework|hw|exam|exams|test|quiz|class|lecture|meeting|meetings|traffic|commute|queue|line|song|game|match|show|episode|weather|heat|wifi|assignment|essay|group project|zoom call|call|shift|interview|hangover|cringe|math|maths|calculus|chemistry|physics|monday|mondays)',
    '(mondays|monday)',
    'if i have to (hear|do|sit|listen|watch|read|see|write|take|go)',
    'one more (time|minute|hour|email|meeting|word|day of this)',
    'so (embarrassing|cringe|cringey|awkward)',
    '(ground|earth|floor) (to)? (swallow|swallows|open up and swallow) me',
    '(im|i am) so (embarrassed|bored)',
    'my (crush|team|teacher|boss) (just|literally)',
    '(kill|murder|strangle) (him|her|them|my _|my _ _) (if|when) (he|she|they|it)',
    // Someone ate the writer's food: the trivial trigger of "I could kill him" about a sibling.
    `(ate|eaten|eats|scoffed|drank|finished) (all)? my (last)? (leftover)? ${FOOD.en}`,
  ],
  es: [
    '(este|esta|estos|estas) (examen|tarea|trafico|calor|clase|reunion|cancion|partido|lunes)',
    'que (verguenza|oso|cringe)',
    '(tierra tragame|que me trague la tierra)',
    'si tengo que (escuchar|ver|hacer|ir|aguantar)',
    `(se comio|se ha comido|se zampo|me comio|se bebio|se ha bebido) (todo)? (mi|mis|el|la) (ultimo|ultima)? ${FOOD.es}`,
  ],
  fr: [
    '(ce|cette|ces) (controle|partiel|devoir|exam|examen|trafic|chaleur|cours|reunion|chanson|match|lundi)',
    '(la honte|quelle honte|trop la honte|gene)',
    '(disparaitre|rentrer|me cacher) sous terre',
    'si je dois encore',
    `(mange|bouffe|englouti|boulotte) (encore)? (mon|ma|mes|le reste de|le dernier|la derniere) (mes|mon|ma)? ${FOOD.fr}`,
  ],
  de: [
    '(diese|dieser|dieses|die|der|das) (prufung|klausur|hausaufgaben|hitze|stau|vorlesung|besprechung|meeting|lied|spiel|montag)',
    '(wie|so) peinlich',
    '(im boden|im erdboden) versinken',
    'wenn ich noch (einmal|ein mal)',
    `(mein|meine|meinen|meinem) (letzten|letztes|letzte)? ${FOOD.de} (gegessen|aufgegessen|weggegessen|weggefuttert|ausgetrunken|weggetrunken|gefuttert)`,
  ],
  pt: [
    '(essa|esse|este|esta) (prova|aula|reuniao|transito|calor|musica|jogo|tarefa|segunda)',
    'que (vergonha|mico)',
    '(enfiar|enfio) a cara (num|no|em um) buraco',
    'se eu tiver que',
    `(comeu|comeram|bebeu|devorou|roubou) (de novo)? (a minha|o meu|minha|meu|minhas|meus|o resto do meu|o resto da minha) (ultimo|ultima)? ${FOOD.pt}`,
  ],
  it: [
    '(questo|questa|questi) (esame|compito|traffico|caldo|lezione|riunione|canzone|partita|lunedi)',
    'che (vergogna|figuraccia)',
    '(sprofondare|sprofondo|sprofondata|sprofondato)',
    'se devo ancora',
    `mi (ha|hanno) (finito|mangiato|bevuto|spazzolato) (la|il|le|i|lo|l|gli|tutta la|tutto il) (mia|mio|mie|miei)? ${FOOD.it}`,
  ],
};

const SERIOUS: MarkerTable = {
  en: [
    '(fr|frfr|deadass|ngl|tbh|istg)',
    'for real',
    'no joke',
    'not (joking|kidding)',
    '(im|i am) (serious|being serious|not joking|not kidding)',
    'seriously (considering|thinking)',
  ],
  es: ['en serio', 'no es broma', 'no estoy bromeando', 'de verdad'],
  fr: ['serieux', 'sans rire', 'je (rigole|plaisante) pas', 'pour de vrai', 'c est pas une blague'],
  de: ['im ernst', 'kein (witz|spass)', 'ernsthaft', 'ich mein das ernst'],
  pt: ['serio', 'nao (e|to|estou) brincando', 'nao e brincadeira', 'de verdade'],
  it: ['sul serio', 'non (sto )?scherzo', 'non sto scherzando', 'davvero'],
};

const LOOKALIKE_TABLE: Record<Lookalike, MarkerTable> = {
  grooming: {
    en: [
      '(my|the|some|her|his) (hair|bangs|fringe|nails|beard|split ends|cuticles|toenails)',
      'a (haircut|trim|fringe)',
    ],
    es: ['(el|mi) (pelo|cabello|flequillo|fleco)', '(las|mis) unas'],
    fr: ['(les|mes) (cheveux|ongles|pointes)', '(la|ma) frange'],
    de: ['(die|meine) (haare|nagel|fingernagel|spitzen)', '(den|meinen) pony'],
    pt: ['(o|meu) (cabelo|franja)', '(as|minhas) unhas'],
    it: ['(i|miei) capelli', '(le|mie) unghie', 'la frangia'],
  },
  accident: {
    en: [
      '(shaving|cooking|chopping|slicing|peeling|gardening|opening)',
      'in the kitchen',
      '(by accident|accidentally|accidently)',
      '(knife|razor) slipped',
      'paper cut',
      'on (a|the|some) (can|tin|knife|glass|nail|fence|paper|edge|rock)',
    ],
    es: [
      '(sin querer|por accidente|cocinando|afeitandome|cortando cebolla)',
      '(pelando|cortando|picando|rebanando|podando) (las|los|la|el|unas|unos)? (papas|patatas|cebolla|cebollas|pan|verduras|tomates|rosales|ramas|zanahorias)',
      // "se me quemó la torta", "se me cortó la leche": the thing got burnt or cut, not the writer.
      'se me (quemo|quemaron|corto|cortaron|cayo|cayeron|rompio|rompieron)',
      '(con|en) (el horno|la sarten|la olla|la plancha del pelo|la estufa|la cocina)',
    ],
    fr: [
      '(par accident|sans faire expres|en cuisinant|en me rasant)',
      // Everyday tasks with a blade: "en épluchant les patates", "en coupant du pain".
      'en (epluchant|coupant|tranchant|bricolant|jardinant|taillant|decoupant)',
      '(avec|sur) (le four|la poele|la casserole|la plaque|le fer a lisser)',
    ],
    de: [
      '(aus versehen|versehentlich|beim kochen|beim rasieren|beim backen)',
      'beim (schalen|schneiden|kartoffelschalen|gemuseschneiden|brotschneiden|heimwerken|gartnern|basteln)',
      '(am|mit dem|an der|mit der) (backofen|ofen|herd|pfanne|glatteisen)',
    ],
    pt: [
      '(sem querer|por acidente|cozinhando|me barbeando)',
      '(descascando|cortando|picando|fatiando|podando) (as|os|a|o|umas|uns)? (batatas|cebola|cebolas|pao|legumes|tomates|roseiras|galhos)',
      '(no|com o|na|com a) (forno|fogao|panela|frigideira|chapinha)',
    ],
    it: [
      '(per sbaglio|per caso|cucinando|radendomi)',
      '(sbucciando|tagliando|affettando|potando) (le|il|la|i|lo|delle|del)? (patate|cipolla|cipolle|pane|verdure|pomodori|rose|rami)',
      // "mi si è bruciata la torta": the thing got burnt, not the writer.
      'mi si (e|sono) (bruciat*|tagliat*)',
      '(col|con il|sul|con la|sulla) (forno|fornello|padella|pentola|piastra)',
    ],
  },
  hanging_things: {
    en: [
      '(a|the|some|my|our|these|those) (picture|pictures|painting|paintings|frame|frames|shelf|shelves|mirror|curtains|clock|tv|poster|posters|lights|fairy lights|decorations|plants|laundry|clothes|wallpaper|hammock|flag|art|artwork|coat|coats|jacket)',
      '(hang|hanging) (out|up|on|in there|tight|around)',
    ],
    es: ['(un|el|los|la|las) (cuadro|cuadros|ropa|cortinas|espejo|estante|repisa|luces|adornos)'],
    fr: ['(un|le|les|la) (tableau|tableaux|linge|rideaux|miroir|etagere|cadre|guirlande)'],
    de: ['(ein|das|die|den) (bild|bilder|wasche|vorhang|vorhange|spiegel|regal|lichterkette)'],
    pt: ['(um|o|os|a|as) (quadro|quadros|roupa|roupas|cortinas|espelho|prateleira|luzes)'],
    it: ['(un|il|i|la|le) (quadro|quadri|bucato|vestiti|tende|specchio|mensola|luci)'],
  },
  sightseeing: {
    en: [
      // "walk" only as an outing ("a walk", "walking"): "does anyone walk over it at night",
      // "can anyone walk up to the edge" ask whether a place can be reached.
      '(photo|photos|photography|photograph|photographs|pictures|pics|instagram|insta|view|views|sunset|sunrise|skyline|architecture|architect|engineering|engineer|tourist|tourists|tourism|sightseeing|visit|visiting|trip|travel|travelling|traveling|vacation|holiday|walking|walks|hike|hiking|bike|biking|cycling|run|running|drone|painting|sketch)',
      '(a|the) walk',
      'bucket list',
      '(trivia|quiz|fun fact|fact|facts|record|records|history|famous)',
      'in the (world|country|us|uk|europe)',
      'world s',
    ],
    es: [
      '(foto|fotos|fotografia|fotografiar|vista|vistas|atardecer|arquitectura|turismo|turista|turistas|visitar|visita|viaje|vacaciones|paseo|caminar|bici|historia|famoso|famosos|del mundo)',
    ],
    fr: [
      '(photo|photos|photographie|photographier|vue|coucher de soleil|architecture|tourisme|touriste|touristes|visiter|visite|voyage|vacances|balade|promenade|velo|histoire|celebre)',
      // "le plus haut du monde", not "y a du monde la nuit" (are there people about).
      '(plus|plus haut|plus haute|plus grand|plus grande|plus beau|plus belle|plus long|plus longue|celebre|connu|connue) ~2 du monde',
      'du monde entier',
    ],
    de: [
      '(foto|fotos|fotografieren|fotografie|aussicht|sonnenuntergang|architektur|tourismus|tourist|touristen|besichtigen|reise|urlaub|spaziergang|wandern|fahrrad|geschichte|beruhmt|der welt)',
    ],
    pt: [
      '(foto|fotos|fotografia|fotografar|vista|por do sol|arquitetura|turismo|turista|turistas|visitar|visita|viagem|ferias|passeio|caminhada|bicicleta|historia|famoso|famosa|do mundo)',
    ],
    it: [
      '(foto|fotografia|fotografare|vista|tramonto|architettura|turismo|turista|turisti|visitare|visita|viaggio|vacanza|vacanze|passeggiata|bici|storia|famoso|famosi|del mondo)',
    ],
  },
  outdoor_gear: {
    en: [
      '(climbing|climb|climber|bouldering|rappel*|abseil*|camping|camp|tent|hammock|swing|tire swing|boat|sailing|kayak|knot|knots|tow|towing|tug of war|jump rope|skipping rope|leash|dog|garden|gardening|moving|tie down|crafts|craft|macrame|gym|workout|rigging|hiking)',
    ],
    es: ['(escalada|escalar|camping|acampar|columpio|barco|nudos|perro|jardin|mudanza|gimnasio)'],
    fr: ['(escalade|grimper|camping|tente|balancoire|bateau|noeuds|chien|jardin|demenagement)'],
    de: [
      '(klettern|kletterseil|zelten|zelt|schaukel|boot|segeln|knoten|hund|garten|umzug|fitness)',
    ],
    pt: ['(escalada|escalar|acampar|barraca|balanco|barco|nos|cachorro|jardim|mudanca|academia)'],
    it: [
      '(arrampicata|arrampicare|campeggio|tenda|altalena|barca|nodi|cane|giardino|trasloco|palestra)',
    ],
  },
  care_dosing: {
    en: [
      '(child|children|kid|kids|son|daughter|baby|toddler|infant|newborn|teen|teenager|dog|cat|puppy|kitten|pet)',
      '(my|a|her|his|our) <num> (year|month|yr) (old|olds)',
      '<num> (month|mo) old',
      '(fever|headache|migraine|cold|flu|cramps|period|toothache|back pain|sore throat|allergies|allergy|hangover)',
      '(prescribed|prescription|my doctor|the doctor|pharmacist|label|leaflet|instructions|per day|a day|with food|every <num> hours)',
    ],
    es: [
      '(nino|nina|ninos|hijo|hija|bebe|perro|gato|mascota|fiebre|dolor de cabeza|gripe|resfriado|receta|medico|farmaceutico|prospecto)',
    ],
    fr: [
      '(enfant|enfants|fils|fille|bebe|chien|chat|fievre|mal de tete|migraine|grippe|rhume|ordonnance|medecin|pharmacien|notice)',
    ],
    de: [
      '(kind|kinder|sohn|tochter|baby|hund|katze|fieber|kopfschmerzen|migrane|grippe|erkaltung|rezept|arzt|arztin|apotheker|beipackzettel)',
    ],
    pt: [
      '(crianca|criancas|filho|filha|bebe|cachorro|gato|febre|dor de cabeca|gripe|resfriado|receita|medico|farmaceutico|bula)',
    ],
    it: [
      '(bambino|bambina|bambini|figlio|figlia|neonato|cane|gatto|febbre|mal di testa|influenza|raffreddore|ricetta|medico|farmacista|bugiardino)',
    ],
  },
  // The routine use of a medicine (when to take it, a missed dose, a refill) or the state of a
  // place or a thing on an errand (closed for works, traffic, a leak, a timetable): what someone
  // who is low also asks. Not "at night", "nobody", a fence or a height: those are read as
  // access (`means.place_access`) and are no part of this frame.
  routine_use: {
    en: [
      '(in|during) (the)? (winter|summer|off season)',
      '(roadworks|road works|closed for|closure|closures|detour|diversion|repairs|resurfacing|maintenance|reopen|reopened|reopening|traffic|rush hour|where to park|parking space|parking ticket|parking permit|timetable|strike|delays|delayed|cancelled|canceled|leak|leaking|leaks|gutter|gutters|tiles|sharpen|sharpening|renew|renewal|refill|repeat prescription|side effects|generic|empty stomach|blood pressure)',
      '(before|after|with) (breakfast|food|meals|a meal|eating|dinner|lunch|bed|bedtime|my coffee|coffee)',
      '(in the morning|at bedtime|morning or (night|evening)|(night|evening) or morning)',
      '(missed|forgot|skipped) (a|my|to take|to take my|yesterday s|last night s) (dose|pill|tablet|meds)?',
      '(kitchen|cooking|cook|chopping|slicing|carving the|vegetables|veg|squash|pumpkin|bread|meat)',
    ],
    es: [
      '(en|durante el|en el) (invierno|verano)',
      '(obras|por obras|cortado por|cortada por|desvio|trafico|atasco|aparcar|aparcamiento|estacionar|horario|horarios|huelga|retraso|retrasos|gotera|goteras|afilar|renovar|receta|generico|efectos secundarios|en ayunas)',
      '(antes|despues) de (comer|desayunar|cenar|dormir|las comidas)',
      '(se me olvido|olvide|me olvide de) tomar',
      '(cocina|cocinar|picar|verduras|calabaza|pan|carne|reabierto|reabierta|reabrieron|habilitado|habilitada)',
    ],
    fr: [
      '(en|l) (hiver|ete)',
      '(travaux|ferme pour|fermee pour|deviation|circulation|bouchons|embouteillage|se garer|stationnement|horaires|horaire|greve|fuite|aiguiser|renouveler|ordonnance|generique|effets secondaires|a jeun|tension arterielle|en retard|du retard)',
      '(avant|apres|pendant) (le|les)? (repas|manger|petit dejeuner|dejeuner|diner|coucher)',
      '(oublie|oubliee|j ai oublie) de (prendre|le prendre|la prendre)',
      '(cuisine|cuisiner|legumes|courge|courges|citrouille|viande|rouvert|rouverte|reouvert|reouverte)',
    ],
    de: [
      'im (winter|sommer)',
      '(baustelle|bauarbeiten|gesperrt wegen|umleitung|stau|verkehr|parken|parkplatz|fahrplan|streik|verspatung|verspatungen|undicht|tropft|schleifen|scharfen|verlangern|rezept|generikum|nebenwirkungen|nuchtern|blutdruck)',
      '(vor|nach|zum|zu den) (dem)? (essen|fruhstuck|mahlzeiten|schlafengehen)',
      '(vergessen|verpasst) ~3 (zu nehmen|einzunehmen|einnahme)',
      '(kuche|kochen|gemuse|kurbis|brot|fleisch|wieder offen|wieder frei|freigegeben)',
    ],
    pt: [
      '(no|durante o) (inverno|verao)',
      '(obras|em obras|interditad*|desvio|transito|engarrafamento|estacionar|estacionamento|horario|horarios|greve|atraso|atrasos|pingando|goteira|vazamento|infiltracao|lona|pedreiro|conserto|afiar|renovar|receita|generico|efeitos colaterais|em jejum)',
      '(antes|depois) (do|de|da) (cafe|almoco|jantar|comer|dormir|refeicao|refeicoes)',
      '(esqueci|me esqueci) de tomar',
      '(cozinha|cozinhar|legumes|abobora|pao|carne|reaberta|reaberto|liberada|liberado|foi liberada)',
    ],
    it: [
      '(d|in|durante l) (inverno|estate)',
      '(lavori|chiuso per|chiusa per|deviazione|traffico|coda|parcheggiare|orari|orario|sciopero|ritardo|ritardi|infiltrazione|gocciola|affilare|rinnovare|ricetta|generico|effetti collaterali|a stomaco vuoto)',
      '(prima|dopo) (di|dei|del|dei pasti|i pasti)? (mangiare|pasti|colazione|pranzo|cena|dormire)',
      '(dimenticato|dimenticata|scordato|scordata) di (prendere|prenderla|prenderlo)',
      '(cucina|cucinare|verdure|zucca|pane|carne|riaperto|riaperta)',
    ],
  },
  sport_shooting: {
    en: [
      '(hunting|hunt|hunter|shooting range|range|license|licence|permit|deer|season|nerf|paintball|airsoft|water gun|glue gun|nail gun|heat gun|staple gun|video game|fortnite|call of duty|cod|valorant|minecraft|gta|toy|prop|costume|cosplay)',
    ],
    es: ['(caza|cazar|licencia|permiso|pistola de agua|videojuego|juguete|disfraz)'],
    fr: ['(chasse|permis|licence|pistolet a eau|jeu video|jouet|deguisement)'],
    de: ['(jagd|jagen|waffenschein|schutzenverein|wasserpistole|videospiel|spielzeug|kostum)'],
    pt: ['(caca|cacar|porte|licenca|pistola de agua|videogame|brinquedo|fantasia)'],
    it: ['(caccia|porto d armi|licenza|pistola ad acqua|videogioco|giocattolo|costume)'],
  },
  sport_heights: {
    en: [
      '(bungee|skydiv*|parachut*|diving board|cliff diving|trampoline|base jump*|zip line|zipline|paraglid*|jump rope|jump start|jump scare|jumpscare|long jump|high jump|ski jump|parkour)',
      // Water sports, for the water places a means question may name ("how deep is the lake").
      '(swim|swimming|dive|diving|scuba|snorkel*|kayak*|canoe*|paddleboard*|fishing|angler|angling|sailing|boating|rowing)',
    ],
    es: [
      '(puenting|paracaidismo|trampolin|parapente|tirolesa)',
      '(nadar|natacion|bucear|buceo|kayak|piragua|pescar|pesca|navegar|remo)',
    ],
    fr: [
      '(saut a l elastique|parachute|plongeoir|trampoline|parapente)',
      '(nager|natation|plonger|plongee|kayak|canoe|peche|pecher|naviguer|aviron)',
    ],
    de: [
      '(bungee|fallschirm*|sprungturm|trampolin|gleitschirm*)',
      '(schwimmen|tauchen|taucher|kajak|kanu|angeln|angler|segeln|rudern|eisbaden)',
    ],
    pt: [
      '(bungee|paraquedismo|trampolim|parapente)',
      '(nadar|natacao|mergulhar|mergulho|caiaque|canoa|pescar|pesca|velejar|remo)',
    ],
    it: [
      '(bungee|paracadut*|trampolino|parapendio)',
      '(nuotare|nuoto|immersioni|immersione|kayak|canoa|pescare|pesca|vela|canottaggio)',
    ],
  },
  everyday_kill: {
    en: [
      '(process|processes|app|task|terminal|server|tab|the lights|engine|music|mood|vibe|weeds|weed killer|bugs|ants|spiders|mosquitoes|roaches|cockroaches|flies|germs|bacteria|mold|zombies|boss fight|enemies|character|in the game|in game)',
    ],
    es: ['(hormigas|cucarachas|mosquitos|bacterias|zombis|el juego|la app)'],
    fr: ['(fourmis|cafards|moustiques|bacteries|zombies|le jeu|l appli)'],
    de: ['(ameisen|kakerlaken|mucken|bakterien|zombies|das spiel|die app)'],
    pt: ['(formigas|baratas|mosquitos|bacterias|zumbis|o jogo|o app)'],
    it: ['(formiche|scarafaggi|zanzare|batteri|zombie|il gioco|l app)'],
  },
  food_drink: {
    en: [
      '(coffee|caffeine|espresso|energy drinks|sugar|chocolate|candy|sweets|cake|pizza|carbs|netflix|tv|anime|memes|sun)',
    ],
    es: ['(cafe|cafeina|azucar|chocolate|dulces|pizza|netflix)'],
    fr: ['(cafe|cafeine|sucre|chocolat|bonbons|pizza|netflix)'],
    de: ['(kaffee|koffein|zucker|schokolade|sussigkeiten|pizza|netflix)'],
    pt: ['(cafe|cafeina|acucar|chocolate|doces|pizza|netflix)'],
    it: ['(caffe|caffeina|zucchero|cioccolato|dolci|pizza|netflix)'],
  },
  moving: {
    en: [
      // Not "moving on" or "move forward": letting go is no move ("lol no. just moving on").
      '(moving|move|moved) !(on|forward|past|beyond)',
      '(relocating|emigrating|declutter*|minimalis*|garage sale|yard sale|selling|sold|donate|donating|donated|charity|goodwill|marie kondo|spring cleaning|new (place|apartment|flat|house|home)|abroad)',
      // Leaving for a while: an exchange, a gap year, a flight ("said bye to everyone, my flight is at 6").
      // Not a bare "trip": "tell grandma I went on a trip and won't be back" is a coded farewell.
      '(exchange (year|semester|program|programme|student)|study abroad|gap year|erasmus|backpacking|my flight|boarding)',
    ],
    es: [
      '(mudanza|mudo|mudarme|vendo|vender|donar|dono|extranjero)',
      '(intercambio|erasmus|mi vuelo|ano sabatico|de mochilero)',
    ],
    fr: [
      '(demenage|demenagement|demenager|vends|vendre|donner a|etranger)',
      '(echange (universitaire|scolaire)|erasmus|mon vol|annee de cesure|tour du monde)',
    ],
    de: [
      '(umzug|umziehen|ziehe um|verkaufe|verkaufen|spenden|ausland|ausmisten)',
      '(auslandssemester|auslandsjahr|schuleraustausch|austauschjahr|erasmus|mein flug|weltreise|work and travel)',
    ],
    pt: [
      '(mudanca|mudando|mudar|vendendo|vender|doar|doando|exterior)',
      '(intercambio|erasmus|embarco|meu voo|mochilao|ano sabatico)',
    ],
    it: [
      '(trasloco|trasferisco|trasferirmi|vendo|vendere|donare|regalare|estero)',
      '(erasmus|anno all estero|scambio (culturale|studentesco)|il mio volo|anno sabbatico|giro del mondo)',
    ],
  },
  panic: {
    en: ['(panic attack|anxiety attack|panicking|hyperventilating|panic|anxiety)'],
    es: ['(ataque de panico|ataque de ansiedad|ansiedad|panico)'],
    fr: ['(crise d angoisse|crise de panique|angoisse|panique)'],
    de: ['(panikattacke|angstattacke|panik)'],
    pt: ['(ataque de panico|crise de ansiedade|ansiedade|panico)'],
    it: ['(attacco di panico|attacco d ansia|ansia|panico)'],
  },
  // Decisions and big nights that are not about dying: "ya lo decidí: dejo el trabajo", "c'est
  // décidé, je démissionne", "tonight's the night, I'm proposing".
  life_change: {
    en: [
      '(quit|quitting|leave|leaving) (my|the) (job|course|band|team|degree)',
      // A retirement or a last day at work: "this is my last message from the work laptop".
      '(retire|retiring|retired|retirement|leaving do|farewell party|my last (day|shift|week) (at|of|in|on))',
      '(last day|last shift) (at work|in the office|at the office|at school|is (on)? (friday|monday|tuesday|wednesday|thursday|tomorrow|today))',
      '(to|for) (the|my) (team|colleagues|coworkers|co workers|workmates|students|pupils|staff|class)',
      '(resign|resigning|propose|proposing|moving to|move to|going back to school)',
      // A new job: "got the job in Aberdeen", "start my new job monday".
      '(got|landed|found|start|starting|accepted) (a|the|my) (new)? (job|position|contract|post) !(done|over|finished)',
      '(ask|asking|tell|telling) (her|him) (out|i love)',
      '(start|open|opening|starting) (my own|a) (business|shop|bar|cafe|bakery)',
      '(break|breaking) up with',
      '(tell|telling|told) my (boss|manager|supervisor) !(to)',
    ],
    es: [
      '(dejo|dejar|renuncio|renunciar) (el|mi) (trabajo|curro|empleo|carrera)',
      '(me jubilo|jubilarme|jubilacion|me retiro|mi ultimo dia (de trabajo|en el trabajo|en la oficina|en la empresa))',
      '(ultimo dia|ultima semana) (en|de|na|no) (la|el|a|o)? (escuela|trabajo|oficina|empresa|colegio|escola|trabalho)',
      '(para|a|pros|para os|pras) (los|las|mis|meus|minhas|os|as)? (companeros|colegas|alumnos|alunos|estudiantes)',
      '(me voy a vivir|me mudo|pedir matrimonio|pedirle matrimonio|declararme|cortar con)',
      '(me salio|consegui|encontre|me dieron|empiezo en) (la|una|el|un|mi)? (pega|chamba|curro|trabajo|laburo|empleo|puesto|contrato)',
      '(me voy|me mudo|me marcho) (pa|para|a) ~2 (a vivir|con mi|con mis)',
      '(abrir|abro|montar|monto) (mi|un|una) (negocio|bar|restaurante|tienda|empresa)',
      '(decirle|contarle|avisarle|decir|contar|avisar) a mi (jefe|jefa|encargado|encargada)',
      'que (renuncio|dimito|me voy de la empresa)',
      '(me voy|salgo|me salgo) de la (empresa|oficina|escuela|facultad)',
      '(para|pa) (la gente|el equipo|la pena|el personal) (de la|del) (oficina|trabajo|empresa|curro|escuela)',
    ],
    fr: [
      '(je demissionne|demissionner|je demenage|la demander en mariage|le demander en mariage)',
      '(a la retraite|ma retraite|mon pot de depart|mon dernier jour (au travail|au boulot|au bureau|a l hopital))',
      '(dernier jour|derniere semaine) (au boulot|au travail|au bureau|a l ecole)',
      'pour (les|mes) (collegues|eleves|etudiants)',
      '(je quitte|quitter) (mon|le) (boulot|travail|job)',
      'je pars (en|au|aux|a) !(finir|en finir)',
      '(j ai trouve|j ai eu|je commence) (un|le|mon|du) (taf|taff|boulot|travail|job|poste|contrat)',
      '(j ai ete|jai ete|je suis) (pris|prise|accepte|acceptee|admis|admise) (en|a|dans|au)',
      '(une|ma) nouvelle vie (a|en|au|la bas)',
      '(saisonnier|saisonniere|une saison) (dans|a|au|en|pour)',
      '(j ai lache|j ai quitte|je lache) (mon|le) (taf|taff|boulot|job|travail)',
      '(je quitte|quitter) (la boite|l entreprise|la boutique|le bureau)',
      'pour (l equipe|les gens|tout le monde) (du|de la) (bureau|boulot|boite|taf)',
      '(lui dire|je lui dis) (enfin)? que je l aime',
      '(ouvrir|j ouvre) (mon|un|une) (resto|restaurant|bar|commerce|boulangerie)',
      '(le dire|l annoncer|annoncer|dire) a (mon|ma) (chef|patron|patronne|manager)',
    ],
    de: [
      '(kundige|kundigen|zieh nach|ziehe nach|heiratsantrag|einen antrag)',
      '(in rente|in pension|ruhestand|mein letzter arbeitstag|abschiedsfeier|mein letzter tag (im buro|auf der arbeit|im job))',
      '(an|fur) (die|meine) (kollegen|kolleginnen|schuler|schulerinnen|mitarbeiter|klasse)',
      'mach mich selbststandig',
      '(hab|habe|ich hab|ich habe) (nen|einen|den|die|ne|eine) (neuen|neue)? (job|arbeit|stelle|ausbildungsplatz) (bekommen|gekriegt|gefunden|in)',
      '(ich verlasse|verlasse|ich verlass|verlass) (die firma|das buro|die schule|den laden)',
      '(zieh|ziehe|ziehen) (ins|nach|in die) ~2 (ausland|kanada|amerika|australien|schweiz|stadt)',
      '(meinem chef|meiner chefin) (es)? (sage|sagen|erzahle|erzahlen|beibringe|beibringen)',
      // A breakup: "mit dem Timo mach ich Schluss", "Schluss machen mit ihr".
      '(schluss machen|schlussmachen|schluss gemacht) mit',
      'mit (dem|der|meinem|meiner|ihm|ihr) ~2 (mach ich|mache ich|machen|mache|hab ich|habe ich) schluss',
    ],
    pt: [
      '(largar|largo|deixar|deixo|sair do|saio do) (o|meu)? (emprego|trabalho)',
      '(saio|sair|deixo|deixar|vou sair) da (empresa|firma|escola|faculdade)',
      '(pro|pra|para o|para a|pra a) (pessoal|galera|equipe|turma) (do|da) (escritorio|trabalho|empresa|firma|escola)',
      '(me aposento|me aposentei|aposentadoria|aposentar|reforma|meu ultimo dia (de trabalho|no trabalho|na empresa))',
      '(ultimo dia|ultima semana) (na|no) (escola|trabalho|empresa|escritorio)',
      '(pros|para os|pras|para as|aos) (meus|minhas)? (colegas|alunos|alunas)',
      '(em casamento|me mudar|me mudo|pedir demissao)',
      '(arranjei|consegui|encontrei|arrumei) (um)? (trabalho|emprego|trampo|servico) (na|no|em|nos|nas|fora)',
      '(abrir|abro) (minha|meu|uma|um) (padaria|loja|empresa|negocio|bar)',
      '(contar|falar|avisar) (pro|para o|pra) (meu)? (chefe|patrao|gerente)',
    ],
    it: [
      '(ultimo giorno|ultima settimana) (al lavoro|in ufficio|a scuola)',
      '(ai|per i) (miei)? (colleghi|alunni|studenti)',
      '(mi licenzio|licenziarmi|cambio lavoro|mi trasferisco|di sposarmi|la lascio|lo lascio)',
      '(vado|andare|andiamo|vengo) a vivere (in|a|all|con)',
      '(ho trovato|mi hanno preso|ho avuto|inizio) (un|il|al|nel)? (lavoro|posto|contratto|impiego)',
      '(lascio|lasciare) (l azienda|la ditta|l ufficio|la scuola)',
      '(in pensione|la pensione|il mio ultimo giorno (di lavoro|in ufficio|in azienda))',
      '(apro|aprire) (un|il|mio|una) (bar|negozio|ristorante|attivita)',
      '(dirlo|dirglielo|dire|dirle|dirgli) (al|alla) (mio|mia)? (capo|responsabile)',
    ],
  },
  // A goodbye for now: the person says when they will be back ("thanks for everything, see you
  // tomorrow", "danke für alles, bis bald"). Read over the whole message by the conversation
  // logic, for farewell words only. Not "à plus" ("il n'y a plus"), nor "see you on the other side".
  // Not wanting to get up for an ordinary morning: "i dont want to wake up at 6 for work", "no
  // quiero despertarme temprano para el curro". A time or a duty in the sentence, not "tomorrow"
  // alone: "i dont want to wake up tomorrow" stays a wish not to wake at all.
  early_rising: {
    en: [
      '(early|earlier|at <num>|at dawn|before noon|before <num>|on a (monday|saturday|sunday)|alarm|alarms)',
      '(for|to go to|to get to|and go to) (work|school|class|classes|uni|college|my shift|the gym|practice|church|an exam|my exam)',
    ],
    es: [
      '(temprano|madrugar|madrugo|a las <num>|alarma|despertador)',
      'para (ir a)? (el curro|curro|el trabajo|trabajar|la escuela|el cole|el colegio|clase|clases|la uni|la facu|el examen|el gym|el gimnasio)',
    ],
    fr: [
      '(tot|a <num>|a <num> h|aux aurores|reveil|alarme)',
      'pour (aller)? (au|le|en)? (taf|taff|boulot|travail|bureau|cours|lycee|college|fac|exam|sport)',
    ],
    de: [
      '(fruh|um <num>|wecker|fruhschicht)',
      '(fur die|zur|in die) (arbeit|schule|uni|arbeit|schicht|prufung|klausur)',
    ],
    pt: [
      '(cedo|as <num>|de madrugada|despertador|alarme)',
      '(pro|pra|para o|para a|pra ir pro|pra ir pra) (trampo|trabalho|servico|escola|aula|facul|faculdade|prova|academia)',
    ],
    it: [
      '(presto|alle <num>|all alba|sveglia)',
      'per (andare)? (a)? (il lavoro|lavoro|lavorare|scuola|la scuola|l universita|lezione|l esame|la palestra|in ufficio)',
    ],
  },
  see_you: {
    en: [
      '(see|c|catch) (you|u|ya|yall|you all|you guys) (tomorrow|tmrw|tmr|soon|later|next (week|time|month)|in the morning|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend))',
      '(talk|speak|chat) (to (you|u|ya))? (soon|tomorrow|tmrw|later|next week)',
      '(bye|byee|cya) for now',
      '(until|till|til) next time',
      'ttyl',
    ],
    es: [
      '(hasta|nos vemos|nos hablamos|hablamos) (manana|pronto|luego|la proxima|el lunes|el finde|el fin de semana|mas tarde)',
      'nos (vemos|hablamos|escribimos) !(nunca|en otra vida)',
    ],
    fr: [
      'a (demain|bientot|tout a l heure|plus tard|la prochaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la semaine prochaine)',
      'on se (reparle|parle|voit|capte|redit) (demain|bientot|plus tard|ce weekend|la semaine prochaine)',
    ],
    de: [
      'bis (bald|morgen|spater|dann|nachher|zum nachsten mal|nachste woche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)',
      '(wir)? (horen|sehen|schreiben|lesen) uns (bald|morgen|spater|nachste woche)',
    ],
    pt: [
      'ate (amanha|logo|breve|mais tarde|a proxima|segunda|terca|quarta|quinta|sexta|sabado|domingo|semana que vem)',
      '(a gente|nos) se (fala|ve|falamos|vemos) (amanha|depois|mais tarde|logo|semana que vem)',
    ],
    it: [
      'a (domani|presto|dopo|piu tardi|la prossima|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)',
      'ci (sentiamo|vediamo|becchiamo) (domani|presto|dopo|piu tardi|la prossima settimana)',
    ],
  },
  // "How many would it take" about an everyday goal: "to pass the retake", "to fill the tank",
  // "how many coins does it take to unlock". English only so far (the rule asking it is English).
  everyday_goal: {
    en: [
      'to (pass|win|beat|fill|bake|cook|buy|afford|build|feed|paint|pay|fix|unlock|qualify|graduate|charge|heat|grow|learn|level up|lose weight|break even|move out|get into)',
      '(retake|exam|test|quiz|class|course|credits|grade|level|boss|points|coins|gems|followers|likes|subscribers|votes|bricks|tiles|paint|flour|eggs|cups|servings|calories|steps|miles|laps|reps|dollars|euros|pounds|bucks|money|loan|rent|mortgage)',
    ],
    // An exam, a test or a race done ("lo hice! aprobé el examen", "premier marathon terminé"):
    // "did it" and a tired body after it are about that (the in-progress round).
    es: ['(examen|examenes|carnet|selectividad|maraton|media maraton|carrera|tesis|oposiciones)'],
    fr: ['(examen|permis|bac|marathon|semi marathon|course|partiel|partiels|these|memoire)'],
    de: ['(prufung|fuhrerschein|abi|abitur|marathon|halbmarathon|klausur|lauf)'],
    pt: ['(prova|vestibular|enem|maratona|meia maratona|corrida|carteira de motorista|tcc)'],
    it: ['(esame|patente|maturita|maratona|mezza maratona|gara|tesi|laurea)'],
  },
  // Medicine taken for a pain the writer names ("took 6 ibuprofen for my headache"): too much,
  // perhaps, and a medical question, but not an attempt.
  pain_relief: {
    en: [
      'for (my|the|a|this|that|bad|a bad|my bad)? (headache|headaches|migraine|migraines|toothache|tooth ache|back pain|backache|period pain|period cramps|cramps|hangover|fever|cold|flu|sore throat|knee pain|neck pain|arthritis)',
    ],
    es: [
      'para (el|la|mi|un|una)? (dolor de cabeza|jaqueca|migrana|dolor de muelas|dolor de espalda|dolor de regla|colicos|resaca|fiebre|gripe|resfriado)',
    ],
    fr: [
      'pour (le|la|mon|ma|un|une)? (mal de tete|migraine|mal de dents|mal de dos|regles|douleurs de regles|gueule de bois|fievre|grippe|rhume)',
    ],
    de: [
      'gegen (die|meine|meinen)? (kopfschmerzen|migrane|zahnschmerzen|ruckenschmerzen|regelschmerzen|krampfe|kater|fieber|erkaltung|grippe)',
    ],
    pt: [
      '(para|pra) (a|o|minha|meu|uma)? (dor de cabeca|enxaqueca|dor de dente|dor nas costas|colica|colicas|ressaca|febre|gripe|resfriado)',
    ],
    it: [
      'per (il|la|un|una|mio|mia)? (mal di testa|emicrania|mal di denti|mal di schiena|dolori mestruali|crampi|postumi|febbre|influenza|raffreddore)',
    ],
  },
  // Medicine taken as the doctor said: a regimen told with its count ("took 6 tablets today like
  // my doctor said"), not an overdose.
  as_prescribed: {
    en: [
      '(like|as|what) (my|the) (doctor|doc|gp|psychiatrist|pharmacist|nurse) (said|told me|told me to|says|prescribed|recommended)',
      '(as prescribed|my prescription says|the label says|the leaflet says)',
    ],
    es: [
      '(como|lo que) (me)? (dijo|indico|receto|recomendo|mando) (el|la|mi) (medico|medica|doctor|doctora|psiquiatra|farmaceutico|farmaceutica)',
      '(segun la receta|como dice la receta|como dice el prospecto)',
    ],
    fr: [
      'comme (le|la|mon|ma) (medecin|docteur|psychiatre|pharmacien|pharmacienne) (l a dit|me l a dit|l a prescrit|me l a prescrit|a dit|l a conseille)',
      '(comme prescrit|selon l ordonnance|comme sur l ordonnance)',
    ],
    de: [
      'wie (der|die|mein|meine) (arzt|arztin|psychiater|psychiaterin|apotheker|apothekerin) (gesagt hat|es gesagt hat|verschrieben hat|es verschrieben hat)',
      '(wie verschrieben|laut rezept|laut beipackzettel)',
    ],
    pt: [
      '(como|o que) (o|a|meu|minha) (medico|medica|psiquiatra|farmaceutico|farmaceutica) (mandou|disse|receitou|passou|falou)',
      '(conforme a receita|como diz a receita|como diz a bula)',
    ],
    it: [
      'come (mi ha detto|ha detto|mi ha prescritto|ha prescritto) (il|la|mio|mia) (medico|dottore|dottoressa|psichiatra|farmacista)',
      'come (il|la|mio|mia) (medico|dottore|dottoressa|psichiatra) (mi ha detto|ha detto|ha prescritto|mi ha prescritto)',
      '(come prescritto|secondo la ricetta|come dice il bugiardino)',
    ],
  },
  recreational: {
    en: [
      '(get high|got high|getting high|to get high|party|partying|festival|rave|tripping|trip|recreational|for fun|molly|mdma|lean|on a night out|drunk)',
    ],
    es: ['(colocarme|drogarme|fiesta|de fiesta|festival|para divertirme|borracho|borracha)'],
    fr: ['(defoncer|me defoncer|soiree|fete|festival|pour le fun|bourre|bourree)'],
    de: ['(high werden|party|feiern|festival|zum spass|betrunken)'],
    pt: ['(ficar chapado|ficar chapada|festa|balada|festival|por diversao|bebado|bebada)'],
    it: ['(sballarmi|sballo|festa|festival|per divertimento|ubriaco|ubriaca)'],
  },
  // Words of every language are read beside each other, so none may be an everyday word of
  // another ("uno", "play", "birra").
  // Play, games and sport: a hit, a push or a beating that is part of the game ("hit me with a
  // pillow", "beat me at FIFA", "tickles me until I cry", sparring), or a small child's tantrum.
  // Never "our game" (how grooming is told) and no sport people watch ("he hits me when his
  // team loses" is violence, not sport).
  play_and_sport: {
    en: [
      '(pillow|pillows|pillow fight|fifa|fortnite|mario kart|chess|monopoly|xbox|ps5|playstation|video games|tickle|tickles|tickled|tickling|tickly|play fight|play fighting|play wrestling|sparring|boxing|karate|judo|taekwondo|bjj|kickboxing|netball|dodgeball|snowball|snowballs|paintball|laser tag|toddler|tantrum|tantrums|overtired|teething)',
    ],
    es: [
      '(almohada|almohadas|almohadazo|almohadazos|fifa|videojuego|videojuegos|cosquillas|guerra de almohadas|boxeo|karate|judo|sparring|rabieta|berrinche)',
    ],
    fr: [
      '(oreiller|oreillers|fifa|mario kart|jeu video|jeux video|chatouille|chatouilles|chatouiller|boxe|judo|karate|sparring|caprice|colere de bebe)',
    ],
    de: [
      '(kissen|kissenschlacht|fifa|mario kart|zocken|kitzelt|kitzeln|gekitzelt|boxen|judo|karate|sparring|handball|trotzphase|wutanfall|er ist zwei|sie ist zwei|er ist drei|sie ist drei)',
    ],
    pt: [
      '(travesseiro|travesseiros|guerra de travesseiro|fifa|videogame|cocegas|boxe|judo|jiu jitsu|sparring|volei)',
    ],
    it: [
      '(cuscino|cuscini|cuscinata|fifa|videogiochi|solletico|boxe|judo|karate|sparring|calcetto|capriccio|capricci)',
    ],
  },
  // A grab or a pull that protects: "grabbed my arm to stop me walking into traffic".
  protecting: {
    en: [
      '(to stop me|to keep me|stopping me|keeping me) (from)? (falling|tripping|walking into|stepping into|running into|getting hit|going under)',
      '(to catch me|caught me before|so i (wouldnt|didnt|would not|did not) (fall|trip|get hit))',
      '(out of|away from) the (road|traffic|street|edge)',
    ],
    es: ['para (que no me (cayera|caiga|atropellaran|atropellen)|salvarme)'],
    fr: ['pour (pas que je tombe|que je tombe pas|me rattraper|me sauver)'],
    de: [
      '(damit ich nicht (falle|hinfalle|stolpere|uberfahren werde)|um mich (aufzufangen|zu retten))',
    ],
    pt: ['(pra|para) (eu nao cair|me salvar|nao me atropelarem)'],
    it: ['per (non farmi cadere|salvarmi|non farmi investire)'],
  },
  // A parent's rule for a young child ("she checks my phone because I'm 10"), not control.
  parental_rule: {
    en: [
      '(because|since|bc|cause|coz|cuz) (im|i m|i am) (only)? <num>',
      'until (im|i m|i am) (older|<num>)',
      '(its|it s|thats|that s) (the|a) (house|family)? rule',
      '(house|family) rules',
      'parental controls',
    ],
    es: [
      'porque tengo <num> anos',
      'hasta que sea mayor',
      '(es|son) (la|las) (regla|reglas|norma|normas)',
    ],
    fr: ['(parce que|car|vu que) j ai <num> ans', 'c est la regle', 'controle parental'],
    de: [
      'weil ich (erst)? <num> bin',
      'bis ich (alter|grosser) bin',
      '(ist|sind) (halt|eben)? die regel',
      'kindersicherung',
    ],
    pt: ['porque (eu)? tenho <num> anos', '(e|eh) a regra', 'controle parental'],
    it: ['perche ho <num> anni', '(e|è) la regola', 'parental control'],
  },
  info_seeking: {
    en: [
      '(statistics|stats|rate|rates|research|study|studies|article|documentary|history|warning signs|prevention|awareness|hotline|helpline|volunteer|training|course|class|essay|project)',
    ],
    es: ['(estadisticas|tasa|investigacion|estudio|prevencion|documental|historia)'],
    fr: ['(statistiques|taux|recherche|etude|prevention|documentaire|histoire)'],
    de: ['(statistik|statistiken|rate|forschung|studie|pravention|dokumentation|geschichte)'],
    pt: ['(estatisticas|taxa|pesquisa|estudo|prevencao|documentario|historia)'],
    it: ['(statistiche|tasso|ricerca|studio|prevenzione|documentario|storia)'],
  },
};

function entries(
  type: MarkerType,
  table: MarkerTable,
  lookalike?: Lookalike,
): PhraseEntry<Marker>[] {
  const out: PhraseEntry<Marker>[] = [];
  for (const lang of SCOPE_LANGUAGES) {
    for (const pattern of table[lang] ?? []) {
      const value: Marker = lookalike ? { type, lang, lookalike } : { type, lang };
      out.push({ pattern, value });
    }
  }
  return out;
}

const MARKERS = new PhraseMatcher<Marker>([
  ...entries('past', PAST),
  { pattern: '<num> months ago', value: { type: 'past_months', lang: 'en' } },
  { pattern: 'hace <num> meses', value: { type: 'past_months', lang: 'es' } },
  { pattern: 'il y a <num> mois', value: { type: 'past_months', lang: 'fr' } },
  { pattern: 'vor <num> monaten', value: { type: 'past_months', lang: 'de' } },
  { pattern: 'ha <num> meses', value: { type: 'past_months', lang: 'pt' } },
  { pattern: '<num> mesi fa', value: { type: 'past_months', lang: 'it' } },
  ...entries('present', PRESENT),
  ...entries('recovery', RECOVERY),
  ...entries('past_age', PAST_AGE),
  ...entries('recent', RECENT),
  ...entries('own_case', OWN_CASE),
  ...entries('hypothetical', HYPOTHETICAL),
  ...entries('general', GENERAL),
  ...entries('generic_subject', GENERIC_SUBJECT),
  ...entries('framing', FRAMING),
  ...entries('media', MEDIA),
  ...entries('media_prefix', MEDIA_PREFIX),
  ...entries('report_other', REPORT_OTHER),
  ...entries('report_self', REPORT_SELF),
  ...entries('subject_other', SUBJECT_OTHER),
  ...entries('subject_self', SUBJECT_SELF),
  ...entries('idiom', IDIOMS),
  ...entries('laugh', LAUGH),
  ...entries('hyperbole', HYPERBOLE),
  ...entries('serious', SERIOUS),
  ...LOOKALIKES.flatMap((l) => entries('lookalike', LOOKALIKE_TABLE[l], l)),
]);

/** Words the scope markers know (for a tokenizer vocabulary). */
export const SCOPE_WORDS: ReadonlySet<string> = new Set([
  ...MARKERS.words,
  ...SCOPE_LANGUAGES.flatMap((l) => [...NEGATORS[l], ...NEGATION_BLOCKERS[l]]),
]);

type FoundMarker = PhraseMatch<Marker>;

/** Idioms alone: cheap to find in every message (the model policy asks for them). */
const IDIOM_MARKERS = new PhraseMatcher<Marker>(entries('idiom', IDIOMS));

/** Games in the media markers, per language: online games are places where people meet. */
const GAME_WORDS: ReadonlySet<string> = new Set(
  'game games juego videojuego jeu spiel jogo gioco videogioco'.split(' '),
);

/** "Months ago" is past only beyond the three months C-SSRS counts as recent. */
const RECENT_MONTHS = 3;

const LABELS: Record<Scope, string> = {
  negated: 'negated',
  past: 'in the past',
  hypothetical: 'hypothetical',
  quoted: 'quoted',
  third_party: 'about someone else',
  figurative: 'figurative',
  everyday: 'everyday use',
  clarified: 'clarified',
};

const NO_LITERALS: ReadonlySet<string> = new Set();
const NO_MARKERS: readonly FoundMarker[] = [];

/**
 * The scope markers of one text and the questions a cue can ask of them. Markers are found once,
 * on the first question (most messages have no cue to scope). Build one per text with
 * `analyzeScopes`.
 */
export class ScopeAnalysis {
  readonly doc: TokenizedText;
  #found: FoundMarker[] | undefined;
  readonly #extra: ReadonlySet<ScopeLanguage>;
  readonly #languages = new Map<ScopeLanguage, readonly ScopeLanguage[]>();
  #byType: Map<MarkerType, FoundMarker[]> | undefined;

  constructor(doc: TokenizedText, extraLanguages: readonly ScopeLanguage[] = []) {
    this.doc = doc;
    this.#extra = new Set<ScopeLanguage>(['en', ...extraLanguages]);
  }

  get #markers(): FoundMarker[] {
    this.#found ??= MARKERS.find(this.doc);
    return this.#found;
  }

  /** The markers of one type, in the order `#markers` has them (grouped once per text). */
  #markersOf(type: MarkerType): readonly FoundMarker[] {
    if (!this.#byType) {
      const byType = new Map<MarkerType, FoundMarker[]>();
      for (const m of this.#markers) {
        const list = byType.get(m.value.type);
        if (list) list.push(m);
        else byType.set(m.value.type, [m]);
      }
      this.#byType = byType;
    }
    return this.#byType.get(type) ?? NO_MARKERS;
  }

  /** The first scope (in a fixed order of strength) that sets the cue aside, if any. */
  scopeOf(query: ScopeQuery): ScopeFinding | undefined {
    const { checks } = query;
    return (
      (checks.has('negated') ? this.#negated(query) : undefined) ??
      (checks.has('hypothetical') ? this.#hypothetical(query) : undefined) ??
      (checks.has('hypothetical') ? this.#general(query) : undefined) ??
      (checks.has('quoted') || checks.has('third_party') ? this.#quoted(query) : undefined) ??
      (checks.has('past') ? this.#past(query) : undefined) ??
      (checks.has('third_party') && !query.selfReferring ? this.#thirdParty(query) : undefined) ??
      (checks.has('figurative') ? this.#idiom(query) : undefined) ??
      (checks.has('everyday') ? this.#everyday(query) : undefined) ??
      (checks.has('figurative') ? this.#hyperbole(query) : undefined)
    );
  }

  /** The markers found in the text (for explanations and tests). */
  markers(): Array<{ type: string; lang: ScopeLanguage; text: string; lookalike?: Lookalike }> {
    return this.#markers.map((m) => ({
      type: m.value.type,
      lang: m.value.lang,
      text: this.doc.text.slice(m.start, m.end),
      ...(m.value.lookalike ? { lookalike: m.value.lookalike } : {}),
    }));
  }

  /** Spans of idioms in the text ("die of embarrassment", "killing it"). */
  idioms(): Span[] {
    const found =
      this.#found?.filter((m) => m.value.type === 'idiom') ?? IDIOM_MARKERS.find(this.doc);
    return found.map((m) => ({
      start: m.start,
      end: m.end,
      text: this.doc.text.slice(m.start, m.end),
    }));
  }

  /** Is there an unscoped seriousness marker ("fr", "not joking") in the cue's sentence? */
  isSerious(first: number): boolean {
    const from = sentenceFirst(this.doc, first);
    const to = sentenceLast(this.doc, first);
    for (const m of this.#markersOf('serious')) if (m.first >= from && m.last <= to) return true;
    return false;
  }

  /** A cue's language and the extra ones, each once (worked out once per language and text). */
  #languagesWith(lang: ScopeLanguage): readonly ScopeLanguage[] {
    let langs = this.#languages.get(lang);
    if (!langs) {
      langs = [...new Set<ScopeLanguage>([lang, ...this.#extra])];
      this.#languages.set(lang, langs);
    }
    return langs;
  }

  #speaks(marker: Marker, lang: ScopeLanguage): boolean {
    return marker.lang === lang || this.#extra.has(marker.lang);
  }

  #find(
    type: MarkerType,
    lang: ScopeLanguage,
    from: number,
    to: number,
    accept?: (m: FoundMarker) => boolean,
  ): FoundMarker | undefined {
    let found: FoundMarker | undefined;
    for (const m of this.#markersOf(type)) {
      if (m.first < from || m.last > to) continue;
      if (!this.#speaks(m.value, lang) || (accept && !accept(m))) continue;
      // The one nearest the end of the range: closest to a cue that follows it.
      if (!found || m.first > found.first) found = m;
    }
    return found;
  }

  /**
   * Whether a marker of `type` lies within [from, to], in any language: a check that allocates
   * nothing, made before a search that needs a filter (a closure per query was most of what the
   * scope allocated on a long message, and most sentences have no such marker).
   */
  #has(type: MarkerType, from: number, to: number): boolean {
    for (const m of this.#markersOf(type)) if (m.first >= from && m.last <= to) return true;
    return false;
  }

  #finding(
    scope: Scope,
    first: number,
    last: number,
    detail?: string,
    weak?: boolean,
  ): ScopeFinding {
    const start = this.doc.starts[first] as number;
    const end = this.doc.ends[last] as number;
    const text = this.doc.text.slice(start, end);
    const finding: ScopeFinding = {
      scope,
      cue: { start, end, text },
      reason: `${LABELS[scope]} ("${text}")${detail ? `: ${detail}` : ''}`,
    };
    if (weak) finding.weak = true;
    return finding;
  }

  #negated(query: ScopeQuery): ScopeFinding | undefined {
    const { keys, kinds, clauses } = this.doc;
    const literals = query.literals ?? NO_LITERALS;
    const langs = this.#languagesWith(query.lang);
    // Inside the cue: a negator in a gap of the pattern ("mich nicht umbringen").
    for (let i = query.first + 1; i <= query.last; i++) {
      const key = keys[i] as string;
      if (kinds[i] === WORD && !literals.has(key) && negatorAt(this.doc, i, query.lang, langs)) {
        return this.#finding('negated', i, i);
      }
    }
    // A cue that is itself negative ("no point in living", "don't want to live") is not undone
    // by a negator before it: "there is no point, no point in living" stays a cue.
    if (negatorIn(keys[query.first] as string, query.lang, langs)) return undefined;
    const ended = this.#endedState(query.first, query.lang, langs);
    if (ended === 'kept') return undefined;
    if (ended !== undefined) return this.#finding('negated', ended, ended);
    // Before it, in the same clause, within a few words; a blocker closer to the cue wins.
    let seen = 0;
    for (let i = query.first - 1; i >= 0 && seen < NEGATION_WINDOW; i--) {
      if (clauses[i] !== clauses[query.first] || isBreak(this.doc, i)) break;
      if (kinds[i] !== WORD) continue;
      const key = keys[i] as string;
      if (!THINKING_FRAME.has(key)) seen++;
      if (blockerIn(key, langs)) return undefined;
      if (negatorAt(this.doc, i, query.lang, langs)) return this.#finding('negated', i, i);
    }
    return undefined;
  }

  /**
   * "I stopped wanting to die", "quit thinking about suicide": a verb that ends the state a
   * gerund cue names negates it, unless it is itself negated: "never stopped wanting to die"
   * keeps the cue (`'kept'`: the negator before it does not reach the cue either), and "can't
   * stop wanting to die" is blocked by "stop". English only: the other languages say it with an
   * infinitive the cues do not start with. Otherwise the ending verb's index.
   */
  #endedState(
    first: number,
    lang: ScopeLanguage,
    langs: readonly ScopeLanguage[],
  ): number | 'kept' | undefined {
    const { keys, kinds, clauses } = this.doc;
    const before = first - 1;
    if (lang !== 'en' || before < 0 || kinds[before] !== WORD) return undefined;
    if (clauses[before] !== clauses[first] || !ENDED_STATE.has(keys[before] as string))
      return undefined;
    if (!(keys[first] as string).endsWith('ing')) return undefined;
    const earlier = before - 1;
    if (earlier >= 0 && kinds[earlier] === WORD && negatorAt(this.doc, earlier, lang, langs))
      return 'kept';
    return before;
  }

  #hypothetical(query: ScopeQuery): ScopeFinding | undefined {
    const from = sentenceFirst(this.doc, query.first);
    const marker =
      this.#find('hypothetical', query.lang, from, query.last) ??
      this.#find('framing', query.lang, 0, this.doc.count - 1);
    if (!marker) return undefined;
    // "Hypothetically, which bridge is highest? ok it's not hypothetical": the writer's own case,
    // said in the marker's sentence, the cue's or the one after it.
    const first = sentenceFirst(this.doc, Math.min(marker.first, query.first));
    const last = this.#nextSentenceLast(query.last);
    if (this.#has('own_case', first, last) && this.#find('own_case', query.lang, first, last))
      return undefined;
    return this.#finding('hypothetical', marker.first, marker.last);
  }

  /**
   * A general question or people in general before the cue ("what percentage of people who
   * survive a suicide attempt…", "how do you respond when people joke about wanting to die",
   * "un adolescente que se autolesiona"): hypothetical, unless the writer is the subject between
   * them, the cue asks for means, or the writer says it is about them.
   */
  #general(query: ScopeQuery): ScopeFinding | undefined {
    if (query.asksForMeans) return undefined;
    const from = sentenceFirst(this.doc, query.first);
    const to = query.first - 1;
    if (to < from) return undefined;
    const { clauses } = this.doc;
    let marker: FoundMarker | undefined;
    if (this.#has('general', from, to))
      marker = this.#find('general', query.lang, from, to, (m) => this.#aboutOthers(m, query));
    if (!marker && this.#has('generic_subject', from, to)) {
      marker = this.#find(
        'generic_subject',
        query.lang,
        from,
        to,
        (m) =>
          clauses[m.last] === clauses[query.first] &&
          !this.#knownPerson(m) &&
          this.#aboutOthers(m, query),
      );
    }
    if (!marker) return undefined;
    const first = sentenceFirst(this.doc, marker.first);
    const last = this.#nextSentenceLast(query.last);
    if (this.#has('own_case', first, last) && this.#find('own_case', query.lang, first, last))
      return undefined;
    return this.#finding('hypothetical', marker.first, marker.last);
  }

  /** "I know someone who", "I'm someone who": a person the writer knows, or the writer. */
  #knownPerson(marker: FoundMarker): boolean {
    const before = marker.first - 1;
    return before >= 0 && KNOWN_PERSON.has(this.doc.keys[before] as string);
  }

  /**
   * No first-person subject between a general frame and the end of the cue ("is it true that if
   * I…" is the writer's own question), except inside a quotation ("why do people say 'I want to
   * die'") or asking the question ("how do I respond when…"); in Spanish, Portuguese and Italian a
   * first-person verb says it without a pronoun.
   */
  #aboutOthers(marker: FoundMarker, query: ScopeQuery): boolean {
    const { doc } = this;
    const verbs = FIRST_PERSON_VERBS[query.lang];
    if (verbs) {
      for (let i = marker.last + 1; i <= query.last; i++) {
        const start = doc.starts[i] as number;
        if (
          verbs.has(doc.keys[i] as string) &&
          !doc.quotes.some((q) => q.start <= start && start < q.end)
        )
          return false;
      }
    }
    for (const self of this.#markersOf('subject_self')) {
      if (self.first <= marker.last || self.first > query.last) continue;
      if (!this.#speaks(self.value, query.lang)) continue;
      const start = doc.starts[self.first] as number;
      if (doc.quotes.some((q) => q.start <= start && start < q.end)) continue;
      const verb = doc.keys[self.first - 1];
      const question = doc.keys[self.first - 2];
      if (
        verb !== undefined &&
        question !== undefined &&
        QUESTION_FRAME_VERBS.has(verb) &&
        QUESTION_WORDS.has(question)
      )
        continue;
      return false;
    }
    return true;
  }

  #quoted(query: ScopeQuery): ScopeFinding | undefined {
    const { doc } = this;
    const start = doc.starts[query.first] as number;
    const end = doc.ends[query.last] as number;
    const from = sentenceFirst(doc, query.first);
    let quote: TextRange | undefined;
    for (const q of doc.quotes) {
      if (q.start <= start && end <= q.end) {
        quote = q;
        break;
      }
    }
    const prefix = this.#has('media_prefix', 0, 1)
      ? this.#find('media_prefix', query.lang, 0, 1, (m) => m.first === 0)
      : undefined;
    if (prefix && query.checks.has('quoted')) {
      if (doc.kinds[prefix.last + 1] === CLAUSE_BREAK)
        return this.#finding('quoted', prefix.first, prefix.last);
    }
    if (quote) {
      // Who is speaking: "I told her 'I want to die'" is still the writer.
      const to = sentenceLast(doc, query.first);
      const opening = quote.start;
      const before = (m: FoundMarker) => m.end <= opening;
      const self = this.#find('report_self', query.lang, from, to, before);
      const other = this.#find('report_other', query.lang, from, to, before);
      const media = this.#find('media', query.lang, from, to);
      // A song's or a film's words are quoted words, though "he says" introduces them.
      if (media && !self && query.checks.has('quoted'))
        return this.#finding('quoted', media.first, media.last);
      if (other && (!self || other.first > self.first) && query.checks.has('third_party')) {
        return this.#finding(
          'third_party',
          other.first,
          other.last,
          'reported words of someone else',
        );
      }
      if (media && !self && query.checks.has('quoted'))
        return this.#finding('quoted', media.first, media.last);
      return undefined;
    }
    if (query.checks.has('quoted') && this.#has('media', from, query.first - 1)) {
      const media = this.#find(
        'media',
        query.lang,
        from,
        query.first - 1,
        (m) => !query.doneToWriter || !this.#namesGame(m),
      );
      if (media) return this.#finding('quoted', media.first, media.last);
    }
    if (query.checks.has('third_party')) {
      // Reported speech without quotation marks: "my friend keeps saying she wants to die".
      const other = this.#find('report_other', query.lang, from, query.first - 1);
      const self = this.#find(
        'subject_self',
        query.lang,
        other ? other.last + 1 : from,
        query.first - 1,
      );
      if (other && !self)
        return this.#finding(
          'third_party',
          other.first,
          other.last,
          'reported words of someone else',
        );
    }
    return undefined;
  }

  /** Does a media marker name a game (a place where people meet online)? */
  #namesGame(marker: FoundMarker): boolean {
    for (let i = marker.first; i <= marker.last; i++) {
      if (GAME_WORDS.has(this.doc.keys[i] as string)) return true;
    }
    return false;
  }

  #past(query: ScopeQuery): ScopeFinding | undefined {
    const from = sentenceFirst(this.doc, query.first);
    const to = sentenceLast(this.doc, query.first);
    if (!this.#has('past', from, to) && !this.#has('past_months', from, to)) {
      const age = this.#has('past_age', from, to) ? this.#pastAge(query, from, to) : undefined;
      return age ?? (query.pastAct ? this.#recovered(query, from, to) : undefined);
    }
    const accept = (m: FoundMarker) =>
      m.value.type !== 'past_months' || monthsAgo(this.doc, m) > RECENT_MONTHS;
    const marker =
      this.#find('past', query.lang, from, to, accept) ??
      this.#find('past_months', query.lang, from, to, accept);
    if (!marker) return undefined;
    // "I used to cut, and lately it's back" is current again.
    const present = this.#find('present', query.lang, from, to);
    if (present) return undefined;
    return this.#finding('past', marker.first, marker.last);
  }

  /**
   * An act that is over, told before a recovery said in a later sentence ("j'ai fait une tentative
   * à 18 ans. aujourd'hui j'en ai 31 et je vais bien"): past, unless the act's own sentence names a
   * recent time or the message says the risk is current again anywhere ("and lately it's back").
   */
  #recovered(query: ScopeQuery, from: number, to: number): ScopeFinding | undefined {
    const last = this.doc.count - 1;
    if (to >= last) return undefined;
    // The recovery is told in the next two sentences, not somewhere further down a long post.
    const until = this.#nextSentenceLast(this.#nextSentenceLast(to));
    if (!this.#has('recovery', to + 1, until)) return undefined;
    const recovery = this.#find('recovery', query.lang, to + 1, until);
    if (!recovery) return undefined;
    if (this.#find('recent', query.lang, from, to)) return undefined;
    if (this.#find('present', query.lang, 0, last)) return undefined;
    return this.#finding('past', recovery.first, recovery.last);
  }

  /**
   * An age the writer was, beside a recovery in its sentence or the next two ("ich hab mit 17
   * versucht mich umzubringen. heute bin ich 35"), and nothing in the message current again.
   */
  #pastAge(query: ScopeQuery, from: number, to: number): ScopeFinding | undefined {
    const age = this.#find('past_age', query.lang, from, to);
    if (!age) return undefined;
    const until = this.#nextSentenceLast(this.#nextSentenceLast(to));
    if (!this.#find('recovery', query.lang, from, until)) return undefined;
    if (this.#find('present', query.lang, 0, this.doc.count - 1)) return undefined;
    return this.#finding('past', age.first, age.last);
  }

  /** The last token of the sentence after `index`'s (its own when it is the last). */
  #nextSentenceLast(index: number): number {
    const last = sentenceLast(this.doc, index);
    return last + 1 < this.doc.count ? sentenceLast(this.doc, last + 1) : last;
  }

  #thirdParty(query: ScopeQuery): ScopeFinding | undefined {
    const { keys } = this.doc;
    const from = sentenceFirst(this.doc, query.first);
    // The nearest subject before the cue in its sentence decides who it is about.
    let nearest: FoundMarker | undefined;
    for (const m of this.#markers) {
      if (m.value.type !== 'subject_other' && m.value.type !== 'subject_self') continue;
      if (m.first < from || m.last >= query.first || !this.#speaks(m.value, query.lang)) continue;
      if (!nearest || m.last > nearest.last || (m.last === nearest.last && m.first < nearest.first))
        nearest = m;
    }
    if (!nearest || nearest.value.type !== 'subject_other') return undefined;
    // "her" as an object ("I told her I'm suicidal") is not the subject of what follows.
    const key = keys[nearest.first] as string;
    if ((key === 'her' || key === 'him' || key === 'them') && nearest.first === nearest.last) {
      const previous = keys[nearest.first - 1];
      if (
        previous !== undefined &&
        /^(told|tell|asked|ask|texted|text|called|call|showed|show)$/.test(previous)
      ) {
        return undefined;
      }
    }
    return this.#finding('third_party', nearest.first, nearest.last);
  }

  #idiom(query: ScopeQuery): ScopeFinding | undefined {
    const start = this.doc.starts[query.first] as number;
    const end = this.doc.ends[query.last] as number;
    let found: FoundMarker | undefined;
    for (const m of this.#markersOf('idiom')) {
      if (!this.#speaks(m.value, query.lang)) continue;
      if (m.start < end && start < m.end) found = m;
    }
    return found ? this.#finding('figurative', found.first, found.last, 'an idiom') : undefined;
  }

  #hyperbole(query: ScopeQuery): ScopeFinding | undefined {
    const { doc } = this;
    const from = sentenceFirst(doc, query.first);
    const to = sentenceLast(doc, query.first);
    const afterCue = Math.min(doc.count - 1, query.last + 3);
    const hyperbolic = this.#has('hyperbole', from, to);
    if (!hyperbolic && !this.#has('laugh', from, Math.max(to, afterCue))) return undefined;
    if (this.isSerious(query.first)) return undefined;
    const hyperbole = hyperbolic
      ? this.#find(
          'hyperbole',
          query.lang,
          from,
          to,
          (m) => !query.doneToWriter || !this.#namesGame(m),
        )
      : undefined;
    if (hyperbole)
      return this.#finding(
        'figurative',
        hyperbole.first,
        hyperbole.last,
        'a trivial trigger',
        true,
      );
    // Laughter in the cue's sentence unless a "but" stands between them ("jk, but I've been
    // cutting again"), or right after the cue ("kms lol", "i want to die. lmao").
    const contrastBetween = (m: FoundMarker) => {
      const [a, b] =
        m.last < query.first ? [m.last + 1, query.first - 1] : [query.last + 1, m.first - 1];
      for (let i = a; i <= b; i++) if (isContrastWord(this.doc.keys[i] as string)) return true;
      return false;
    };
    const laugh =
      this.#find('laugh', query.lang, from, to, (m) => !contrastBetween(m)) ??
      this.#find('laugh', query.lang, query.last + 1, afterCue);
    if (laugh) return this.#finding('figurative', laugh.first, laugh.last, 'said laughing', true);
    return undefined;
  }

  /**
   * An everyday frame the writer denies ("bought a rope. it's not for camping", "no es para
   * acampar", "nicht zum Klettern") is no everyday reading: a negator just before it, in its clause.
   */
  #denied(marker: FoundMarker, lang: ScopeLanguage): boolean {
    const { keys, kinds, sentences } = this.doc;
    const sentence = sentences[marker.first];
    const langs = this.#languagesWith(lang);
    let seen = 0;
    for (let i = marker.first - 1; i >= 0 && seen < 3; i--) {
      if (sentences[i] !== sentence || isBreak(this.doc, i)) break;
      // "nooo jaja me voy a vivir a Valdeluna", "nooo qué susto 😂 conseguí trabajo": in chat a
      // laugh or an emoji ends the "no", as a full stop would.
      if (kinds[i] === EMOJI) break;
      if (kinds[i] !== WORD) continue;
      seen++;
      const key = keys[i] as string;
      if (isLaughter(key)) break;
      if (key === 'no' && lang === 'pt') continue;
      if (langs.some((l) => NEGATORS[l].has(key))) return true;
      if (FRAME_DENIERS.has(key)) return true;
    }
    return false;
  }

  /**
   * An everyday frame anywhere in the text, not only in one sentence: what a later message of the
   * same person may be read by ("retiring after 30 years!" … "thank you for everything, this is my
   * last message from the work laptop"). A frame the writer denies does not count.
   */
  everydayFrame(lang: ScopeLanguage, wanted: readonly Lookalike[]): ScopeFinding | undefined {
    if (this.doc.count === 0) return undefined;
    return this.#everydayIn(lang, wanted, 0, this.doc.count - 1);
  }

  #everyday(query: ScopeQuery): ScopeFinding | undefined {
    const from = sentenceFirst(this.doc, query.first);
    const to = sentenceLast(this.doc, query.first);
    const wanted = query.lookalikes ?? [];
    const here = this.#everydayIn(query.lang, wanted, from, to, query);
    if (here || this.doc.keys[to] !== '?' || to + 1 >= this.doc.count) return here;
    // A question's purpose often follows it ("how deep is the lake? we're going diving"): the
    // sentence after a question is read for the frames that name a purpose (an outing, a sport).
    // Not the others: "what's the best way to go? … I'm barely a teen" is no dosing question.
    const purposes = wanted.filter((l) => PURPOSE_FRAMES.has(l));
    return this.#everydayIn(query.lang, purposes, to + 1, sentenceLast(this.doc, to + 1));
  }

  /**
   * The nearest everyday frame of `wanted` in tokens [from, to] that the writer does not deny and
   * that is not the cue's own words: Spanish "son 20 pastillas suficientes…" asks with "son"
   * (they are), which English reads as a child being dosed.
   */
  #everydayIn(
    lang: ScopeLanguage,
    wanted: readonly Lookalike[],
    from: number,
    to: number,
    cue?: ScopeQuery,
  ): ScopeFinding | undefined {
    if (wanted.length === 0) return undefined;
    const marker = this.#find(
      'lookalike',
      lang,
      from,
      to,
      (m) =>
        m.value.lookalike !== undefined &&
        wanted.includes(m.value.lookalike) &&
        !this.#denied(m, lang) &&
        !(cue && this.#cuesOwnWords(m, cue)),
    );
    if (!marker) return undefined;
    return this.#finding(
      'everyday',
      marker.first,
      marker.last,
      marker.value.lookalike?.replace('_', ' '),
    );
  }

  /** Whether every word of `marker` lies in the cue's span and is a literal of its pattern. */
  #cuesOwnWords(marker: FoundMarker, cue: ScopeQuery): boolean {
    if (cue.literals === undefined || marker.first < cue.first || marker.last > cue.last)
      return false;
    for (let i = marker.first; i <= marker.last; i++) {
      if (this.doc.kinds[i] === WORD && !cue.literals.has(this.doc.keys[i] as string)) return false;
    }
    return true;
  }
}

function monthsAgo(doc: TokenizedText, marker: FoundMarker): number {
  for (let i = marker.first; i <= marker.last; i++) {
    if (doc.kinds[i] === NUMBER) return Number(doc.keys[i]);
  }
  return 0;
}

export function analyzeScopes(
  doc: TokenizedText,
  extraLanguages: readonly ScopeLanguage[] = [],
): ScopeAnalysis {
  return new ScopeAnalysis(doc, extraLanguages);
}

/** `es-MX` → `es` when it is a scoping language. */
export function scopeLanguageOf(locale: string | undefined): ScopeLanguage | undefined {
  const lang = locale?.toLowerCase().split(/[-_]/)[0];
  return (SCOPE_LANGUAGES as readonly string[]).includes(lang ?? '')
    ? (lang as ScopeLanguage)
    : undefined;
}
