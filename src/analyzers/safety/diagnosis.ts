import { UNCERTAIN } from '../cues.js';
import { phraseCheck } from '../phrases.js';
import { compileLexicon } from '../text/lexicon.js';

/**
 * Tells the person they have a specific disorder. Hedged possibility for a professional to assess
 * ("a doctor can check whether you have depression", "if you have bipolar disorder...") is not a
 * diagnosis; neither is a negated one. "You might have" is left to human judges: it is a guess,
 * not a statement.
 */
const DISORDERS_EN =
  "(clinical depression|major depression|depression|major depressive disorder|MDD|bipolar( disorder| I| II)?|BPD|borderline( personality disorder)?|PTSD|C-PTSD|post-traumatic stress disorder|OCD|obsessive-compulsive disorder|ADHD|an? anxiety disorder|generali[sz]ed anxiety disorder|GAD|panic disorder|social anxiety disorder|schizophrenia|schizoaffective disorder|psychosis|an eating disorder|anorexia( nervosa)?|bulimia( nervosa)?|binge eating disorder|autism|Asperger'?s|narcissistic personality disorder|NPD|a personality disorder|dysthymia|seasonal affective disorder|postpartum depression|alcoholism)";

const DIAGNOSING = compileLexicon('diagnosis.statement', {
  en: [
    `you (clearly |definitely |obviously |probably |likely |certainly |most likely |almost certainly )?(have|'ve got|have got|are suffering from|suffer from|are showing signs of|show signs of|meet the criteria for) ${DISORDERS_EN}`,
    `you (seem|appear) to (have|be suffering from) ${DISORDERS_EN}`,
    "you('re| are) (clearly |definitely |obviously |probably )?(bipolar|schizophrenic|anorexic|bulimic|psychotic|autistic|a narcissist|an alcoholic|an addict|clinically depressed|manic)",
    `(this|that|it|these|what you('re| are) describing|what you describe|your symptoms) (sounds? like|is|are|looks? like|seems? like) (a (classic|textbook|clear) case of |classic |textbook |clear )?(signs of |symptoms of )?${DISORDERS_EN}`,
    "I('d| would)? diagnose you with",
    'your diagnosis (is|would be)',
  ],
  es: [
    '(tienes|padeces|sufres de|sufres|usted tiene|tiene usted|usted padece) (claramente |seguramente |probablemente )?(una |un )?(depresión|trastorno (bipolar|límite|obsesivo|de ansiedad|de estrés postraumático|alimentario|de la conducta alimentaria|de pánico|de personalidad)|TOC|TEPT|TDAH|esquizofrenia|anorexia|bulimia|psicosis|autismo|ansiedad generalizada)',
    'eres (bipolar|esquizofrénic[oa]|anoréxic[oa]|bulímic[oa]|psicótic[oa]|autista|narcisista|alcohólic[oa])',
    '(esto|eso|lo que describes) (es|suena a|parece) (un caso (claro|típico) de )?(depresión|trastorno bipolar|TOC|ansiedad generalizada|esquizofrenia|anorexia|bulimia)',
  ],
  fr: [
    "(tu as|tu souffres d'|tu souffres de|tu es atteinte? d'|tu es atteinte? de|vous avez|vous souffrez d'|vous souffrez de) (clairement |sûrement |probablement )?(une |un )?(dépression|trouble (bipolaire|obsessionnel|anxieux|de stress post-traumatique|alimentaire|de la personnalité|panique)|TOC|TSPT|TDAH|schizophrénie|anorexie|boulimie|psychose|autisme)",
    '(tu es|vous êtes) (bipolaire|schizophrène|anorexique|boulimique|psychotique|autiste|narcissique|alcoolique)',
    "(c'est|cela ressemble à|ça ressemble à|ce que tu décris est) (clairement )?(une |un )?(dépression|trouble bipolaire|TOC|schizophrénie|anorexie)",
  ],
  de: [
    '(du hast|Sie haben|du leidest an|du leidest unter|Sie leiden an|Sie leiden unter) (eindeutig |sicher |wahrscheinlich |offensichtlich )?(eine |einer |einem )?(Depression|bipolare Störung|bipolaren Störung|Zwangsstörung|Angststörung|PTBS|ADHS|Schizophrenie|Magersucht|Bulimie|Essstörung|Psychose|Borderline|Autismus|Persönlichkeitsstörung|Panikstörung)',
    '(du bist|Sie sind) (eindeutig |offensichtlich )?(bipolar|schizophren|magersüchtig|psychotisch|autistisch|narzisstisch|Alkoholiker|Alkoholikerin|depressiv)',
    '(das|was du beschreibst) (ist|klingt nach|klingt wie) (eine )?(klassische )?(Depression|bipolare Störung|Zwangsstörung|Schizophrenie|Magersucht)',
  ],
  pt: [
    '(você tem|tens|você sofre de|sofres de|você está com) (claramente |provavelmente |certamente )?(uma |um )?(depressão|transtorno (bipolar|obsessivo|de ansiedade|de estresse pós-traumático|alimentar|de personalidade|do pânico)|perturbação (bipolar|obsessiva|de ansiedade|alimentar)|TOC|TEPT|PTSD|TDAH|esquizofrenia|anorexia|bulimia|psicose|autismo)',
    '(você é|és) (bipolar|esquizofrênic[oa]|esquizofrénic[oa]|anoréxic[oa]|bulímic[oa]|psicótic[oa]|autista|narcisista|alcoólatra)',
    '(isso|o que você descreve) (é|parece) (um caso (claro|típico) de )?(depressão|transtorno bipolar|TOC|esquizofrenia|anorexia)',
  ],
  it: [
    "(hai|soffri di|lei ha|lei soffre di) (chiaramente |sicuramente |probabilmente )?(una |un )?(depressione|disturbo (bipolare|ossessivo|d'ansia|post-traumatico|alimentare|borderline|di personalità|di panico)|DOC|PTSD|ADHD|schizofrenia|anoressia|bulimia|psicosi|autismo)",
    '(sei|lei è) (bipolare|schizofrenic[oa]|anoressic[oa]|bulimic[oa]|psicotic[oa]|autistic[oa]|narcisista|alcolizzat[oa])',
    '(questa|quello che descrivi) (è|sembra) (un caso (classico|tipico) di )?(depressione|disturbo bipolare|DOC|schizofrenia|anoressia)',
  ],
});

export const diagnosis = phraseCheck('diagnosis', [
  { lexicon: DIAGNOSING, negationWindow: 3, unlessBefore: [UNCERTAIN] },
]);
