/**
 * French triage rules (France, Belgium, Québec). Folded text without accents or apostrophes;
 * elisions are split ("j'ai" → "j ai", "m'ouvrir" → "m ouvrir").
 */
import { group, RELATIONS } from '../../nlp/people.js';
import type { Lexicon, RuleSpec } from './types.js';

const PERSON = `(mon|ma|mes|un|une) ${group(RELATIONS.fr)}`;
const THEY = `(il|elle|ils|elles|${PERSON})`;
const PILLS =
  '(medicaments|medocs|cachets|comprimes|pilules|somniferes|antidepresseurs|anxiolytiques|doliprane|paracetamol)';
/**
 * A count of five or more, said with digits (`<many>`, so no pattern names an amount) or in words:
 * "genre 20 de mes", "une vingtaine de".
 */
const COUNTED =
  '(genre|environ|a peu pres|presque|plus de)? (<many>|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|une dizaine de|une vingtaine de|une trentaine de) (de (mes|ces))?';
/** After a counted amount: a daily regimen, not an overdose ("6 tablets a day"). */
const NOT_REGIMEN =
  '!(par jour|chaque jour|par semaine|chaque matin|chaque soir|comme prescrit|au total|sur la journee|dans la semaine)';
const LOTS =
  '(tous mes|toutes mes|toute la boite de|toute une boite de|une boite (entiere)? de|une plaquette de|plein de|trop de|beaucoup de|un tas de)';
const KILL_ME =
  '(me tuer|me suicider|mettre fin a mes jours|mettre fin a ma vie|m en finir|me foutre en l air|me supprimer)';
const HEIGHTS = '(pont|immeuble|toit|balcon|fenetre|falaise|tour|viaduc)';
const VEHICLES = '(train|metro|camion|voiture|bus|tram|rer)';

