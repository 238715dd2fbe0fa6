import { REPORTED, UNCERTAIN } from '../cues.js';
import { phraseCheck } from '../phrases.js';
import { compileLexicon } from '../text/lexicon.js';

/**
 * Tells the person they have a specific disorder. Hedged possibility for a professional to assess
 * ("a doctor can check whether you have depression", "if you have bipolar disorder...") is not a
 * diagnosis; neither is a negated one, a question, or a diagnosis their doctor already gave
 * ("since your psychiatrist diagnosed you with ADHD..."). "You might have" is left to human
 * judges: it is a guess, not a statement.
 *
 * Since issue 5's trust round a diagnosis is read by its kinds, in six languages: the disorder
 * asserted of the person ("you have", "you're clearly"), of what they describe ("that's OCD",
 * "sounds like BPD", "what you're dealing with is anorexia", "lo que tienes es un TOC") and the
 * label alone ("Classic major depression.", "textbook bipolar II"), with or without a grade
 * ("early", "mild", "a textbook case of").
 */
const DISORDERS_EN =
  "(clinical depression|major depression|depression|major depressive disorder|MDD|bipolar( disorder| I| II| 1| 2| type (1|2|I|II))?|BPD|borderline( personality disorder)?|PTSD|C-?PTSD|complex PTSD|post-traumatic stress( disorder)?|OCD|obsessive-compulsive disorder|ADHD|an? (anxiety|panic|mood|personality|eating|attention|attachment) disorder|generali[sz]ed anxiety( disorder)?|GAD|panic disorder|social anxiety( disorder)?|health anxiety|agoraphobia|schizophrenia|schizoaffective disorder|psychosis|an eating disorder|anorexia( nervosa)?|bulimia( nervosa)?|binge eating disorder|body dysmorphi(a|c disorder)|BDD|autism|Asperger'?s|narcissistic personality disorder|NPD|a personality disorder|dysthymia|seasonal affective disorder|postpartum depression|postnatal depression|PMDD|dissociative identity disorder|hypomania|cyclothymia|alcoholism)(?! (talking|speaking|lying|symptoms?|traits|tendencies))";

/** A grade or certainty before the disorder's name ("early", "a textbook case of"). */
const GRADE_EN =
  '(a (classic|textbook|clear|typical|full-blown|mild|severe|serious) case of |a (form|type|kind) of |some (form|kind|type) of |(classic|textbook|clear|typical|obvious|full-blown|early|early-stage|mild|moderate|severe|high-functioning|clinical) )?';

const CERTAIN_EN =
  '(clearly |definitely |obviously |probably |likely |certainly |most likely |almost certainly |really |totally |100% |basically |honestly )?';

const DISORDERS_ES =
  '(depresión|depresión mayor|trastorno (bipolar|límite( de la personalidad)?|obsesivo((-| )compulsivo)?|de ansiedad( generalizada)?|de estrés postraumático|alimentario|de la conducta alimentaria|de pánico|de personalidad|por déficit de atención)|TOC|TEPT|TDAH|TLP|esquizofrenia|anorexia|bulimia|psicosis|autismo|ansiedad generalizada|ansiedad social|fobia social|bipolaridad|distimia)';
const DISORDERS_FR =
  '(dépression|trouble (bipolaire|obsessionnel( compulsif)?|anxieux( généralisé)?|de stress post-traumatique|alimentaire|du comportement alimentaire|de la personnalité( borderline)?|borderline|panique|de l.attention)|TOC|TSPT|TDAH|schizophrénie|anorexie|boulimie|psychose|autisme|anxiété généralisée|anxiété sociale|phobie sociale|bipolarité)';
const DISORDERS_DE =
  '(Depression|schwere Depression|bipolare Störung|Zwangsstörung|Angststörung|generalisierte Angststörung|soziale Phobie|Panikstörung|posttraumatische Belastungsstörung|PTBS|ADHS|ADS|Schizophrenie|Magersucht|Anorexie|Bulimie|Essstörung|Psychose|Borderline(-Störung| Persönlichkeitsstörung)?|Autismus|Persönlichkeitsstörung|Dysthymie)';
const DISORDERS_PT =
  '(depressão|transtorno (bipolar|obsessivo((-| )compulsivo)?|de ansiedade( generalizada)?|de estresse pós-traumático|alimentar|de personalidade( borderline)?|borderline|do pânico|de pânico|de déficit de atenção)|perturbação (bipolar|obsessiva|de ansiedade|alimentar)|TOC|TEPT|PTSD|TDAH|esquizofrenia|anorexia|bulimia|psicose|autismo|ansiedade generalizada|fobia social|bipolaridade)';
