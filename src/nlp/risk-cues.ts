/**
 * A small, explainable, multilingual lexicon of risk cues (en, es, fr, de, pt, it).
 *
 * Every cue is a named pattern in one language; a hit is returned as a span into the original
 * text with the cue that fired and its risk category, so whoever acts on it can show why. Two
 * scoping rules keep obvious non-risk out: a negator just before the cue in the same clause ("I'm
 * not suicidal", "no quiero morir") and figurative idioms that overlap the cue ("I could die of
 * embarrassment", "I ran 10 kms"). Means questions that are harmless alone ("tallest bridges")
 * count only when the same text also shows distress, which is how indirect means-seeking looks.
 *
 * This is deliberately a lexicon, not a model: the triage engine replaces it. Keep the API small.
 */
import type { RiskCategory } from '../core/index.js';

export interface RiskCue {
  /** Offsets into the original text, UTF-16 code units. */
  start: number;
  end: number;
  /** The original text of the span. */
  text: string;
  /** The cue that fired, `<category>.<kind>`, e.g. `suicide.passive_wish`. */
  cue: string;
  category: RiskCategory;
}

type Lang = 'en' | 'es' | 'fr' | 'de' | 'pt' | 'it';

interface CueRule {
  cue: string;
  category: RiskCategory;
  lang: Lang;
  pattern: RegExp;
  /** Only a risk when the same text also shows distress (indirect means-seeking). */
  needsDistress: boolean;
}

type Alternatives = Partial<Record<Lang, string[]>>;

/**
 * Patterns are written against folded text (see `fold`): lower case, no diacritics, straight
 * apostrophes. Each alternative must start and end on a word character.
 */
function cueRules(
  cue: string,
  category: RiskCategory,
  byLang: Alternatives,
  options: { needsDistress?: boolean } = {},
): CueRule[] {
  return (Object.entries(byLang) as Array<[Lang, string[]]>).map(([lang, alternatives]) => ({
    cue,
    category,
    lang,
    pattern: new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'g'),
    needsDistress: options.needsDistress ?? false,
  }));
}

/** "myself" / "my self" only: "this is killing me" must not look like "killing myself". */
const ME = '(?:my ?self)';

/** Accidents are not self-harm: "I cut myself shaving". */
const NOT_ACCIDENT =
  '(?! (?:shaving|cooking|chopping|on (?:the|a|some)|while|by accident|accidentally|in the kitchen))';
/** Haircuts and nails are not self-harm: "cortarme el pelo", "me couper les cheveux". */
const NOT_GROOMING =
  '(?! (?:el (?:pelo|cabello|flequillo)|las unas|les cheveux|les ongles|la frange|o cabelo|as unhas|i capelli|le unghie|la frangia))';

/** People a threat can be aimed at ("my husband", "a mi jefe"), so "hurt my back" is not a threat. */
const PEOPLE = {
  en: 'my (?:husband|wife|partner|boyfriend|girlfriend|dad|father|mum|mom|mother|brother|sister|son|daughter|baby|child|kids|boss|ex|neighbou?r|roommate|flatmate|teacher|coworker|colleague|friend|stepdad|stepmom)',
  es: 'mi (?:esposo|esposa|marido|mujer|novio|novia|pareja|padre|madre|hermano|hermana|hijo|hija|bebe|jefe|jefa|ex|vecino|vecina|companero|companera)',
  de: '(?:meinen|meine) (?:mann|frau|freund|freundin|vater|mutter|bruder|schwester|sohn|tochter|baby|chef|chefin|ex|nachbarn|nachbarin|kollegen|kollegin)',
  pt: '(?:meu|minha) (?:marido|mulher|esposa|namorado|namorada|pai|mae|irmao|irma|filho|filha|bebe|chefe|ex|vizinho|vizinha|colega)',
  it: '(?:mio|mia) (?:marito|moglie|ragazzo|ragazza|padre|madre|fratello|sorella|figlio|figlia|capo|ex|vicino|vicina|collega)',
};

