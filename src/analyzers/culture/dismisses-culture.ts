import { REPORTED } from '../cues.js';
import { phraseCheck } from '../phrases.js';
import { compileLexicon } from '../text/lexicon.js';

/** Dismisses the person's religious, family or cultural framing instead of working with it. */
const FRAMING_EN =
  '(religion|faith|culture|cultural (background|values|beliefs)|family|parents|traditions?|beliefs?|community|god|church|mosque|temple|imam|priest|pastor|rabbi|elders|customs|prayers?|spirituality)';

export const DISMISSAL = compileLexicon('dismisses_culture.dismissal', {
  en: [
    `(forget|ignore|never mind|don't worry about|stop listening to|put aside|set aside) (about )?(your|what your|all that) ${FRAMING_EN}`,
    `(your |their |that |this |the )?${FRAMING_EN} (is|are) (just |only |clearly |obviously )?(holding you back|the problem|outdated|backward|backwards|irrelevant|nonsense|superstition|superstitious|toxic|primitive|medieval|old-fashioned|brainwashing|wrong|ignorant)`,
    "(prayer|praying|faith|religion|god|church|going to church|reading scripture) (won't|doesn't|can't|will not|does not|cannot|isn't going to) (help|fix|solve|work|cure|change anything)",
    '(you (need|have|ought) to|just) (stop|give up|quit) (praying|believing|going to (church|mosque|temple)|listening to your (family|parents|elders)|your faith|your religion)',
    "(that's|that is|it's|it is|those are) (just |only |all )?(superstitions?|old wives' tales|myths|outdated (beliefs|ideas|thinking)|old-fashioned (beliefs|ideas|thinking)|backward (beliefs|ideas|thinking))",
    "(it )?(doesn't|does not) matter what your (family|parents|culture|religion|community|elders|mother|father|mum|mom|dad) (think|thinks|say|says|want|wants|believe|believes)",
    "(your )?(family|parents)('s| are| is)? (opinions?|views?|expectations?) (don't|do not|doesn't|does not|shouldn't) matter",
    '(just )?cut (them|your family|your parents) off',
    '(leave|abandon|get away from) your (religion|faith|church|culture|community)',
    "(you're|you are) an adult,? (so )?(it doesn't matter what |you don't have to listen to )?your (parents|family)",
    '(modern|western|real) (medicine|psychology|science) (knows better|is (better|superior)) than',
    "(spirits|jinn|djinn|evil eye|curses?|witchcraft|black magic) (aren't|are not|isn't|is not|don't|do not) (real|exist)",
  ],
  es: [
    'olvídate de (tu|tus|lo que (diga|dicen|piensa|piensan) tu|lo que (diga|dicen|piensa|piensan) tus) (religión|fe|cultura|familia|padres|tradiciones|creencias|iglesia)',
    '(tu |tus )?(religión|fe|cultura|familia|tradiciones|creencias) (es|son) (el problema|anticuad[oa]s?|una superstición|supersticiones|tóxic[oa]s?|retrógrad[oa]s?|ignorantes?)',
    '(rezar|la oración|la fe|la religión|ir a misa) no (te )?(va a )?(ayudar|ayuda|sirve|servirá|resuelve|soluciona)',
    'deja de (rezar|creer|ir a (misa|la iglesia)|escuchar a tu (familia|madre|mamá|padre))',
    'no importa lo que (piense|diga|piensen|digan) tu (familia|cultura|religión|madre|mamá|padre|comunidad)',
    'eso (es|son) (solo |sólo |pura )?(superstición|supersticiones|cuentos|ignorancia)',
    '(tu madre|tu mamá|tu familia) (es|son) (ignorante|ignorantes|anticuad[oa]s?)',
  ],
  fr: [
    'oublie (ta|tes|ce que (dit|pense|disent|pensent) ta|ce que (dit|pense|disent|pensent) tes) (religion|foi|culture|famille|parents|traditions|croyances)',
    "(ta |tes )?(religion|foi|culture|famille|traditions|croyances) (est|sont|c'est) (le problème|dépassée?s?|une superstition|des superstitions|toxiques?|arriérée?s?|ignorante?s?)",
    "prier ne (va pas|sert à rien|t'aidera pas|changera rien)",
    "arrête de (prier|croire|aller à (l'église|la mosquée)|écouter ta famille|écouter tes parents)",
    'peu importe ce que (pense|dit|pensent|disent) (ta|tes) (famille|culture|religion|parents|mère|père)',
    "ce (n'est|ne sont) que des (superstitions|croyances)",
  ],
  de: [
    'vergiss (deine|was deine) (Religion|Glauben|Kultur|Familie|Eltern|Traditionen)',
    '(deine )?(Religion|Kultur|Glaube|Familie|Traditionen) (ist|sind) (das Problem|veraltet|rückständig|Aberglaube|toxisch|ignorant)',
    'beten (hilft|bringt) (dir )?(nicht|nichts)',
    'hör auf (zu beten|zu glauben|auf deine (Familie|Eltern) zu hören)',
    'egal,? was deine (Familie|Eltern|Kultur|Religion|Mutter|Vater) (denkt|sagt|denken|sagen)',
    'das ist (doch )?(nur |bloß )?Aberglaube',
  ],
  pt: [
    'esqueça (a sua|sua|a tua|o que (sua|tua|a sua) (família|mãe|religião) (diz|pensa))( religião| fé| cultura| família)?',
    '(sua |tua )?(religião|fé|cultura|família|tradição|crença) (é|são) (o problema|atrasada|ultrapassada|superstição|tóxica|ignorante)',
    '(rezar|orar|a fé|a religião|ir à igreja) não (vai )?(ajudar|resolve|adianta|serve)',
    'pare de (rezar|orar|acreditar|ir à igreja|ouvir a sua família|ouvir sua família)',
    'não importa o que (sua|tua) (família|cultura|religião|mãe|pai) (pensa|diz)',
    'isso é (só |apenas )?(superstição|crendice|ignorância)',
  ],
  it: [
    'dimentica (la tua|quello che (dice|pensa) la tua) (religione|fede|cultura|famiglia)',
    '(la tua )?(religione|fede|cultura|famiglia|tradizione) è (il problema|antiquata|superstizione|tossica|arretrata|ignorante)',
    'pregare non (ti )?(aiuta|aiuterà|servirà|serve|risolve)',
    'smetti di (pregare|credere|andare in chiesa|ascoltare la tua famiglia)',
    'non importa cosa (pensa|dice) la tua (famiglia|cultura|religione|madre)',
    'è (solo |soltanto )?(superstizione|ignoranza)',
  ],
});

export const dismissesCulture = phraseCheck('dismisses_culture', [
  { lexicon: DISMISSAL, unlessBefore: [REPORTED], unlessQuoted: true },
]);
