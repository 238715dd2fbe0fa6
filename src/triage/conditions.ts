/**
 * Conditions that are not triage risk categories, recognised for the guard's protocols and the
 * reference responder. Today one: OCD
 * reassurance-seeking — asking again and again for certainty ("are you sure?", "tell me again",
 * "can you promise", "did I definitely lock it", "am I a bad person for having this thought"),
 * checking and repeating, and fear of unwanted intrusive thoughts. A reply that hands over the
 * certainty feeds the compulsion, so the guard steers the upstream with the OCD protocol.
 *
 * One ordinary "are you sure?" is not a compulsion. Cues are strong (an explicit plea for
 * certainty, a count of checks, intrusive-thought language, the same plea repeated) or weak (a
 * plain "are you sure", "what if I", "did I lock the door"); the condition is reported when a
 * strong cue or two different weak cues appear in the person's messages. Every cue is scoped
 * with `src/nlp/scope.ts`: negated, quoted, hypothetical, past or about someone else ("my son
 * keeps asking if he locked the door") does not count. Six languages (en, es, fr, de, pt, it);
 * English cues are checked in every message because people switch languages.
 *
 * Measured on the project's labelled set in bench/guard/conditions (docs/policy.md).
 */
import type { ChatMessage, ConditionSignal, Scope } from '../core/index.js';
import { PhraseMatcher, vocabularyOf, type PhraseEntry } from '../nlp/phrase-patterns.js';
import { analyzeScopes, SCOPE_WORDS, type ScopeLanguage } from '../nlp/scope.js';
import { tokenize } from '../nlp/tokens.js';

/**
 * Condition signals whose `reason` starts with this describe an unwanted, intrusive thought the
 * person is frightened of (ego-dystonic), as opposed to a request for reassurance.
 */
export const INTRUSIVE_THOUGHT_REASON = 'intrusive thought';

type CueKind = 'request' | 'checking' | 'intrusive';

interface Cue {
  id: string;
  lang: ScopeLanguage;
  kind: CueKind;
  strong: boolean;
}

/** Per language: cue id → [kind, strong, patterns] (phrase-pattern syntax, see nlp/phrase-patterns.ts). */
type CueTable = Record<string, [CueKind, boolean, readonly string[]]>;