const RULES: readonly CueRule[] = [
  // --- suicide -----------------------------------------------------------------------------
  ...cueRules('suicide.intent', 'suicide', {
    en: [
      `(?:i'?m|i am|i'?ll|i will|im) (?:going to|gonna|about to|ready to) (?:kill ${ME}|end (?:it all|my life)|take my (?:own )?life|unalive ${ME})`,
      `i(?:'ll| will) (?:kill ${ME}|end (?:it all|my life)|take my (?:own )?life)`,
      `(?:tonight|today) i(?:'m| am| will|'ll) (?:going to )?(?:kill ${ME}|end (?:it|it all|my life))`,
    ],
    es: [
      'voy a (?:matarme|suicidarme|quitarme la vida|acabar con mi vida)',
      'me voy a (?:matar|suicidar|quitar la vida)',
    ],
    fr: ['je vais (?:me tuer|me suicider|mettre fin a mes jours|mettre fin a ma vie|en finir)'],
    de: [
      'ich (?:werde|will) mich (?:heute |jetzt )?(?:umbringen|toten)',
      'ich bringe mich (?:heute |jetzt )?um',
      'ich bring mich (?:heute |jetzt )?um',
    ],
    pt: [
      'vou (?:me matar|me suicidar|tirar (?:a )?minha (?:propria )?vida|acabar com a minha vida)',
    ],
    it: [
      '(?:mi ammazzo|mi uccido|sto per (?:uccidermi|ammazzarmi|farla finita)|vado a (?:uccidermi|ammazzarmi))',
    ],
  }),
  ...cueRules('suicide.preparation', 'suicide', {
    en: [
      '(?:wrote|written|writing|left|leaving) (?:a |my )?(?:goodbye|suicide|farewell) (?:letters?|notes?|messages?)',
      '(?:giving|gave) away (?:all )?my (?:stuff|things|belongings|possessions)',
      '(?:said|saying) my (?:last )?goodbyes',
      'this is (?:my )?goodbye',
    ],
    es: [
      'cartas? de despedida',
      '(?:regale|regalando|regalo) (?:todas )?mis cosas',
      'esto es una despedida',
    ],
    fr: ["lettres? d'adieu", '(?:donne|donner) (?:toutes )?mes affaires', "c'est un adieu"],
    de: ['abschiedsbriefe?', 'meine sachen verschenkt', 'das ist ein abschied'],
    pt: [
      'cartas? de despedida',
      '(?:dei|dando) (?:todas )?as minhas coisas',
      'isto e uma despedida',
    ],
    it: [
      "lettera d'addio",
      'lettere di addio',
      'regalato (?:tutte )?le mie cose',
      'questo e un addio',
    ],
  }),
  ...cueRules('suicide.explicit', 'suicide', {
    en: [
      `kill(?:ing)? ${ME}`,
      `(?:end|ending) (?:it all|my (?:own )?life)`,
      'take my (?:own )?life',
      '(?:commit|committing|attempt|attempted|attempting) suicide',
      'suicide attempt',
      'suicidal',
      '(?:thinking|thought|thoughts|think) (?:about|of) (?:suicide|killing myself|ending (?:it|it all|my life))',
      '(?:off|offing) myself',
    ],
    es: [
      'matarme',
      'suicidarme',
      'quitarme la vida',
      'acabar con (?:todo|mi vida)',
      '(?:ganas|pensamientos?|ideas?) de (?:matarme|suicidarme|quitarme la vida|acabar con todo)',
      'suicida',
      'intento de suicidio',
    ],
    fr: [
      'me tuer',
      'me suicider',
      'mettre fin a (?:mes jours|ma vie)',
      "(?:envie|idees?|pensees?) d'en finir",
      '(?:veux|voudrais) en finir',
      'en finir avec (?:la vie|tout)',
      'suicidaires?',
      'tentative de suicide',
    ],
    de: [
      'mich (?:umbringen|umzubringen|toten|zu toten)',
      'meinem leben ein ende (?:setzen|machen|zu setzen)',
      'mit allem schluss machen',
      'suizidal',
      '(?:suizid|selbstmord)gedanken',
      'suizidversuch',
      'selbstmordversuch',
    ],
    pt: [
      'me matar',
      'me suicidar',
      'suicidar-me',
      'tirar (?:a )?minha (?:propria )?vida',
      'acabar com (?:tudo|a minha vida|minha vida)',
      'suicida',
      'tentativa de suicidio',
    ],
    it: [
      'uccidermi',
      'ammazzarmi',
      'suicidarmi',
      'togliermi la vita',
      'farla finita',
      'suicida',
      'tentato (?:il )?suicidio',
      'pensieri suicid[ia]',
    ],
  }),
  ...cueRules('suicide.passive_wish', 'suicide', {
    en: [
      '(?:i )?(?:just |really |honestly )?(?:want|wanna|wanted|wish) to (?:die|be dead|not (?:exist|be alive|be here|wake up))',
      "(?:don'?t|do not|dont|no longer) (?:want|wanna) to (?:live|be alive|exist|be here anymore|wake up|go on)",
      'wish i (?:was|were) (?:dead|never born|not alive|gone)',
      'wish i (?:could|would) (?:just )?(?:die|not wake up|fall asleep and (?:never|not) wake up|stop existing)',
      "(?:hope|pray|wish) i (?:don'?t|dont|never|won'?t|wont) wake up",
      '(?:sleep|go to sleep|fall asleep) and (?:never|not) wake up',
      'better off (?:dead|without me)',
      '(?:world|everyone|everybody|they|family) (?:would be|is|are|will be) better (?:off )?without me',
      'no (?:reason|point) (?:to|in|of) (?:live|living|going on|being alive|being here)',
      'tired of (?:living|being alive|existing)',
      "(?:won'?t|wont|will not) be (?:around|here) (?:much longer|for long|anymore)",
      '(?:disappear|vanish) (?:forever|for good)',
      'wish i could (?:just )?(?:disappear|vanish)',
      '(?:want|wanna) to (?:just )?(?:disappear|vanish)(?! (?:for|to|on|into|under|from) )',
    ],
    es: [
      '(?:quiero|quisiera|deseo|queria) (?:morir(?:me)?|estar muert[oa]|desaparecer|dejar de existir)',
      'no quiero (?:vivir|seguir viviendo|despertar(?:me)?|existir|seguir aqui)',
      'ya no quiero (?:vivir|estar aqui)',
      '(?:ganas|pensamientos?) de (?:morir(?:me)?|desaparecer|no despertar)',
      '(?:estarian|estaria|estarias) mejor sin mi',
      'no (?:vale la pena|tiene sentido) (?:vivir|seguir viviendo|seguir)',
      'ojala no despertara',
      'cansad[oa] de vivir',
    ],
    fr: [
      '(?:je veux|je voudrais|envie de) (?:mourir|disparaitre|ne plus exister)',
      "j'?ai envie de mourir",
      'je (?:ne )?veux plus (?:vivre|me reveiller|exister)',
      '(?:seraient|serait) mieux sans moi',
      'plus (?:aucune )?raison de vivre',
      'fatigue[e]? de vivre',
      'ne plus me reveiller',
    ],
    de: [
      '(?:will|mochte|wurde) (?:am liebsten |einfach |nur )?(?:sterben|tot sein|verschwinden|nicht mehr aufwachen)',
      '(?:will|mochte) nicht mehr (?:leben|aufwachen|da sein|existieren)',
      'nicht mehr leben (?:will|mochte)',
      '(?:wunschte|wunsche),? ich ware (?:tot|nie geboren)',
      '(?:waren|ware|sind) (?:alle )?besser (?:dran )?ohne mich',
      'keinen sinn mehr (?:zu leben|im leben)',
      'lebensmude',
      'todessehnsucht',
    ],
    pt: [
      '(?:quero|queria|desejo) (?:morrer|estar mort[oa]|sumir|desaparecer|deixar de existir)',
      'nao quero (?:mais )?(?:viver|acordar|existir|estar aqui)',
      '(?:vontade|pensamentos?) de (?:morrer|sumir|desaparecer)',
      '(?:estariam|ficariam|seria|estaria) melhor sem mim',
      'cansad[oa] de viver',
      'nao vale a pena viver',
    ],
    it: [
      '(?:voglio|vorrei|desidero) (?:morire|essere mort[oa]|sparire|scomparire|non esistere)',
      'non voglio piu (?:vivere|svegliarmi|esistere)',
      'vorrei non svegliarmi piu',
      '(?:pensieri|voglia) di (?:morire|sparire|scomparire)',
      'starebbero meglio senza di me',
      'stanc[oa] di vivere',
      'nessun motivo per vivere',
    ],
  }),
  ...cueRules('suicide.slang', 'suicide', {
    en: [
      'kms',
      'kmsl',
      'unalive(?: my ?self)?',
      'unaliving(?: my ?self)?',
      'sewer ?slide',
      'sewer-slide',
      'su1c1de',
      'suic1de',
      'self[- ]?delet(?:e|ing)',
      'ctb',
    ],
    es: ['desvivirme', 'autoeliminarme'],
    de: ['mich abmelden fur immer'],
    pt: ['me desviver'],
  }),
  ...cueRules('suicide.mention', 'suicide', {
    en: ['suicide'],
    es: ['suicidio'],
    fr: ['suicide'],
    de: ['suizid', 'selbstmord'],
    pt: ['suicidio'],
    it: ['suicidio'],
  }),
  ...cueRules('suicide.third_party', 'suicide', {
    en: [
      '(?:wants?|wanted|going|planning|plans|tried|trying|threatening|threatened) to (?:kill|end|hurt) (?:himself|herself|themselves|themself|his life|her life|their life)',
      '(?:he|she|they) (?:wants?|want) to die',
    ],
    es: ['(?:quiere|va a|intento) (?:matarse|suicidarse|quitarse la vida)'],
    fr: ['(?:veut|va|a essaye de) (?:se tuer|se suicider|mettre fin a ses jours)'],
    de: ['(?:will|wollte) sich (?:umbringen|das leben nehmen)', 'bringt sich um'],
    pt: ['(?:quer|vai|tentou) (?:se matar|se suicidar|tirar a propria vida)'],
    it: ['(?:vuole|sta per|ha tentato di) (?:uccidersi|ammazzarsi|suicidarsi|togliersi la vita)'],
  }),
  ...cueRules(
    'suicide.means_inquiry',
    'suicide',
    {
      en: [
        '(?:tallest|highest) (?:bridges?|buildings?|cliffs?|towers?|parking (?:garages?|structures?)|rooftops?)',
        'how (?:many|much) (?:pills|tablets|meds|medication|of (?:my|these|the) (?:pills|meds|medication|tablets))',
        'where (?:can|could) i (?:buy|get) (?:a )?(?:gun|rope)',
      ],
      es: [
        '(?:puentes?|edificios?) mas altos?',
        'cuantas (?:pastillas|pildoras)',
        'donde (?:puedo )?(?:comprar|conseguir) (?:un arma|una pistola|una cuerda)',
      ],
      fr: [
        '(?:ponts?|immeubles?|batiments?) les plus hauts?',
        'combien de (?:cachets|comprimes|pilules|medicaments)',
        'ou (?:acheter|trouver) (?:une arme|un pistolet|une corde)',
      ],
      de: [
        'hochsten (?:brucken|gebaude|hochhauser)',
        'wie viele (?:tabletten|pillen)',
        'wo (?:bekomme|kaufe) ich eine (?:waffe|pistole)',
      ],
      pt: [
        '(?:pontes?|predios?|edificios?) mais altos?',
        'quantos comprimidos',
        'quantas pilulas',
        'onde (?:compro|consigo) uma arma',
      ],
      it: [
        '(?:ponti|palazzi|edifici) piu alti',
        'quante (?:pillole|pasticche|compresse)',
        'dove (?:compro|trovo) una pistola',
      ],
    },
    { needsDistress: true },
  ),
  ...cueRules('suicide.means_inquiry', 'suicide', {
    en: [
      '(?:lethal|fatal|deadly) (?:dose|amount)',
      'painless(?:ly)? (?:way|ways|method|methods|death) to die',
      'painless (?:way|ways|death)',
      '(?:quickest|easiest|fastest) way to die',
    ],
    es: ['dosis (?:letal|mortal)', 'forma (?:indolora|rapida|facil) de morir'],
    fr: ['dose (?:letale|mortelle)', 'facon (?:indolore|rapide) de mourir', 'mourir sans souffrir'],
    de: ['(?:todliche|letale) dosis', 'schmerzlos sterben', 'schnellste art zu sterben'],
    pt: ['dose (?:letal|mortal)', 'jeito (?:indolor|rapido) de morrer', 'morrer sem dor'],
    it: [
      'dose (?:letale|mortale)',
      'modo (?:indolore|rapido) (?:di|per) morire',
      'morire senza soffrire',
    ],
  }),
  // --- self-harm ---------------------------------------------------------------------------
  ...cueRules('self_harm.act', 'self_harm', {
    en: [
      `(?:want|wanna|need|urge|urges|going|gonna|tempted|thinking about|thought about|started|start|keep|kept|been|stop|stopped|relapsed and) (?:to )?(?:cut|cutting|hurt|hurting|harm|harming|burn|burning|punish|punishing|scratch|scratching|hit|hitting) ${ME}`,
      `i (?:cut|burned|burnt) (?:${ME}|again)${NOT_ACCIDENT}`,
      `cutting (?:${ME}|again)${NOT_ACCIDENT}`,
      'self[- ]?harm(?:ing|ed)?',
      'self[- ]?injur(?:y|e|ing|ed)',
      'cuts on my (?:arms?|wrists?|legs?|thighs?|stomach)',
    ],
    es: [
      `cortarme${NOT_GROOMING}`,
      'me corto (?:los brazos|las piernas|las munecas|otra vez)',
      'me volvi a cortar',
      'lastimarme',
      'hacerme dano',
      'autolesion(?:es|arme)?',
      'quemarme a proposito',
    ],
    fr: [
      'me scarifier',
      'je me scarifie',
      'scarifications?',
      `(?:me couper|je me coupe)${NOT_GROOMING}`,
      'me faire du mal',
      'je me fais du mal',
      "m'?automutiler",
      'automutilations?',
    ],
    de: [
      'mich (?:zu )?ritzen',
      'ritze mich',
      '(?:mich|wieder) geritzt',
      'selbstverletz(?:ung|ungen|e|en|t|endes)',
      'mir (?:selbst )?(?:weh ?(?:zu )?tun|wehzutun)',
      'mir selbst schaden',
      'ich verletze mich (?:selbst|absichtlich)',
    ],
    pt: [
      `me cortar${NOT_GROOMING}`,
      'me corto',
      'automutila(?:cao|r|ndo)',
      'me machucar de proposito',
      'autolesao',
      'me ferir',
    ],
    it: [
      `(?:tagliarmi|mi taglio)${NOT_GROOMING}`,
      'autolesionismo',
      'autolesion[ie]',
      'farmi del male',
      'mi faccio del male',
      'ferirmi',
    ],
  }),
  // --- abuse -------------------------------------------------------------------------------
  ...cueRules('abuse.violence', 'abuse', {
    en: [
      '(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|father|mum|mom|mother|stepdad|stepfather|stepmom|stepmother|uncle|brother|ex|boss|carer|caregiver)) (?:hits|hit|beats|beat|chokes|choked|strangled|kicks|kicked|slaps|slapped|punches|punched|threatens|threatened|raped|rapes|touches|touched|forces|forced|locks|locked) me',
      '(?:threatens|threatened|threatening) to (?:kill|hurt|beat) me',
      '(?:afraid|scared|terrified) (?:to go|of going) home',
      'not safe at home',
      '(?:domestic|family) (?:violence|abuse)',
      'sexual(?:ly)? (?:assault(?:ed)?|abus(?:e|ed))',
      '(?:abused|abuses|abusing) me',
      '(?:is|was|being) abusive',
      "won'?t let me (?:leave|see my friends|have money|go out)",
    ],
    es: [
      'me (?:pega|golpea|pego|golpeo|maltrata|maltrataba|amenaza|amenazo|viola|violo|ahorca|encierra)',
      'amenaza(?:do)? con matarme',
      'malos tratos',
      'maltrato',
      'violencia (?:domestica|de genero|intrafamiliar)',
      'miedo de (?:volver|ir) a casa',
      'abuso sexual',
      'abusaron de mi',
      'abuso de mi',
      'no me deja (?:salir|ver a mis amigos)',
    ],
    fr: [
      '(?:il|elle|mon (?:mari|copain|pere|beau-pere|conjoint|compagnon|ex)|ma (?:femme|copine|mere|belle-mere)) me (?:frappe|bat|battait|frappait|menace|viole|violait|etrangle|enferme|force)',
      'violences? conjugales?',
      'violences? (?:domestiques?|familiales?)',
      'peur de rentrer (?:a la maison|chez moi)',
      'maltraitance',
      'agression sexuelle',
      'abuse[e]? sexuellement',
    ],
    de: [
      '(?:er|sie|mein (?:mann|freund|vater|stiefvater|partner|ex)|meine (?:frau|mutter|freundin|stiefmutter)) (?:schlagt|schlug|bedroht|bedrohte|vergewaltigt|vergewaltigte|wurgt|wurgte|misshandelt|sperrt) mich',
      'hausliche gewalt',
      'angst,? nach hause zu gehen',
      '(?:sexuell )?missbraucht',
      'sexueller missbrauch',
    ],
    pt: [
      '(?:ele|ela|meu (?:marido|namorado|pai|padrasto|companheiro|ex)|minha (?:mulher|esposa|mae|namorada|madrasta)) me (?:bate|bateu|agride|agrediu|ameaca|ameacou|estuprou|violentou|enforca|tranca)',
      'violencia domestica',
      'medo de (?:voltar|ir) (?:para|pra) casa',
      'abuso sexual',
      'abusou de mim',
    ],
    it: [
      '(?:lui|lei|mio (?:marito|padre|patrigno|ragazzo|compagno|ex)|mia (?:moglie|madre|ragazza|matrigna)) mi (?:picchia|picchiava|colpisce|minaccia|violenta|strangola|chiude)',
      'violenza domestica',
      'paura di tornare a casa',
      'abuso sessuale',
      'abusato di me',
      'maltrattamenti',
    ],
  }),
  // --- overdose / medical emergency --------------------------------------------------------
  ...cueRules('medical_emergency.overdose', 'medical_emergency', {
    en: [
      'overdos(?:e|ed|ing)',
      '(?:took|taken|swallowed|downed|had) (?:a lot of|too many|all (?:of )?(?:my|the)|a bunch of|a whole (?:bottle|pack|box) of|the whole (?:bottle|pack|box)|loads of|a handful of) (?:pills|tablets|meds|medication|medicine|painkillers|sleeping pills)',
      "od(?:ed|'d)",
    ],
    es: [
      'sobredosis',
      '(?:me tome|tome|trague|me trague) (?:demasiadas|muchas|todas (?:las|mis)|un monton de|una caja de|un frasco de) (?:pastillas|pildoras|medicinas|medicamentos)',
    ],
    fr: [
      'surdose',
      'overdose',
      "j'?ai (?:pris|avale) (?:trop de|tous mes|toutes mes|toute la boite de|une boite de|plein de) (?:medicaments|cachets|comprimes|pilules)",
    ],
    de: [
      'uberdosis',
      '(?:zu viele|alle(?: meine)?|eine ganze packung) (?:tabletten|pillen|medikamente) (?:genommen|geschluckt)',
    ],
    pt: [
      'overdose',
      'tomei (?:muitos|muitas|todos os|todas as|uma caixa de|varios|varias) (?:comprimidos|remedios|pilulas)',
    ],
    it: [
      'overdose',
      'sovradosaggio',
      'ho preso (?:troppe|tutte le|una scatola di|tantissime) (?:pillole|pasticche|compresse|medicine)',
    ],
  }),
  ...cueRules('medical_emergency.injury', 'medical_emergency', {
    en: [
      "(?:can'?t|cannot|won'?t) stop (?:the )?bleeding",
      'bleeding (?:a lot|heavily|badly)',
      "(?:he|she|they|my \\w+)(?:'s| is|'re| are) (?:not breathing|unconscious|unresponsive)",
      "(?:he|she|they|my \\w+) (?:isn'?t|aren'?t|is not|are not) breathing",
    ],
    es: ['no (?:para|deja) de sangrar', 'esta inconsciente', 'no respira'],
    fr: [
      "(?:ne )?s'?arrete pas de saigner",
      '(?:est|il est|elle est) inconsciente?',
      'ne respire plus',
    ],
    de: ['hort nicht auf zu bluten', 'ist bewusstlos', 'atmet nicht mehr'],
    pt: ['nao para de sangrar', 'esta inconsciente', 'nao esta respirando'],
    it: ['non smette di sanguinare', 'e svenut[oa]', 'non respira'],
  }),
  // --- psychosis ---------------------------------------------------------------------------
  ...cueRules('psychosis.voices', 'psychosis', {
    en: [
      'hear(?:ing)? voices',
      'voices? (?:tell|telling|told|keep telling|say|saying|command|commanding) me',
      'voices in my head',
    ],
    es: ['(?:oigo|escucho) voces', 'las voces me (?:dicen|ordenan|piden)'],
    fr: ["j'?entends des voix", 'les voix me (?:disent|ordonnent)'],
    de: ['(?:ich )?hore stimmen', 'die stimmen (?:sagen|befehlen) mir'],
    pt: ['(?:ouco|escuto) vozes', 'as vozes (?:me )?(?:dizem|mandam)'],
    it: ['sento (?:delle )?voci', 'le voci mi (?:dicono|ordinano)'],
  }),
  ...cueRules('psychosis.persecution', 'psychosis', {
    en: [
      '(?:they|the government|the cia|the fbi|the police|my neighbou?rs|someone) (?:are|is) (?:watching|following|tracking|spying on|monitoring|controlling|poisoning|reading) (?:me|my (?:mind|thoughts))',
      '(?:implant|implants|chip|chips|camera|cameras|tracker|device) in my (?:head|brain|teeth|body|skin)',
      '(?:reading|controlling|stealing|inserting|broadcasting) my thoughts',
      '(?:tv|television|radio|the news) (?:is )?(?:talking|sending (?:me )?messages) (?:to|about) me',
      'secret messages (?:for|to) me',
    ],
    es: [
      'me (?:estan|esta) (?:vigilando|espiando|envenenando|controlando)',
      'me (?:vigilan|espian|envenenan)',
      '(?:leen|controlan|roban) mis pensamientos',
      'un chip en mi (?:cabeza|cuerpo)',
    ],
    fr: [
      'on me (?:surveille|suit|espionne|empoisonne)',
      'ils me (?:surveillent|espionnent|empoisonnent|controlent)',
      '(?:lisent|controlent|volent) mes pensees',
      'une puce dans (?:ma tete|mon corps)',
    ],
    de: [
      '(?:sie|man) (?:beobachtet|verfolgt|vergiftet|uberwacht|beobachten|verfolgen|vergiften|uberwachen) mich',
      '(?:lesen|kontrollieren|stehlen) meine gedanken',
      'einen chip in meinem (?:kopf|korper)',
    ],
    pt: [
      '(?:estao|esta) me (?:vigiando|espionando|envenenando|controlando)',
      'me (?:vigiam|espionam|envenenam)',
      '(?:leem|controlam|roubam) meus pensamentos',
      'um chip na minha cabeca',
    ],
    it: [
      'mi (?:stanno )?(?:spiano|spiando|sorvegliano|sorvegliando|avvelenano|avvelenando)',
      '(?:leggono|controllano|rubano) i miei pensieri',
      'un chip nella (?:mia )?testa',
    ],
  }),
  // --- mania -------------------------------------------------------------------------------
  ...cueRules('mania.no_sleep', 'mania', {
    en: [
      "(?:haven'?t|have not|havent|didn'?t|did not) slept? (?:in|for) (?:days|\\d+ days|two days|three days|four days|a week)",
      "(?:don'?t|do not|dont) need (?:to )?sleep(?: anymore)?",
      'no need (?:for|to) sleep',
    ],
    es: [
      'no (?:he dormido|duermo) (?:en|desde hace) (?:dias|\\d+ dias|una semana)',
      'no necesito dormir',
    ],
    fr: [
      "je n'?ai pas dormi depuis (?:des jours|\\d+ jours|deux jours|trois jours|une semaine)",
      "(?:je n'?ai )?pas besoin de dormir",
    ],
    de: [
      '(?:seit|schon) (?:tagen|\\d+ tagen|zwei tagen|drei tagen|einer woche) nicht (?:mehr )?geschlafen',
      'brauche keinen schlaf',
    ],
    pt: ['nao (?:durmo|dormi) (?:ha|faz) (?:dias|\\d+ dias|uma semana)', 'nao preciso dormir'],
    it: ['non dormo da (?:giorni|\\d+ giorni|una settimana)', 'non ho bisogno di dormire'],
  }),
  ...cueRules('mania.grandiosity', 'mania', {
    en: [
      "(?:i'?m|i am|im|feel) (?:invincible|unstoppable|a genius|the chosen one)",
      'god (?:chose|has chosen) me',
    ],
    es: ['(?:me siento|soy) invencible', 'dios me (?:eligio|ha elegido)'],
    fr: ['(?:je me sens|je suis) invincible', "dieu m'?a choisi"],
    de: ['(?:ich bin|fuhle mich) unbesiegbar', 'gott hat mich auserwahlt'],
    pt: ['(?:sou|me sinto) invencivel', 'deus me escolheu'],
    it: ['(?:sono|mi sento) invincibile', 'dio mi ha scelto'],
  }),
  ...cueRules('mania.spending', 'mania', {
    en: [
      '(?:spent|spend|spending|blew|blown|maxed out) (?:all )?(?:of )?(?:my|our) (?:savings|credit cards?|rent money|life savings)',
    ],
    es: ['gaste todos? (?:mis|los) ahorros'],
    fr: ["j'?ai depense toutes? mes economies"],
    de: ['mein ganzes erspartes'],
    pt: ['gastei todas? (?:as )?minhas economias'],
    it: ['ho speso tutti i (?:miei )?risparmi'],
  }),
  // --- eating disorder ---------------------------------------------------------------------
  ...cueRules('eating_disorder.behaviour', 'eating_disorder', {
    en: [
      `starv(?:e|ing) ${ME}`,
      `(?:make|made|making) ${ME} (?:throw up|sick|vomit|puke)`,
      'purg(?:e|ed|ing)',
      'binge(?:d|ing)? and purg(?:e|ed|ing)',
      "(?:haven'?t|have not|havent|didn'?t) eat(?:en)? (?:in|for) (?:days|\\d+ days|a week)",
      'laxatives? to lose',
      'pro[- ]?ana',
      'thinspo',
      'anorexi[ac]',
      'bulimi[ac]',
      '(?:under|below|less than) \\d+ (?:cal|cals|calories|kcal) a day',
    ],
    es: [
      'me (?:hago|provoco) vomitar',
      'provocarme el vomito',
      'me provoco el vomito',
      'dejar de comer',
      'no (?:he comido|como) (?:en|desde hace) (?:dias|\\d+ dias)',
      'anorexia',
      'bulimia',
      'atracones?',
    ],
    fr: [
      'me faire vomir',
      'je me fais vomir',
      'crises? de boulimie',
      'anorexi[ea]',
      'boulimi[ea]',
      'arreter de manger',
      "je n'?ai pas mange depuis (?:des jours|\\d+ jours)",
    ],
    de: [
      'zum (?:erbrechen|kotzen) (?:bringen|gebracht)',
      'mich ubergeben,? um',
      'fressattacken?',
      'essanfall\\w*',
      'magersucht(?:ig)?',
      'bulimie',
      'anorexie',
      'nichts (?:mehr )?gegessen seit (?:tagen|\\d+ tagen)',
      'hungere mich',
    ],
    pt: [
      'me fazer vomitar',
      'me faco vomitar',
      'provocar o vomito',
      'compulsao alimentar',
      'anorexia',
      'bulimia',
      'parar de comer',
      'nao como (?:ha|faz) (?:dias|\\d+ dias)',
    ],
    it: [
      'mi faccio vomitare',
      'farmi vomitare',
      'abbuffat[ae]',
      'anoressi[ac]',
      'bulimi[ac]',
      'smettere di mangiare',
      'non mangio da (?:giorni|\\d+ giorni)',
    ],
  }),
  // --- harm to others ----------------------------------------------------------------------
  ...cueRules('harm_to_others.intent', 'harm_to_others', {
    en: [
      `(?:want|wanna|going|gonna|plan|planning|about) to (?:kill|hurt|stab|shoot|attack|strangle) (?:him|her|them|someone|somebody|people|everyone|${PEOPLE.en})`,
      `i(?:'ll| will) (?:kill|hurt|stab|shoot) (?:him|her|them|${PEOPLE.en})`,
      '(?:thoughts|urges?) (?:of|about|to) (?:hurting|harming|killing|hurt|harm|kill) (?:someone|others|people|my (?:baby|child|kids|son|daughter))',
    ],
    es: [
      `(?:quiero|voy a) (?:matar|lastimar|herir|apunalar) a (?:alguien|el|ella|ellos|${PEOPLE.es})`,
      '(?:quiero|voy a) (?:matarlo|matarla|matarlos|hacerle dano|lastimarlo|lastimarla)',
    ],
    fr: [
      '(?:je vais|je veux|envie de) (?:le|la|les) (?:tuer|frapper|blesser|poignarder)',
      "faire du mal a (?:quelqu'?un|mon|ma|mes|lui|elle)",
    ],
    de: [
      `(?:will|werde) (?:ihn|sie|jemanden|${PEOPLE.de}) (?:umbringen|toten|verletzen|erstechen)`,
    ],
    pt: [
      `(?:quero|vou) (?:matar|machucar|ferir|esfaquear) (?:ele|ela|alguem|eles|o ${PEOPLE.pt}|${PEOPLE.pt})`,
      '(?:quero|vou) (?:mata-lo|mata-la)',
    ],
    it: [
      '(?:voglio|vado a) (?:ucciderlo|ucciderla|ammazzarlo|ammazzarla|fargli del male|farle del male)',
      `(?:voglio|sto per) (?:uccidere|ammazzare|ferire|accoltellare) (?:qualcuno|lui|lei|${PEOPLE.it})`,
    ],
  }),
];

