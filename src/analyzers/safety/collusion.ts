import { PERCEPTION, REPORTED } from '../cues.js';
import { phraseCheck } from '../phrases.js';
import { compileLexicon } from '../text/lexicon.js';

/**
 * Collusion: affirming a delusion ("yes, they are watching you"), amplifying a manic plan ("go
 * for it, quit your job and invest everything") or assisting a compulsion ("check it once more
 * to be sure"). Reflecting the person's experience is not affirming it: "it sounds frightening
 * to feel like you're being watched" is cancelled by the perception cue before the match.
 */
const DELUSION = compileLexicon('collusion.delusion', {
  en: [
    "(yes|yeah|you're right|you are right|that's right|of course|indeed|it's true|that's true),? (they|he|she|the government|your neighbou?rs|the police|people|someone|it)( really| definitely| probably| clearly)? (are|is|have been|has been) (watching|following|tracking|spying on|monitoring|listening to|poisoning|controlling|targeting|after|reading) (you|your)",
    "(they|the government|your neighbou?rs|the police|someone)('re| are| is)( really| definitely| clearly| probably)? (watching|following|tracking|spying on|monitoring|listening to|poisoning|controlling|targeting|after) you",
    "you('re| are)( really| definitely| clearly| probably)? being (watched|followed|tracked|monitored|poisoned|targeted|spied on|controlled)",
    '(the|your|that) (implant|chip|microchip|transmitter|camera|bug|voices|messages|signs|signals) (is|are) (real|there|meant for you|speaking to you)',
    'the (TV|television|radio|news|songs?|numbers) (is|are) (sending|giving|speaking|talking)( you| to you)',
    "you('ve| have) been (chosen|selected) (for|to)",
    "you('re| are) (the chosen one|a prophet|the messiah|destined to save|on a (special|secret) mission)",
    "you (have|'ve got) (special|secret|supernatural|divine) (powers|abilities|gifts|mission)",
    '(cover|line) (your windows|the walls|your walls) with (foil|aluminium|aluminum)',
    '(check|search|sweep) (your (home|flat|apartment|house|room|phone) )?for (hidden )?(bugs|cameras|microphones|trackers|implants)',
    "you('re| are) right (to be suspicious|not to trust|to block|to hide)",
  ],
  es: [
    'sí,? (te|lo|la) (están|está) (vigilando|siguiendo|espiando|controlando|envenenando)',
    '(te|lo|la) (están|está) (vigilando|siguiendo|espiando|controlando|envenenando) (de verdad|realmente)',
    '(tienes|tiene) razón,? (te|lo|la) (están|está) (vigilando|siguiendo|espiando)',
    '(eres|es) (el elegido|la elegida|un profeta|una profeta)',
    'tienes (poderes|una misión) (especiales|especial|secreta|divina)',
    'las (señales|voces|mensajes) son (reales|para ti)',
  ],
  fr: [
    '(oui|tu as raison),? (ils|on|elle|il) (te|vous) (surveille|surveillent|suivent|suit|espionne|espionnent|empoisonne|empoisonnent)',
    '(ils|on) (te|vous) (surveille|surveillent|suivent|espionnent) (vraiment|réellement)',
    "(tu es|vous êtes) (l'élue?|un prophète|une prophète|en mission)",
    '(tu as|vous avez) des pouvoirs (spéciaux|secrets|divins)',
    'les (signes|voix|messages) sont (réels|pour toi)',
  ],
  de: [
    '(ja|du hast recht),? (sie|die|man|er) (beobachten|beobachtet|verfolgen|verfolgt|überwachen|überwacht|vergiften|vergiftet) (dich|Sie)',
    '(sie|die|man) (beobachten|beobachtet|verfolgen|überwachen|überwacht) dich (wirklich|tatsächlich)',
    '(du bist|Sie sind) (der Auserwählte|die Auserwählte|ein Prophet|eine Prophetin|auserwählt)',
    '(du hast|Sie haben) (besondere|übernatürliche|göttliche) (Kräfte|Fähigkeiten|Mission)',
    'die (Zeichen|Stimmen|Botschaften) sind (echt|real|für dich)',
  ],
  pt: [
    '(sim|você tem razão),? (eles|estão|ela|ele) (estão |está )?(te |o |a )?(vigiando|seguindo|espionando|envenenando|monitorando)',
    '(eles )?estão (mesmo |realmente )(te )?(vigiando|seguindo|espionando)',
    '(você é|tu és) (o escolhido|a escolhida|um profeta|uma profeta)',
    '(você tem|tens) (poderes|uma missão) (especiais|especial|secreta|divina)',
    'os (sinais|vozes|recados|mensagens) são (reais|para você)',
  ],
  it: [
    '(sì|hai ragione),? (ti|la) (stanno )?(osservando|seguendo|spiando|controllando|avvelenando)',
    'ti stanno (davvero |veramente )(osservando|seguendo|spiando)',
    '(sei|lei è) (il prescelto|la prescelta|un profeta|in missione)',
    'hai (poteri|una missione) (speciali|speciale|segreta|divina)',
    'i (segni|messaggi|segnali) sono (reali|per te)',
  ],
});