const EN: CueTable = {
  tell_again_that: [
    'request',
    true,
    [
      '(tell|say) (me|it) (again|one more time|once more) (that|its|it is|im|i am|i|everything|nothing|youre|you are)',
    ],
  ],
  tell_again: ['request', false, ['(tell|say) (me|it) (again|one more time|once more)']],
  promise: [
    'request',
    true,
    [
      '(can|could|will|would) you (just )?(promise|swear|guarantee) (me )?(that )?(it|its|nothing|everything|i|im|the|my|ill|i will|i wont|i didnt|i did not)',
      'promise me (that )?(it|its|nothing|everything|i|im|the|my|ill|i will|i wont|i didnt|i did not)',
      'swear to me',
      '(can|could|will|would) (you|u) (just |please )?reassure me',
      'reassure me (that|i|it|im)',
      '(need|want) (someone|somebody|you|u) to (confirm|promise|swear|guarantee)',
      'tell me (honestly|for sure|for certain|truthfully|100) (that )?(i|im|my|it|its|the|nothing|everything)',
    ],
  ],
  tell_me_its: [
    'request',
    true,
    [
      '(tell|promise) me (that )?(its|it is|it was|im|i am|i was|i didnt|i did not|i wont|i will not|i locked|i turned|nothing|everything) (definitely|really|still)? (locked|off|fine|ok|okay|safe|clean|not|going to be|gonna be|alright|all right)',
      'just (say|tell me) (it|that|its|im|shes|hes|theyre|she|he|they|nothing|everything)',
    ],
  ],
  definitely_did: [
    'request',
    true,
    [
      'did i (definitely|really|actually|for sure|100) (lock|turn off|switch off|close|shut|unplug|hit|run over|hurt|touch|say|do)',
      '(is|was) (it|the door|the stove|the oven|the iron) (definitely|100|for sure) (locked|off|shut|closed)',
    ],
  ],
  did_i_lock: [
    'request',
    false,
    [
      'did i (lock|turn off|switch off|close|shut|unplug) (the|my|it)',
      'did i (hit|run over|hurt|harm|offend) (someone|somebody|anyone|anybody|a)',
    ],
  ],
  any_chance: [
    'request',
    false,
    [
      'is there (any|a) (chance|possibility|way) (that )?(i|im|it)',
      'am i (dangerous|a danger)',
      '(never|not ever) (sure|certain) (it|i|if|that|whether)',
    ],
  ],
  are_you_sure: [
    'request',
    false,
    ['(are|r) (you|u) (really |completely |totally |absolutely |100 )?(sure|certain|positive)'],
  ],
  need_certainty: [
    'request',
    false,
    [
      '(need|needs|have) to (know|be) (for sure|for certain|100|completely sure|absolutely sure|totally sure|certain|sure)',
      '(need|want) to hear (it|you say|that)',
    ],
  ],
  bad_person_thought: [
    'request',
    true,
    [
      'am i a (bad|terrible|horrible|evil|awful|sick|disgusting|monster|dangerous) (person)? (for|because) ~2 (thought|thoughts|thinking|image|images)',
      '(does|do|did) (having )?(this|these|that|those|my|such) (thought|thoughts|images) (mean|make) (that )?(i|im|me)',
      'what does it (say|mean) about me (that|if) (i|im)',
    ],
  ],
  bad_person: [
    'request',
    false,
    ['am i a (bad|terrible|horrible|evil|awful|disgusting|dangerous) person'],
  ],
  keep_checking: [
    'checking',
    true,
    [
      '(already )?asked (you )?(this|that|the same thing|the same question) (before|already|again|so many times)',
      '(ive|i have|i) asked (you|u) ~3 (<num>|several|so many|many|four|five|six|ten|a million) times',
      '(i|ive) (know|know i) (keep|already) (asking|asked)',
    ],
  ],
  counted_checks: [
    'checking',
    false,
    [
      // Alone, "I keep checking Slack" or "keep rereading the page" is everyday life.
      '(keep|keeps|kept|cant stop|can not stop|cannot stop|couldnt stop|keep on) (checking|rechecking|washing|googling|researching|confessing|counting|rereading|re reading|repeating|redoing|going back to check)',
      '(checked|rechecked|washed|went back|drove back|gone back|replayed|reread|asked you|asked) ~4 (<num>|so many|many|several|a dozen|ten|twenty|four|five|six|a hundred|hundreds of|a million) times',
      '(researching|googling|looking up) ~4 (for )?(<num>|hours|ages)',
      'make (sure|certain) (that )?(i|im) (didnt|did not|havent|have not|wasnt|was not|dont|do not)',
      '(ive|i have) asked (you )?~2 (before|already|again)',
      '(went|drove|go|going|gone|drive|driving) back (again |twice |<num> times )?to check',
      '(keep|keeps|cant stop|can not stop|cannot stop) asking (you|people|everyone|my|him|her|them|if|whether)',
    ],
  ],
  intrusive: [
    'intrusive',
    true,
    [
      'intrusive (thought|thoughts|image|images|urge|urges|idea|ideas)',
      '(flashes|flash|images|pictures|thoughts) of (me )?(hurting|harming|stabbing|killing|pushing|drowning|strangling|molesting)',
      '(horrible|awful|disturbing|scary|terrible|unwanted|weird|dark|violent|sick|evil) (thought|thoughts|image|images|pictures) (of|about|that i) ~3 (hurting|harming|stabbing|pushing|killing|drowning|strangling|molesting|touching|attacking)',
      '(scared|terrified|afraid|frightened|worried) (that )?(i|ill|i will|i might|i could|i may) (snap|lose control|hurt|harm|stab|push|do it|act on|contaminate|infect|poison)',
      '(this|the|these|those) (thought|thoughts|image|images) (horrif*|disgust*|terrif*|sicken*)',
    ],
  ],
  would_never: [
    'intrusive',
    false,
    [
      '(i|id) (would|will|could)? never (do|act on|hurt|harm|want)',
      '(this|the|these) (thought|thoughts|image|images) (wont|will not|doesnt|does not|dont) (leave|go away|stop)',
      'why (does|is) my (brain|mind) (do|doing|think|thinking) (this|that|these)',
      '(im|i am|i might be|what if im|that im) secretly (a bad person|evil|a monster|dangerous|a pedo*|a paedo*|a predator|a murderer)',
      'picture (myself )?(using|hurting|stabbing|pushing|harming)',
      '(pops|pop|popped|popping|flash|flashes|flashing|comes|come) (into|in|through) my (head|mind)',
      'what if i (snap|snapped|lose control|lost control|did it|do it|hurt|harm|accidentally|secretly|actually)',
    ],
  ],
};