/** Distress that turns an innocent-looking means question into indirect means-seeking. */
const DISTRESS = new RegExp(
  '\\b(?:' +
    [
      // en
      'lost my (?:job|home|house|wife|husband|partner|kids)',
      'got (?:fired|laid off|dumped)',
      'laid off',
      'hopeless',
      'worthless',
      "can'?t (?:take|do) (?:it|this) anymore",
      "can'?t (?:cope|go on)",
      'no way out',
      'falling apart',
      'nothing matters',
      'pointless',
      'a burden',
      'give up',
      'giving up',
      'broke up',
      'divorce',
      'want to die',
      'alone',
      // es
      'perdi (?:mi|el) (?:trabajo|empleo)',
      'me despidieron',
      'sin esperanza',
      'no aguanto mas',
      'no puedo mas',
      'no sirvo para nada',
      'me dejo',
      // fr
      'perdu mon (?:travail|emploi|boulot)',
      'licencie',
      'sans espoir',
      "je n'?en peux plus",
      'plus la force',
      'ca ne sert a rien',
      // de
      '(?:job|arbeit) verloren',
      'gekundigt',
      'hoffnungslos',
      'ich kann nicht mehr',
      'halte es nicht mehr aus',
      'sinnlos',
      // pt
      'perdi (?:o|meu) emprego',
      'fui demitid[oa]',
      'sem esperanca',
      'nao aguento mais',
      'nao consigo mais',
      // it
      'perso il lavoro',
      'licenziat[oa]',
      'senza speranza',
      'non ce la faccio piu',
      'non ne posso piu',
    ].join('|') +
    ')\\b',
);

