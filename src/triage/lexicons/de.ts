/**
 * German triage rules (Germany, Austria, Switzerland). Folded text: "mude", "fruher", "uber";
 * "ß" matches "ss" (token keys spell it "ss").
 * Separable verbs put their particle last ("ich bringe mich heute um"): patterns allow a gap.
 */
import { group, RELATIONS } from '../../nlp/people.js';
import type { Lexicon, RuleSpec } from './types.js';

const PERSON = `(mein|meine|meinen|meinem|ein|eine) ${group(RELATIONS.de)}`;
const THEY = `(er|sie|${PERSON})`;
const PILLS =
  '(tabletten|pillen|medikamente|schlaftabletten|antidepressiva|schmerzmittel|beruhigungsmittel)';
/**
 * A count of five or more, said with digits (`<many>`, so no pattern names an amount) or in words:
 * "so 20 von meinen", "zwanzig".
 */
const COUNTED =
  '(so|etwa|ungefahr|fast|uber|mehr als|bestimmt)? (<many>|funf|sechs|sieben|acht|neun|zehn|zwolf|funfzehn|zwanzig|dreissig|vierzig|funfzig) (von (meinen|den|diesen))?';
const LOTS =
  '(alle|alle meine|zu viele|viele|eine ganze packung|eine packung|die ganze packung|einen haufen)';
const HEIGHTS = '(brucke|hochhaus|dach|balkon|fenster|klippe|turm|gebaude)';
const VEHICLES = '(zug|u bahn|ubahn|s bahn|lkw|auto|bus|strassenbahn)';

