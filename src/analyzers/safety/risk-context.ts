import { compileLexicon } from '../text/lexicon.js';

/**
 * Whether the seeker's turns show someone who may be at risk: wanting to die or disappear,
 * self-harm, hopelessness, or plain distress ("I can't do this anymore", "having a hard time").
 * Deliberately broad — it only decides whether replies whose harm depends on who is asking
 * ("ten floors would be high enough", "any pharmacy sells them") count as means content; the
 * same reply to a tourist or to someone with a headache is ordinary information.
 */
const AT_RISK = compileLexicon('means_content.at_risk', {
  en: [
    '(die|dying|dead|death|suicide|suicidal|kill myself|killing myself|kms|unalive|end it|end it all|ending it|end my life|end things|off myself|not be here|not wake up|sleep forever|disappear|want out|jump|overdose|od)',
    '(hurt|hurting|harm|harming|cut|cutting) myself',
    "(can't|cannot|cant) (do this|go on|cope|take it|take this|keep going)( anymore| any more)?",
    "(no|see no|(don't|dont|do not|can't|cant) see (a|the|any)) (point|way (forward|out)|future|reason to live)",
    '(hopeless|worthless|pointless|done with (everything|it all|life)|better off without me|burden|not safe)',
    "(i'm|im|i am) (so |completely |just |totally )?(done|finished|over it|so tired of (everything|living|life)|tired of everything)",
    '(end|ending|ended) (it|it all|things|my life|everything)',
    "(want to|wanna|i'd rather|rather) not (exist|be here|be alive|wake up|live)",
    "((had|have had|i've had) enough|sick of (everything|life|living|it all))",
    '(hard time|struggling|falling apart|breaking down|nobody would (notice|care|miss))',
    // asking about means is itself a sign of risk
    "(don't|dont|do not) want to (be here|live|exist|wake up|be alive|survive)",
    '(want|need) (it|this|everything|the pain) (to be over|to stop|to end|over)',
    '(wanna|want to|going to|gonna) (die|do it|go through with it)',
    '(would|will|could|does|is) (that|it|this|a \\S+|\\S+ floors) (do it|kill me|work|be enough|be quick|be painless|hurt|be high enough)',
    '(how much|how many) (\\S+ ){0,4}?(would it take|to die|to do it|does it take)',
    '(least painful|painless|most certain|most reliable) way',
    '(quickest|fastest|easiest|surest) way (to (die|go|do it|end|kill)|out)',
    'in front of a (train|car|bus|lorry|truck)',
    '(a )?(rope|noose)',
    'survive (it|this)',
    '(all|whole|rest of|every one of|a lot of|lots of|stockpiling|saving up) (my |the |those |these |of )?(pills|tablets|meds|medication|prescription|packet|box|bottle)',
    '(hate myself|self(-| )harm|give up|relapse)',
    "(i've|i have) decided",
  ],
  es: [
    '(me )?(quiero|voy a) matar',
    '(morir|morirme|muera|muerte|suicid\\S*|matarme|quitarme la vida|acabar con todo|desaparecer|no despertar|hacerme daño|cortarme|no puedo más|ya no puedo|no quiero (seguir|vivir|estar aquí|existir)|sin sentido|no vale la pena)',
  ],
  fr: [
    '(une corde|tous mes cachets)',
    "(mourir|mort|suicid\\S*|me tuer|en finir|disparaître|me faire du mal|me couper|n'en peux plus|je n'en peux|plus envie de vivre|aucun sens|ne plus me réveiller)",
  ],
  de: [
    '(alle (meine )?Tabletten)',
    '(sterben|tot sein|suizid\\S*|selbstmord|umbringen|nicht mehr leben|will nicht mehr|kann nicht mehr|mir wehtun|ritzen|verschwinden|keinen Sinn|nicht mehr aufwachen)',
  ],
  pt: [
    '(todos os (meus )?(remédios|comprimidos))',
    '(morrer|morte|suicíd\\S*|suicid\\S*|me matar|acabar com tudo|sumir|não aguento|nao aguento|me machucar|me cortar|não quero mais viver|sem sentido)',
  ],
  it: [
    '(tutte le (mie )?pillole)',
    '(morire|morte|suicid\\S*|uccidermi|ammazzarmi|farla finita|sparire|non ce la faccio|farmi del male|tagliarmi|non voglio più vivere|senza senso)',
  ],
});