const ES: CueTable = {
  dime_otra_vez_que: [
    'request',
    true,
    ['(dime|dimelo|repiteme|repitemelo) (otra vez|de nuevo|una vez mas) que'],
  ],
  dime_otra_vez: [
    'request',
    false,
    ['(dime|dimelo|repiteme|repitemelo) (otra vez|de nuevo|una vez mas)'],
  ],
  prometer: [
    'request',
    true,
    [
      '(puedes|podes|podrias) (me )?(prometer|prometerme|prometermelo|jurar|jurarme|garantizar|garantizarme)',
      '(prometeme|jurame|garantizame) que',
    ],
  ],
  dime_que: [
    'request',
    true,
    ['dime que (esta|estaba|cerre|apague|no|todo|nada|soy|estoy) (bien|cerrad*|apagad*)?'],
  ],
  seguro_que: ['request', true, ['(seguro|segura) que (cerre|apague|deje|no)']],
  cerre: [
    'request',
    false,
    [
      '(cerre|apague|deje) (bien )?(la puerta|el gas|la estufa|la plancha|el horno|la llave)',
      '(atropelle|lastime) a (alguien|una persona)',
    ],
  ],
  seguro: ['request', false, ['(estas|esta usted) (segur*|completamente segur*)']],
  mala_persona_pensamiento: [
    'request',
    true,
    [
      'soy (una )?(mala persona|un monstruo|un peligro) (por|porque) ~2 (pensar|pensamiento*|tener|imagen*)',
    ],
  ],
  mala_persona: ['request', false, ['soy (una )?(mala persona|un monstruo)']],
  comprobar: [
    'checking',
    true,
    [
      '(no puedo dejar de|sigo|vuelvo a) (comprobar|comprobando|revisar|revisando|checar|checando|preguntar|preguntando|lavarme|lavando)',
      'ya te (lo )?(pregunte|he preguntado)',
    ],
  ],
  veces: ['checking', false, ['(revise|revisado|comprobe|comprobado|cheque|lave) ~3 <num> veces']],
  intrusivo: [
    'intrusive',
    true,
    [
      'pensamientos intrusivos',
      'pensamiento intrusivo',
      '(miedo|terror|panico) (de|a) (que )?(hacer|hacerle|lastimar*|hacer dano|perder el control)',
      '(pensamientos|imagenes) (horribles|terribles|feos|oscuros) (de|sobre) ~3 (lastimar*|hacer dano|matar|empujar)',
    ],
  ],
  nunca_haria: [
    'intrusive',
    false,
    ['nunca (lo )?haria', 'jamas (lo )?haria', 'y si (pierdo el control|lo hago|le hago dano)'],
  ],
};