const rules: RuleSpec[] = [
  {
    id: 'passive.want_to_die',
    kind: 'passive_wish',
    reason: 'wish to be dead',
    patterns: [
      '(j aimerais|je voudrais|j aurais aime|j aimerai) ne (plus|pas)? (etre la|exister|etre en vie|etre plus la) !(ce|cette|a|au|aujourd|maintenant|avec|quand)',
      '(je veux|je voudrais|j ai envie de|envie de|je souhaite|j aimerais) (juste|simplement|vraiment)? (mourir|crever|disparaitre pour toujours|ne plus exister|ne plus me reveiller|dormir pour toujours|ne pas me reveiller|etre mort|etre morte)',
      '(j ai|jai) envie de (mourir|crever)',
      '(si seulement je pouvais|j aimerais) (mourir|ne pas me reveiller|disparaitre)',
      '(je prefererais|je prefere) (etre mort|etre morte|mourir|ne pas exister)',
      '(ca|cela) m est egal de mourir',
    ],
  },
  {
    id: 'passive.not_want_to_live',
    kind: 'passive_wish',
    reason: 'no wish to live',
    patterns: [
      '(plus|pas) envie de vivre',
      '(je n ai|j ai) plus (le gout|envie) de vivre',
      'je (ne)? veux plus (vivre|me reveiller|exister|etre la|continuer)',
      '(plus|aucune) (aucune)? raison de vivre',
      '(fatigue|fatiguee|marre|epuise|epuisee) de (vivre|la vie|exister)',
      '(ras le bol|j en ai marre) de (la vie|vivre|exister)',
      'la vie ne vaut (pas|plus) la peine',
      'ne plus me reveiller',
    ],
  },
  {
    // Not waking up, with the colloquial negation ("je veux pas"): a time or a duty in the
    // sentence ("à 6h", "pour le taf") is an ordinary morning (as in English).
    id: 'passive.not_wake_up',
    kind: 'passive_wish',
    reason: 'wish not to wake up',
    lookalikes: ['early_rising'],
    patterns: [
      '(je|j)? (ne)? (veux|voudrais|veut) (pas|plus) me reveiller',
      '(jveux|jvoudrais|j veux) (pas|plus) me reveiller',
      '(j ai|jai|j) (pas|plus) envie de me reveiller',
    ],
  },
  {
    // Finality: done with life or with everything, and wanting it all to end.
    id: 'passive.done_with_all',
    kind: 'passive_wish',
    reason: 'done with everything',
    weight: 0.6,
    patterns: [
      '(j en ai|jen ai|j ai) (fini|termine) avec (la vie|ma vie|tout|tout ca|l existence) !(pour|le|la|les|ce|cette|mes|de|du|mdr|lol)',
      '(je veux|je voudrais|j aimerais|jveux) que (tout|tout ca|tout cela) (s arrete|se termine|finisse|prenne fin) !(pour|mdr|lol)',
    ],
  },
  {
    id: 'passive.better_off',
    kind: 'passive_wish',
    reason: 'others better off without me',
    weight: 0.75,
    patterns: [
      '(seraient|serait|serais|serez) (tous)? mieux sans moi',
      '(seraient|s en sortiraient) (tous)? (tres|tout a fait|parfaitement)? (bien)? sans moi !(ce|cette|pour|pendant|demain|aujourd)',
      'personne ne (remarquerait|regretterait|verrait) (si|que) (je|j) (mourais|disparaissais|n etais plus la)',
      // "tout le monde serait tranquille sans moi": at peace, relieved, happier without the writer.
      '(tout le monde|ils|elles|ma famille|mes parents|ma mere|mon pere) (serait|seraient|serais|serez) (plus)? (tranquille|tranquilles|soulage|soulages|soulagee|soulagees|heureux|heureuse|heureuses) sans moi !(ce|cette|pour|pendant|demain|aujourd)',
    ],
  },
  {
    id: 'active.kill_myself',
    kind: 'active_ideation',
    reason: 'thoughts of killing oneself',
    patterns: [
      KILL_ME,
      '(envie|idees|idee|pensees|pensee) d en finir',
      '(veux|voudrais|vais) en finir',
      'en finir (avec la vie|avec tout|une bonne fois)',
      '(je pense|j ai pense|je pensais|je songe|pense) (a|au)? (me tuer|me suicider|mettre fin a mes jours|suicide|en finir)',
    ],
  },
  {
    id: 'active.suicidal',
    kind: 'active_ideation',
    reason: 'suicidal thoughts',
    who: 'any',
    timeless: true,
    patterns: ['suicidaire*', '(idees|pensees) (suicidaires|noires)', '(envie|idee) de suicide'],
  },
  {
    id: 'coded.slang',
    kind: 'coded',
    reason: 'coded word for suicide',
    patterns: [
      'au bord du suicide',
      '(quitter|partir de) ce monde',
      'me (foutre|mettre) en l air',
      // Leaving life as one leaves a service: "me désinscrire de la vie".
      'me (desinscrire|desabonner|deconnecter) (de la vie|de ce monde|de l existence|pour de bon|definitivement)',
    ],
  },
  {
    id: 'method.self',
    kind: 'method',
    reason: 'a method in mind',
    patterns: [
      '(me pendre|m empoisonner|me noyer|me tirer une balle|m ouvrir les veines|me taillader les veines|m electrocuter)',
      '(m ouvrir|me trancher|me couper|me sectionner) (l|une|la) (artere|femorale|carotide|jugulaire)',
      `(me jeter|sauter|me lancer) (du|d un|de la|d une|sous un|sous le|devant un|devant le|par la) ~1 (${HEIGHTS}|${VEHICLES})`,
      `(avaler|prendre) ${LOTS} ${PILLS}`,
      'faire une (overdose|surdose)',
      '(me faire sauter|me exploser|m exploser|me foutre une balle dans) (la cervelle|le cerveau|la tete|le crane)',
      '(me mettre|me coller|me loger) une balle (dans la tete|dans le crane|dans la bouche)',
    ],
  },
  {
    id: 'means.heights',
    kind: 'means_seeking',
    reason: 'asking about heights or locations',
    lookalikes: ['sightseeing', 'sport_heights'],
    patterns: [
      '(ponts|pont|immeubles|immeuble|batiments|falaises|tours) les plus (hauts|haut|hautes|haute|eleves)',
      // The singular superlative: "le pont le plus haut", "la falaise la plus haute".
      '(pont|immeuble|batiment|viaduc|parking|toit) le plus (haut|eleve)',
      '(falaise|tour) la plus (haute|elevee)',
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
      '(le point|l endroit|la partie|l etage|le coin) le plus (haut|eleve)',
      '(pont|ponts|immeuble|toit|falaise|viaduc|parking|tour|belvedere|balcon) ~5 (pas de|sans|aucun|aucune) (filet|filets|grillage|barriere|barrieres|garde corps|garde fou|rambarde|protection)',
    ],
  },
  {
    id: 'means.pills',
    kind: 'means_seeking',
    reason: 'asking about amounts of pills',
    lookalikes: ['care_dosing', 'info_seeking'],
    patterns: [`combien de ${PILLS}`],
  },
  {
    id: 'means.acquire',
    kind: 'means_seeking',
    reason: 'asking where to get means',
    lookalikes: ['outdoor_gear', 'sport_shooting', 'care_dosing'],
    patterns: ['(ou|comment) (acheter|trouver|avoir) (une arme|un pistolet|une corde|du poison)'],
  },
  {
    id: 'lethality.ask',
    kind: 'lethality_seeking',
    reason: 'asking what is lethal',
    lookalikes: ['care_dosing', 'info_seeking'],
    patterns: [
      'dose (letale|mortelle)',
      '(facons|facon|manieres|maniere|moyens|moyen|methodes|methode) (les moins douloureuses|la moins douloureuse|le moins douloureux|les plus rapides|la plus rapide|le plus rapide|les plus simples|la plus simple|le plus simple|les plus faciles|la plus facile|le plus facile|indolores|indolore|sans douleur|rapides|rapide|simples|simple|faciles|facile) (de|pour) (mourir|me tuer|me suicider|en finir|se suicider|se tuer)',
      'mourir sans (souffrir|douleur)',
      'comment (me tuer|me suicider|mettre fin a mes jours|se suicider)',
      'combien ~3 pour (mourir|ne pas se reveiller|me tuer)',
      // the amount as the subject: "combien de cachets me tueraient"
      'combien ~4 (me tueraient|me tuerait|me tuent|me tue|seraient mortels|serait mortel|seraient mortelles)',
      // the amount asked about by count: "est-ce que 20 cachets suffisent pour mourir"
      `(${LOTS}|${COUNTED})? ${PILLS} (suffisent|suffiraient|suffit|suffirait|seraient assez|serait assez|c est assez) (pour|a) (mourir|me tuer|ne pas me reveiller|ne plus me reveiller|en finir)`,
      `(${LOTS}|${COUNTED}) ${PILLS} (me tueraient|me tuerait)`,
    ],
  },
  {
    id: 'intent.going_to',
    kind: 'intent',
    reason: 'intent to act',
    patterns: [
      `(je vais|j vais|je suis pret a|je suis prete a|je compte) (me tuer|me suicider|mettre fin a mes jours|en finir|me pendre|sauter|me jeter)`,
      'cette (fois|nuit) (je le fais|je vais le faire|j en finis)',
      '(je prevois|je planifie) de (me tuer|me suicider|mettre fin a mes jours)',
    ],
  },
  {
    id: 'intent.do_it',
    kind: 'intent',
    reason: 'intent to act (after suicidal talk)',
    needs: 'suicide',
    weight: 0.8,
    patterns: ['(je vais le faire|je le ferai|personne ne m arretera|je suis pret|je suis prete)'],
  },
  {
    id: 'plan.decided',
    kind: 'plan',
    reason: 'decided, with a plan',
    patterns: [
      '(j ai decide|c est decide|ma decision est prise) (de)? (me tuer|me suicider|mettre fin a mes jours|en finir|mourir)',
      'j ai un plan pour (me tuer|me suicider|en finir)',
    ],
  },
  {
    id: 'plan.have_plan',
    kind: 'plan',
    reason: 'a plan (after suicidal talk)',
    needs: 'suicide',
    weight: 0.8,
    patterns: [
      'j ai tout (prevu|prepare|planifie)',
      'j ai (un|mon) plan',
      '(c est|tout est) (decide|prevu)',
      'j ai (deja)? (choisi|fixe) (la date|le jour|l endroit)',
    ],
  },
  {
    id: 'prep.note',
    kind: 'preparation',
    reason: 'goodbye or suicide note',
    patterns: ['(lettre|mot) de suicide'],
  },
  {
    // A goodbye letter has an everyday reading when the writer is leaving a job (triage@31).
    id: 'prep.farewell_letter',
    kind: 'preparation',
    reason: 'goodbye or farewell letter',
    lookalikes: ['life_change'],
    patterns: ['(lettre|lettres|mot|message|messages) d adieu'],
  },
  {
    id: 'prep.giving_away',
    kind: 'preparation',
    reason: 'giving possessions away',
    needs: 'distress',
    lookalikes: ['moving'],
    weight: 0.8,
    patterns: [
      '(j ai donne|je donne|je distribue|donner) (toutes)? mes (affaires|choses|vetements|biens)',
    ],
  },
  {
    // Said outright, these need no distress before them to count (unlike "je donne mes affaires").
    id: 'prep.unambiguous',
    kind: 'preparation',
    reason: 'preparing for after death, said outright',
    lookalikes: ['moving'],
    weight: 0.85,
    patterns: [
      '(lettre|lettres|mot|mots) ~6 (pour quand|quand|pour apres que|apres que|pour apres) (je ne serai plus la|je serai mort|je serai morte|je serai parti|je serai partie|je ne serai plus|je suis mort|je suis morte)',
      '(je donne|j ai donne|jai donne|je distribue) (toutes)? mes (affaires|choses) ~3 (je n en aurai plus besoin|j en aurai plus besoin|je n en ai plus besoin|j en ai plus besoin) !(la|ici|quand|dans|a|en|pour|jusqu)',
    ],
  },
  {
    // A last message with a goodbye, said outright: counts without distress, and it is now.
    id: 'prep.last_message',
    kind: 'preparation',
    reason: 'a last message',
    near: true,
    weight: 0.85,
    patterns: ['(c est|ceci est) mon dernier message ~4 adieu'],
  },
  {
    id: 'prep.stockpile',
    kind: 'preparation',
    reason: 'stockpiling pills or acquiring means',
    patterns: [
      `(je garde|j ai garde|je stocke|j ai stocke|je mets de cote|j accumule|j ai accumule) (mes)? ${PILLS}`,
    ],
  },
  {
    // Pills kept aside: stored medicine has an everyday reading, so only after distress.
    id: 'prep.stashed',
    kind: 'preparation',
    reason: 'pills put away (after distress)',
    needs: 'distress',
    lookalikes: ['care_dosing'],
    patterns: [
      `(mes|des|les) ${PILLS} ~3 (caches|cachees|planques|planquees|de cote|stockes|stockees)`,
    ],
  },
  {
    id: 'prep.acquired',
    kind: 'preparation',
    reason: 'acquired means',
    needs: 'distress',
    lookalikes: ['outdoor_gear', 'sport_shooting', 'care_dosing'],
    patterns: ['j ai achete (une corde|une arme|un pistolet|du poison)'],
  },
  {
    id: 'prep.goodbye',
    kind: 'preparation',
    reason: 'saying goodbye',
    needs: 'distress',
    near: true,
    weight: 0.8,
    patterns: [
      '(c est|ceci est) (un adieu|mon dernier message|mes adieux)',
      'adieu (pour toujours|tout le monde)',
      'quand (vous lirez|tu liras) (ce message|ceci) (je ne serai plus|je serai)',
      'pardonnez moi pour (tout|ce que je vais faire)',
    ],
  },
  {
    id: 'attempt.tried',
    kind: 'attempt',
    reason: 'a suicide attempt',
    patterns: [
      '(ma|une|une autre) tentative (ratee|echouee|manquee)',
      `(j ai essaye de|j ai tente de|j ai voulu) ${KILL_ME}`,
      'tentative de suicide',
      '(ma|une) (derniere)? TS',
    ],
  },
  {
    id: 'attempt.now',
    kind: 'attempt_now',
    reason: 'an attempt happening now',
    lookalikes: ['accident', 'recreational', 'pain_relief', 'as_prescribed'],
    patterns: [
      `(j ai|je viens d|je viens de) (pris|avale|prendre|avaler) ${LOTS} ${PILLS}`,
      `(j ai|je viens d|je viens de) (pris|avale|prendre|avaler) ${COUNTED} ${PILLS} ${NOT_REGIMEN}`,
      '(j ai bu|j ai avale) (de la javel|du poison|de l eau de javel)',
    ],
  },
  {
    id: 'attempt.now_context',
    kind: 'attempt_now',
    reason: 'an attempt happening now (after distress)',
    needs: 'distress',
    lookalikes: ['sightseeing'],
    patterns: [
      'je suis (sur|au bord du|au bord de la|en haut du) (le|la)? (pont|toit|falaise|voie|quai)',
    ],
  },
  {
    id: 'time.near',
    kind: 'timeline',
    reason: 'a near time',
    near: true,
    patterns: [
      '(ce soir|cette nuit|aujourd hui|des maintenant|maintenant meme|tout de suite|ce week end|demain)',
      'dans (une|quelques|deux|<num>) (heure|heures|minutes)',
      'quand (tout le monde|mes parents|ils) (dormira|dorment|seront partis)',
    ],
  },
  {
    id: 'time.later',
    kind: 'timeline',
    reason: 'a time',
    patterns: [
      '(la semaine prochaine|le mois prochain|l annee prochaine)',
      'le jour de mon anniversaire',
      'apres (les examens|noel|le mariage)',
    ],
  },
  {
    id: 'distress.hopeless',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(je n en peux plus|j en peux plus|je craque|je n y arrive plus)',
      '(sans|aucun|plus d) espoir',
      '(je suis|je me sens) (un fardeau|une charge|un poids|nul|nulle|inutile|vide|un echec)',
      '(plus rien n a de sens|rien n a de sens|ca ne sert a rien)',
      '(j ai perdu|perdu) (mon travail|mon emploi|mon boulot|tout|ma maison)',
      '(licencie|licenciee|viré|virée|vire|viree|elle m a quitte|il m a quittee|il m a quitte)',
      '(je me deteste|je deteste ma vie|je hais ma vie)',
      '(personne ne m aime|tout le monde s en fout|personne ne s en soucie)',
      '(desespere|desesperee|a bout|j abandonne|seul au monde|seule au monde)',
      '(plus la force|je n ai plus la force)',
    ],
  },
  {
    id: 'self_harm.act',
    kind: 'self_harm',
    reason: 'self-injury',
    lookalikes: ['grooming', 'accident'],
    patterns: [
      '(me scarifier|je me scarifie|me couper|je me coupe|je me suis coupe|je me suis coupee|me faire du mal|je me fais du mal|me bruler|je me brule|me taillader|m automutiler)',
      '(envie|besoin) de (me scarifier|me couper|me faire du mal|me bruler)',
      // "Again" between the words: "je me suis encore coupée", "jme suis re-coupé".
      '(je me suis|me suis|jme suis|j me suis) (encore|a nouveau|de nouveau|re) (coupe|coupee|brule|brulee|scarifie|scarifiee)',
      '(coupures|marques) sur (les|mes) (bras|poignets|cuisses|jambes)',
    ],
  },
  {
    id: 'self_harm.named',
    kind: 'self_harm',
    reason: 'self-harm named',
    who: 'any',
    patterns: [
      '(scarification|scarifications|automutilation|automutilations)',
      '(rechute|j ai rechute) (scarification|dans la scarification)?',
    ],
  },
  {
    id: 'self_harm.medical',
    kind: 'self_harm_medical',
    reason: 'self-injury with medical danger',
    lookalikes: ['accident'],
    patterns: ['(besoin de|il faut des) points de suture', 'coupe (trop|tres) profond'],
  },
  {
    id: 'others.intent',
    kind: 'harm_intent',
    reason: 'intent to hurt someone',
    patterns: [
      '(je vais|je veux|envie de|je compte) (le|la|les) (tuer|frapper|blesser|poignarder|buter)',
      `(je vais|je veux|envie de) (tuer|frapper|blesser|poignarder) (quelqu un|${PERSON})`,
      `faire du mal a (quelqu un|${PERSON}|lui|elle)`,
    ],
  },
  {
    id: 'others.thoughts',
    kind: 'harm_thoughts',
    reason: 'thoughts of hurting someone',
    patterns: [
      '(pensees|idees|peur) de (faire du mal|blesser|tuer) (a)? (quelqu un|mon bebe|mon enfant|mon fils|ma fille)',
    ],
  },
  {
    id: 'abuse.violence',
    kind: 'abuse',
    reason: 'being abused',
    patterns: [
      `(${PERSON}|il|elle|ils) me (frappe|bat|battait|frappait|menace|viole|violait|etrangle|enferme|force|cogne|tape|pousse|touche)`,
      '(violence|violences) (conjugale|conjugales|domestique|domestiques|familiale|familiales)',
      'peur de rentrer (a la maison|chez moi)',
      '(maltraitance|agression sexuelle|abus sexuel|abus sexuels)',
      '(abuse|abusee) sexuellement',
      '(il|elle) (menace|a menace) de me tuer',
      '(m empeche|il m empeche|elle m empeche) de (voir mes amis|sortir|travailler)',
    ],
  },
  {
    id: 'abuse.now',
    kind: 'abuse_now',
    reason: 'abuse happening now',
    patterns: [
      '(il|elle) (est en train de me frapper|me frappe en ce moment|essaie d entrer|defonce la porte)',
      'je (me cache|suis cachee|suis cache) (de lui|d elle|dans la salle de bain)',
      '(il|elle) a (un couteau|une arme|un pistolet)',
    ],
  },
  {
    id: 'psychosis.voices',
    kind: 'psychosis',
    reason: 'hearing voices or delusional beliefs',
    patterns: [
      'j entends des voix',
      'les voix (me parlent|me disent|ne s arretent pas)',
      'on me (surveille|suit|espionne|empoisonne)',
      'ils me (surveillent|espionnent|empoisonnent|controlent|suivent)',
      '(lisent|controlent|volent) mes pensees',
      'une puce dans (ma tete|mon corps|mon cerveau)',
    ],
  },
  {
    id: 'psychosis.command',
    kind: 'command_hallucination',
    reason: 'voices telling the writer to hurt or kill',
    patterns: [
      'les voix (me disent|m ordonnent|me demandent) de (me tuer|tuer|me faire du mal|sauter|blesser|faire du mal)',
    ],
  },
  {
    id: 'mania.sleep',
    kind: 'mania_sleep',
    reason: 'going without sleep',
    patterns: [
      'je n ai pas dormi depuis (des jours|<num> jours|deux jours|trois jours|une semaine)',
      '(je n ai)? pas besoin de dormir',
    ],
  },
  {
    id: 'mania.sign',
    kind: 'mania_sign',
    reason: 'grandiosity or racing thoughts',
    patterns: [
      '(je me sens|je suis) (invincible|un genie|dieu|l elu|l elue|inarretable)',
      'dieu m a choisi*',
      'mes pensees (vont trop vite|defilent|s emballent)',
      '(une energie folle|trop d energie)',
    ],
  },
  {
    id: 'mania.risk',
    kind: 'mania_risk',
    reason: 'risky spending or plans',
    patterns: [
      'j ai depense (toutes)? mes economies',
      'j ai quitte mon travail pour',
      'j ai tout investi dans',
    ],
  },
  {
    id: 'eating.restriction',
    kind: 'eating_disorder',
    reason: 'restriction or body-weight preoccupation',
    patterns: [
      '(je compte|compter) (les|toutes les)? calories',
      'peur de (grossir|manger|prendre du poids)',
      '(je deteste|je hais) mon corps',
      '(arreter de|j arrete de|j ai arrete de) manger',
      '(anorexie|anorexique|boulimie|boulimique|hyperphagie|crise de boulimie|crises de boulimie)',
      'je saute (des|les) repas',
    ],
  },
  {
    id: 'eating.severe',
    kind: 'eating_disorder_severe',
    reason: 'purging or severe restriction',
    patterns: [
      '(me faire vomir|je me fais vomir|je me suis fait vomir)',
      'je vomis apres (manger|chaque repas|les repas)',
      'je n ai (rien)? (pas)? mange depuis (des jours|<num> jours|une semaine)',
      'des laxatifs pour (maigrir|perdre du poids)',
      'moins de <num> calories par jour',
    ],
  },
  {
    id: 'substance.use',
    kind: 'substance',
    reason: 'harmful substance use',
    patterns: [
      'je n arrive pas a arreter de (boire|consommer|me droguer)',
      '(j ai rechute|rechute) (dans l alcool|dans la drogue)',
      'je bois (tous les jours|chaque jour|pour oublier|jusqu a)',
      '(sevrage|symptomes de manque|en manque)',
      'melange (de)? (medicaments|cachets) et (alcool|d alcool)',
    ],
  },
  {
    id: 'medical.overdose',
    kind: 'overdose',
    reason: 'overdose now',
    who: 'any',
    lookalikes: ['as_prescribed'],
    patterns: [
      `(j ai|il a|elle a|je viens de) (pris|avale|prendre|avaler) ${LOTS} ${PILLS}`,
      `(j ai|il a|elle a|je viens de) (pris|avale|prendre|avaler) ${COUNTED} ${PILLS} ${NOT_REGIMEN}`,
      // The bare word is English too: only a French frame of an overdose happening now counts.
      '(je fais|je suis en train de faire|il fait|elle fait|j ai fait|jai fait|il a fait|elle a fait|je viens de faire|il vient de faire|elle vient de faire) (une)? (surdose|overdose)',
      '(je suis|il est|elle est) en (surdose|overdose)',
      '(j ai|il a|elle a) (bu|avale) (de la javel|du poison)',
    ],
  },
  {
    id: 'medical.symptoms',
    kind: 'medical',
    reason: 'medical emergency now',
    who: 'any',
    lookalikes: ['panic'],
    patterns: [
      '(s arrete pas|ne s arrete pas) de saigner',
      '(il est|elle est|est) (inconscient|inconsciente)',
      'ne respire plus',
      '(je n arrive pas|j arrive pas|impossible) a respirer',
      '(douleur|douleurs) (dans la|a la) poitrine',
      'ne se reveille (pas|plus)',
      '(respire a peine|respire presque plus|respire tres mal)',
      '(vomi|vomis|vomit|vomir|crache|cracher) du sang',
      '(on a mis|quelqu un a mis|ils ont mis) (un truc|quelque chose|de la drogue) dans (mon|son|ma|sa) (verre|boisson)',
    ],
  },
  {
    id: 'other.worry',
    kind: 'third_party_worry',
    reason: 'worried about someone',
    patterns: [
      `(je m inquiete|je suis inquiet|je suis inquiete|j ai peur) pour ${PERSON}`,
      `comment aider ${PERSON}`,
    ],
  },
  {
    id: 'other.warning',
    kind: 'third_party_warning',
    reason: 'someone else shows warning signs',
    patterns: [
      `${THEY} (veut|dit qu il veut|dit qu elle veut|parle de|a dit qu il voulait|a dit qu elle voulait) (mourir|se tuer|se suicider|mettre fin a ses jours|en finir|disparaitre)`,
      '(veut|va) (se tuer|se suicider|mettre fin a ses jours)',
      `${THEY} (se scarifie|se coupe|se fait du mal|s automutile)`,
      `${THEY} est suicidaire`,
    ],
  },
  {
    id: 'other.plan',
    kind: 'third_party_plan',
    reason: 'someone else shows a plan or preparation',
    patterns: [
      `${THEY} (donne|a donne) (toutes)? ses affaires`,
      '(a essaye de|a tente de) (se tuer|se suicider|mettre fin a ses jours)',
      '(m a envoye|a laisse|a ecrit) (une lettre|un message|un mot) d adieu',
    ],
  },
  {
    id: 'other.now',
    kind: 'third_party_now',
    reason: "someone else's attempt or overdose now",
    lookalikes: ['as_prescribed'],
    patterns: [
      `${THEY} a (pris|avale) ${LOTS} ${PILLS}`,
      `${THEY} a (pris|avale) ${COUNTED} ${PILLS} ${NOT_REGIMEN}`,
      `${THEY} (est sur le pont|est sur le toit|ne respire plus|est inconscient|est inconsciente|ne se reveille pas)`,
      `${THEY} (a fait|fait|est en train de faire) une (overdose|surdose|od)`,
    ],
  },
  // Breadth: everyday phrasing as people type it (no accents, sms spelling).
  {
    id: 'intent.pass_to_act',
    kind: 'intent',
    reason: 'intent to act',
    patterns: [
      '(je vais|jvais|j vais|je compte|je suis pret a|je suis prete a|je veux) passer a l acte',
      '(je vais|jvais|j vais) (me foutre en l air|en finir|me tuer|me flinguer|me buter)',
      'je (me tue|me suicide|me flingue|me bute) !(a|au|aux|de|pour|avec|en|sur)',
      '(ce soir|cette nuit|demain) (je me tue|j en finis|je passe a l acte)',
      '(je serai|jserai) plus la (demain|ce soir|lundi)',
    ],
  },
  {
    id: 'plan.decided_colloquial',
    kind: 'plan',
    reason: 'decided to act (after suicidal talk)',
    needs: 'suicide',
    weight: 0.8,
    patterns: ['(c est|cest) decide', '(j ai|jai) pris ma decision', 'ma decision est prise'],
  },
  {
    id: 'intent.it_will_be',
    kind: 'intent',
    reason: 'intent to act, with a time (after distress)',
    needs: 'distress',
    weight: 0.75,
    patterns: ['(ca sera|ce sera|c est pour) (ce soir|cette nuit|demain|ce week end|maintenant)'],
  },
  {
    id: 'prep.affairs',
    kind: 'preparation',
    reason: 'goodbye letters, giving things away or settling affairs (after distress)',
    needs: 'distress',
    weight: 0.8,
    patterns: [
      '(j ai|jai) (donne|distribue|offert) (toutes)? mes affaires',
      '(j ai|jai) (ecrit|laisse) (des|mes|les)? lettres (a|pour) (ma famille|mes enfants|mes parents|tout le monde)',
      '(j ai|jai) (mis|tout mis) (de l ordre dans mes affaires|mes affaires en ordre|tout en ordre)',
      '(dire|je dis|j ai dit) adieu a (tout le monde|tous|ma famille)',
      '(prenez|prends) soin de (mon chat|mon chien|mes enfants|maman) pour moi',
    ],
  },
  {
    id: 'attempt.now_symptoms',
    kind: 'attempt_now',
    reason: 'an attempt happening now (after suicidal talk)',
    needs: 'suicide',
    patterns: [
      '(c est fait|cest fait|je l ai fait|jl ai fait)',
      '(j ai|jai) (la tete qui tourne|sommeil|du mal a rester eveille|du mal a respirer)',
    ],
  },
  {
    id: 'medical.overdose_colloquial',
    kind: 'overdose',
    reason: 'overdose now',
    patterns: [
      `(j ai|jai) (pris|avale) ${LOTS} ${PILLS} ~8 (tete qui tourne|sommeil|vertige|vomi|mal)`,
    ],
  },
  {
    id: 'passive.everyday',
    kind: 'passive_wish',
    reason: 'wish to be dead',
    patterns: [
      '(m endormir|dormir) et (ne)? (jamais|plus jamais|plus) (me)? reveiller',
      '(ne plus|ne jamais|jamais) me reveiller',
      '(j aimerais|jaimerais|je voudrais|jvoudrais) (juste)? (disparaitre|ne plus exister|ne jamais etre ne|ne jamais etre nee)',
      'a quoi bon (vivre|continuer)',
      '(je sers a rien|j sers a rien) ~3 (mieux sans moi|plus la)',
    ],
  },
  {
    id: 'lethality.not_wake',
    kind: 'lethality_seeking',
    reason: 'asking what would stop one waking up',
    lookalikes: ['care_dosing'],
    patterns: ['combien ~5 pour (ne pas|ne plus|pas) (se|me) reveiller'],
  },
  {
    id: 'self_harm.medical_colloquial',
    kind: 'self_harm_medical',
    reason: 'self-injury with medical danger',
    // A cut while cooking or gardening that bleeds is an accident, like the plain self-injury rule.
    lookalikes: ['accident'],
    patterns: [
      '(scarifi*|me suis coupe|me suis coupee|me suis brule|me suis brulee|me suis mutile*|me suis fait mal) ~8 (profond|saigne|points de suture|s arrete pas|faudrait des points|faut des points)',
    ],
  },
  {
    id: 'self_harm.colloquial',
    kind: 'self_harm',
    reason: 'self-injury',
    patterns: ['(je me|me suis|me) (scarifie|scarifiee|scarifier|mutile|mutilee)'],
  },
  {
    id: 'abuse.minor',
    kind: 'abuse',
    reason: 'a minor being abused',
    patterns: [
      `(j ai|jai) <num> ans ~3 (${PERSON}|mon pere|ma mere|mon beau pere|ma belle mere) me (frappe|tape|touche|bat|enferme)`,
    ],
  },
  {
    id: 'others.friend_goodbye',
    kind: 'third_party_plan',
    reason: 'someone else sent a goodbye message',
    patterns: [
      `${THEY} m a (envoye|ecrit|laisse) (un|une) (message|lettre|mot|vocal) d adieu`,
      '(mon pote|ma pote|mon ami|mon amie) ~4 (message|lettre|mot) d adieu',
    ],
  },
  {
    id: 'passive.sms',
    kind: 'passive_wish',
    reason: 'wish to be dead',
    patterns: [
      '(jveux|jvoudrais|j veux|chui pret a|jpeux plus) (crever|mourir|disparaitre)',
      'personne (me|ne me) (regretterait|regrettera)',
      '(je suis|chui|jsuis|je me sens comme) un (fardeau|poids) pour (tout le monde|ma famille|les autres|mes proches)',
    ],
  },
  {
    id: 'mania.sleep_colloquial',
    kind: 'mania_sleep',
    reason: 'going without sleep',
    scopes: ['hypothetical', 'quoted', 'past', 'third_party', 'figurative', 'everyday'],
    patterns: [
      '(ca fait|sa fait|depuis) (<num>|deux|trois|quatre|cinq|plusieurs) (nuits|jours) (que je dors pas|que j ai pas dormi|sans dormir)',
      '(<num>|deux|trois|quatre|cinq|plusieurs) (nuits|jours) sans dormir',
    ],
  },
  {
    id: 'psychosis.poison',
    kind: 'psychosis',
    reason: 'persecution or poisoning beliefs',
    patterns: [
      '(on m|ils m|elle m|il m) (empoisonne|empoisonnent|espionne|espionnent|surveille|surveillent|suit|suivent)',
      '(empoisonne|empoisonnent) (ma nourriture|mon eau|mon cafe|la nourriture)',
    ],
  },
  {
    id: 'mania.sign_colloquial',
    kind: 'mania_sign',
    reason: 'grandiosity or racing thoughts',
    // "je dors pas et je suis un genie": the sleep clause's negation is not this one's.
    scopes: ['hypothetical', 'quoted', 'past', 'third_party', 'figurative', 'everyday'],
    patterns: [
      '(je suis|chui|jsuis) (un genie|invincible|l elu|l elue|dieu)',
      'mes pensees (vont trop vite|defilent)',
    ],
  },
  {
    id: 'distress.colloquial',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(c est|cest) (fini|foutu) pour moi',
      '(j en peux plus|jen peux plus|j en ai marre de tout|jen ai marre de tout|je craque)',
    ],
  },
  // Plain first-person statements as people type them (no accents, sms spelling).
  {
    id: 'plan.said',
    kind: 'plan',
    reason: 'decided, said plainly',
    lookalikes: ['life_change'],
    patterns: [
      '(c est|cest) (decide|le soir|ce soir|pour ce soir|fini pour moi)',
      '(ce soir|cette nuit|demain) (c est|cest) (le soir|fini|la fin)',
      '(et|puis) (c est|cest) fini',
      'je (reviens|reviendrai) pas',
      'tout est (prevu|pret|organise) !(pour (les|la|le|mon|ma|nos|notre))',
      'je sais (comment|ou et comment|comment et ou)',
    ],
  },
  {
    id: 'intent.said',
    kind: 'intent',
    reason: 'intent to act, said plainly',
    needs: 'distress',
    weight: 0.8,
    patterns: [
      '(cette fois|cette fois ci) je vais (vraiment)? le faire',
      '(je crois|je pense) que (cette fois)? je vais (vraiment)? le faire',
      'je serai (plus|pas) la (tres)? longtemps',
    ],
  },
  {
    id: 'attempt.said',
    kind: 'attempt',
    reason: 'a recent attempt',
    patterns: ['(j ai fait|jai fait) une (tentative|ts)', '(depuis|apres) ma (tentative|ts)'],
  },
  {
    id: 'attempt.now_said',
    kind: 'attempt_now',
    reason: 'took pills a short while ago or at a height now (with distress)',
    needs: 'distress',
    lookalikes: ['care_dosing', 'sightseeing'],
    patterns: [
      '(j ai|jai) pris (les|mes|tous mes|toutes mes) (cachets|medicaments|comprimes|pilules) il y a',
      'je suis sur le (pont|toit|rebord) (la)? (maintenant|la)',
    ],
  },
  {
    id: 'method.dwelling',
    kind: 'method',
    reason: 'dwelling on a means or a place (with distress)',
    needs: 'distress',
    weight: 0.75,
    patterns: [
      '(j y pense|jy pense) (chaque fois|a chaque fois|tous les jours|tout le temps)',
      '(pont|rails|fusil|falaise|toit) ~8 (j y pense|jy pense|regarder en bas)',
      '(regarde|regarder) en bas',
    ],
  },
  {
    id: 'distress.said',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      'je sais (pas|pas trop) pourquoi (j ecris|jecris) (ca|ça)',
      '(je voulais|voulais) juste que quelqu un (le)? sache',
      '(plus envie de rien|pire semaine de ma vie|ca me fait peur)',
      '(j ai|jai) perdu mon (taf|travail|boulot|cdi)',
    ],
  },
  {
    id: 'others.said',
    kind: 'harm_intent',
    reason: 'intent to hurt someone',
    patterns: [
      'je (le|la) (bute|tue) !(a|au|aux|de|pour|avec|en|sur)',
      '(il|elle) va pas s en sortir comme ca',
    ],
  },
  {
    id: 'abuse.said',
    kind: 'abuse',
    reason: 'being abused, threatened or exploited',
    patterns: ['(il|elle) (dit|a dit) qu (il|elle) va me tuer'],
  },
  {
    id: 'medical.said',
    kind: 'medical',
    reason: 'a medical emergency now',
    patterns: [
      'trop de (coke|cocaine|cachets|drogue) ~8 (coeur|poitrine)',
      '(beau pere|oncle|copain de ma mere) (vient|entre) (la nuit)? dans ma chambre',
    ],
  },
  {
    id: 'other.now_said',
    kind: 'third_party_now',
    reason: "someone else's overdose now",
    patterns: ['(pris|avale) des (cachets|medicaments) et (elle|il) se reveille pas'],
  },
  // --- Crisis breadth (issue 3): oblique means, lethality, preparation and farewell wording,
  // regional slang (QC, BE) and sms spelling. Oblique cues need distress; two vouch for each other.
  {
    id: 'distress.breadth',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(chui|chuis|je suis|jsuis|suis) (a bout|au bout|epuise|epuisee|fatigue|fatiguee|trop fatigue|trop fatiguee) (de tout|de la vie|de vivre)?',
      '(chu|chus|je suis) (pu|plus) capable',
      '(j en ai|jen ai|j ai) (marre|ras le bol|ras-le-bol|plein le dos) (de tout|de la vie|de vivre)?',
      '(franchement)? (ras le bol|ras-le-bol)',
      '(plus rien|rien) ne me retient',
      '(j ai|jai) tout perdu',
      '(je suis|je me sens|chui) (tellement|trop|si)? (inutile|un poids|un fardeau|de trop)',
      '(rien ne va plus|rien va plus)',
      '(plus|pu) la force (de continuer|de vivre|de me battre)?',
      '(je voulais|voulais|je veux) (juste|seulement)? (dire pardon|dire adieu|dire au revoir|m excuser) (a tout le monde|a tous)?',
      '(je sais pas|je ne sais pas|jsais pas) (trop)? pourquoi (j ecris|je vous ecris|j ecris ici)',
    ],
  },
  {
    id: 'lethality.hurt',
    kind: 'lethality_seeking',
    reason: 'asking whether a way of dying hurts (after distress)',
    needs: 'distress',
    lookalikes: ['sport_heights', 'info_seeking'],
    patterns: [
      '(ca fait|est ce que ca fait|ca ferait) (mal|souffrir) ~2 (de sauter|sauter|de se jeter|se jeter|de se noyer|de se pendre|de mourir)',
      '(de sauter|sauter|se jeter) ~5 (ou c est|c est|cest) (rapide|instantane)',
    ],
  },
  {
    id: 'lethality.how_long',
    kind: 'lethality_seeking',
    reason: 'asking how long dying takes or what is most dangerous',
    lookalikes: ['care_dosing', 'info_seeking'],
    patterns: [
      'combien de temps ~3 pour mourir',
      `(quel|quels|quelle|quelles) (medicament|medicaments|medoc|medocs|cachets|${PILLS}) ~3 (le plus|les plus) (dangereux|dangereuse|mortel|mortels) (si|quand) (on|j|je)? (en)? (prend|prends|avale) (trop|beaucoup)`,
    ],
  },
  {
    id: 'means.no_questions',
    kind: 'means_seeking',
    reason: 'asking where to get means unnoticed (after distress)',
    needs: 'distress',
    lookalikes: ['outdoor_gear', 'care_dosing'],
    patterns: [
      `(ou|comment) (acheter|trouver|avoir|se procurer|me procurer) ~2 (une corde|du poison|une arme|${PILLS}|des somniferes) ~5 (sans ordonnance|sans que ~4 (sache|saches|sachent|voie)|discretement)`,
      '(ou|comment) (acheter|trouver|me procurer) (une corde|du poison|une arme)',
    ],
  },
  {
    id: 'means.heights_breadth',
    kind: 'means_seeking',
    reason: 'asking about heights or locations',
    lookalikes: ['sightseeing', 'sport_heights'],
    patterns: [
      '(pont|immeuble|falaise|parking|tour|viaduc|batiment) le plus (haut|eleve) (du coin|de la ville|d ici|dans le coin|pres de chez moi)',
    ],
  },
  {
    id: 'prep.wont_need_going',
    kind: 'preparation',
    reason: 'giving things away for after death',
    weight: 0.85,
    patterns: [
      '(la ou|la) je vais (j en|jen|je n en|j|je)? (aurai|aurais) (plus|pas) besoin',
      '(donne|donné|laisse|confie) ~8 (j en|jen|je n en) (aurai|aurais) plus besoin',
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
      '(j ai|jai) (resilie|annule|ferme) (mon|mes) (forfait|abonnement|abonnements|compte|comptes|bail)',
      '(vide|vidé) mon compte pour',
      '(rendu|rends|laisse) (les|mes) cles',
      '(regle|réglé|paye|payé) (mes|toutes mes) (factures|dettes)',
      '(laisse|laissé|ecrit|écrit) (une|la|ma) (enveloppe|lettre) (pour|a) (ma|mon|mes)',
      '(elle|il|ils|elles) la (trouvera|trouveront) (demain|ce soir|apres)',
      '(fait|faits) mes adieux',
      '(c etait|cetait) (les|le|la) (derniers|dernier|derniere|dernieres)',
      '(confie|laisse|donne) mon (chat|chien) a',
      '(je reviendrai|je ne reviendrai) (pas|plus|jamais)',
      '(j ai|jai) (achete|trouve) ce qu il faut pour en finir',
      '(les|mes) (medocs|medicaments|cachets) (sont)? (prets|prepares) (sur|dans|pour)',
    ],
  },
  {
    id: 'prep.last_message_said',
    kind: 'preparation',
    reason: 'a last message',
    near: true,
    weight: 0.85,
    patterns: [
      '(ceci est|c est|cest|voici) mon dernier message ~6 (merci|prenez soin|pardon|je vous aime|adieu)',
    ],
  },
  {
    id: 'intent.breadth',
    kind: 'intent',
    reason: 'intent to act, said plainly',
    patterns: [
      '(jvais|j vais|je vais|vais) (me tuer|me suicider|me foutre en l air|en finir)',
      'en finir une (fois)? pour toutes',
      '(je vais|jvais) (bientot)? rejoindre (papa|maman|mon pere|ma mere|mon frere|ma soeur|mon fils|ma fille) (la haut|au ciel)',
      '(g|j ai|jai) prevu de (le faire|me tuer|en finir)',
      '(je vais|jvais) sauter (demain|ce soir|cette nuit)',
    ],
  },
  {
    id: 'attempt.now_breadth',
    kind: 'attempt_now',
    reason: 'an attempt happening now',
    patterns: [
      '(je me suis|jme suis|me suis) (ouvert|ouverte|taillade|tailladé) les (veines|poignets)',
      '(j ai|jai) (avale|pris) (toute la boite|toute la plaquette|tous les cachets|tous mes cachets|tous les medocs|toute la boîte) ~8 (y a|il y a|depuis) ~3 (minutes|heure|demi heure)',
      '(j ai|jai) (avale|pris) (toute la boite|toute la plaquette|tous les cachets|tous mes cachets|tous les medocs) ~8 (la tete qui tourne|vertige|je me sens mal|envie de dormir)',
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
      'merci pour tout',
      'merci (de m avoir ecoute|de m avoir ecoutee|d avoir ete la|pour (toutes)? (ces|les) (soirees|nuits|discussions))',
      '(prenez|prends) soin de (vous|vous tous|toi|maman|papa|ma|mon)',
      '(pardonnez moi|pardon pour tout)',
    ],
  },
  {
    id: 'prep.acquired_denied',
    kind: 'preparation',
    reason: 'acquired means, and not for the everyday use',
    patterns: [
      '(achete|trouve|procure) (une|la) (corde|arme) ~4 (pas pour|c est pas pour|ce n est pas pour) (le camping|l escalade|grimper|le jardin|le bateau)',
    ],
  },
  {
    // Calm after a decision is a warning sign, not relief: it counts with distress or another sign.
    id: 'intent.calm_after_decision',
    kind: 'intent',
    reason: 'calm since deciding (with distress)',
    needs: 'distress',
    patterns: [
      '(je me sens|je suis|chui) (bizarrement|etrangement)? (calme|en paix|apaise|apaisee) (depuis que j ai (decide|choisi)|depuis|avec ma decision)',
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
      '(c est|cest|et c est|mais c est) pas pour (le camping|l escalade|grimper|le jardin|le bateau|le chien|les rats)',
    ],
  },
  // --- Crisis breadth, third pass: farewell-note markers, cover stories, concealment, "for when
  // I'm not here", half already taken, at an edge and not coming down.
  {
    id: 'distress.breadth_more',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(je|j)? (supporte|tiens|peux) (juste|vraiment)? plus (rien|le coup)?',
      '(j en|jen) peux (juste|vraiment|tellement)? plus',
      '(seul|seule) depuis que ~3 (est partie|est parti|est morte|est mort|nous a quittes)',
      '(c est|cest|bon bah c est|bah c est) fini pour moi',
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
      'si (tu lis|vous lisez) (ca|ce message|ceci)',
      '(c est|c etait|ce n est|ce n etait) pas (ta|votre) faute',
      '(pour quand|quand) je (serai|ne serai) plus la',
      '(dites|dis) a ~3 que je suis (parti|partie) en voyage',
      '(dites|dis) a (ma|mon|mes) ~2 que je (l aime|les aime|l ai aime|suis desole|suis desolee)',
    ],
  },
  {
    id: 'prep.concealment',
    kind: 'preparation',
    reason: 'making sure nobody finds out or comes (with distress or another sign)',
    needs: 'distress',
    weight: 0.8,
    patterns: ['personne (ne)? (viendra|va venir) me chercher', '(demandez|demande) pas pourquoi'],
  },
  {
    id: 'prep.oblique_more',
    kind: 'preparation',
    reason: 'settling affairs (with distress or another sign)',
    needs: 'distress',
    lookalikes: ['moving'],
    weight: 0.8,
    patterns: [
      '(j ai|jai) rendu (tout)? ce qu (on m avait|on m a) prete',
      '(enregistre|laisse) un (message|audio|video) pour (mes|ma|mon)',
      '(chambre d hotel|chambre de motel) ~8 (medocs|medicaments|cachets)',
      '(mis|mise) la maison au nom de',
      '(enferme|enfermee) dans la salle de bain avec ~4 (flacon|boite|medocs|cachets)',
      '(je cherche|cherche) une corde (solide|resistante)',
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
      '(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain) (tout ca|tout) sera (fini|termine)',
      '(j ai|jai) choisi (ma|la) date',
    ],
  },
  {
    id: 'intent.jump_place',
    kind: 'intent',
    reason: 'going to jump, said plainly (with distress)',
    needs: 'distress',
    patterns: [
      'je me (jette|jetterai|lance) (dans|du|sous|depuis) (la|le|un)? (riviere|fleuve|seine|pont|train|falaise|vide)',
    ],
  },
  {
    id: 'means.measure',
    kind: 'means_seeking',
    reason: 'asking about heights (after distress)',
    lookalikes: ['sightseeing', 'sport_heights'],
    patterns: [
      '(il fait|ca fait|fait) combien de metres (le|la) (viaduc|pont|immeuble|tour|barrage)',
      'quelle (hauteur|est la hauteur) ~3 (viaduc|pont|immeuble|tour|barrage)',
    ],
  },
  {
    id: 'attempt.now_more',
    kind: 'attempt_now',
    reason: 'partway through taking them (with distress or another sign)',
    needs: 'distress',
    patterns: [
      '(j en ai|jen ai|j ai) (deja)? (pris|avale) la moitie',
      '(pas envie|j ai pas envie|je veux pas) de (redescendre|descendre)',
    ],
  },
  // --- Crisis breadth, fourth pass (tuned on fresh batch C): warning signs said sideways.
  {
    id: 'intent.no_longer_a_bother',
    kind: 'intent',
    reason: 'says they will not be a bother much longer (with distress)',
    needs: 'distress',
    patterns: [
      '(je vous|je te|jvous) (embeterai|derangerai|ennuierai|generai) plus',
      'vous (n aurez|aurez) plus a (vous inquieter|me supporter)',
    ],
  },
  {
    id: 'intent.ready_to_go',
    kind: 'intent',
    reason: 'ready to go (with distress)',
    needs: 'distress',
    patterns: ['(prete|pret) a partir !(en|pour|a|au|aux|demain|ce|cet|cette)'],
  },
  {
    id: 'intent.stopped_meds',
    kind: 'intent',
    reason: 'stopped needed medication on purpose (with distress)',
    needs: 'distress',
    patterns: [
      '(arrete|arrêté) ~2 (mes)? (medicaments|medocs|cachets|traitement|insuline) ~4 expres',
    ],
  },
  {
    id: 'plan.nobody_around',
    kind: 'plan',
    reason: 'a time when nobody will be around to stop it (with distress)',
    needs: 'distress',
    patterns: ['personne (pour|pour venir) me (deranger|deranger cette fois|trouver|arreter)'],
  },
  {
    id: 'lethality.knows_which',
    kind: 'lethality_seeking',
    reason: 'knows which means would work (with distress)',
    needs: 'distress',
    lookalikes: ['care_dosing'],
    patterns: [
      'je sais quels (medicaments|medocs|cachets) (marcheraient|suffiraient|feraient l affaire)',
    ],
  },
  {
    id: 'method.calling',
    kind: 'method',
    reason: 'a place or means that keeps pulling (with distress)',
    needs: 'distress',
    lookalikes: ['sightseeing'],
    patterns: ['(les rails|le pont|la riviere|la mer|le train) ~4 m (appellent|appelle)'],
  },
  {
    id: 'distress.said_more',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(desole|desolee|pardon) d etre (un|une|un tel|une telle)? (poids|fardeau|boulet)',
      '(je peux|jpeux|je ne peux) plus vivre comme (ca|ça)',
      'sans (famille|personne|amis) ici',
    ],
  },
  {
    id: 'prep.handing_over',
    kind: 'preparation',
    reason: 'handing things over, signing off (with distress or another sign)',
    needs: 'distress',
    lookalikes: ['moving', 'sport_shooting'],
    weight: 0.8,
    patterns: ['(il|elle) peut tout garder', 'je (jouerai|serai) plus (la)?', 'gg a tous'],
  },
];

export const FR: Lexicon = { lang: 'fr', rules };