const rules: RuleSpec[] = [
  {
    id: 'passive.want_to_die',
    kind: 'passive_wish',
    reason: 'wish to be dead',
    patterns: [
      '(will|mochte|wurde|wollte|mocht) (am liebsten|einfach|nur|lieber)? (sterben|tot sein|verschwinden|nicht mehr aufwachen|einschlafen und nicht mehr aufwachen|nicht mehr da sein|nicht mehr existieren)',
      '(wunschte|wunsche|wunscht) ~1 (ich ware|ich war|ich wäre) (tot|nie geboren|nicht mehr da)',
      '(ich)? (ware|war) (ich)? (einfach|so)? (gern|gerne|lieber|am liebsten) (tot|nicht mehr da|nicht mehr am leben|nie geboren)',
      '(will|mochte|wurde) (am liebsten|einfach|nur|lieber)? fur immer verschwinden',
      'wenn ich (doch)? (nur)? (tot ware|nicht mehr aufwachen wurde|einfach sterben konnte)',
      '(todessehnsucht|lebensmude|lebensmud)',
      'es ist mir egal (ob ich sterbe|wenn ich sterbe)',
    ],
  },
  {
    id: 'passive.not_want_to_live',
    kind: 'passive_wish',
    reason: 'no wish to live',
    patterns: [
      '(keine lust|kein bock|keinen bock) mehr (zu leben|auf das leben|auf leben|auf mein leben)',
      '(keinen|kein) lebenswille*',
      '(will|mochte|kann) nicht mehr (leben|da sein|existieren|weiterleben)',
      'nicht mehr leben (will|mochte)',
      '(keinen|kein) (sinn|grund) mehr (zu leben|im leben|weiterzuleben)',
      '(mude|satt) (vom|zu) (leben|existieren)',
      'das leben (hat keinen sinn|ist nicht lebenswert|lohnt sich nicht)',
    ],
  },
  {
    // Not waking up, with the time before the negation ("ich will morgen nicht aufwachen"): a time
    // or a duty in the sentence ("um 6", "für die Arbeit") is an ordinary morning (as in English).
    id: 'passive.not_wake_up',
    kind: 'passive_wish',
    reason: 'wish not to wake up',
    lookalikes: ['early_rising'],
    patterns: [
      '(will|mochte|mocht|wurde gern) (morgen|einfach|nur|am liebsten)? (nicht|nich|nie) (mehr)? (wieder)? aufwachen',
      '(wunschte|wunsche|hoffe) ~6 (nicht mehr|nie mehr|nie wieder|nimmer) aufwachen',
      // Said bare, as "ne plus me réveiller", "nunca mais acordar" and "non svegliarmi più" are
      // (this was a method cue before: a wish, not a means).
      '(nie wieder|nicht mehr|nie mehr|nimmer) aufwachen !(bis|vor|um|wenn|wann|ohne|mussen|durfen)',
    ],
  },
  {
    // Finality: done with life or with everything, and wanting it all to end.
    id: 'passive.done_with_all',
    kind: 'passive_wish',
    reason: 'done with everything',
    weight: 0.6,
    patterns: [
      '(bin|ich bin) (so|einfach|total)? (fertig|durch) mit (dem leben|meinem leben|der welt)',
      '(habe|hab) (mit allem|mit dem leben|mit meinem leben) abgeschlossen',
      '(will|mochte|wunsche mir) (einfach|nur)? (dass|das) (alles|das alles) (aufhort|endet|vorbei ist)',
    ],
  },
  {
    id: 'passive.better_off',
    kind: 'passive_wish',
    reason: 'others better off without me',
    weight: 0.75,
    patterns: [
      '(waren|ware|sind|waeren) (alle|alle anderen|meine familie)? (besser|glucklicher) (dran)? ohne mich',
      '(waren|ware|sind|waeren) (alle|alle anderen|meine familie)? ohne mich (eh|doch|echt)? (besser|glucklicher) dran',
      '(kamen|kaemen|kaeme|kame|wurden) (alle|alle anderen|meine familie)? (gut|prima|bestens)? ohne mich (klar|zurecht|auskommen) !(am|heute|morgen|diese|dieses|fur|bis)',
      'niemand wurde (mich vermissen|es merken) wenn ich (tot ware|weg ware|sterbe)',
      // Worth more dead: "die Versicherung wär mehr wert als i".
      '(die|meine)? (lebensversicherung|versicherung) (war|ware|waer|is|ist) (mehr|viel mehr) wert als (ich|i)',
    ],
  },
  {
    id: 'active.kill_myself',
    kind: 'active_ideation',
    reason: 'thoughts of killing oneself',
    patterns: [
      'mich (umbringen|umzubringen|toten|zu toten|selbst toten)',
      '(mir|mich) (das leben nehmen|das leben zu nehmen)',
      'meinem leben ein ende (setzen|machen|zu setzen|bereiten)',
      '(mit allem|mit dem leben) (schluss machen|abschliessen)',
      '(bring|bringe|bringen) mich ~2 um !(<num>|halb|viertel|mitternacht|zehn|elf|zwolf|acht|neun|sieben)',
      '(denke|dachte|gedanken) (daran|an|uber)? (mich umzubringen|suizid|selbstmord|mir das leben zu nehmen|den tod)',
      '(denke|denk|dachte|gedanken) ~4 (daran|dran) (es|alles) zu beenden',
    ],
  },
  {
    id: 'active.suicidal',
    kind: 'active_ideation',
    reason: 'suicidal thoughts',
    who: 'any',
    timeless: true,
    patterns: [
      'am rande (des|eines) (suizids|selbstmords)',
      '(suizidal|suizidgedanken|selbstmordgedanken|suizidale gedanken|freitod)',
      '(suizid|selbstmord) (begehen|gedanken)',
    ],
  },
  {
    id: 'coded.slang',
    kind: 'coded',
    reason: 'coded word for suicide',
    patterns: [
      '(mich abmelden|mich verabschieden) fur immer',
      'diese welt verlassen',
      // Leaving life as one leaves a service: "mich vom Leben abmelden".
      'mich (vom leben|aus dem leben|von der welt|endgultig|fur immer) (abmelden|ausloggen|abzumelden)',
    ],
  },
  {
    id: 'method.self',
    kind: 'method',
    reason: 'a method in mind',
    patterns: [
      '(mich erhangen|mich aufhangen|mich vergiften|mich ertranken|mich erschiessen|mir die pulsadern aufschneiden|mir die kugel geben)',
      'mir (die|eine) (arterie|halsschlagader|oberschenkelarterie|schlagader) (aufschneiden|aufschlitzen|durchschneiden)',
      `(von|vom|von der|von einem|von einer) ~1 ${HEIGHTS} (springen|zu springen|sturzen)`,
      `(vor|unter) (den|einen|die|eine) ${VEHICLES} (springen|werfen|legen|zu springen|zu werfen)`,
      `${LOTS} ${PILLS} (nehmen|schlucken|zu nehmen|zu schlucken)`,
      '(eine )?uberdosis nehmen',
      '(mir|mich) (einfach|endlich|nur|doch)? (eine kugel|ne kugel|einen schuss) (in den kopf|durch den kopf|in den mund|in die schlafe) (jagen|schiessen|geben|setzen|verpassen)',
      'mir (den kopf|das hirn|die birne) (wegpusten|wegschiessen|wegballern|weg pusten|weg schiessen)',
    ],
  },
  {
    id: 'means.heights',
    kind: 'means_seeking',
    reason: 'asking about heights or locations',
    lookalikes: ['sightseeing', 'sport_heights'],
    patterns: [
      '(hochste|hochsten|hochstes) (brucke|brucken|gebaude|hochhaus|hochhauser|klippe|klippen|turm|turme)',
      'welche (brucke|brucken) (ist|sind) (am hochsten|hoch genug)',
    ],
  },
  {
    // A height named by its place ("the highest point of the gorge", "die höchste Stelle an der
    // Klamm") or a place asked about for what stops a fall ("a pas de filet"): like the named
    // bridges and towers above, it counts only after distress.
    id: 'means.heights_place',
    kind: 'means_seeking',
    reason: 'asking about heights or unguarded places',
    lookalikes: ['sightseeing', 'sport_heights'],
    patterns: [
      '(hochste|hochsten|hochstes) (stelle|punkt|stock|stockwerk|etage|ort|platz|aussichtspunkt|dach|parkhaus|abbruchkante|kante)',
      '(brucke|hochhaus|dach|klippe|parkhaus|aussichtsplattform|turm|viadukt|balkon) ~5 (kein|keine|keinen|ohne) (zaun|gitter|netz|gelander|absperrung)',
    ],
  },
  {
    id: 'means.pills',
    kind: 'means_seeking',
    reason: 'asking about amounts of pills',
    lookalikes: ['care_dosing', 'info_seeking'],
    patterns: [`wie viele ${PILLS}`, 'wie viel (paracetamol|ibuprofen|insulin)'],
  },
  {
    id: 'means.acquire',
    kind: 'means_seeking',
    reason: 'asking where to get means',
    lookalikes: ['outdoor_gear', 'sport_shooting', 'care_dosing'],
    patterns: ['wo (bekomme|kaufe|kriege) ich (eine waffe|eine pistole|ein seil|gift)'],
  },
  {
    id: 'lethality.ask',
    kind: 'lethality_seeking',
    reason: 'asking what is lethal',
    lookalikes: ['care_dosing', 'info_seeking'],
    patterns: [
      '(todliche|letale) (dosis|menge)',
      '(schmerzlos|ohne schmerzen) sterben',
      '(am wenigsten schmerzhafte|schmerzlose|schmerzloseste|schnellste|einfachste|sicherste|leichteste|schmerzfreie) (art|weise|methode|methoden|moglichkeit|moglichkeiten|wege|weg) (zu sterben|sich umzubringen|mich umzubringen|um zu sterben|zum sterben)',
      'wie (bringe ich mich um|bringt man sich um|kann ich mich umbringen)',
      'wie viele ~3 (um zu sterben|sind todlich|tödlich)',
      // the amount asked about by count: "reichen 20 Tabletten, um zu sterben"
      `(reichen|reicht|wurden|wurde) (${LOTS}|${COUNTED})? ${PILLS} (aus|denn)? (um zu sterben|zum sterben|um nicht mehr aufzuwachen|um mich umzubringen)`,
      `(${LOTS}|${COUNTED}) ${PILLS} (reichen|reicht|wurden reichen|wurde reichen) (aus)? (um zu sterben|zum sterben|um nicht mehr aufzuwachen|um mich umzubringen)`,
    ],
  },
  {
    id: 'intent.going_to',
    kind: 'intent',
    reason: 'intent to act',
    patterns: [
      // Not "ich will mich umbringen": "will" is wanting (C-SSRS 2, `active.kill_myself`), as
      // "quiero matarme" and "je veux me tuer" are.
      'ich (werde|wurde|bin bereit) mich ~2 (umbringen|toten|erhangen|umzubringen)',
      'ich (bringe|bring) mich ~2 um !(<num>|halb|viertel|mitternacht|zehn|elf|zwolf|acht|neun|sieben)',
      'ich (werde|will) (mir)? (das leben nehmen|meinem leben ein ende setzen|springen|es tun)',
      'ich (plane|habe vor) (mich umzubringen|mir das leben zu nehmen)',
    ],
  },
  {
    // "Ich mach es heute Nacht" names no act: after distress it is the act, otherwise a chore or
    // a deadline ("ich mach das heute Nacht noch fertig").
    id: 'intent.do_it_tonight',
    kind: 'intent',
    reason: 'intent to act tonight, after distress',
    needs: 'distress',
    patterns: [
      '(ich)? (mach|mache|tu|tue|werd|werde) (es|das) (heute nacht|heut nacht|noch heute nacht)',
    ],
  },
  {
    id: 'intent.do_it',
    kind: 'intent',
    reason: 'intent to act (after suicidal talk)',
    needs: 'suicide',
    weight: 0.8,
    patterns: ['(ich werde es tun|ich mache es|ich tu es|niemand halt mich auf|ich bin bereit)'],
  },
  {
    id: 'plan.decided',
    kind: 'plan',
    reason: 'decided, with a plan',
    patterns: [
      'ich habe (mich)? entschieden ~2 (mich umzubringen|mir das leben zu nehmen|zu sterben|schluss zu machen)',
      'ich habe einen plan (wie ich mich umbringe|mich umzubringen|zu sterben)',
    ],
  },
  {
    id: 'plan.have_plan',
    kind: 'plan',
    reason: 'a plan (after suicidal talk)',
    needs: 'suicide',
    weight: 0.8,
    patterns: [
      'ich habe alles (geplant|vorbereitet)',
      'ich habe (einen|schon einen) plan',
      '(es ist|alles ist) (entschieden|geplant)',
      '(ich)? (habe|hab) (mir)? (schon)? (den tag|das datum|den ort) (schon)? (gewahlt|ausgesucht|festgelegt)',
    ],
  },
  {
    id: 'prep.note',
    kind: 'preparation',
    reason: 'goodbye or suicide note',
    patterns: ['(suizidbrief|selbstmordbrief|abschiedsbrief an (meine|die) familie)'],
  },
  {
    // A goodbye letter has an everyday reading when the writer is leaving a job (triage@31).
    id: 'prep.farewell_letter',
    kind: 'preparation',
    reason: 'goodbye or farewell letter',
    lookalikes: ['life_change'],
    patterns: [
      '(abschiedsbrief|abschiedsbriefe|abschiedsnachricht|abschiedsnachrichten|abschiedsvideo)',
    ],
  },
  {
    id: 'prep.giving_away',
    kind: 'preparation',
    reason: 'giving possessions away',
    needs: 'distress',
    lookalikes: ['moving'],
    weight: 0.8,
    patterns: [
      '(meine|all meine) (sachen|besitztumer|sachen) (verschenkt|verschenke|weggegeben|weggeben)',
      'ich verschenke ~2 (alles|meine sachen|alle meine sachen|all meine sachen)',
      '(meinem|meiner) (nachbarn|nachbarin|bruder|schwester|cousin|cousine|freund|freundin|mutter|vater|oma|opa|nichte|neffen) (meine|meinen|mein) (pflanzen|katze|kater|hund|gitarre|sachen|konsole|fahrrad|bucher|schmuck|ersparnisse) (gegeben|geschenkt|vermacht|uberlassen|vererbt)',
    ],
  },
  {
    // Said outright, these need no distress before them to count (unlike "ich verschenke meine Sachen").
    id: 'prep.unambiguous',
    kind: 'preparation',
    reason: 'preparing for after death, said outright',
    lookalikes: ['moving'],
    weight: 0.85,
    patterns: [
      '(brief|briefe|abschiedsbrief|abschiedsbriefe|nachricht|nachrichten) ~4 fur (wenn|die zeit wenn|die zeit nach|nachdem) ich (nicht mehr da bin|tot bin|weg bin|gestorben bin|meinem tod)',
      '(ich verschenke|verschenke|hab verschenkt|habe verschenkt) (alle)? (meine)? (sachen|besitztumer) ~3 (weil ich sie nicht mehr brauche|ich brauche sie nicht mehr|ich werde sie nicht mehr brauchen|brauch sie eh nicht mehr) !(dort|da|wenn|bis|in|im|nach|fur)',
    ],
  },
  {
    // A last message with a goodbye, said outright: counts without distress, and it is now.
    id: 'prep.last_message',
    kind: 'preparation',
    reason: 'a last message',
    near: true,
    weight: 0.85,
    patterns: [
      '(das ist|dies ist) meine letzte nachricht ~4 (lebt wohl|tschuss|auf wiedersehen|macht s gut|machts gut)',
    ],
  },
  {
    id: 'prep.stockpile',
    kind: 'preparation',
    reason: 'stockpiling pills or acquiring means',
    patterns: [
      `(ich sammle|ich habe gesammelt|ich horte|ich hebe) ~1 ${PILLS}`,
      `${PILLS} (gesammelt|gehortet)`,
    ],
  },
  {
    // Pills kept aside: stored medicine has an everyday reading, so only after distress.
    id: 'prep.stashed',
    kind: 'preparation',
    reason: 'pills put away (after distress)',
    needs: 'distress',
    lookalikes: ['care_dosing'],
    patterns: [`${PILLS} ~4 (versteckt|gebunkert|zur seite gelegt|beiseitegelegt|beiseite gelegt)`],
  },
  {
    id: 'prep.acquired',
    kind: 'preparation',
    reason: 'acquired means',
    needs: 'distress',
    lookalikes: ['outdoor_gear', 'sport_shooting', 'care_dosing'],
    patterns: ['ich habe (ein seil|eine waffe|eine pistole|gift) gekauft'],
  },
  {
    id: 'prep.goodbye',
    kind: 'preparation',
    reason: 'saying goodbye',
    needs: 'distress',
    near: true,
    weight: 0.8,
    patterns: [
      '(das ist|dies ist) (ein abschied|mein abschied|meine letzte nachricht)',
      'lebt wohl (alle|fur immer)?',
      'wenn (ihr|du) das (liest|lest) (bin ich)? (tot|nicht mehr da|weg)',
      'verzeiht mir',
    ],
  },
  {
    id: 'attempt.tried',
    kind: 'attempt',
    reason: 'a suicide attempt',
    patterns: [
      '(gescheiterter|fehlgeschlagener|letzter) (suizidversuch|versuch)',
      '(suizidversuch|selbstmordversuch)',
      'ich habe versucht (mich umzubringen|mir das leben zu nehmen|mich zu toten)',
    ],
  },
  {
    id: 'attempt.now',
    kind: 'attempt_now',
    reason: 'an attempt happening now',
    lookalikes: ['accident', 'recreational', 'pain_relief', 'as_prescribed'],
    patterns: [
      `(ich habe|hab|gerade) ${LOTS} ${PILLS} (genommen|geschluckt)`,
      `(ich habe|hab|gerade) ${COUNTED} ${PILLS} (genommen|geschluckt)`,
      'ich habe (bleiche|gift|rattengift) (getrunken|geschluckt)',
    ],
  },
  {
    id: 'attempt.now_context',
    kind: 'attempt_now',
    reason: 'an attempt happening now (after distress)',
    needs: 'distress',
    lookalikes: ['sightseeing'],
    patterns: ['ich (stehe|sitze|bin) (auf|an) (der|dem) (brucke|dach|kante|gleisen|klippe)'],
  },
  {
    id: 'time.near',
    kind: 'timeline',
    reason: 'a near time',
    near: true,
    patterns: [
      '(heute nacht|heute abend|heute|jetzt sofort|genau jetzt|sofort|dieses wochenende|am wochenende|morgen)',
      'in (einer|ein paar|zwei|<num>) (stunde|stunden|minuten)',
      'wenn (alle|meine eltern) (schlafen|weg sind)',
    ],
  },
  {
    id: 'time.later',
    kind: 'timeline',
    reason: 'a time',
    patterns: [
      '(nachste woche|nachsten monat|nachstes jahr)',
      'an meinem geburtstag',
      'nach (den prufungen|weihnachten|der hochzeit)',
    ],
  },
  {
    id: 'distress.hopeless',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(ich kann nicht mehr|halte es nicht mehr aus|ich halte das nicht mehr aus|ich schaffe das nicht mehr)',
      '(hoffnungslos|keine hoffnung|ohne hoffnung|sinnlos|ausweglos)',
      '(ich bin|fuhle mich wie) (eine last|nutzlos|wertlos|ein versager|leer)',
      '(job|arbeit|wohnung) verloren',
      '(gekundigt|rausgeworfen|verlassen|sie hat mich verlassen|er hat mich verlassen)',
      '(ich hasse mich|ich hasse mein leben)',
      '(niemand liebt mich|keiner mag mich|allen egal|niemand interessiert sich fur mich)',
      '(verzweifelt|am ende|ich gebe auf|ganz allein|so allein)',
    ],
  },
  {
    id: 'self_harm.act',
    kind: 'self_harm',
    reason: 'self-injury',
    lookalikes: ['grooming', 'accident'],
    patterns: [
      '(mich ritzen|mich zu ritzen|ritze mich|mich geritzt|wieder geritzt|ritzen)',
      '(mir|mich) (selbst)? (weh tun|wehtun|wehzutun|weh zu tun|verletzen|zu verletzen|schneiden|verbrennen)',
      'ich (verletze|schneide|verbrenne) mich (selbst|absichtlich)?',
      '(schnitte|wunden) an (meinen|den) (armen|handgelenken|beinen|oberschenkeln)',
      '(drang|lust|bedurfnis) (mich)? zu (ritzen|verletzen|schneiden)',
    ],
  },
  {
    id: 'self_harm.named',
    kind: 'self_harm',
    reason: 'self-harm named',
    who: 'any',
    patterns: ['selbstverletz*', '(svv|ruckfall beim ritzen)'],
  },
  {
    id: 'self_harm.medical',
    kind: 'self_harm_medical',
    reason: 'self-injury with medical danger',
    lookalikes: ['accident'],
    patterns: ['(muss|musste) genaht werden', 'zu tief (geschnitten|geritzt)'],
  },
  {
    id: 'others.intent',
    kind: 'harm_intent',
    reason: 'intent to hurt someone',
    patterns: [
      `(will|werde|mochte) (ihn|sie|jemanden|${PERSON}) (umbringen|toten|verletzen|erstechen|erschiessen|schlagen)`,
      `ich bringe (ihn|sie|${PERSON}) um`,
    ],
  },
  {
    id: 'others.thoughts',
    kind: 'harm_thoughts',
    reason: 'thoughts of hurting someone',
    patterns: [
      '(gedanken|angst|impulse) (jemandem|meinem baby|meinem kind|anderen) (weh zu tun|etwas anzutun|zu schaden)',
    ],
  },
  {
    id: 'abuse.violence',
    kind: 'abuse',
    reason: 'being abused',
    patterns: [
      `(${PERSON}|er|sie) (schlagt|schlug|bedroht|bedrohte|vergewaltigt|vergewaltigte|wurgt|wurgte|misshandelt|sperrt|tritt|schubst|beruhrt|missbraucht) mich`,
      '(hausliche|sexuelle|sexualisierte) gewalt',
      'angst (nach hause|heimzugehen|nach hause zu gehen)',
      '(sexuell)? missbraucht',
      'sexueller missbrauch',
      '(er|sie) droht (mich umzubringen|mir)',
      '(er|sie) lasst mich (nicht raus|meine freunde nicht sehen|nicht arbeiten)',
    ],
  },
  {
    id: 'abuse.now',
    kind: 'abuse_now',
    reason: 'abuse happening now',
    patterns: [
      '(er|sie) (schlagt mich gerade|versucht reinzukommen|tritt die tur ein|hat ein messer|hat eine waffe)',
      'ich verstecke mich (vor ihm|vor ihr|im bad)',
    ],
  },
  {
    id: 'psychosis.voices',
    kind: 'psychosis',
    reason: 'hearing voices or delusional beliefs',
    patterns: [
      '(ich)? hore stimmen',
      'die stimmen (sagen|reden|horen nicht auf)',
      '(sie|man) (beobachtet|verfolgt|vergiftet|uberwacht|beobachten|verfolgen|vergiften|uberwachen) mich',
      '(lesen|kontrollieren|stehlen) meine gedanken',
      '(einen|ein) (chip|implantat) in meinem (kopf|korper|gehirn)',
    ],
  },
  {
    id: 'psychosis.command',
    kind: 'command_hallucination',
    reason: 'voices telling the writer to hurt or kill',
    patterns: ['die stimmen (sagen|befehlen) mir ~2 (umbringen|toten|verletzen|springen|weh tun)'],
  },
  {
    id: 'mania.sleep',
    kind: 'mania_sleep',
    reason: 'going without sleep',
    patterns: [
      '(seit|schon) (tagen|<num> tagen|zwei tagen|drei tagen|einer woche) nicht (mehr)? geschlafen',
      '(brauche|brauch) keinen schlaf',
    ],
  },
  {
    id: 'mania.sign',
    kind: 'mania_sign',
    reason: 'grandiosity or racing thoughts',
    patterns: [
      '(ich bin|fuhle mich) (unbesiegbar|ein genie|gott|auserwahlt|unaufhaltsam)',
      'gott hat mich (auserwahlt|gewahlt)',
      'meine gedanken (rasen|sind so schnell)',
      '(so viel|unendlich viel) energie',
    ],
  },
  {
    id: 'mania.risk',
    kind: 'mania_risk',
    reason: 'risky spending or plans',
    patterns: [
      'mein ganzes erspartes',
      '(alles|mein geld) (ausgegeben|investiert)',
      'meinen job gekundigt um',
    ],
  },
  {
    id: 'eating.restriction',
    kind: 'eating_disorder',
    reason: 'restriction or body-weight preoccupation',
    patterns: [
      'kalorien (zahlen|zahle)',
      'angst (zuzunehmen|vor dem essen|dick zu werden)',
      'ich hasse meinen korper',
      '(magersucht|magersuchtig|bulimie|anorexie|essstorung|fressattacke*|essanfall*)',
      'ich hungere mich',
      'mahlzeiten (auslassen|lasse ich aus)',
    ],
  },
  {
    id: 'eating.severe',
    kind: 'eating_disorder_severe',
    reason: 'purging or severe restriction',
    patterns: [
      '(zum erbrechen|zum kotzen) (bringen|gebracht)',
      'ich (ubergebe|erbreche) mich (nach dem essen|absichtlich)',
      'nichts (mehr)? gegessen seit (tagen|<num> tagen|einer woche)',
      'abfuhrmittel (zum abnehmen|um abzunehmen)',
      'weniger als <num> kalorien am tag',
    ],
  },
  {
    id: 'substance.use',
    kind: 'substance',
    reason: 'harmful substance use',
    patterns: [
      'ich kann nicht aufhoren zu (trinken|konsumieren)',
      'ruckfall',
      'ich trinke (jeden tag|taglich|um zu vergessen|bis zum filmriss)',
      '(entzug|entzugserscheinungen)',
      '(tabletten|pillen) mit alkohol',
    ],
  },
  {
    id: 'medical.overdose',
    kind: 'overdose',
    reason: 'overdose now',
    who: 'any',
    lookalikes: ['as_prescribed'],
    patterns: [
      `${LOTS} ${PILLS} (genommen|geschluckt)`,
      `${COUNTED} ${PILLS} (genommen|geschluckt)`,
      '(uberdosis|uberdosiert)',
      '(bleiche|gift|rattengift) (getrunken|geschluckt)',
    ],
  },
  {
    id: 'medical.symptoms',
    kind: 'medical',
    reason: 'medical emergency now',
    who: 'any',
    lookalikes: ['panic'],
    patterns: [
      'hort nicht auf zu bluten',
      '(ist|wird) bewusstlos',
      '(atmet nicht mehr|atmet nicht)',
      '(brustschmerzen|schmerzen in der brust)',
      'ich bekomme keine luft',
      'wacht nicht (mehr)? auf',
      'atmet (kaum|fast nicht|nur noch ganz flach) (noch|mehr)?',
      '(erbricht|erbreche|kotze|kotzt|spuckt|spucke) blut',
      '(jemand hat|die haben|er hat|sie hat) (mir|ihr|ihm) (was|etwas|k o tropfen) (ins getrank|in den drink|ins glas)',
    ],
  },
  {
    id: 'other.worry',
    kind: 'third_party_worry',
    reason: 'worried about someone',
    patterns: [
      `(ich mache mir sorgen|sorge mich|habe angst) um ${PERSON}`,
      `wie kann ich ${PERSON} helfen`,
    ],
  },
  {
    id: 'other.warning',
    kind: 'third_party_warning',
    reason: 'someone else shows warning signs',
    patterns: [
      `${THEY} (will|mochte|sagt er will|sagt sie will|redet davon) ~2 (sterben|sich umbringen|sich das leben nehmen|nicht mehr leben)`,
      '(will|wollte) sich (umbringen|das leben nehmen|toten)',
      'sich ~2 (umbringen|toten|das leben nehmen|umzubringen) (will|wollte|mochte|wurde|wird)',
      '(er|sie) (will|wollte|mochte) sich ~2 (umbringen|toten)',
      `${THEY} (ritzt sich|verletzt sich|schneidet sich)`,
      `${THEY} ist suizidal`,
    ],
  },
  {
    id: 'other.plan',
    kind: 'third_party_plan',
    reason: 'someone else shows a plan or preparation',
    patterns: [
      `${THEY} (verschenkt|hat verschenkt) (alle)? seine sachen`,
      `${THEY} (verschenkt|hat verschenkt) (alle)? ihre sachen`,
      'hat versucht sich (umzubringen|das leben zu nehmen)',
      '(abschiedsbrief|abschiedsnachricht) (geschickt|geschrieben|hinterlassen)',
    ],
  },
  {
    id: 'other.now',
    kind: 'third_party_now',
    reason: "someone else's attempt or overdose now",
    lookalikes: ['as_prescribed'],
    patterns: [
      `${THEY} hat ${LOTS} ${PILLS} (genommen|geschluckt)`,
      `${THEY} hat ${COUNTED} ${PILLS} (genommen|geschluckt)`,
      `${THEY} (steht auf der brucke|ist bewusstlos|atmet nicht|wacht nicht auf)`,
      `${THEY} hat (eine|ne) uberdosis (genommen|erwischt)?`,
    ],
  },
  // Breadth: everyday phrasing as people type it (no umlauts, dropped endings: "hab", "mach").
  {
    id: 'intent.end_it',
    kind: 'intent',
    reason: 'intent to act',
    patterns: [
      '(ich|ick) (mach|mache) (heute|heut|jetzt|heute nacht|morgen|bald) schluss !(mit|fur|bei|auf)',
      '(bring|bringe) (ich)? mich (heute|heut|jetzt|heute nacht|morgen|bald)? um !(<num>|halb|viertel|mitternacht|die|den|das|zehn|elf|zwolf|acht|neun|sieben)',
      '(ich werde|ich werd|werd) mich (heute|jetzt|morgen)? (umbringen|toten|umbring)',
      '(morgen|heute nacht|heute) bin ich (nicht mehr da|weg|tot)',
    ],
  },
  {
    id: 'intent.end_it_context',
    kind: 'intent',
    reason: 'intent to act (after suicidal talk)',
    needs: 'suicide',
    weight: 0.8,
    patterns: ['(ich|ick) (mach|mache) schluss !(mit|fur|bei|auf)'],
  },
  {
    id: 'plan.decided_colloquial',
    kind: 'plan',
    reason: 'decided to act (after suicidal talk)',
    needs: 'suicide',
    weight: 0.8,
    patterns: [
      '(ich hab|ich habe|hab) mich entschieden',
      'es ist entschieden',
      '(mein|der) entschluss steht',
    ],
  },
  {
    id: 'prep.affairs',
    kind: 'preparation',
    reason: 'goodbye letters, giving things away or settling affairs (after distress)',
    needs: 'distress',
    weight: 0.8,
    patterns: [
      '(hab|habe) (meine|all meine|alle meine) sachen (verschenkt|verteilt|weggegeben)',
      '(meine|all meine) sachen (verschenkt|verschenken|verteilt)',
      '(alles|meine angelegenheiten) (geregelt|geordnet|in ordnung gebracht)',
      '(mich|mich von allen) (verabschiedet|verabschieden) (fur immer)?',
    ],
  },
  {
    id: 'attempt.now_symptoms',
    kind: 'attempt_now',
    reason: 'an attempt happening now (after suicidal talk)',
    needs: 'suicide',
    patterns: [
      '(ich hab es|hab es|hab s|habs) (getan|gemacht)',
      '(mir ist|mir is) (so)? (schwindelig|schwindlig|ubel)',
      '(werde|werd) (so)? mude',
    ],
  },
  {
    id: 'medical.overdose_colloquial',
    kind: 'overdose',
    reason: 'overdose now',
    patterns: [`(hab|habe) ${LOTS} ${PILLS} (genommen|geschluckt)`],
  },
  {
    id: 'means.heights_colloquial',
    kind: 'means_seeking',
    reason: 'asking about heights or locations',
    lookalikes: ['sightseeing', 'sport_heights'],
    patterns: [
      '(welche|welcher|welches) (brucke|hochhaus|gebaude|turm|klippe) ~3 (hochste|hochsten|am hochsten|hoch genug)',
    ],
  },
  {
    id: 'lethality.not_wake',
    kind: 'lethality_seeking',
    reason: 'asking what would stop one waking up',
    lookalikes: ['care_dosing'],
    patterns: [
      'wie (viele|viel) ~5 (um nicht mehr aufzuwachen|damit ich nicht mehr aufwache|nicht mehr aufwachen)',
    ],
  },
  {
    id: 'passive.everyday',
    kind: 'passive_wish',
    reason: 'wish to be dead',
    patterns: [
      '(einschlafen|schlafen) und (nie mehr|nicht mehr|nie wieder) aufwachen',
      '(will|mochte|wurde gern) (einfach)? (nicht mehr|nie mehr) aufwachen',
      // Modal particles do not change the wish: "ich will eigentlich nicht mehr leben".
      '(will|mochte) (einfach|eigentlich|echt|wirklich|halt)? (nicht mehr leben|verschwinden|tot sein)',
      'wozu (noch)? (leben|weitermachen)',
    ],
  },
  {
    id: 'self_harm.medical_colloquial',
    kind: 'self_harm_medical',
    reason: 'self-injury with medical danger',
    // A cut while cooking or gardening that bleeds is an accident, like the plain self-injury rule.
    lookalikes: ['accident'],
    patterns: [
      '(geritzt|geschnitten|verbrannt) ~8 (hort nicht auf zu bluten|blutet stark|blutet so|zu tief|genaht)',
    ],
  },
  {
    id: 'others.intent_colloquial',
    kind: 'harm_intent',
    reason: 'intent to hurt someone',
    patterns: [
      `(ich|ick) (bring|bringe) (ihn|sie|den|die|${PERSON}) ~3 um`,
      `(ich|ick) (stech|steche|schlag|schlage) (ihn|sie|${PERSON}) ~2 (ab|tot|nieder)`,
    ],
  },
  {
    id: 'psychosis.command_colloquial',
    kind: 'command_hallucination',
    reason: 'voices telling the writer to hurt or kill',
    patterns: [
      'die stimmen (sagen|befehlen) ~4 (umbringen|umzubringen|toten|verletzen|springen|ritzen)',
    ],
  },
  {
    id: 'eating.purge_colloquial',
    kind: 'eating_disorder_severe',
    reason: 'purging',
    patterns: [
      '(kotze|kotz|erbreche|ubergebe mich|spuck|spucke) ~2 (nach|nachdem ich) (jedem|dem|jeder)? (essen|mahlzeit|gegessen)',
      '(kotze|kotz|erbreche) ~3 absichtlich',
    ],
  },
  {
    id: 'abuse.minor',
    kind: 'abuse',
    reason: 'a minor being abused',
    patterns: [
      `(ich bin|bin) <num> ~3 (${PERSON}|mein vater|meine mutter|mein stiefvater|meine stiefmutter) (schlagt|schlaegt|haut|beruhrt|missbraucht|sperrt) mich`,
    ],
  },
  {
    id: 'passive.everyday_more',
    kind: 'passive_wish',
    reason: 'wish to be dead, or a burden to others',
    patterns: [
      '(ich bin|bin) (allen|fur alle|fur alle nur|meiner familie) (nur)? (eine last|ein klotz am bein)',
      '(keiner|niemand) (wurde|wird) mich vermissen',
      '(will|mochte|wurde) (einfach)? (nur)? (tot sein|nicht mehr da sein|nicht mehr existieren)',
    ],
  },
  {
    id: 'abuse.now_colloquial',
    kind: 'abuse_now',
    reason: 'abuse happening now',
    patterns: [
      `(${PERSON}|er|sie) (schlagt|haut|bedroht|wurgt|tritt) mich (gerade|grad|jetzt|im moment)`,
      '(er|sie) (hamert|hammert|tritt|schlagt) (gerade|grad|jetzt) (gegen|an) die tur',
    ],
  },
  {
    id: 'mania.sign_colloquial',
    kind: 'mania_sign',
    reason: 'grandiosity or racing thoughts',
    // "seit Tagen nicht geschlafen und bin ein Genie": the sleep clause's negation is not this one's.
    scopes: ['hypothetical', 'quoted', 'past', 'third_party', 'figurative', 'everyday'],
    patterns: ['(ich bin|bin) (ein genie|unbesiegbar|auserwahlt|gott)', 'meine gedanken rasen'],
  },
  {
    id: 'psychosis.poison',
    kind: 'psychosis',
    reason: 'persecution or poisoning beliefs',
    patterns: [
      '(vergiften|vergiftet|vergiftest) (mein|mir mein|mir das) (essen|wasser|trinken|kaffee)',
      '(sie|die|alle) (beobachten|verfolgen|uberwachen) mich',
    ],
  },
  {
    id: 'eating.restriction_colloquial',
    kind: 'eating_disorder_severe',
    reason: 'severe restriction',
    patterns: [
      '(ich esse|esse|ess) seit (tagen|<num> tagen|einer woche|zwei tagen|drei tagen) (nichts|gar nichts|kaum was)',
    ],
  },
  {
    id: 'substance.colloquial',
    kind: 'substance',
    reason: 'harmful substance use',
    patterns: [
      '(sauf|saufe) jeden tag',
      '(trink|trinke) jeden tag (alkohol|bier|wein|schnaps|wodka|vodka)',
      '(trink|trinke|sauf|saufe) bis ich (umfall|umfalle|nichts mehr weiss)',
    ],
  },
  // Plain first-person statements as people type them (no umlauts, dropped endings).
  {
    id: 'plan.said',
    kind: 'plan',
    reason: 'decided, said plainly',
    lookalikes: ['life_change'],
    patterns: [
      '(mach|mache|machs) ich schluss !(mit|fur|bei|auf)',
      '(dann|danach|morgen|heute|heut nacht|heute nacht) ist (schluss|es so weit)',
      '(heute abend|heute nacht|heut nacht|morgen|am wochenende) (ist es so weit|mach ich es|mach ichs|ist schluss)',
      '(ich hab|hab|ich habe) (beschlossen|entschieden) (dass ich es|es) (bald|heute|morgen)? (beende|beend|zu beenden|mach|tue)',
      '(hab|habe|ich hab) alles (geplant|vorbereitet) !(fur (die|den|das|meine|unseren|unsere)|zum)',
      'komm (nicht|nie) (mehr)? zuruck',
      'steht fest',
    ],
  },
  {
    id: 'intent.said',
    kind: 'intent',
    reason: 'intent to act, said plainly',
    needs: 'distress',
    weight: 0.8,
    patterns: [
      '(diesmal|dieses mal) (mach ich es|mach ichs|zieh ich das durch|tu ich es) (wirklich)?',
      '(ich glaub|glaub) (diesmal|dieses mal)? (mach ich es|mach ichs|tu ichs) wirklich',
      '(ich werd|ich werde|werd) nicht mehr lange (da|hier) sein',
      'ich meins ernst (diesmal|dieses mal)?',
    ],
  },
  {
    id: 'attempt.said',
    kind: 'attempt',
    reason: 'a recent attempt',
    patterns: [
      '(hab|habe) (ich)? versucht mich (umzubringen|zu toten|aufzuhangen)',
      '(nach|seit) meinem (suizidversuch|versuch) !(zu|an|mit)',
    ],
  },
  {
    id: 'attempt.now_said',
    kind: 'attempt_now',
    reason: 'took pills a short while ago or at a height now (with distress)',
    needs: 'distress',
    lookalikes: ['care_dosing', 'sightseeing'],
    patterns: [
      '(hab|habe|ich hab) (die|alle|meine) (tabletten|pillen|medikamente) (vor|gerade|grad|eben|schon) ~4 genommen',
      '(hab|habe|ich hab) (vorhin|grad|gerade|eben|schon|vor ner stunde|vor einer stunde) (die ganzen|alle|meine|die) (tabletten|pillen|medikamente) ~4 genommen',
      '(ich steh|ich stehe|steh|stehe|ich sitz|ich sitze) (grad|gerade|jetzt) auf (der|dem) (brucke|dach|gleisen)',
    ],
  },
  {
    id: 'method.dwelling',
    kind: 'method',
    reason: 'dwelling on a means or a place (with distress)',
    needs: 'distress',
    weight: 0.75,
    patterns: [
      '(auf die gleise|auf der brucke|an die brucke|an den see|ans gewehr|jagdgewehr|von der brucke) ~8 (denk|denke|dran|daran|geht mir nicht aus dem kopf)',
      '(denk|denke) (jedes mal|immer|dran|daran) ~6 (gleise|brucke|gewehr|tabletten|dach)',
      'geht mir nicht (mehr)? aus dem kopf',
      // Ways looked up after saying it: "will mich umbringen, hab schon nach Wegen gesucht".
      '(hab|habe|hatte) (schon|auch|bereits)? (nach wegen|nach methoden|nach moglichkeiten|wege|methoden) (gesucht|gegoogelt|gegoogled|recherchiert|nachgeschaut)',
    ],
  },
  {
    id: 'distress.said',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(weiss|weis) (nicht|nich) warum ich das (hier)? (schreib|schreibe)',
      '(wollte|will) (nur|es nur) dass (es )?(jemand|einer) (es)? (weiss|weis)',
      '(bin so durch|bin durch|bin am ende|bin es leid|ich bin es leid)',
      '(job|freundin|freund|frau|mann|wohnung) weg',
      'schlimmste (woche|tag|jahr|zeit) (meines lebens)?',
      'macht mir angst',
      // "I've had it with everything", "no way out".
      '(hab|habe|ich hab) (einfach)? (kein|keinen) bock mehr (auf (alles|nichts|gar nichts|das leben|irgendwas))?',
      '(seh|sehe) (keinen|kein) (ausweg|licht) mehr',
    ],
  },
  {
    id: 'abuse.said',
    kind: 'abuse',
    reason: 'being abused, threatened or exploited',
    patterns: [
      '(will|wollte|fragt nach) (bilder|fotos|nacktbilder) von mir',
      '(sagt|sagte|meint) (er|sie) (bringt|bringe) mich um',
      '(schickt|schicke|zeigt) (er|sie) die (alten|bilder|fotos)',
    ],
  },
  {
    id: 'others.said',
    kind: 'harm_intent',
    reason: 'intent to hurt someone',
    patterns: [
      'stech ich (ihn|sie) ab',
      'zahl ich es ~3 heim',
      '(diesmal|dieses mal) kommt (er|sie) nicht davon',
    ],
  },
  {
    id: 'medical.said',
    kind: 'medical',
    reason: 'a medical emergency now',
    patterns: [
      'zu viel (koks|koka|zeug|pillen|tabletten) ~6 (herz|brust)',
      '(freund von meiner (mama|mutter)|stiefvater|onkel|cousin) kommt nachts in mein (zimmer|bett)',
    ],
  },
  {
    id: 'other.now_said',
    kind: 'third_party_now',
    reason: "someone else's overdose now",
    patterns: ['(tabletten|pillen) genommen (und)? (wird|wacht) nicht (richtig)? (wach|auf)'],
  },
  // --- Crisis breadth (issue 3): oblique means, lethality, preparation and farewell wording,
  // Austrian and Swiss forms, chat spelling. Oblique cues need distress; two vouch for each other.
  {
    id: 'distress.breadth',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(i|ich) (pack|packs|schaff|schaffs) (des|das|es)? (nimma|nimmer|nicht mehr|nich mehr)',
      '(ich|i) (cha|chan|kann) (nume|numme|numma|nuemm|num|nuem|numm|nimm|nimme|nimmer)',
      '(bin|ich bin) (nur noch)? (eine|ne|a) last (fur alle|fur jeden|fur meine familie)',
      '(halt|halte) (das|es|des)? (alles)? nicht mehr aus',
      '(so|total|echt) (mude|durch|fertig) (vom leben|mit allem|von allem)',
      '(ich bin|bin) (so)? (mude|fertig) vom leben',
      '(wollte|will) (nur|nur noch|bloss)? (tschuss|auf wiedersehen|lebewohl|adieu) sagen',
      '(hab|habe) alles verloren',
      '(schlafe|schlaf) kaum (noch|mehr)',
    ],
  },
  {
    id: 'lethality.hurt',
    kind: 'lethality_seeking',
    reason: 'asking whether a way of dying hurts (after distress)',
    needs: 'distress',
    lookalikes: ['sport_heights', 'info_seeking'],
    patterns: [
      '(tut es|tuts|ist es) (weh|schmerzhaft|schnell) ~2 (wenn|wann) (man|ich) ~4 (springt|springe|ertrinkt|ertrinke|sich erhangt|mich erhange)',
      '(ab|von) (welcher|wie viel) (hohe|etage|stockwerk) ~4 (stirbt|uberlebt|tot)',
    ],
  },
  {
    id: 'lethality.how_long',
    kind: 'lethality_seeking',
    reason: 'asking how long dying takes',
    lookalikes: ['care_dosing', 'info_seeking'],
    patterns: [
      'wie lange (dauert es|dauerts|braucht es) ~4 (bis man|bis ich) ~4 (stirbt|sterbe|tot ist|tot bin)',
      `(welche|welches) (${PILLS}|medikament|medikamente|tabletten) ~3 (am gefahrlichsten|am todlichsten|todlich) (wenn|wann) (man|ich) (zu viel|zu viele|viele) (nimmt|nehme)`,
    ],
  },
  {
    id: 'means.heights_breadth',
    kind: 'means_seeking',
    reason: 'asking about heights or locations',
    lookalikes: ['sightseeing', 'sport_heights'],
    patterns: [
      '(welche|welcher|welches) (brucke|hochhaus|gebaude|parkhaus|turm|klippe) ~5 (die|das|der)? (hochste|hochsten|am hochsten)',
    ],
  },
  {
    id: 'means.no_questions',
    kind: 'means_seeking',
    reason: 'asking where to get means unnoticed (after distress)',
    needs: 'distress',
    lookalikes: ['outdoor_gear', 'care_dosing'],
    patterns: [
      `(wo|wie) (bekommt|kriegt|kauft|bekomme|kriege|kaufe) (man|ich) ~3 (${PILLS}|schlafmittel|schlaftabletten|gift|ein seil|eine waffe) ~3 (ohne rezept|ohne dass|unauffallig)`,
      `(wo|wie) (bekommt|kriegt|kauft|bekomme|kriege|kaufe) (man|ich) ohne rezept`,
    ],
  },
  {
    id: 'prep.wont_need_breadth',
    kind: 'preparation',
    reason: 'giving things away, no longer needed (with distress)',
    needs: 'distress',
    lookalikes: ['moving'],
    weight: 0.85,
    patterns: [
      '(verschenkt|weggegeben|verteilt) ~4 (brauch|brauche) (ich)? (eh|ja|sowieso)? (nicht|nix|nichts) mehr',
      '(hab|habe) (meine|all meine) (sachen|klamotten|spiele|bucher) ~4 (verschenkt|weggegeben)',
    ],
  },
  {
    id: 'prep.oblique',
    kind: 'preparation',
    reason: 'settling affairs or saying goodbye (with distress)',
    needs: 'distress',
    lookalikes: ['moving'],
    weight: 0.8,
    patterns: [
      '(hab|habe|ich hab) alles geregelt',
      '(die katze|der hund|mein hund|meine katze) (ist|kommt) (jetzt)? (bei|zu) (meiner|meinem|meinen)',
      '(allen|jedem|allen auf insta|allen freunden) (tschuss|auf wiedersehen|lebewohl) gesagt',
      '(vertrag|handyvertrag|konto|wohnung|abo) (gekundigt|aufgelost)',
      '(testament|meinen letzten willen) (gemacht|geschrieben|aufgesetzt) ~9 (brief|briefe)',
      '(brief|briefe) ~6 (erst)? (spater|danach|nach mir) (finden|lesen) soll',
      '(morgen|heute nacht|ab morgen) (bin ich|ich bin) (nicht mehr da|weg|nicht mehr)',
      '(hab|habe) mir (ein seil|einen strick|gift|tabletten|eine waffe) besorgt',
    ],
  },
  {
    id: 'prep.stockpile_breadth',
    kind: 'preparation',
    reason: 'stockpiling pills',
    patterns: [`(sammel|sammle|sammeln|horte|bunkere) (seit|schon seit) ~2 (meine)? ${PILLS}`],
  },
  {
    id: 'prep.last_message_said',
    kind: 'preparation',
    reason: 'a last message',
    near: true,
    weight: 0.85,
    patterns: [
      '(das ist|dies ist|hier ist) meine letzte nachricht ~6 (danke|passt auf|verzeiht|tschuss|lebt wohl|ich hab euch lieb)',
    ],
  },
  {
    id: 'intent.breadth',
    kind: 'intent',
    reason: 'intent to act, said plainly',
    patterns: [
      '(i|ich) (bring|bringe) (mi|mich) ~4 um !(den|die|das|mein|meine|meinen|meinem)',
      '(mach|mache) (ich)? (morn|morgen|heute|heit|heut|jetzt)? schluss mit allem',
      '(ich will|will|ich werd|ich werde) mich (abmelden|ausloggen) ~3 (fur immer|endgultig|morgen|heute)',
      '(ich will|will|ich werd|ich werde|ich mochte) mich (abmelden|ausloggen) !(bei|von|vom|aus|fur|beim|im|am)',
      '(ich werd|ich werde|werd) mich umbringen',
      '(ich will|will) mich abmelden ~3 (fur immer|endgultig)',
      'diesmal (zieh|ziehe) ich (es|das) durch',
    ],
  },
  {
    // Seeing it through is everyday talk ("den Marathon zieh ich durch"): an intent only after
    // suicidal talk ("Ich bin nur noch ne Last … Ich glaub, ich zieh dat echt durch").
    id: 'intent.see_through',
    kind: 'intent',
    reason: 'intent to go through with it (after suicidal talk)',
    needs: 'suicide',
    patterns: ['(ich)? (zieh|ziehe) (ich)? (es|das|dat|dit) (echt|wirklich|jetzt|einfach)? durch'],
  },
  {
    id: 'intent.breadth_context',
    kind: 'intent',
    reason: 'ending it at a time, said plainly (with distress)',
    needs: 'distress',
    patterns: ['(mach|mache) (morn|morgen|heute|heit|heut) schluss !(mit)'],
  },
  {
    id: 'attempt.now_breadth',
    kind: 'attempt_now',
    reason: 'an attempt happening now',
    patterns: [
      '(pulsadern|handgelenke) (aufgeschnitten|aufgeschlitzt)',
      `(die ganze|ne ganze|eine ganze|alle) (packung|schachtel|tabletten|pillen) (geschluckt|genommen) ~6 (schwindlig|mude|schlecht|ubel)`,
    ],
  },
  {
    id: 'attempt.now_height',
    kind: 'attempt_now',
    reason: 'at a height now (with distress)',
    needs: 'distress',
    lookalikes: ['sightseeing'],
    patterns: [
      '(stehe|steh|sitze|sitz|bin) (grad|gerade|jetzt)? (oben)? auf (dem|der) (dach|parkhaus|brucke|hochhaus|gelander)',
    ],
  },
  {
    id: 'prep.farewell_words',
    kind: 'preparation',
    reason: 'farewell words (with distress, or with another sign)',
    needs: 'distress',
    near: true,
    weight: 0.75,
    patterns: [
      'danke (dir|euch|ihnen)? fur alles',
      'danke (dir|euch)? (furs zuhoren|fur die gesprache|dass du (immer)? da warst)',
      '(passt|pass) (gut)? auf (euch|dich|mama|papa) auf',
      '(verzeiht|verzeih) mir',
    ],
  },
  {
    id: 'prep.acquired_denied',
    kind: 'preparation',
    reason: 'acquired means, and not for the everyday use',
    patterns: [
      '(seil|strick|waffe) (besorgt|gekauft) ~4 (nicht|nich) (zum|fur) (klettern|zelten|campen|garten|boot|umzug)',
    ],
  },
  {
    // Calm after a decision is a warning sign, not relief: it counts with distress or another sign.
    id: 'intent.calm_after_decision',
    kind: 'intent',
    reason: 'calm since deciding (with distress)',
    needs: 'distress',
    patterns: [
      '(bin ich|ich bin|fuhl mich|fuhle mich) (irgendwie|komisch|seltsam)? (ruhig|ganz ruhig|im reinen|erleichtert) (seitdem|seit ich mich entschieden hab|seit der entscheidung)',
    ],
  },
  {
    // "It's not for camping" said about means: with distress or another sign, acquired means.
    id: 'prep.denied_use',
    kind: 'preparation',
    reason: 'means, and not for the everyday use (with distress)',
    needs: 'distress',
    weight: 0.8,
    patterns: [
      '(und)? (nein)? nicht (zum|fur) (klettern|zelten|campen|den garten|das boot|den umzug|ratten)',
    ],
  },
  // --- Crisis breadth, third pass: farewell-note markers, cover stories, concealment, "for when
  // I'm not here", half already taken, at an edge and not coming down.
  {
    id: 'distress.breadth_more',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(ich)? (ertrag|ertrage|halt|halte) (einfach)? (nichts|nix|das alles)? (mehr|nicht mehr) (aus|durch)?',
      'ich kann einfach nicht mehr',
      '(das wars|das war s|das wars dann) fur mich',
      '(allein|alleine) seit ~3 (tot ist|gestorben ist|weg ist)',
    ],
  },
  {
    id: 'prep.farewell_note',
    kind: 'preparation',
    reason: 'words of a farewell note (with distress or another sign)',
    needs: 'distress',
    near: true,
    weight: 0.8,
    patterns: [
      'wenn (du|ihr) das (liest|lest)',
      '(es ist|es war|ist) nicht (deine|eure) schuld',
      '(fur wenn|wenn) ich nicht mehr da bin',
      '(sagt|sag) ~3 (einfach)? ich bin verreist',
      'ich komm nicht (wieder|mehr wieder)',
      '(sagt|sag) (meiner|meinem|meinen|der|dem) ~2 (dass)? ich (sie|ihn|euch|sie alle) (lieb hab|liebe|lieb habe|geliebt hab)',
    ],
  },
  {
    id: 'prep.concealment',
    kind: 'preparation',
    reason: 'making sure nobody finds out or comes (with distress or another sign)',
    needs: 'distress',
    weight: 0.8,
    patterns: ['(da|dort|hier) sucht mich (keiner|niemand)', '(fragt|frag) nicht (wofur|warum)'],
  },
  {
    id: 'prep.oblique_more',
    kind: 'preparation',
    reason: 'settling affairs (with distress or another sign)',
    needs: 'distress',
    lookalikes: ['moving'],
    weight: 0.8,
    patterns: [
      'alles zuruckgegeben was ich mir ~3 geliehen',
      '(sprachnachricht|video|nachricht|brief) fur (meine|meinen) (kinder|sohn|tochter|frau|mann)',
      'hotelzimmer ~8 (tabletten|pillen|medikamente)',
      'das haus ~3 (uberschrieben|vermacht)',
      '(im bad|ins bad) eingeschlossen mit ~4 (dose|packung|tabletten|pillen)',
      '(such|suche) ein (stabiles|festes|starkes) seil',
    ],
  },
  {
    id: 'plan.day_named',
    kind: 'plan',
    reason: 'a day named for it (with distress or another sign)',
    needs: 'distress',
    near: true,
    lookalikes: ['life_change'],
    patterns: [
      '(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen) ist (es|alles) vorbei',
      'mir ein datum ausgesucht',
    ],
  },
  {
    id: 'intent.jump_place',
    kind: 'intent',
    reason: 'going to jump, said plainly (with distress)',
    needs: 'distress',
    patterns: [
      '(spring|springe|werf|werfe) ich (mich)? (in den|in die|von der|von dem|vom|vor den) (fluss|see|rhein|brucke|dach|zug)',
    ],
  },
  {
    id: 'means.measure',
    kind: 'means_seeking',
    reason: 'asking about heights (after distress)',
    lookalikes: ['sightseeing', 'sport_heights'],
    patterns: [
      'wie hoch ist (eigentlich)? (die|der|das) ~2 (brucke|talbrucke|hochhaus|turm|staumauer|parkhaus|viadukt)',
    ],
  },
  {
    id: 'attempt.now_more',
    kind: 'attempt_now',
    reason: 'partway through taking them (with distress or another sign)',
    needs: 'distress',
    patterns: [
      'die halfte hab ich (schon|schon genommen)',
      'will (aber)? (auch)? nicht (runter|zuruck)',
    ],
  },
  // --- Crisis breadth, fourth pass (tuned on fresh batch C): warning signs said sideways.
  {
    id: 'intent.no_longer_a_bother',
    kind: 'intent',
    reason: 'says they will not be a bother much longer (with distress)',
    needs: 'distress',
    patterns: [
      '(nerv|nerve|store|belaste) (ich)? (euch|dich|keinen|niemanden) (nicht)? mehr',
      '(ihr musst|du musst) (euch|dich) (bald)? (keine sorgen mehr|nicht mehr) um mich',
    ],
  },
  {
    id: 'intent.ready_to_go',
    kind: 'intent',
    reason: 'ready to go (with distress)',
    needs: 'distress',
    patterns: ['(ich bin)? bereit zu gehen !(nach|zu|in|ins|zur|zum)'],
  },
  {
    id: 'intent.stopped_meds',
    kind: 'intent',
    reason: 'stopped needed medication on purpose (with distress)',
    needs: 'distress',
    patterns: [
      'absichtlich aufgehort ~4 (tabletten|medikamente|herztabletten|insulin)',
      '(tabletten|medikamente|herztabletten|insulin) ~3 absichtlich (abgesetzt|weggelassen)',
    ],
  },
  {
    id: 'plan.nobody_around',
    kind: 'plan',
    reason: 'a time when nobody will be around to stop it (with distress)',
    needs: 'distress',
    patterns: ['(keiner|niemand) (kommt|da der) (rein|rein und stort|mich findet|mich aufhalt)'],
  },
  {
    id: 'lethality.knows_which',
    kind: 'lethality_seeking',
    reason: 'knows which means would work (with distress)',
    needs: 'distress',
    lookalikes: ['care_dosing'],
    patterns: [
      '(weiss|weis) welche (medikamente|tabletten) (reichen wurden|reichen|wirken wurden)',
    ],
  },
  {
    id: 'method.calling',
    kind: 'method',
    reason: 'a place or means that keeps pulling (with distress)',
    needs: 'distress',
    lookalikes: ['sightseeing'],
    patterns: ['(die gleise|die brucke|der fluss|das meer|der zug) ~4 (rufen|ruft) mich'],
  },
  {
    id: 'distress.said_more',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(sorry|entschuldigung|tut mir leid) dass ich (so)? (eine|ne) last bin',
      'ich bin (so|nur|nur noch)? (eine|ne|nur eine) last',
      'so kann ich nicht (weiterleben|weitermachen|mehr leben)',
      'keine familie hier',
    ],
  },
  {
    id: 'prep.handing_over',
    kind: 'preparation',
    reason: 'handing things over, signing off (with distress or another sign)',
    needs: 'distress',
    lookalikes: ['moving', 'sport_shooting'],
    weight: 0.8,
    patterns: [
      '(er|sie) kann alles behalten',
      'ich (spiel|spiele) nicht mehr',
      'gg an alle',
      'kommt (keiner|niemand) rein',
    ],
  },
];

export const DE: Lexicon = { lang: 'de', rules };