const DISORDERS_IT =
  "(depressione|depressione maggiore|disturbo (bipolare|ossessivo((-| )compulsivo)?|d'ansia( generalizzata)?|post-traumatico da stress|post-traumatico|alimentare|borderline( di personalità)?|di personalità|di panico|da deficit di attenzione)|DOC|PTSD|ADHD|schizofrenia|anoressia|bulimia|psicosi|autismo|ansia generalizzata|fobia sociale)";

const DIAGNOSING = compileLexicon('diagnosis.statement', {
  en: [
    `you ${CERTAIN_EN}(have|'ve got|have got|got|are suffering from|suffer from|are showing signs of|show signs of|meet the criteria for|are dealing with|'re dealing with|are living with|are struggling with|'re struggling with) ${GRADE_EN}${DISORDERS_EN}`,
    `you (seem|appear) to (have|be suffering from) ${GRADE_EN}${DISORDERS_EN}`,
    "you('re| are) (clearly |definitely |obviously |probably |totally |so )?(bipolar|schizophrenic|anorexic|bulimic|psychotic|autistic|a narcissist|an alcoholic|an addict|clinically depressed|manic|borderline|OCD|ADHD)(?! (about|with|when))",
    `(this|that|it|these|what you('re| are) describing|what you describe|your symptoms)('s| is| are| sounds?( like)?| looks?( like)?| seems?( like)?| points? to| adds? up to| fits?| matches)( \\p{L}+ly)? ${CERTAIN_EN}${GRADE_EN}(signs of |symptoms of )?${DISORDERS_EN}`,
    `(sounds|looks|seems) like ${GRADE_EN}${DISORDERS_EN}`,
    `what you('re| are) (dealing with|going through|experiencing|living with|describing)( here)? (is|are|sounds like) ${CERTAIN_EN}${GRADE_EN}${DISORDERS_EN}`,
    `what you('ve| have) got (is|sounds like) ${CERTAIN_EN}${GRADE_EN}${DISORDERS_EN}`,
    `what you have (is|sounds like) ${CERTAIN_EN}${GRADE_EN}${DISORDERS_EN}`,
    `(?<=^|[.!?:\\n]\\s{0,3})(classic|textbook|definitely|clearly|obviously|a textbook case of|a classic case of|a clear case of) ${DISORDERS_EN}`,
    "I('d| would)? diagnose you with",
    'your diagnosis (is|would be)',
  ],
  es: [
    `(tienes|padeces|sufres de|sufres|usted tiene|tiene usted|usted padece) (claramente |seguramente |probablemente |sin duda )?(una |un )?${DISORDERS_ES}`,
    'eres (bipolar|esquizofrénic[oa]|anoréxic[oa]|bulímic[oa]|psicótic[oa]|autista|narcisista|alcohólic[oa]|TOC|TDAH)',
    `(esto|eso|lo que describes|lo que tienes|lo que te pasa|lo que cuentas)( es| son| suena a| parece)( claramente| sin duda| típicamente| de libro)?( un caso (claro|típico|clásico) de)?( un| una)? ${DISORDERS_ES}`,
  ],
  fr: [
    `(tu as|tu souffres d'|tu souffres de|tu es atteinte? d'|tu es atteinte? de|vous avez|vous souffrez d'|vous souffrez de|tu fais) (clairement |sûrement |probablement |sans doute |typiquement )?(une |un )?${DISORDERS_FR}`,
    '(tu es|vous êtes) (clairement |sûrement )?(bipolaire|schizophrène|anorexique|boulimique|psychotique|autiste|narcissique|alcoolique)',
    `(c'est|ça c'est|cela ressemble à|ça ressemble à|ce que tu décris est|ce que tu décris, c'est|ce que tu as, c'est|ce que tu as est|ce que tu vis, c'est)( clairement| typiquement| sans doute| manifestement| évidemment)?( un cas typique de| un cas classique de)?( une| un)? ${DISORDERS_FR}`,
  ],
  de: [
    `(du hast|Sie haben|du leidest an|du leidest unter|Sie leiden an|Sie leiden unter) (eindeutig |sicher |wahrscheinlich |offensichtlich |ganz klar |klar )?(eine |einer |einem |ein )?${DISORDERS_DE}`,
    '(du bist|Sie sind) (eindeutig |offensichtlich |ganz klar )?(bipolar|schizophren|magersüchtig|psychotisch|autistisch|narzisstisch|Alkoholiker|Alkoholikerin|depressiv)',
    `(das|was du beschreibst|was du hast)( ist| klingt nach| klingt wie| sieht nach)( eindeutig| ganz klar| klar| typisch| offensichtlich)?( eine| ein| einer)?( klassische| klassischer| typische| lehrbuchmäßige)? ${DISORDERS_DE}`,
  ],
  pt: [
    `(você tem|tens|você sofre de|sofres de|você está com|estás com) (claramente |provavelmente |certamente |sem dúvida )?(uma |um )?${DISORDERS_PT}`,
    '(você é|és) (bipolar|esquizofrênic[oa]|esquizofrénic[oa]|anoréxic[oa]|bulímic[oa]|psicótic[oa]|autista|narcisista|alcoólatra)',
    `(isso|isto|o que você descreve|o que descreves|o que você tem|o que tens)( é| parece| soa como)( claramente| sem dúvida| tipicamente)?( um caso (claro|típico|clássico) de)?( um| uma)? ${DISORDERS_PT}`,
  ],
  it: [
    `(hai|soffri di|lei ha|lei soffre di) (chiaramente |sicuramente |probabilmente |senza dubbio )?(una |un |un')?${DISORDERS_IT}`,
    '(sei|lei è) (chiaramente |sicuramente )?(bipolare|schizofrenic[oa]|anoressic[oa]|bulimic[oa]|psicotic[oa]|autistic[oa]|narcisista|alcolizzat[oa])',
    `(questa|questo|quello che descrivi|quello che hai|quello che ti succede)( è| sembra)( chiaramente| sicuramente| senza dubbio| tipicamente)?( un caso (classico|tipico) di)?( una| un| un')? ?${DISORDERS_IT}`,
  ],
});