/** Idioms whose literal words look like a cue. A cue overlapping one of these is dropped. */
const FIGURATIVE: readonly RegExp[] = [
  // en
  /\b(?:die|died|dying|dead) (?:of|from|with) (?:embarrassment|laughter|laughing|shame|boredom|cringe|cuteness|curiosity|envy|jealousy)\b/g,
  /\bkill(?:ing)? my ?self laughing\b/g,
  /\b(?:want|wanna) to die laughing\b/g,
  /\b\d+(?:[.,]\d+)? ?kms\b/g,
  /\bkms (?:away|from|per|an hour|a day)\b/g,
  /\boverdos(?:e|ed|ing) on (?:coffee|caffeine|sugar|chocolate|candy|netflix|tv|memes|cat videos|anime|carbs|cake|pizza)\b/g,
  /\bsuicide (?:squad|doors?|sprints?|runs?|drills?|lane|king|mission)\b/g,
  /\bsuicide prevention\b/g,
  /\bthe purge\b/g,
  /\bself[- ]?delet(?:e|ing) (?:messages?|timer|photos?|posts?|chats?|stories|after)\b/g,
  /\bgame end(?:ing|s)? (?:screen|boss|content|credits)\b/g,
  /\bcatch the bus (?:to|at|from|home|into|in the)\b/g,
  /\bthe voices (?:of|in the|on the|from)\b/g,
  /\b(?:purge|purged|purging) (?:the|my|old|your|our) (?:closet|wardrobe|files|inbox|emails?|cache|data|photos|stuff|house|apartment|flat)\b/g,
  // es
  /\b(?:va|van|vas|iba|iban) a matarme\b/g,
  /\bme pego (?:un|una) (?:susto|grito|bronca)\b/g,
  /\b(?:morir(?:me)?|muero|muert[oa]) de (?:risa|verguenza|ganas|hambre|sueno|calor|frio|aburrimiento|envidia|cansancio)\b/g,
  // fr
  /\b(?:va|vont|vas) me tuer\b/g,
  /\b(?:mourir|meurs|mort|morte) de (?:rire|honte|faim|froid|chaud|ennui|fatigue)\b/g,
  // de
  /\b(?:wird|werden|wurde|wurden) mich (?:noch )?umbringen\b/g,
  /\bbist du lebensmude\b/g,
  /\b(?:sterben|sterbe) vor (?:scham|langeweile|lachen|hunger|neugier)\b/g,
  // pt
  /\b(?:vai|vao) me matar\b/g,
  /\b(?:morrer|morrendo|morto|morta) de (?:rir|vergonha|fome|sono|tedio|saudades?|calor|frio|vontade)\b/g,
  // it
  /\b(?:morire|morendo|morto|morta) (?:di|dal|dalla) (?:ridere|vergogna|fame|sonno|noia|caldo|freddo|stanchezza)\b/g,
];

