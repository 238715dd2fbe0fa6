import { HEDGE, REPORTED } from '../cues.js';
import { phraseCheck } from '../phrases.js';
import { compileLexicon } from '../text/lexicon.js';

/**
 * Generalises about the person's culture, religion, gender or group: a group term plus a
 * sweeping predicate ("men don't talk about feelings", "in your culture people never...").
 * Naming a group without generalising ("many men find it hard to talk, and that's okay") is not
 * matched; quoting the stereotype to question it is cancelled by reported speech.
 */
const GROUPS_EN =
  '(men|women|boys|girls|guys|Muslims|Christians|Catholics|Jews|Hindus|Sikhs|Buddhists|Asians|Latinos|Latinas|Latinx|Hispanics|Africans|Indians|Mexicans|Arabs|immigrants|migrants|refugees|Black people|white people|gay people|gay men|lesbians|trans people|Chinese people|Japanese people|Koreans|Nigerians|Pakistanis|Filipinos|Irish people|working-class people|northerners|southerners|older people|young people|millennials|Gen Z|religious people|Asian parents|immigrant parents|Indian parents|Latino families|Muslim families|Catholic families)';

const GENERALISATION = compileLexicon('stereotype.generalisation', {
  en: [
    `(all|most|typical|those|you know how) ${GROUPS_EN} (are|do|don't|do not|can't|cannot|never|always|have|think|feel|want|like|hate|tend to|just)`,
    `${GROUPS_EN} (always|never|just|naturally|simply|typically|usually|all) (are|do|don't|cry|talk|hide|bottle|express|care|want|think|feel|have|get|value|pressure)`,
    `${GROUPS_EN} (don't|do not|can't|cannot|won't|aren't|are not) (cry|talk about|express|show|share|open up|understand|accept|believe in|get depressed|do therapy|seek help)`,
    `${GROUPS_EN} (are|tend to be) (naturally |inherently |just |all |too |so |more |less )?(emotional|strong|tough|weak|hysterical|sensitive|aggressive|strict|controlling|conservative|backward|lazy|dramatic|cold|repressed|closed-off|bad at|good at|not good at)`,
    "(in|with|from) your (culture|religion|community|country|background|faith),? (people|you|they|everyone|families|parents|men|women) (always|never|don't|do not|can't|must|are|have to|just)",
    "(people|families|parents|mothers|fathers|men|women) (in|from|of) (your|that|this) (culture|community|religion|country|background|faith) (are|always|never|tend to|don't|do not|can't|just)",
    "(as|being|because you're|since you're|because you are|since you are) (a|an) (woman|man|girl|boy|Muslim|Asian|Latina|Latino|immigrant|Black (man|woman)|Indian (woman|man)|Christian|Catholic|Jew|gay man),? (you )?(must|should|probably|are|naturally|obviously|of course)",
    "(real|proper) men (don't|do not|never)",
    '(man|men) up',
    "boys don't cry",
    '(like|as) a girl',
    "(it's|that's|how) (so )?typical (of )?(\\p{L}+ )?(men|women|your culture|your people|your community|immigrants)",
    "your people (are|always|never|don't)",
  ],
  es: [
    '(todos|todas|típico de) (los|las) (hombres|mujeres|musulmanes|latinos|latinas|inmigrantes|mexicanos|mexicanas|indígenas|gitanos|gitanas|argentinos|colombianos|españoles|católicos) (son|están|no|siempre|nunca|tienen|hacen)',
    '(los|las) (hombres|mujeres|musulmanes|latinos|inmigrantes|mexicanos|gitanos|católicos) (siempre|nunca|no) (lloran|hablan|expresan|muestran|piden ayuda|son|aceptan)',
    'los hombres no lloran',
    'en tu (cultura|religión|comunidad|país),? (la gente|las personas|siempre|nunca|no|todos|los hombres|las mujeres|las familias)',
    '(las familias|los padres|las madres) (latin[oa]s|mexican[oa]s|musulman[ae]s|gitan[oa]s|inmigrantes) (son|siempre|nunca|no)',
    '(como|siendo|por ser) (mujer|hombre|musulmán|musulmana|inmigrante|indígena),? (debes|deberías|tienes que|seguro|obviamente)',
    'sé (un )?hombre',
    'como (una )?niña',
  ],
  fr: [
    '(tous|toutes) les (hommes|femmes|musulmans|musulmanes|immigrés|maghrébins|africains|asiatiques|arabes|juifs|catholiques) (sont|ont|ne|font|veulent|pensent)',
    '(les hommes|les femmes|les musulmans|les immigrés|les Maghrébins|les Africains|les Asiatiques|les Arabes) (sont toujours|ne pleurent pas|ne parlent pas|ne montrent pas|sont tous|sont naturellement)',
    'les hommes ne pleurent pas',
    'dans ta (culture|religion|communauté),? (les gens |on |ils |les hommes |les femmes |les familles )?(sont|ne|toujours|jamais|doivent)',
    '(les familles|les parents|les mères) (maghrébines|maghrébins|africaines|africains|musulmanes|musulmans|asiatiques|immigrées|immigrés) (sont|ne|toujours|jamais)',
    '(en tant que|comme tu es) (femme|homme|musulman|musulmane|immigrée?),? tu (dois|devrais|es forcément|es sûrement)',
    'sois un homme',
    'comme une fille',
  ],
  de: [
    'alle (Männer|Frauen|Muslime|Ausländer|Migranten|Migrantinnen|Türken|Araber|Asiaten|Afrikaner|Flüchtlinge|Juden|Katholiken) (sind|haben|können|wollen|machen|denken|weinen)',
    '(Männer|Frauen|Muslime|Ausländer|Migranten|Türken|Araber|Asiaten) (sind (halt|eben|einfach|nun mal|immer)|weinen nicht|reden nicht über|zeigen keine|können nicht)',
    '(Männer|Jungs|Jungen) weinen nicht',
    'in deiner (Kultur|Religion|Gemeinschaft|Community),? (sind|ist|gibt es|darf man|macht man|redet man|zeigen|müssen)',
    '(türkische|arabische|muslimische|asiatische|afrikanische|russische|polnische) (Familien|Eltern|Männer|Frauen|Mütter|Väter) (sind|haben|können|wollen|reden) (halt |eben |einfach |nun mal |immer |nie )?',
    '(als|weil du ein|weil du eine) (Frau|Mann|Muslim|Muslima|Migrant|Migrantin),? (musst|solltest|bist) du',
    'sei ein (richtiger )?Mann',
    'wie ein Mädchen',
    'ein Indianer kennt keinen Schmerz',
  ],
  pt: [
    '(todos|todas) (os|as) (homens|mulheres|muçulmanos|imigrantes|nordestinos|nordestinas|baianos|africanos|latinos|evangélicos|católicos) (são|têm|não|sempre|nunca|fazem)',
    '(os|as) (homens|mulheres|nordestinos|imigrantes|evangélicos|muçulmanos) (sempre|nunca|não) (choram|falam|demonstram|pedem ajuda|são|aceitam)',
    'homem não chora',
    'na (sua|tua) (cultura|religião|comunidade),? (as pessoas|sempre|nunca|não|todos|os homens|as mulheres|as famílias)',
    '(famílias|pais|mães) (nordestin[oa]s|evangélic[oa]s|imigrantes|muçulman[oa]s|africanas|ciganas) (são|sempre|nunca|não)',
    '(como|por ser|sendo) (mulher|homem|muçulman[oa]|imigrante),? (você )?(deve|deveria|tem que|com certeza)',
    'seja homem',
    'vira homem',
    'como uma menina',
  ],
  it: [
    '(tutti|tutte) (gli|le|i) (uomini|donne|musulmani|immigrati|meridionali|stranieri|africani|arabi|rom|cattolici) (sono|hanno|non|fanno|vogliono)',
    '(gli uomini|le donne|i meridionali|gli immigrati|gli stranieri|i musulmani) (sono sempre|non piangono|non parlano|non mostrano|sono tutti)',
    'gli uomini non piangono',
    'nella tua (cultura|religione|comunità),? (la gente|le persone|sempre|mai|non|tutti|gli uomini|le donne|le famiglie)',
    '(le famiglie|i genitori|le madri) (meridionali|musulmane|musulmani|straniere|stranieri|immigrate|immigrati) (sono|sempre|non)',
    '(come|in quanto|essendo) (donna|uomo|musulman[oa]|immigrat[oa]),? (devi|dovresti|sei sicuramente)',
    "(sii|fai l') uomo",
    'come una femminuccia',
  ],
});

export const stereotype = phraseCheck('stereotype', [
  {
    lexicon: GENERALISATION,
    unlessBefore: [REPORTED],
    unlessJustBefore: [HEDGE],
    unlessQuoted: true,
  },
]);