const FR: CueTable = {
  redis_moi_que: [
    'request',
    true,
    [
      '(redis|redites|repete|repetez) moi (encore )?que',
      'dis moi (encore|encore une fois|a nouveau) que',
    ],
  ],
  redis_moi: [
    'request',
    false,
    ['(redis|redites|repete|repetez) moi', 'dis moi (encore|encore une fois|a nouveau)'],
  ],
  promettre: [
    'request',
    true,
    [
      '(tu peux|pouvez vous|peux tu|tu pourrais) me (le )?(promettre|jurer|garantir)',
      '(promets|promettez|jure|jurez) moi que',
    ],
  ],
  dis_moi_que: [
    'request',
    true,
    ['dis moi que (c est|j ai|tout|rien|je|la porte|ce n est)', 'dites moi que (c est|j ai|tout)'],
  ],
  ferme: [
    'request',
    false,
    [
      'j ai (bien |vraiment )?(ferme|eteint|verrouille|debranche) (la porte|le gaz|le four|la plaque|le fer)',
    ],
  ],
  sur: [
    'request',
    false,
    ['(tu es|vous etes|t es) (vraiment |bien |absolument )?(sur|sure|certain|certaine)'],
  ],
  mauvaise_personne: [
    'request',
    true,
    [
      '(suis je|je suis) (une )?(mauvaise personne|un monstre) (d avoir|de penser|parce que je pense|a cause de ces pensees)',
    ],
  ],
  verifier: [
    'checking',
    true,
    [
      'je n arrete pas de (verifier|demander|laver|chercher|controler)',
      'je ne peux pas m empecher de (verifier|demander|laver|controler)',
      'je t ai deja (pose la question|demande)',
    ],
  ],
  fois: ['checking', false, ['(verifie|verifiee|controle|controlee|lave) ~3 <num> fois']],
  intrusives: [
    'intrusive',
    true,
    [
      'pensees intrusives',
      'pensee intrusive',
      '(peur|terreur) de (faire du mal|blesser|perdre le controle|passer a l acte)',
      '(pensees|images) (horribles|affreuses|terribles) ~3 (faire du mal|blesser|tuer|pousser)',
    ],
  ],
  jamais: [
    'intrusive',
    false,
    ['je ne (le )?ferais jamais', 'et si je (perdais le controle|le faisais)'],
  ],
};

const DE: CueTable = {
  sag_nochmal_dass: [
    'request',
    true,
    [
      'sag (mir|es mir|es) (bitte )?(noch mal|nochmal|noch einmal) (dass|das) (es|ich|alles|nichts|die)',
    ],
  ],
  sag_nochmal: ['request', false, ['sag (mir|es mir|es) (bitte )?(noch mal|nochmal|noch einmal)']],
  versprechen: [
    'request',
    true,
    [
      '(kannst du|konntest du) (mir )?(das )?(versprechen|schworen|garantieren)',
      '(versprich|schwor) mir (dass)?',
    ],
  ],
  sag_dass: ['request', true, ['sag mir (dass|das) (es|ich|alles|nichts|die)']],
  abgeschlossen: [
    'request',
    false,
    [
      '(habe ich|hab ich) ~3 (abgeschlossen|ausgeschaltet|zugemacht|ausgemacht|zugesperrt)',
      '(habe ich|hab ich) (jemanden|jemand) (angefahren|verletzt)',
    ],
  ],
  sicher: ['request', false, ['bist du (dir )?(wirklich |ganz |absolut )?(sicher)']],
  schlechter_mensch: [
    'request',
    true,
    [
      'bin ich ein (schlechter|boser|furchtbarer|gefahrlicher) mensch (weil|wegen|wenn) ~3 (gedanke*|denke|bild*)',
    ],
  ],
  schlechter_mensch_weak: ['request', false, ['bin ich ein (schlechter|boser|furchtbarer) mensch']],
  kontrollieren: [
    'checking',
    true,
    [
      'ich (kann nicht aufhoren|hore nicht auf) (zu )?(kontrollieren|fragen|waschen|prufen|uberprufen|googeln)',
      'ich (habe|hab) dich (das )?schon (gefragt|mal gefragt)',
    ],
  ],
  mal: [
    'checking',
    false,
    ['<num> mal (kontrolliert|gepruft|uberpruft|nachgesehen|nachgeschaut|gewaschen)'],
  ],
  zwangsgedanken: [
    'intrusive',
    true,
    [
      '(zwangsgedanken|aufdringliche gedanken|intrusive gedanken)',
      'angst (davor )?(dass ich|jemandem|jemanden) ~3 (verletze|antue|kontrolle verliere|schade)',
    ],
  ],
  niemals: [
    'intrusive',
    false,
    ['ich wurde (das )?(niemals|nie) (tun|machen)', 'was wenn ich (die kontrolle verliere|es tue)'],
  ],
};