/**
 * Negators. Several languages share cue words ("suicide" is English and French), so any negator
 * counts for any rule, except "no": a negator in English and Spanish but the contraction "in the"
 * in Portuguese ("pensando no suicídio").
 */
const NEGATORS: ReadonlySet<string> = new Set([
  // en
  'not',
  'never',
  'nor',
  'nothing',
  "don't",
  'dont',
  "doesn't",
  'doesnt',
  "didn't",
  'didnt',
  "won't",
  'wont',
  "wouldn't",
  'wouldnt',
  "isn't",
  'isnt',
  "aren't",
  'arent',
  "wasn't",
  'wasnt',
  "ain't",
  'aint',
  // es
  'nunca',
  'jamas',
  'tampoco',
  'ni',
  // fr
  'pas',
  'jamais',
  'aucun',
  'aucune',
  // de
  'nicht',
  'nie',
  'niemals',
  'kein',
  'keine',
  'keinen',
  'keiner',
  'keinerlei',
  // pt
  'nao',
  'nem',
  // it
  'non',
  'mai',
  'nessun',
  'nessuna',
  'nessuno',
]);
const NO_NEGATES: ReadonlySet<Lang> = new Set(['en', 'es']);

/** Words that open a new proposition: a negator before them does not reach the cue. */
const NEGATION_BLOCKERS: ReadonlySet<string> = new Set([
  // "I don't know if I want to live", "no sé si quiero vivir"...
  'know',
  'sure',
  'why',
  'if',
  'whether',
  'saying',
  'say',
  'mean',
  'understand',
  'care',
  'se',
  'si',
  'porque',
  'sais',
  'pourquoi',
  'weiss',
  'weiß',
  'warum',
  'ob',
  'wenn',
  'sei',
  'perche',
  'sicuro',
  'sicura',
  'seguro',
  'segura',
  'sur',
  'sicher',
  'certo',
  'certa',
]);