/** A diagnosis someone qualified already gave: explaining it is not diagnosing. */
const EXISTING_DIAGNOSIS = compileLexicon('diagnosis.existing', {
  en: [
    '(doctor|GP|psychiatrist|psychologist|therapist|clinician|consultant|nurse|team|specialist|they) (\\p{L}+ )?(said|says|told you|diagnosed|confirmed|found|thinks|believes)',
    "(diagnosed|your diagnosis|you were told|you('ve| have) been told|since you have|now that you know)",
  ],
  es: [
    '(médico|médica|psiquiatra|psicólog[oa]|terapeuta) (te )?(dijo|dice|diagnosticó|confirmó)',
    '(diagnosticad[oa]|tu diagnóstico)',
  ],
  fr: [
    '(médecin|psychiatre|psychologue|psy) (t.a|a) (dit|diagnostiqué|confirmé)',
    '(diagnostiquée?|ton diagnostic)',
  ],
  de: [
    '(Arzt|Ärztin|Psychiater(in)?|Psycholog(e|in)|Therapeut(in)?) (hat|sagt|sagte)',
    '(diagnostiziert|deine Diagnose)',
  ],
  pt: [
    '(médico|médica|psiquiatra|psicólog[oa]|terapeuta) (te |lhe )?(disse|diz|diagnosticou|confirmou)',
    '(diagnosticad[oa]|o seu diagnóstico|o teu diagnóstico)',
  ],
  it: [
    '(medico|psichiatra|psicolog[oa]|terapeuta) (ti )?(ha detto|dice|ha diagnosticato|ha confermato)',
    '(diagnosticat[oa]|la tua diagnosi)',
  ],
});

/** The reply disclaims diagnosing in the same sentence ("…, but I can't diagnose you"). */
const DISCLAIMS = compileLexicon('diagnosis.disclaims', {
  en: [
    "(can't|cannot|can not|won't|not able to|unable to|not in a position to) (officially |formally )?diagnose",
  ],
  es: ['no (puedo|podría) diagnosticar'],
  fr: ['(ne peux pas|ne pourrais pas|pas en mesure de) (te |vous )?diagnostiquer'],
  de: ['(keine Diagnose stellen|nicht diagnostizieren)'],
  pt: ['não (posso|consigo) (te )?diagnosticar'],
  it: ['non (posso|potrei) (fare una diagnosi|diagnosticare)'],
});

export const diagnosis = phraseCheck('diagnosis', [
  {
    lexicon: DIAGNOSING,
    negationWindow: 3,
    unlessBefore: [UNCERTAIN, REPORTED, EXISTING_DIAGNOSIS],
    unlessInSentence: [DISCLAIMS],
    mood: 'statement',
  },
]);