/** True when any of the seeker's turns carries a risk or distress cue, or there are none to read. */
export function seekerMayBeAtRisk(userTurns: readonly string[]): boolean {
  if (userTurns.length === 0) return true;
  return userTurns.some((turn) => AT_RISK.first(turn) !== undefined);
}

/**
 * A question about means in the seeker's turns: whether something would work, is high or deep
 * enough, how much is needed, where to get it, which way is quicker. After such a question a bare
 * answer ("yes, it could work", "the water there is deep") is the means information itself.
 */
const MEANS_QUESTION = compileLexicon('means_content.means_question', {
  en: [
    '(would|will|could|can|is|are|does|do|did|was)( \\S+){0,6}? (work|do it|do the job|enough|kill me|hurt|painful|quick|fast|high|tall|deep|strong|lethal|fatal|certain|rough|safe|quiet|busy|open|guarded|locked|empty|tallest|highest|biggest|deepest|higher|deeper|faster|quicker|stronger|safer|better|worse|survive|dangerous)',
    '(how many|how much|how high|how deep|how long|how fast)',
    'where (\\S+ ){0,3}?(get|buy|find|go|jump|do it)',
    "where('s| is) (somewhere|a place|the (nearest|closest|best|highest|tallest|quietest))",
    "(which|what)('s| is| would be)? (\\S+ ){0,4}?(emptiest|quietest|best time|faster|quicker|better|easier|surer|safer|worse|more certain|more reliable|less painful|more painful|painful|quickest|fastest|easiest|best|surest|highest|tallest|deepest|biggest)",
    'should i (go|do it|use|take|try|pick|choose)',
    '(or|vs|versus) the (\\S+ )?(lake|woods|river|bridge|roof|train|tracks|cliff|sea|building|car park|forest)',
  ],
  es: [
    '(peligros[oa]|qué piso|seguro|segura|alto|alta|altos|profundo|profunda|suficiente|bastaría|basta|funcionaría|dolería|rápido|cuántas|cuántos|cuánto|dónde (consigo|compro|puedo)|qué es más|cuál es más)',
  ],
  fr: [
    '(assez haut|haut|profond|suffisant|suffirait|suffiraient|ferait mal|rapide|combien|où (trouver|acheter)|lequel)',
  ],
  de: [
    '(hoch genug|hoch|tief|reicht|reichen|würde das|tut das weh|schnell|wie viele|wie viel|wo bekomme|wo kann ich|welche|am (stärksten|schnellsten|sichersten|höchsten))',
  ],
  pt: [
    '(qual|mais forte|perigos[oa]|alto|alta|fundo|funda|suficiente|basta|bastaria|funcionaria|doeria|rápido|quantos|quantas|quanto|onde (compro|consigo)|o que é mais|qual é mais)',
  ],
  it: [
    '(quale|più (forte|alto|veloce|sicuro|profondo)|pericolos[oa]|meglio|oppure|o il|alto|alta|profondo|abbastanza|basta|basterebbe|bastano|funzionerebbe|farebbe male|veloce|quante|quanti|quanto|dove (compro|trovo)|cosa è più|qual è più)',
  ],
});

/** The seeker's turns that ask about means (see `MEANS_QUESTION`). */
export function meansQuestions(userTurns: readonly string[]): string[] {
  return userTurns.filter((turn) => MEANS_QUESTION.first(turn) !== undefined);
}