const PT: CueTable = {
  de_novo_que: [
    'request',
    true,
    ['(me diz|diz|me fala|fala|repete) (de novo|outra vez|mais uma vez) que'],
  ],
  de_novo: [
    'request',
    false,
    ['(me diz|diz|me fala|fala|repete) (de novo|outra vez|mais uma vez)'],
  ],
  prometer: [
    'request',
    true,
    [
      '(voce pode|pode|consegue|voce consegue) (me )?(prometer|jurar|garantir)',
      '(me )?promete que',
    ],
  ],
  diz_que: [
    'request',
    true,
    [
      '(me diz|diga|diz|fala) que (esta|ta|eu|tudo|nada|nao) ~2 (trancad*|desligad*|bem|ruim|limp*)?',
    ],
  ],
  tranquei: [
    'request',
    false,
    ['(tranquei|desliguei|fechei) (mesmo )?(a porta|o gas|o fogao|o ferro|a torneira)'],
  ],
  certeza: ['request', false, ['(voce tem|tem|ce tem) (certeza|ctz)']],
  pessoa_ruim_pensamento: [
    'request',
    true,
    [
      'sou (uma )?(pessoa )?(ruim|ma|horrivel|um monstro) (por|porque) ~2 (ter|pensar|pensamento*|imagem*)',
    ],
  ],
  pessoa_ruim: [
    'request',
    false,
    ['sou (uma )?pessoa (ruim|ma|horrivel)', 'se eu sou (uma )?pessoa (ruim|ma|horrivel)'],
  ],
  checar: [
    'checking',
    true,
    [
      '(nao consigo parar de|fico) (checar|checando|conferir|conferindo|verificar|verificando|perguntar|perguntando|lavar|lavando)',
      'ja te perguntei',
    ],
  ],
  vezes: ['checking', false, ['(chequei|conferi|verifiquei|lavei) ~3 <num> vezes']],
  intrusivos: [
    'intrusive',
    true,
    [
      'pensamentos intrusivos',
      'pensamento intrusivo',
      '(pensamentos|pensamento|imagem|imagens) (horriveis|horrivel|terriveis|terrivel) ~3 (machucar|ferir|fazer mal|matar|empurrar)',
      'medo de (machucar|ferir|fazer mal|perder o controle)',
    ],
  ],
  nunca_faria: [
    'intrusive',
    false,
    ['nunca faria (nada|isso)', 'e se eu (perder o controle|fizer isso)'],
  ],
};

const IT: CueTable = {
  dimmi_ancora_che: [
    'request',
    true,
    ['(dimmelo|dimmi|ripetimelo|ripetimi) (ancora|di nuovo|un altra volta) che'],
  ],
  dimmi_ancora: [
    'request',
    false,
    ['(dimmelo|dimmi|ripetimelo|ripetimi) (ancora|di nuovo|un altra volta)'],
  ],
  promettere: [
    'request',
    true,
    [
      '(puoi|potresti) (promettermelo|promettermi|giurarmi|giurarmelo|garantirmi)',
      '(promettimi|giurami) che',
    ],
  ],
  dimmi_che: ['request', true, ['dimmi che (e|ho|non|tutto|va|sono)']],
  chiuso: [
    'request',
    false,
    ['ho (chiuso|spento|staccato) (davvero |bene )?(la porta|il gas|il forno|il ferro)'],
  ],
  sicuro: ['request', false, ['(sei|e) (davvero |proprio )?(sicuro|sicura|certo|certa)']],
  cattiva_persona_pensiero: [
    'request',
    true,
    [
      'sono una (cattiva|brutta|orribile) persona (per|perche|se) ~2 (pensier*|penso|immagin*|avere)',
    ],
  ],
  cattiva_persona: ['request', false, ['sono una (cattiva|brutta|orribile) persona']],
  controllare: [
    'checking',
    true,
    ['non riesco a smettere di (controllare|chiedere|lavar*|verificare)', 'te l ho gia chiesto'],
  ],
  volte: ['checking', false, ['(controllato|controllata|ricontrollato|lavato) ~3 <num> volte']],
  intrusivi: [
    'intrusive',
    true,
    [
      'pensieri intrusivi',
      'pensiero intrusivo',
      'paura di (fare del male|ferire|perdere il controllo)',
      '(pensieri|immagini) (orribili|terribili|brutti) ~3 (fare del male|ferire|uccidere|spingere)',
    ],
  ],
  mai: ['intrusive', false, ['non lo farei mai', 'e se (perdessi il controllo|lo facessi)']],
};