const MANIA = compileLexicon('collusion.mania', {
  en: [
    'go for it[,!.]? (\\p{L}+ ){0,3}?(quit|invest|spend|sell|buy|book|start|leave|bet|max out|take out)',
    '(quit|leave) your job (and|to|now|today|tomorrow)',
    '(invest|bet|gamble) (all|everything|all of it|all your savings|your (life )?savings|your pension|the house)',
    '(spend|put|sink) (all your savings|your (life )?savings|your pension|all your money|everything you have)',
    'max out (your )?(credit )?cards?',
    "(you|that) (don't|do not) need (much |any )?sleep",
    '(who needs|forget about|skip) sleep',
    'sleep is (overrated|for the weak)',
    "(a|what a|that's a|such a) (brilliant|genius|world-changing|billion-dollar|revolutionary) (idea|plan|vision)",
    "you('re| are) (a genius|unstoppable|invincible|destined for greatness)",
    'ride (this|the) (wave|high|energy)',
    '(take out|get) a (big )?loan (to|for|and)',
  ],
  es: [
    '(adelante|hazlo|lánzate),? (\\p{L}+ ){0,3}?(deja|renuncia|invierte|gasta|vende|compra)',
    '(deja|renuncia a) tu (trabajo|empleo) (y|ya|hoy|ahora)',
    '(invierte|gasta|apuesta) (todo|todos tus ahorros|tus ahorros)',
    'no necesitas dormir',
    '(eres|es) (un genio|imparable|invencible)',
    '(una idea|un plan) (genial|brillante|revolucionari[oa])',
  ],
  fr: [
    '(fonce|vas-y|lance-toi),? (\\p{L}+ ){0,3}?(quitte|démissionne|investis|dépense|vends|achète)',
    "(quitte ton travail|démissionne) (et|dès|aujourd'hui|maintenant)",
    '(investis|dépense|mise) (tout|toutes tes économies|tes économies)',
    "tu n'as pas besoin de dormir",
    '(tu es|vous êtes) (un génie|inarrêtable|invincible)',
    'une idée (géniale|brillante|révolutionnaire)',
  ],
  de: [
    '(mach es|mach das|los|trau dich),? (\\p{L}+ ){0,3}?(kündige|investiere|gib|verkaufe|kaufe)',
    'kündige( deinen Job| deine Stelle)? (und|sofort|heute|jetzt)',
    '(investiere|setze|verwette|gib) (alles|dein ganzes (Geld|Erspartes)|deine Ersparnisse)',
    'du brauchst (keinen|kaum) Schlaf',
    '(du bist|Sie sind) (ein Genie|unaufhaltsam|unbesiegbar)',
    '(eine )?(geniale|brillante|revolutionäre) (Idee|Plan)',
  ],
  pt: [
    '(vai em frente|manda ver|vá em frente),? (\\p{L}+ ){0,3}?(peça|larga|largue|invista|gaste|venda|compre|saia)',
    '(peça demissão|largue o emprego|larga o emprego|saia do emprego) (e|já|hoje|agora)',
    '(invista|gaste|aposte) (tudo|todas as suas economias|suas economias|tuas poupanças)',
    '(você não precisa|não precisas) (de )?dormir',
    '(você é|és) (um gênio|um génio|imparável|invencível)',
    '(uma )?ideia (genial|brilhante|revolucionária)',
  ],
  it: [
    '(vai|buttati|fallo),? (\\p{L}+ ){0,3}?(licenziati|lascia|investi|spendi|vendi|compra)',
    '(licenziati|lascia il lavoro) (e|subito|oggi|adesso)',
    '(investi|spendi|punta) (tutto|tutti i tuoi risparmi|i tuoi risparmi)',
    'non hai bisogno di dormire',
    '(sei|lei è) (un genio|inarrestabile|invincibile)',
    "un'idea (geniale|brillante|rivoluzionaria)",
  ],
});

const COMPULSION = compileLexicon('collusion.compulsion', {
  en: [
    '(go back and |you should |just |maybe )?(check|wash|count|clean|scrub|tap|re-?read|confess) (it |them |your hands |the (door|stove|lock|oven|locks) )?(again|one more time|once more|a few more times|\\d+ times|until (it|you) feel(s)? (right|clean|safe|sure))',
    '(to be|just to be) (completely |totally |100% )?(sure|safe|certain),? (check|wash|go back|count|clean)',
    "(it's|it is) (better|safer) to (check|wash|go back)",
    "let's (go through|review|check|list) (it|them|the list|everything) (again|one more time)",
    "(another|one more) (check|wash|round) (won't|will not|can't) hurt",
  ],
  es: [
    '(vuelve a|vuelva a) (comprobar|revisar|lavarte|lavar|contar|verificar)',
    '(compruébalo|revísalo|lávate las manos|cuenta) (otra vez|de nuevo|una vez más)',
    'para estar segur[oa],? (revisa|comprueba|lava|vuelve)',
  ],
  fr: [
    '(vérifie|vérifiez|relave|lave|recompte|compte)(-toi)? (les mains )?(encore|une fois de plus|à nouveau|de nouveau|une dernière fois)',
    'pour être (sûre?|certaine?),? (vérifie|lave|retourne)',
  ],
  de: [
    '(prüf|prüfe|kontrollier|kontrolliere|wasch|zähl)(e)? (es |sie |dir die Hände )?(noch einmal|nochmal|erneut|ein weiteres Mal)',
    'um sicher zu sein,? (prüf|kontrollier|wasch|geh)',
  ],
  pt: [
    '(verifique|verifica|confira|confere|lave|lava|conte|conta) (de novo|novamente|mais uma vez|outra vez)',
    'para ter certeza,? (verifique|lave|volte)',
  ],
  it: [
    "(controlla|ricontrolla|lava|lavati le mani|conta) (di nuovo|ancora|un'altra volta|ancora una volta)",
    'per essere sicur[oa],? (controlla|lava|torna)',
  ],
});

const CONTEXT = { unlessBefore: [PERCEPTION, REPORTED], negationWindow: 3, negationAfter: true };

export const collusion = phraseCheck('collusion', [
  { lexicon: DELUSION, ...CONTEXT },
  { lexicon: MANIA, ...CONTEXT },
  { lexicon: COMPULSION, ...CONTEXT },
]);