const CLAUSE_BREAK = /[.!?;:\n,()"]|\b(?:but|pero|mais|aber|mas|ma|sondern)\b/g;
const WORD = /[\p{L}\p{N}']+/gu;
const NEGATION_WINDOW = 3;

/**
 * Lower-cases and strips diacritics one UTF-16 unit at a time so that offsets in the folded
 * text are offsets in the original. Curly apostrophes become straight ones.
 */
function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
      continue;
    }
    const ch = text[i] as string;
    if (ch === '\u2019' || ch === '\u2018' || ch === '\u02bc' || ch === '\u00b4') {
      out += "'";
      continue;
    }
    const base = ch.toLowerCase().normalize('NFD')[0] ?? ch;
    out += base.length === 1 ? base : ch;
  }
  return out;
}

function isNegated(folded: string, start: number, lang: Lang): boolean {
  const before = folded.slice(Math.max(0, start - 80), start);
  let clauseStart = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) clauseStart = m.index + m[0].length;
  const words = before.slice(clauseStart).match(WORD) ?? [];
  const window = words.slice(-NEGATION_WINDOW);
  // Walk from the cue backwards: a blocker closer to the cue than any negator wins.
  for (let i = window.length - 1; i >= 0; i--) {
    const word = window[i] as string;
    if (NEGATION_BLOCKERS.has(word)) return false;
    if (NEGATORS.has(word) || word.endsWith("n't") || (word === 'no' && NO_NEGATES.has(lang)))
      return true;
  }
  return false;
}

function figurativeRanges(folded: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const pattern of FIGURATIVE) {
    pattern.lastIndex = 0;
    for (const m of folded.matchAll(pattern)) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/**
 * Finds risk cues in one text (a message or several joined with newlines). Spans are sorted by
 * start; a span inside a longer one is dropped, so "going to kill myself" yields one intent cue
 * rather than an intent and an explicit cue.
 */
export function findRiskCues(text: string): RiskCue[] {
  if (text.length === 0) return [];
  const folded = fold(text);
  let figurative: Array<[number, number]> | undefined;
  let distress: boolean | undefined;
  const found: RiskCue[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const m of folded.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (rule.needsDistress) {
        distress ??= DISTRESS.test(folded);
        if (!distress) continue;
      }
      figurative ??= figurativeRanges(folded);
      if (figurative.some(([s, e]) => s < end && start < e)) continue;
      if (isNegated(folded, start, rule.lang)) continue;
      found.push({
        start,
        end,
        text: text.slice(start, end),
        cue: rule.cue,
        category: rule.category,
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: RiskCue[] = [];
  for (const cue of found) {
    const inside = kept.some((k) => k.start <= cue.start && cue.end <= k.end);
    if (!inside) kept.push(cue);
  }
  return kept;
}