const TABLES: Record<ScopeLanguage, CueTable> = { en: EN, es: ES, fr: FR, de: DE, pt: PT, it: IT };

const REASONS: Record<CueKind, string> = {
  request: 'reassurance request',
  checking: 'checking or asking again',
  intrusive: INTRUSIVE_THOUGHT_REASON,
};

const ENTRIES: PhraseEntry<Cue>[] = Object.entries(TABLES).flatMap(([lang, table]) =>
  Object.entries(table).flatMap(([id, [kind, strong, patterns]]) =>
    patterns.map((pattern) => ({
      pattern,
      value: { id: `${lang}.${id}`, lang: lang as ScopeLanguage, kind, strong },
    })),
  ),
);

const MATCHER = new PhraseMatcher<Cue>(ENTRIES);
const VOCABULARY = vocabularyOf(MATCHER.words, SCOPE_WORDS);

/** What sets a cue aside: the person is not asking for themselves, now. */
const SCOPES: ReadonlySet<Scope> = new Set([
  'negated',
  'quoted',
  'third_party',
  'hypothetical',
  'past',
]);

interface Found {
  cue: Cue;
  pattern: string;
  message: number;
  start: number;
  end: number;
  text: string;
}

/**
 * OCD reassurance-seeking in the person's messages, with the evidence: every cue that counted,
 * as a span into its message. Empty when the condition is not established.
 */
export function detectConditions(messages: ChatMessage[]): ConditionSignal[] {
  const found: Found[] = [];
  messages.forEach((message, index) => {
    if (message.role !== 'user') return;
    found.push(...cuesIn(message.content, index));
  });
  if (found.length === 0) return [];
  const strong = found.some((f) => f.cue.strong);
  // Two different weak cues (different phrases, not the same phrase twice) make the condition.
  const weak = new Set(found.filter((f) => !f.cue.strong).map((f) => f.pattern));
  // The same plea in a later message: asking again is the loop itself.
  const askedBefore = new Set<number>();
  const requestMessages = [
    ...new Set(found.filter((f) => f.cue.kind === 'request').map((f) => f.message)),
  ];
  for (const message of requestMessages.slice(1)) askedBefore.add(message);
  if (!strong && weak.size < 2 && askedBefore.size === 0) return [];
  return found.map((f) => ({
    condition: 'ocd_reassurance',
    message: f.message,
    span: { start: f.start, end: f.end, text: f.text },
    // The reason names the cue, never the person's words (they are in the span).
    reason:
      f.cue.kind === 'request' && askedBefore.has(f.message)
        ? `${REASONS.request}, asked again (${f.cue.id})`
        : `${REASONS[f.cue.kind]} (${f.cue.id})`,
  }));
}

function cuesIn(text: string, message: number): Found[] {
  const doc = tokenize(text, VOCABULARY);
  const matches = MATCHER.find(doc);
  if (matches.length === 0) return [];
  const scopes = analyzeScopes(doc);
  const out: Found[] = [];
  // A weaker cue inside a stronger one's span (or the same span twice) adds nothing.
  const ordered = [...matches].sort(
    (a, b) => Number(b.value.strong) - Number(a.value.strong) || a.start - b.start,
  );
  for (const match of ordered) {
    if (out.some((f) => f.start < match.end && match.start < f.end)) continue;
    const scope = scopes.scopeOf({
      first: match.first,
      last: match.last,
      lang: match.value.lang,
      checks: SCOPES,
      literals: match.words,
      selfReferring: false,
    });
    if (scope) continue;
    out.push({
      cue: match.value,
      pattern: match.pattern,
      message,
      start: match.start,
      end: match.end,
      text: text.slice(match.start, match.end),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
