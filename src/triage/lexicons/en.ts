/**
 * English triage rules. Written against folded text: "im" matches "I'm", "dont" matches "don't".
 * The writer is assumed unless the words name someone else (see `who` in types.ts).
 */
import { group, RELATIONS } from '../../nlp/people.js';
import type { Lexicon, RuleSpec } from './types.js';

/** "myself" and the ways people type it. */
/**
 * The parts of the body people cut, in the six languages (emoji rules are shared by all of them).
 */
const BODY_CUT =
  '(arm|arms|wrist|wrists|thigh|thighs|leg|legs|brazo|brazos|muneca|munecas|muslo|muslos|pierna|piernas|bras|poignet|poignets|cuisse|cuisses|jambe|jambes|arme|handgelenk|handgelenke|oberschenkel|bein|beine|braco|bracos|pulso|pulsos|coxa|coxas|perna|pernas|braccio|braccia|polso|polsi|coscia|cosce|gamba|gambe)';
/** The self-injury emoji codes: a knife, blood, a plaster, scissors, a zebra for striped scars. */
const SELF_HARM_EMOJI = '(🔪|🩸|🩹|✂|🦓)';
/** A relapse of self-injury, in the six languages (emoji rules are shared by all of them). */
const RELAPSE =
  '(relapse|relapsed|relapsing|recaida|recai|recaido|rechute|rechuter|ruckfall|ruckfallig|ricaduta|ricaduto|ci sono ricascata|ci sono ricascato)';
/** "Again", in the six languages. */
const AGAIN =
  '(again|agn|otra vez|de nuevo|encore|wieder|schon wieder|de novo|dnv|denovo|di nuovo|ancora)';
/** Hiding the marks: sleeves, hoodies, bracelets. */
const HIDING =
  '(hoodie|hoodies|sleeves|long sleeves|bracelets|mangas largas|manga larga|pulseras|sudadera|manches longues|manches|langarm|langen armeln|armel|armband|moletom|manga comprida|mangas compridas|pulseiras|maniche lunghe|maniche|braccialetti|felpa)';
/** The emoji people type for a means: a gun, a noose, a bridge, pills. */
const MEANS_EMOJI = '(🔫|🪢|🌉|💊)';
/** "The only way out", in the six languages. */
const ONLY_WAY =
  '(only way out|only way|only option|only solution|only answer|la unica salida|la unica solucion|la unica opcion|la seule solution|la seule issue|la seule option|einzige ausweg|einzige losung|einzige option|unica saida|unica solucao|unica opcao|unica soluzione|unica via d uscita|unica uscita)';
/** Tonight, in the six languages. */
const TONIGHT =
  '(tonight|tonite|2nite|to night|esta noche|hoy en la noche|ce soir|cette nuit|heute nacht|heute abend|esta noite|hoje a noite|hoje de noite|stanotte|stasera)';
/** For good, in the six languages. */
const FOR_GOOD =
  '(forever|for good|4ever|para siempre|pour toujours|pour de bon|a jamais|fur immer|pra sempre|para sempre|per sempre)';
const ME = '(myself|my self|meself|myslef|mysef|mself|myselfe|myselff|my own self)';
const I_AM = '(im|i am|i m|iam)';
/** Intent to act: "I'm going to", "I'll", "gonna", "about to". */
const INTENT = `(${I_AM} (really|actually|finally|definitely|seriously|just|literally)? (going to|gonna|goin to|about to|ready to|planning to|planning on|prepared to|gunna|gona|going 2|goin 2)|(ill|i will|i shall) (just|finally|really|actually|definitely)?|(gonna|gunna|gona|going to|going 2|about to) (just|finally|actually)?)`;
/** Wanting or thinking, short of intent. */
const WANT =
  '(want|wanna|wanted|wanting|wish|need|needed|feel like|felt like|tempted|tempted to|urge|urges|itching)';
/** Words people put before "die": "I just want to fucking die". */
const SO =
  '(fucking|fkn|fking|freaking|frickin|effing|just|really|literally|honestly|simply|actually|so badly|badly)';
const THINK =
  '(think|thinking|thinkin|thought|thoughts|thoughs|considering|considered|contemplate|contemplating|contemplated|ponder|pondering|fantasizing|fantasize|dreaming|obsessing)';
const ABOUT = '(about|of|abt|bout|on)';
const PERSON = `(my|a|our) ${group(RELATIONS.en)}`;
const THEY = `(he|she|they|hes|shes|theyre|${PERSON})`;
/**
 * After "disappear": not a trip, a break or a place ("for the weekend", "to a cabin", "off grid
 * for a bit"), for the writer and for someone else alike.
 */
const NOT_A_TRIP =
  '!(for|to|on|into|under|from|with|somewhere|in|like|till|until|after|off|and go|and travel|and move|a bit|a while|for a while)';
const THEMSELF =
  '(himself|herself|themselves|themself|his life|her life|their life|his own life|her own life)';
const PILLS =
  '(pills|tablets|meds|medication|medications|medicine|painkillers|pain killers|sleeping pills|sleep meds|sleeping meds|tylenol|paracetamol|acetaminophen|ibuprofen|advil|aspirin|xanax|benadryl|insulin|antidepressants|anti depressants|oxy|percs|benzos|tramadol|codeine|ambien|seroquel|lithium|trazodone|sertraline|zoloft|prozac|lexapro|klonopin|valium|ativan|melatonin|opioids|of them|of my meds|of my pills)';
/** Amounts that mean an overdose, never a number: "too many", "a whole bottle of". */
/**
 * A count of five or more, said with digits (`<many>`, so no pattern names an amount) or in words:
 * "like 10 of my", "twenty".
 */
const COUNTED =
  '(like|about|around|over|almost|nearly|maybe|at least|roughly)? (<many>|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|half a dozen) (of (my|the|these|those|her|his))?';
/** After a counted amount: a daily regimen, not an overdose ("6 tablets a day"). */
const NOT_REGIMEN =
  '!(a day|per day|every day|daily|each day|a week|per week|every morning|every night|each morning|each night|as prescribed|like (my|the) doctor|in total|over the (day|week|weekend))';
const LOTS =
  '(a lot of|too many|way too many|so many|a bunch of|a whole (bottle|pack|box|packet|strip|sheet) of|the whole (bottle|pack|box|packet) of|the whole (bottle|pack|box|packet)|loads of|a handful of|handfuls of|an entire (bottle|pack|box) of|a ton of|tons of|all (of)? (my|the|these|those) (pills|tablets|sleeping pills|painkillers|pain killers|antidepressants|tylenol|paracetamol))';
/** Those the writer would leave behind, as said in "they'd be better off without me". */
const LEFT_BEHIND =
  '(world|everyone|everybody|they|family|people|you all|yall|you guys|everyone else|my family|my kids|my parents|my friends|my wife|my husband|my partner|my children)';
const HEIGHTS =
  '(bridge|building|roof|rooftop|balcony|cliff|overpass|parking garage|parking structure|tower|window|ledge|skyscraper|dam|highway bridge|train bridge)';
const VEHICLES = '(train|bus|truck|car|subway|traffic|lorry|tram|metro)';
/** Everyday frames after "my last message": "before my flight", "for today", "of the year". */
const NOT_EVERYDAY_LAST = `!(today|tonight (im|i m|i am)? (going|gonna|off|heading) (to)? (bed|sleep)|before (the|my|a|work|school|bed|lunch|dinner|class|i (leave|head|fly|log))|for (today|tonight|now|a while|the (day|night|week|year))|of the (day|night|week|year)|until|till|on (this|here)|in this|lol|haha)`;
/** Everyday reasons to update a will: "after my divorce", "with my lawyer". */
const NOT_EVERYDAY_WILL = '!(after|since|because|with (my|a|our) (lawyer|attorney|solicitor))';

/** Self-directed methods, named as a class (never detail); the words name the writer. */
const METHODS_SELF = [
  `(hang|hanging|hangin) ${ME}`,
  `(shoot|shooting|drown|drowning|poison|poisoning|gas|gassing|electrocute|electrocuting|suffocate|suffocating) ${ME}`,
  `(starve|starving) ${ME} to death`,
  `(throw|throwing) ${ME} (off|from|in front of|under) (a|the|some)? (${HEIGHTS}|${VEHICLES})`,
  '(slit|slitting|slice|slicing|open|opening) my (wrists|wrist|throat|veins)',
  // an artery named as the writer's own: "open my femoral", "should i cut the brachial"
  '(slit|slitting|slice|slicing|open|opening|cut|cutting|sever|severing|nick|nicking) my (femoral|brachial|carotid|radial)? (artery|arteries)',
  '(slit|slitting|slice|slicing|open|opening|cut|cutting|sever|severing) my (femoral|brachial|carotid|radial|jugular)',
  '(do|should|could) i (just)? (slit|slice|open|cut|sever) (the|my) (femoral|brachial|carotid|radial|jugular)',
  '(gun|pistol|rifle|shotgun|barrel) (to|in) my (head|mouth)',
  `(blow|blowing|blew) my ${SO}? (own)? (head|brains|brain) (off|out)`,
  `(put|putting|shoot|shooting|fire|firing|send|sending) (a|one)? (bullet|round|gun|shotgun) (in|into|through|thru) my ${SO}? (own)? (head|brain|brains|skull|temple|mouth)`,
  '(eat|eating) (a|my) (bullet|gun|shotgun)',
  '(rope|noose|belt|cord) (around|round|on) my neck',
  `yeet ${ME} (off|into|in front of)`,
  '(toaster bath|neck rope)',
];
/** Methods named as an act; they count with wanting, thinking or intent before them. */
const METHODS_ACT = [
  `(jump|jumping|leap|leaping) (off|from|of) (a|the|my|that|this|some)? ${HEIGHTS}`,
  `(jump|jumping|step|stepping|lie|lying|lay down) (in front of|infront of|under) (a|the|some|an|oncoming)? ${VEHICLES}`,
  '(walk|walking|step|stepping|run|running) (into|in) (oncoming)? traffic',
  '(walk|walking|swim|swimming) (into|out into|out to) the (sea|ocean|river|lake|water|waves)',
  `(overdose|overdosing|od|oding|o ding) (on (my|the|these|those|some)? ${PILLS})?`,
  '(cut|cutting) (myself)? to bleed out',
  '(bleed|bleeding) (myself)? out',
  '(drown|drowning) (myself)?',
  '(stab|stabbing) myself (right|straight)? (in the|to death|in my|through)',
  '(buy|get|buying|getting) (a|an)? (cheap)? (gun|shotgun|pistol|rifle|firearm)',
  `(take|taking|swallow|swallowing|down|downing) ${LOTS} ${PILLS}`,
  `(take|taking|swallow|swallowing) (all|every one of) (my|the|these) ${PILLS}`,
  '(crash|crashing|drive|driving|steer|steering) (my car|the car|my truck|my bike)? (off|into) (a|the) (cliff|wall|tree|bridge|river|lake|pole|barrier|oncoming traffic)',
  '(tie|tying|make|making) (a|the) noose',
  '(cut|cutting|slit|slitting|slice|slicing) my (own)? (wrists|wrist|throat)',
  '(crash|crashing|hit|hitting|ride|riding|swerve|swerving) my (car|bike|motorbike|motorcycle|truck) (into|in|on|off) (a|the)? (wall|tree|truck|lake|river|traffic|cliff|bridge|pole)',
  '(crash|crashing|wreck|wrecking|total|totaling|totalling) my (car|bike|motorbike|motorcycle|truck) (on purpose|deliberately|intentionally)',
  '(swerve|swerving|veer|veering|steer|steering|drive|driving) (my car|the car|my truck)? into (oncoming traffic|a truck|a lorry|the (barrier|median|wall|river|lake|oncoming lane))',
];
const WANT_OR_THINK = `(${WANT}|${THINK} ${ABOUT}|could|should|might|would|just|plan to|planning to|considering|keep imagining|imagine|imagining|picturing|picture myself|fantasizing|fantasising|fantasize|going to|gonna|will|ill)`;

const rules: RuleSpec[] = [
  // --- passive wish (C-SSRS 1) --------------------------------------------------------------
  {
    id: 'passive.want_to_die',
    kind: 'passive_wish',
    reason: 'wish to be dead',
    patterns: [
      `${WANT} (to|2)? ${SO}? (die|dye|drop dead|be dead|not exist|stop existing|cease to exist|not be alive|not be here|not be here anymore|not live|not wake up|never wake up|sleep forever|be gone|go to sleep forever|fall asleep forever)`,
      `${WANT} (to|2)? (go to sleep|fall asleep|sleep) (and|n) (never|not) wake up`,
      `(wanna|want to|wish i could|wish to) (just)? die`,
      'i (just|really|honestly|literally|lowkey|kinda|kind of)? wanna die',
    ],
  },
  {
    id: 'passive.wish_dead',
    kind: 'passive_wish',
    reason: 'wish to be dead',
    patterns: [
      'wish (i|id) (was|were|had|could be|would be)? (dead|never born|not born|not alive|gone|not here|not around|never been born|never existed)',
      'wish i (could|would|can|might) (just)? (die|disappear forever|not wake up|stop existing|cease to exist|sleep forever|never wake up|vanish forever|fade away|not exist)',
      '(wish|wishing|wished) (i|id) (had)? died',
      '(wish|wishing|wished) (i had|id|i would have|i d) (jumped|done it|gone through with it|succeeded|finished it|not survived|not woken up|never woken up)',
      'i (should|ought to|need to|deserve to) (be|get) put down',
      'do me a (favor|favour) (and)? (end|kill) me',
      'wish i (could|would) (just)? (fall asleep|go to sleep|sleep) (and|n) (never|not) wake up',
      'wish i (had)? never (been born|existed|woke up)',
      '(hope|hoping|pray|praying|wish) (that)? i (dont|do not|never|wont|will not|dont ever) wake up !(before|at|until|till|in time|early|late|for work|for school|for class|for my|for the)',
      '(hope|hoping|pray|praying) (that)? i (die|get hit by|dont make it|dont survive|die in my sleep)',
      '(let|just let) me die',
      '(go to sleep|fall asleep|sleep) (and|n) (never|not) wake up',
      '(god|lord|universe) (please)? (just)? (take me|let me die|end me)',
      '(pray|praying|prayed|begging) (to god)? (for)? (god)? to (just)? (take me|let me die|end it)',
      '(need|crave|craving|want|wish for|long for|longing for) death',
      '(just)? (waiting|wait) to die',
      '(the|this) world (can|could|would) (use|do with) one less (of me|person like me)',
      '(begging|praying|pray|beg|wishing|hoping) for death',
      '(nothing|no one|nobody|nothing left|no reason left|not much left) to live for',
      '(lost|losing|no|dont have|don t have|do not have|have no) (the|any)? will to live',
      '(lose|losing|lost) (my|the) (battle|fight) (with|to|against) (depression|my mind|myself|my demons)',
      '(someone|somebody|god|universe) (would|could|will)? (just)? (please)? (kill|end) me',
      '(cant|can t) wait (to|till i|until i) die',
      '(dont|do not|dont even) care if i (die|live|wake up|dont wake up|get hurt|get killed)',
      'rather (be dead|not exist|not be alive|not be here)',
      // triage@26, from the C-SSRS CSV's misses: "i wish i wasn't here", "it would be peaceful if
      // i just stopped existing", "my cat is the only reason i'm still here"
      'wish (i|id) (wasnt|werent|was not|were not) (here|alive|around|in this world) !(for|at|in|on|during|today|tonight|right|this|with|when|because|bc)',
      '(would|d) (be|feel) (so)? (peaceful|easier|better|nicer|a relief) (if|to) (i)? (just)? (stopped|stop|didnt|did not|never) (existing|exist|wake up|woke up|waking up)',
      '(is|are|s) (the|my) only (reason|thing) (im|i am|i m|keeping me|that keeps me) (still)? (here|alive|around) !(at|for|in|tonight|today|this)',
      '(the|my) only (reason|thing) (im|i am|i m|keeping me|that keeps me) (still)? alive',
    ],
  },
  {
    // When the death should have come is not when the wish is felt: "I should have died years
    // ago" wishes it now, so a past time next to it does not set it aside.
    id: 'passive.should_have_died',
    kind: 'passive_wish',
    reason: 'wishing to have died already',
    scopes: ['negated', 'hypothetical', 'quoted', 'third_party', 'figurative', 'everyday'],
    patterns: [
      'i (should have|shouldve|should of|should ve) (just)? (died|die|been dead) !(laughing|of laughter|of embarrassment|of shame|from embarrassment)',
      '(i|im|i m|i am|i was) (not|never|wasnt|wasn t) (supposed|meant) to (make it|live|last|be alive|still be here|be here) (this far|this long|past <num>|to <num>|to see <num>)',
    ],
  },
  {
    id: 'passive.not_want_to_live',
    kind: 'passive_wish',
    reason: 'no wish to live',
    patterns: [
      '(dont|do not|dont really|no longer|dont even|doesnt|do not really|dont think i) (want|wanna|wish|feel like) (to)? (live|be alive|exist|be here|be here anymore|go on|continue living|keep living|keep going|live anymore|be on this earth|keep existing)',
      'dont think i (want|can) (to)? (live|go on|keep going|be alive|keep living)',
      'no (reason|point|purpose) (to|in|of|for) (live|living|life|going on|being alive|being here|existing|staying alive|me being here|waking up|keep going|continuing|carrying on|me to live)',
      '(whats|what is|what s) the point (of|in) (living|life|being alive|existing|going on|waking up|me being here|even being alive|continuing)',
      '(dont|do not|cant|can not|cannot|no longer|dont really|dont even) see (the|a|any)? (point|reason|purpose) (in|of|to|for) (living|life|being alive|existing|going on|waking up|me being here|being here|staying alive|carrying on|continuing|keep going|keeping going)',
      'life (isnt|is not|aint|s not|is no longer|isn t|isnt really) worth (living|it anymore)',
      'not worth living',
      '(tired|sick|exhausted) of (living|being alive|bein alive|existing|life|being here|bein here|waking up)',
      '(dont|do not|dont really|no longer|dont even|kinda dont|kind of dont) feel like living (anymore|any more)?',
      '(dont|do not|no longer) (want|wanna) to (continue on|carry on|go on anymore|go on any more|continue anymore|keep going anymore)',
      '(struggling|struggle|fighting|hard) (to|with)? (keep|keeping) (on)? living',
      '(dont|do not) deserve to (live|be alive|exist|be here)',
      '(done|finished) with (life|living|this life|existing|being alive)',
    ],
  },
  {
    // Not waking up, apart from the other ways of not wanting to live: a time or a duty in the
    // sentence ("at 6", "for work") makes it an ordinary morning (the same in every language).
    id: 'passive.not_wake_up',
    kind: 'passive_wish',
    reason: 'wish not to wake up',
    lookalikes: ['early_rising'],
    patterns: [
      '(dont|do not|dont really|no longer|dont even|doesnt|dont think i) (want|wanna|wish|feel like) (to)? (wake up|keep waking up|wake up anymore|wake up tomorrow|ever wake up)',
    ],
  },
  {
    // Finality said as being done with everything ("im done with it all"), not with a thing named
    // or for the day; a weak wish on its own, as "want it all to end" is.
    id: 'passive.done_with_all',
    kind: 'passive_wish',
    reason: 'done with everything',
    weight: 0.6,
    patterns: [
      '(im|i am|i m) (so|just|completely|fully|officially|honestly)? (done|finished) with (it all|everything|all of it|all of this) !(for|on|at|in|from|that|i|we|before|after|lol|haha|except|but)',
    ],
  },
  {
    id: 'passive.better_off',
    kind: 'passive_wish',
    reason: 'others better off without me',
    patterns: [
      `${LEFT_BEHIND} (would|will|d|might) (be)? (better|happier) (off)? without me`,
      'better off (dead|without me|if i (just)? (was|were|wasnt|werent|was not|were not) (dead|gone|here|around|alive))',
      '(doing|do|did|done) (everyone|everybody|the world|my family|them all|you all) a (favour|favor) (if|by) (i|me) ~1 (wasnt (around|here|alive)|werent (around|here|alive)|was gone|were gone|disappeared|died|not being (around|here|alive)|being gone|ending it|killing myself)',
      '(id|i would|i d) (be)? better off dead',
      '(no one|nobody|noone) (would|will|is going to|gonna) (miss|notice|care) ~2 (if|when) (i|im) (die|died|was gone|were gone|gone|disappeared|wasnt here|wasnt around|left for good)',
      '(if|when) i (die|died|was gone|am gone|disappeared) ~2 (no one|nobody|noone) (would|will) (care|notice|miss me)',
      'everyone (would|will) be (relieved|happier) (if|when) (i|im) (gone|dead|died)',
      // others fine without me, said of those close: "they'd all be fine without me", "my kids would
      // manage without me"; not "will" ("they'll be fine without me at the party"), nor for a night,
      // a meeting or while away
      `((${LEFT_BEHIND}|the kids) (would|d|might)|theyd) (all)? ((be|do) (just|perfectly|totally|completely|absolutely|honestly)? (fine|ok|okay|alright|all right|great)|(cope|manage|get on|get by|carry on|go on|move on) (just|perfectly|totally|completely|absolutely)? (fine|ok|okay|alright|all right)?) without me !(for|while|during|at|on|this|tonight|today|tomorrow|next|until|til|till|when|once|if|in|by|from|over|the|a)`,
      '(they|everyone|everybody|people|my family|my friends|my parents) (wouldnt|would not|wouldn t|wont|will not|won t) (even)? (notice|care|miss me) ~2 (if|when) (i|im) (die|died|was gone|were gone|gone|disappeared|wasnt here|wasnt around|left for good)',
    ],
    weight: 0.75,
  },
  {
    id: 'passive.disappear',
    kind: 'passive_wish',
    reason: 'wish to disappear for good',
    weight: 0.6,
    patterns: [
      `(want|wanna|wish i could|wish to|need) (to)? (just)? (disappear|vanish) ${NOT_A_TRIP}`,
      '(disappear|vanish|gone) (forever|for good|permanently|and never come back)',
      'want it all to (end|stop|be over)',
      '(i|just) want out !(of|from)',
      '(just)? want (it|this) (all)? to (end|be over|stop) !(soon|so|already|too|lol)',
      '(want|wish) (this|it|everything) (to)? all (to)? be over',
      '(want|wanna|wish|need) (everything|it all|life|my life|this life|all of this) to (end|stop|be over)',
      'wish (life|everything|it all|my life) (was|were|would be) over',
    ],
  },
  {
    id: 'passive.death_relief',
    kind: 'passive_wish',
    reason: 'death seen as relief',
    weight: 0.7,
    patterns: [
      '(death|dying|being dead) (would be|is|sounds|seems|feels like) (a)? (relief|better|peaceful|nice|easier|welcome|the only way out|the answer|the only option|freedom|so much better)',
      '(welcome|embrace|long for|longing for|crave|craving) death',
      '(six|6) (feet|ft) under',
      '(eternal|permanent|long|forever) (sleep|nap|rest) (sounds|would be|seems)',
      '(take|taking) a dirt nap',
    ],
  },

  // --- active ideation (C-SSRS 2) -----------------------------------------------------------
  {
    id: 'active.kill_myself',
    kind: 'active_ideation',
    reason: 'thoughts of killing oneself',
    patterns: [
      `(kill|kil|kll|killing|killin|kiling|off|offing|unalive|unaliving|end|ending) ${ME}`,
      '(end|ending|take|taking) my (own)? life',
      'end (it|things) all',
      'ending it all',
      'end (my|this) (life|existence|suffering) (for good|forever|permanently)?',
      'why (dont|not|shouldnt) i (just)? (end it|kill myself|die|end my life)',
      '(all|all that) i (think|can think|ever think) about (all day|lately)? is (dying|death|killing myself|suicide|ending it|ending my life)',
    ],
  },
  {
    id: 'active.end_it',
    kind: 'active_ideation',
    reason: 'thoughts of ending it (with distress)',
    needs: 'distress',
    weight: 0.75,
    patterns: [
      '(just|finally|to|should|gonna|could|might|wanna|want to|going to|will) end it (all|early|now|already|tonight|for good|once and for all)? !(with|between|for|off|there|here|on)',
      '(easier|better) to (just)? end it',
      '(thinking of|thinking about|considering) ending things',
      '(its|it is|it s) time (for me)? to (go|leave this world|say goodbye|end it|die)',
      'my time is (coming|running) (to a close|to an end|out)',
      '(ill|i will|im going to|im gonna) (just)? end it',
    ],
  },
  {
    id: 'active.suicidal',
    kind: 'active_ideation',
    reason: 'suicidal thoughts',
    who: 'any',
    timeless: true,
    patterns: [
      '(suicidal*|suicidial|sucidal|suicdal|suicidle|suicidaly|sucicdal|suisidal|suecidal|sucidial|suicadal)',
      '(debating|pondering|considering|contemplating|thinking of|thinking about) (suicide|sucide|suicde|suiside|sewerslide|ending it|kms)',
      '(on|to) the (brink|edge|verge) of (suicide|killing myself|ending it|ending my life|taking my (own)? life)',
      '(suicide|sucide|suicidal thoughts|ending it|killing myself|dying) (is|has been|have been|are|keeps|been) (always|constantly)? (on my mind|in my head)',
      '(feel|felt|feeling) like (ending it|ending things|ending my life|killing myself|offing myself)',
      '(suicide|suicidal) (thoughts|thought|ideation|ideations|feelings|urges|urge|tendencies lately|again)',
      `${THINK} ${ABOUT} (suicide|killing ${ME}|ending (it|it all|my life|things|everything)|taking my (own)? life|unaliving|not being alive|offing ${ME}|sewerslide)`,
      `(urge|urges|impulse|impulses|compulsion) to (kill|end|off|unalive) ${ME}`,
      `(harm|harming|hurt|hurting|cut|cutting) ${ME} or (worse|something worse)`,
      '(commit|committing|comitting|do|doing|attempt|attempting) suicide',
      'suicide (is|seems|feels|sounds) (like)? (the|my|an)? (only|best|easiest)? (option|way out|answer|choice|solution|way)',
      'suicide (is|seems|feels) (inevitable|my future|my destiny|my fate) (for me)?',
      '(my story|my life|it all|this all) (will|is going to|is gonna|gonna)? (probably|likely|eventually)? (end|ends) (with|in) (suicide|me killing myself)',
      'is suicide (justified|the answer|an option|worth it|the right choice) (for me|in my case|in this case)',
      '(consider|considering|contemplate|contemplating|ponder|pondering) suicide',
    ],
  },
  {
    id: 'active.considering_it',
    kind: 'active_ideation',
    reason: 'considering it (after suicidal talk)',
    needs: 'suicide',
    weight: 0.75,
    patterns: [
      // A bare "it" counts when the writer frames it as considering; "can't stop thinking about
      // it" is `active.ruminating_it` below.
      '(considering|contemplating) (it|doing it|ending it)',
      '(pondering|wondering|debating|deciding) (if|whether) (i|to) (should)? (do it|end it|go through with it)',
      '(thinking about|thought about|think about|think of|thinking of|thought of) (doing it|ending it)',
      '(i|im|ive|been|was|and|started|start|seriously|actually|honestly|kinda|lowkey|just|still|sometimes|often) (thinking about|thought about|think about|think of|thinking of|thought of) it',
      '(it|this) (is|s) (gonna|going to) happen (anyway|anyways|eventually|soon)',
    ],
  },
  {
    // Rumination wording is also how OCD and everyday worry sound ("I just want it to stop, I
    // can't stop thinking about it"), so it never raises a wish to be dead to active ideation on
    // its own: it keeps the suicidal talk it follows in the conversation, at C-SSRS 1.
    id: 'active.ruminating_it',
    kind: 'active_ideation',
    cssrs: 1,
    reason: "can't stop thinking about it (after suicidal talk)",
    needs: 'suicide',
    weight: 0.6,
    patterns: [
      '(cant|can t|cannot|couldnt) stop (thinking about|thinking of) it',
      '(keep|keeps|kept) (thinking about|thinking of) it',
    ],
  },
  {
    id: 'active.thinking_dying',
    kind: 'passive_wish',
    timeless: true,
    reason: 'thoughts of death',
    weight: 0.65,
    patterns: [
      `${THINK} ${ABOUT} (dying|death|being dead|not waking up|not being here|not existing|disappearing forever)`,
    ],
  },
  {
    id: 'active.wont_be_around',
    kind: 'active_ideation',
    reason: 'hints of not being around',
    weight: 0.7,
    patterns: [
      '(wont|will not|not going to|aint gonna|not gonna) be (around|here|alive) (much longer|for long|anymore|next year|by|to see|for much longer|after)',
      '(you|they|everyone) (wont|will not) (have to)? (see|hear from|deal with) me (again|anymore|much longer)',
      '(this|it) (will|is going to|gonna) (all)? be over (soon|tonight|tomorrow)',
    ],
  },

  // --- coded language and slang -------------------------------------------------------------
  {
    id: 'coded.slang',
    kind: 'coded',
    reason: 'coded word for suicide',
    patterns: [
      '(kms|kmsss|kmss)',
      '(unalive|unaliving|unalived|un alive|unalivin)',
      '(sewerslide|sewer slide|sewer slid|sooicide|self delete|self deleting|self deletion|delete myself|deleting myself|game end|gameend)',
      'commit (sudoku|toaster bath|die|not alive|neck rope|unalive)',
      '(ctb|c t b)',
      'final yeet',
      'become unalive',
    ],
  },
  {
    id: 'coded.bus',
    kind: 'coded',
    reason: 'coded phrase for suicide (catch the bus)',
    needs: 'distress',
    patterns: ['(catch|catching) the bus'],
  },
  {
    // Emoji are the same in every language: this rule covers all six.
    id: 'coded.emoji',
    kind: 'coded',
    reason: 'death emoji with distress',
    cssrs: 1,
    weight: 0.55,
    needs: 'distress',
    // A grave, a coffin or an urn beside distress is a wish to be dead, no more.
    patterns: ['(🪦|⚰|⚱)'],
  },
  {
    // Emoji are the same in every language: this rule covers all six. A gun or a knot (typed for
    // the noose it looks like) beside distress names a means, as the bridge emoji does ("everything's
    // falling apart 🪢", "alles sinnlos 🔫🙂"): a method in mind, not only a wish to be dead.
    // Coded, so the model may vouch for distress said in words no rule knows.
    id: 'coded.means_emoji',
    kind: 'coded',
    cssrs: 3,
    reason: 'gun or noose emoji with distress',
    weight: 0.6,
    needs: 'distress',
    lookalikes: ['hanging_things', 'outdoor_gear', 'sport_shooting'],
    patterns: ['(🔫|🪢)'],
  },
  {
    // Emoji are the same in every language: this rule covers all six. A means emoji called the
    // only way out ("🪢 c'est la seule solution") is a method in mind without other distress.
    id: 'coded.means_emoji_only_way',
    kind: 'coded',
    cssrs: 3,
    reason: 'a means emoji as the only way out',
    lookalikes: ['hanging_things', 'outdoor_gear', 'sport_shooting', 'sightseeing'],
    patterns: [`${MEANS_EMOJI} ~4 ${ONLY_WAY}`, `${ONLY_WAY} ~4 ${MEANS_EMOJI}`],
  },
  {
    // Emoji are the same in every language: this rule covers all six. A wave with "forever" or a
    // wave with a dove ("👋 forever", "tchau pra sempre 👋🕊️") is a last goodbye when distress is
    // near; a wave alone is an everyday goodbye ("last day at the depot 👋").
    id: 'coded.farewell_emoji',
    kind: 'preparation',
    reason: 'a goodbye for good said with emoji',
    weight: 0.8,
    needs: 'distress',
    lookalikes: ['life_change', 'moving', 'see_you'],
    // The goodbye is the message itself, sent now: near, as the goodbye with a pills emoji is.
    near: true,
    patterns: [`👋 ~2 ${FOR_GOOD}`, `${FOR_GOOD} ~2 👋`, '👋 (🕊|🖤|🥀)', '(🕊|🥀) 👋'],
  },
  {
    // Emoji are the same in every language: this rule covers all six. The self-injury emoji codes
    // (a knife, blood, a plaster, a zebra for striped scars) beside a relapse, beside "again" or
    // beside the sleeves that hide the marks ("arms looking 🦓 again", "rechute 🩸🩹 je cache avec
    // des manches longues") are self-injury. Blood alone is also a period or a nosebleed, so blood
    // with "again" alone is not enough.
    id: 'coded.self_harm_emoji',
    kind: 'self_harm',
    reason: 'self-injury emoji with a relapse or hidden marks',
    lookalikes: ['accident', 'food_drink'],
    patterns: [
      `${SELF_HARM_EMOJI} ~3 ${RELAPSE}`,
      `${RELAPSE} ~3 ${SELF_HARM_EMOJI}`,
      `(🔪|🦓) ~2 ${AGAIN}`,
      `${AGAIN} ~2 (🔪|🦓)`,
      `${SELF_HARM_EMOJI} ~8 ${HIDING}`,
      '(🩸 🩹|🩹 🩸|🔪 🩸|✂ 🩸|🦓 🩹)',
    ],
  },
  {
    // Emoji are the same in every language: this rule covers all six. A knife or blood emoji next
    // to the part of the body people cut ("🔪 on my arms", "wieder 🔪 am arm") is self-injury; a
    // knife alone is cooking.
    id: 'coded.cutting_emoji',
    kind: 'self_harm',
    reason: 'self-injury emoji on the body',
    lookalikes: ['accident', 'food_drink'],
    // "no braço" is Portuguese for "on the arm": named here so it is not read as a negator.
    patterns: [`(🔪|🩸|🦓) ~2 (no|na|nos|nas)? ${BODY_CUT}`, `${BODY_CUT} ~2 (🔪|🩸|🦓)`],
  },
  {
    // Emoji are the same in every language: this rule covers all six. Pills next to never waking
    // up ("💊 + 🛏️ = nie wieder aufwachen") name a means with the wish: a method in mind.
    id: 'coded.pill_emoji_sleep',
    kind: 'method',
    reason: 'pills emoji with never waking up',
    weight: 0.8,
    patterns: [
      '💊 ~4 (never wake up|not wake up|never waking up|no despertar|no despertarme|ne plus me reveiller|ne pas me reveiller|ne jamais me reveiller|nie wieder aufwachen|nicht mehr aufwachen|nie mehr aufwachen|nao acordar|nunca mais acordar|non svegliarmi|non svegliarsi) !(until|till|before|bis|vor|hasta|antes|avant|jusqu|ate|fino|prima)',
    ],
    lookalikes: ['early_rising'],
  },
  {
    // Emoji are the same in every language: this rule covers all six. A bridge emoji in a message
    // that already carries distress points at a place to die ("can't do this anymore 🌉"): a
    // means in mind. Coded, not a means question, so the model may vouch for the distress.
    id: 'coded.bridge_emoji',
    kind: 'coded',
    cssrs: 3,
    reason: 'bridge emoji with distress',
    weight: 0.6,
    needs: 'distress',
    lookalikes: ['sightseeing'],
    patterns: ['🌉'],
  },

  {
    id: 'coded.logging_off',
    kind: 'coded',
    reason: 'coded goodbye (logging off for good)',
    needs: 'distress',
    patterns: [
      '(logging|log|logged|signing|sign|signed) off (for good|forever|permanently|for the last time|from life)',
      '(unsubscribe|unsubscribing|unsubscribed|log out|logging out) (from|of) (life|existence|being alive)',
      '(game over|respawn) (for me)? (for good|forever|irl|in real life)',
    ],
  },
  {
    // Emoji are the same in every language: this rule covers all six.
    id: 'coded.gun_emoji',
    kind: 'method',
    reason: 'gun emoji aimed at oneself',
    patterns: ['🔫 ~1 (me|myself|my head|meself)', '(me|myself) ~1 🔫'],
  },
  {
    id: 'coded.pill_emoji',
    kind: 'plan',
    reason: 'pills emoji with a time',
    near: true,
    // Emoji are the same in every language: the night is named in all six.
    patterns: [`💊 💊 ~2 ${TONIGHT}`, `${TONIGHT} ~2 💊 💊`],
  },
  {
    id: 'coded.pill_emoji_goodbye',
    kind: 'preparation',
    reason: 'a goodbye with a pills emoji',
    near: true,
    patterns: [
      '(sorry|goodbye|bye|forgive me|love you|im sorry) (mom|mum|mommy|dad|daddy|everyone|all|guys|yall|world|family|babe)? 💊',
    ],
  },

  // --- methods (C-SSRS 3) -------------------------------------------------------------------
  {
    id: 'method.self',
    kind: 'method',
    reason: 'a method in mind',
    patterns: METHODS_SELF,
  },
  {
    id: 'method.act',
    kind: 'method',
    reason: 'a method in mind',
    patterns: METHODS_ACT.map((act) => `${WANT_OR_THINK} (to)? (just)? ${act}`),
  },
  {
    id: 'method.thinking_means',
    kind: 'method',
    reason: 'dwelling on a means or a place (with distress)',
    needs: 'distress',
    lookalikes: ['sightseeing', 'sport_heights', 'outdoor_gear'],
    weight: 0.75,
    patterns: [
      `${THINK} ${ABOUT} (jumping|jumpin|the (rope|noose|gun|shotgun|pills|tablets|bridge|cliffs|cliff|train line|tracks|railway|roof|river|ledge) (in|on|at|near|by|under|over|from|again|every))`,
      `(cant|can t|cannot) stop ${THINK} ${ABOUT} (jumping|jumpin|the (rope|gun|pills|bridge|cliffs|tracks|train|roof))`,
      '(sit|sitting|sat|stand|standing|stood|stopping|stopped) (on|at|by|near) (the|a|that) (bridge|ledge|edge|cliff|cliffs|tracks|train line|railway bridge|roof) ~6 (thinking|think|wondering|how easy|for hours|just standing|just sitting)',
      '(how easy it would be|one day i wont) ~4 (bridge|jump|drive past|the edge|the tracks|let go)',
      '(keep|kept|been) (looking at|going back to|staring at|holding) (the|my) (pills|tablets|sleeping tablets|sleeping pills|rope|gun|shotgun|meds|razor|blade|knives|knife|prescriptions)',
      '(ctb|kms|unalive|end it|od) (with|using) (my|the) (meds|pills|tablets|rope|gun)',
      '(sitting|sat|sit) with (it|the gun|the shotgun|the rope|the pills)',
    ],
  },
  {
    id: 'method.wish_means',
    kind: 'method',
    reason: 'wishing for a means (with distress)',
    needs: 'distress',
    lookalikes: ['sport_shooting'],
    weight: 0.75,
    patterns: [
      '(wish|if only) i (had|owned|could get|could get hold of) (the means|a gun|a firearm|a pistol|a way out|something to do it with) !(for|to (buy|get|pay|afford|travel|go|move|fix|start|help|study|visit|see|leave (this|the) (job|town|city|country|house)))',
    ],
  },
  {
    id: 'method.how',
    kind: 'method',
    reason: 'thinking about how to do it',
    patterns: [
      '(picture|picturing|imagine|imagining|thinking about|think about|planning|planned|decided|know|knowing|figured out|worked out) (how|where|when) (i|im) (want to|would|will|d|going to|gonna|could|should) (die|go|do it|kill myself|end it|end my life)',
      'noose',
      '(thought|thinking|thinkin|think|thought a lot|figured|worked) (about|out)? (how|where|when) (id|i d|ill|i ll|i would|i will|i could|im going to|im gonna) (do it|die|end it|kill myself|go)',
      '(thinking|think|thought|thinkin) (about|of|abt) doing it (the same way|like (he|she|they) did)',
      '(know|knowing) exactly (where|how) to (cut|jump|hang|tie it) !(the|a|it|them|this|that|your|his|her)',
      // triage@27: a method pictured as the writer's own ("thinking about driving myself off the
      // bridge", "drowning myself"); driving off a bridge is no sport
      '(thinking|think|thought|imagining|imagine|picturing|picture|fantasizing|fantasising) (about|of)? (me)? (driving|steering|crashing) (myself|my car|the car) (off (the|a|that) (bridge|cliff|edge|overpass|embankment|road)|into (the|a|that) (wall|tree|river|sea|lake|lorry|truck|oncoming traffic))',
      '(thinking|think|thought|imagining|imagine|picturing|picture) (about|of)? drowning myself',
    ],
  },

  // --- means, location and lethality seeking (C-SSRS 3) -------------------------------------
  {
    id: 'means.heights',
    kind: 'means_seeking',
    reason: 'asking about heights or locations',
    lookalikes: ['sightseeing', 'sport_heights'],
    patterns: [
      '(tallest|highest|biggest|tall|high|deadliest) (bridge|bridges|building|buildings|cliff|cliffs|tower|towers|parking garage|parking garages|rooftop|rooftops|overpass|overpasses|dam|dams)',
      '(which|what) (bridge|bridges|building|buildings|cliff|cliffs|tower|towers|rooftop|rooftops|car park|car parks|multi storey|multistorey|parking garage) ~3 (is|are) (the)? (tallest|highest|high enough|tall enough)',
      'how (high|tall|far) (does|do|would|should|is) ~3 (fall|jump|drop|be|need to be)',
      '(roof|rooftop|rooftops) (access|i can get onto|that are open)',
      '(bridges|buildings) (near me|without (fences|barriers|nets))',
      '(highest|tallest) (car park|multi storey|multistorey|parking lot|place|point|spot) (in|near|around|you can)',
      '(is|are) (the|my|this|that) ~4 (high|tall) enough',
      'how (high|tall) is (the|that|this) ~3 (bridge|building|roof|car park|golden gate|tower|cliff)',
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
      '(highest|tallest) (point|spot|floor|storey|ledge|part|place) (of|on|in|at) (the|that|this|a)',
      '(bridge|bridges|building|buildings|roof|rooftop|cliff|cliffs|car park|parking garage|overpass|viaduct|balcony|tower) ~5 (without|with no|has no|have no|doesnt have|dont have) (a|any)? (fence|fences|barrier|barriers|net|nets|railing|railings|rail|rails)',
    ],
  },
  {
    id: 'means.pills',
    kind: 'means_seeking',
    reason: 'asking about amounts of pills',
    lookalikes: ['care_dosing', 'info_seeking'],
    patterns: [
      `how (many|much) ${PILLS}`,
      `how (many|much) (of my|of these|of the|of those) ${PILLS}`,
      `(is|are|would) ${LOTS}? ${PILLS} (enough|too much|too many|dangerous)`,
    ],
  },
  {
    id: 'means.acquire',
    kind: 'means_seeking',
    reason: 'asking where to get means',
    lookalikes: ['outdoor_gear', 'sport_shooting', 'care_dosing'],
    patterns: [
      '(where|how) (can|do|could|would|should) (i|you|someone) (buy|get|find|order|obtain|get hold of|get my hands on) (a|some|strong)? (gun|guns|rope|pills|sleeping pills|barbiturates|poison|helium|charcoal|razor blades|blades|noose|firearm|pistol)',
      '(buy|get|order) (a|some)? (gun|rope|noose|poison) (without|no) (a)? (license|background check|questions)',
    ],
  },
  {
    id: 'means.where_buy',
    kind: 'means_seeking',
    reason: 'asking about buying means (after distress)',
    lookalikes: ['outdoor_gear', 'care_dosing'],
    patterns: [
      '(does|do|will|would) (the)? (hardware store|pharmacy|chemist|shop|store|supermarket) (sell|ask for id|check id|have) ~3 (rope|pills|paracetamol|tablets|sleeping pills|painkillers)?',
      '(what|which) (household)? (stuff|things|chemicals|products|plants) (is|are) (actually)? (poisonous|toxic|deadly|lethal)',
      '(whats|what is|what s) the (most painless|least painful|quickest|easiest|surest|most peaceful) way !(to (get|make|learn|cook|find|go|clean|fix|remove|lose|save|study|travel|pay|book))',
    ],
  },
  {
    id: 'lethality.ask',
    kind: 'lethality_seeking',
    reason: 'asking what is lethal',
    lookalikes: ['care_dosing', 'info_seeking'],
    patterns: [
      `how (many|much) ~4 (would it take to|does it take to|would i need to|do i need to|do you need to|to) (die|kill (me|myself|you|someone|a person)|overdose|od|be fatal|be lethal|stop (my|your) heart|not wake up|end it|do the job)`,
      // the amount as the subject: "how many paracetamol would kill me", "how much of my
      // sertraline would be fatal" (not "how much caffeine would kill you", a curiosity)
      `how (many|much) ~4 (would|will|could|might|does|do|can) (actually|definitely)? (kill me|stop my heart|do the job|finish me off)`,
      `how (many|much) (of)? (my|these|those) ~3 (would|will|is|are) (be)? (fatal|lethal|deadly)`,
      // the amount asked about by name or count: "is 20 paracetamol enough to die", "would a
      // pack of my tablets kill me"
      `(is|are|would|will|could|can) (${LOTS}|${COUNTED}|a (bottle|pack|box|packet|strip|sheet) of (my|the|these)?)? ${PILLS} (be)? (enough|sufficient) to (die|kill (me|myself)|not wake up|never wake up|end it|do it|be fatal|stop my heart|od|overdose)`,
      `(would|will|could|can) (${LOTS}|${COUNTED}|a (bottle|pack|box|packet|strip|sheet) of (my|the|these)?) ${PILLS} (actually|definitely)? (kill me|do the job|finish me off|stop my heart|be fatal|be lethal)`,
      // a counted amount asked about without saying what for: "will 40 of my paracetamol do
      // anything or not"
      `(will|would|could|can|does|do) ${COUNTED} (of)? ${PILLS} (even|actually)? (do anything|do something|do it|work|hurt me)`,
      '(lethal|fatal|deadly|ld50) (dose|doses|amount|amounts|quantity|level)',
      '(easiest|quickest|fastest|painless|painlessly|least painful|most peaceful|surest|most effective|quietest|simplest|best) (way|ways|method|methods) to (die|end it|kill myself|end my life|commit suicide|kill yourself|unalive|off myself)',
      '(easy|easiest|easier|quick|quickest|quicker|fast|fastest|painless|less painful|least painful|less gory|least gory|gentle|gentlest|peaceful|surefire|reliable|simple|simplest) ~2 (way|ways|method|methods) (of|for) (dying|killing myself|ending it|ending my life|suicide|offing myself|unaliving)',
      'painless (death|suicide|way out|way to go)',
      '(best|easiest|quickest|fastest|painless|surest) way to go (by|through) suicide',
      'how (to|do you|do i|can i|do people) (tie a noose|hang (myself|yourself|oneself)|kill (myself|yourself|oneself)|commit suicide|end (your|my) life|die painlessly|die in my sleep|unalive (myself|yourself))',
      'how long (does it|would it|will it) take to (die|bleed out|suffocate|drown)',
      'how painful (is|would) it (be)? to (die|overdose|hang|drown|jump|bleed out)',
      'how painful it (would|will|is going to|is gonna) (be)? to (die|overdose|hang|drown|jump|bleed out)',
      '(does|would|will|can|could|do) ~3 (slitting|sliting|slicing|cutting|slashing) (my|your|ur|the|a)? (wrist|wrists|throat|veins) ~4 (work|kill|kill you|kill me|be enough|be fatal|be lethal)',
      '(suicide|kill myself|killing myself|end my life) without making it (look|appear|seem) (like|as)? (a)? (suicide|intentional|on purpose)',
      '(is|are|would|will) (a)? <num> (stories|storeys|story|storey|floors|floor) ~2 enough !(for|of|space|room|to (fit|hold|house|live|store|build|keep))',
      '(guarantee|ensure|make sure of) (my|a) death',
      '(make sure|to make sure) (i|that i) (die|dont survive|dont wake up)',
      '(what|which) (pills|meds|drugs) (will|would|can) (actually)? (kill|do the job)',
      '(what|which) (pills|meds|drugs|medication|medications) (can|could|will|would) (cause|lead to) (death|dying|an overdose)',
      '(does|would|will|can|could|do) (slitting|hanging !(wallpaper|pictures|picture|curtains|a|the|shelves|lights|art|frames|drywall|doors|out|around|plants|clothes|laundry)|drowning|jumping (off|from|in front of)|overdosing|od|oding|bleeding out|a gun|the train) ~4 (work|kill you|kill me|be enough|be fatal|be lethal|actually work)',
      'suicide without (it )?(looking|appearing|seeming|being obvious)',
      '(cyanide|sodium nitrite|exit bag|helium (tank|bag|method))',
    ],
  },
  {
    id: 'lethality.context',
    kind: 'lethality_seeking',
    reason: 'asking how to do it (after suicidal talk)',
    needs: 'suicide',
    patterns: [
      '(how|advice on how) (to|do i|would i|should i|can i) (do it|go about it|make it work|not fail|not survive)',
    ],
  },
  {
    id: 'lethality.after_distress',
    kind: 'lethality_seeking',
    reason: 'asking what is lethal (after distress)',
    needs: 'distress',
    lookalikes: ['care_dosing', 'info_seeking', 'sport_heights'],
    patterns: [
      '(would|will|can|does|could) (i|you|someone|a person) (die|survive) (from|if|after) ~5 (pills|jump|jumping|fall|falling|overdose|bleeding|hanging)',
      '(does|would|will) (hanging|drowning|jumping|overdosing|bleeding out|dying) hurt',
    ],
  },

  {
    id: 'means.dangerous_pills',
    kind: 'means_seeking',
    reason: 'asking which pills are dangerous (after distress)',
    lookalikes: ['care_dosing', 'info_seeking'],
    patterns: [
      `(which|what) ${PILLS} (are|is|r|would be|could be) (the most)? (dangerous|deadly|lethal|strong enough|the strongest)`,
      '(which|what) (pills|meds|medication|medications|drugs|painkillers) (are|is|r) (dangerous|deadly|lethal) (if|when|to) (you|i|someone) (take|takes|mix) (a lot|too many|too much|them)',
    ],
  },
  {
    id: 'means.no_prescription',
    kind: 'means_seeking',
    reason: 'asking how to get pills without a prescription',
    patterns: [
      `(buy|get|order|sell|sells|selling|find) ~2 ${PILLS} (without|with no|no) (a)? (prescription|script|rx|doctor)`,
      `(pharmacy|pharmacies|chemist|chemists|drugstore|drug store|shop|website) ~8 ${PILLS} ~2 (without|with no|no) (a)? (prescription|script|rx)`,
    ],
    needs: 'distress',
  },
  {
    id: 'means.rope_strength',
    kind: 'means_seeking',
    reason: 'asking if something would hold a person',
    lookalikes: ['outdoor_gear'],
    needs: 'distress',
    patterns: [
      '(rope|cord|belt|cable|beam|hook|rail|railing|bar|pipe|ceiling fan|door frame) ~6 (hold|support|take|carry) (a|the)? (person|body|human|grown man|grown adult|adult|my weight|my body|someone)',
      'how (strong|thick) ~5 (rope|cord|belt|beam|hook) ~6 (hold|support)',
    ],
  },
  {
    id: 'means.how_many',
    kind: 'lethality_seeking',
    reason: 'asking how many it would take (after distress)',
    needs: 'distress',
    // "How many would it take to pass the retake": a goal named after it is set aside as everyday,
    // so the model cannot read the bare question as lethality on its own either.
    lookalikes: ['care_dosing', 'info_seeking', 'everyday_goal'],
    patterns: [
      'how (many|much) (of (these|those|them|my|the))? (would|will|does|do) (it|i|you|one) (take|need) !(to|for|of|in|on|with|per|so|until)',
      'how (many|much) (of (these|those|them|my|the))? (would|will|does) it take to',
      'how (many|much) (would be|is) (enough|too many|too much) !(for|of|to|in|with|per)',
    ],
  },

  // --- intent (C-SSRS 4) --------------------------------------------------------------------
  {
    // "I'll do it tonight" names no act: after distress it is the act, otherwise a chore or a
    // deadline ("ill do it tonight, the essay is due tomorrow").
    id: 'intent.do_it_tonight',
    kind: 'intent',
    reason: 'intent to act tonight, after distress',
    needs: 'distress',
    patterns: [`${INTENT} do it tonight`],
  },
  {
    id: 'intent.going_to',
    kind: 'intent',
    reason: 'intent to act',
    patterns: [
      `${INTENT} (kill|end|off|unalive|delete|hang|shoot|drown) ${ME}`,
      `${INTENT} (end|take) my (own)? life`,
      `${INTENT} (end it all|commit suicide|end it tonight|kms)`,
      `${INTENT} ~1 (overdose|od|jump off|jump in front of|take all (my|the|of my) ${PILLS})`,
      '(planning|plan|plans) (to|on) (kill|killing|end|ending|off|offing) (myself|my life)',
      '(planning|plan|plans|planned) (to|on) (die|dying|jump|jumping|overdose|od|end it|ending it|go through with it)',
      `${I_AM} (killing|ending|offing) (myself|my life|it) !(laughing|slowly|with|at|over|for|by)`,
      '(ready|prepared) to (die|end it|go through with it) !(with|between|for|off)',
    ],
  },
  {
    // "End it" with nothing after it to end ("with him", "there", "for the day") is about a life.
    id: 'intent.end_it',
    kind: 'intent',
    reason: 'intent to end it',
    weight: 0.8,
    patterns: [
      `${INTENT} end it !(with|between|for|off|there|here|on|at|early|before|after|and start|by|so|because|now that|today at|in)`,
      `${I_AM} (ending|gonna end|going to end) it !(with|between|for|off|there|here|on|at|early|before|after|by|so|because|in)`,
      `(tonight|today|this weekend|tomorrow|tonite) ${I_AM} (ending|gonna end|going to end) it`,
      '(end|ending) it (with|using) (the|my|some|those|these)? (pills|tablets|meds|rope|gun|shotgun|pistol|belt|razor|blade|car|train|bridge)',
    ],
  },
  {
    id: 'intent.think_do_it',
    kind: 'intent',
    reason: 'thinks they will act (with despair)',
    needs: 'distress',
    weight: 0.75,
    patterns: [
      '(i think|i really think|i honestly think|i feel like|i know) (im|i am|ill|i will|i m) (actually|really|finally)? (going to|gonna)? (do it|go through with it|act on it) !(to|for|with|on|at|again|right|wrong|later)',
      '(getting|got|coming) (closer|close) to (actually)? (doing it|going through with it|acting on it|ending it)',
      '(i|i really|i actually|i just) (want|wanna) to do it (now|already|tonight|for real)',
      '(dont|do not|don t) think (ill|i will|i ll|i can) (make it|last|hold on|survive) (that long|much longer|until|till|through|past)',
    ],
  },
  {
    id: 'intent.coded',
    kind: 'intent',
    reason: 'intent to act, in coded words',
    patterns: [
      // "gonna kms if the wifi drops" is a complaint: a condition after it reads as hyperbole.
      `${INTENT} (unalive|kms|ctb|sewerslide|self delete|catch the bus) !(if|when|every time|everytime|because|cause|cuz|bc|over|after|at)`,
      `${INTENT} use (my|his|her|the|dads|my dads|mums|my mums)? (own)? (gun|pistol|rifle|shotgun)`,
    ],
  },
  {
    id: 'intent.literal',
    kind: 'intent',
    reason: 'says they mean it (after suicidal talk)',
    needs: 'suicide',
    weight: 0.8,
    patterns: [
      // Not "I mean" before a thing named: "no, I mean a digital detox" clears up.
      '(i mean that|and i mean that|i mean it|i meen it|i mean this) (literally|for real|this time|seriously)?',
      'i mean !(a|an|the|my|your|his|her|our|their|some)',
      '(for real|fr) this time',
      'not (joking|kidding) (this time)?',
    ],
  },
  {
    id: 'intent.context',
    kind: 'intent',
    reason: 'intent (after suicidal talk)',
    needs: 'suicide',
    weight: 0.75,
    patterns: [
      'ready to try again',
      '(made|at) peace with (my|the|this) (decision|choice)',
      '(its|it s|it is) time',
    ],
  },
  {
    id: 'intent.do_it',
    kind: 'intent',
    reason: 'intent to act (after suicidal talk)',
    needs: 'suicide',
    patterns: [
      `${INTENT} (do it|go through with it|end it|end things|finally do it|actually do it)`,
      `${I_AM} (actually|really|finally|seriously|definitely) (going to|gonna) (do it|go through with it)`,
      'this time (im|i am|ill|i will) (going to|gonna)? (do it|go through with it|not fail|make sure)',
      '(nothing|no one|nobody|noone) (is going to|can|will|could) stop me',
      '(im|i am) (ready|done waiting|not scared anymore)',
      'not (afraid|scared) (to die|of dying|anymore)',
    ],
    weight: 0.8,
  },

  {
    id: 'intent.do_it_distress',
    kind: 'intent',
    reason: 'intent to act (with despair)',
    needs: 'distress',
    weight: 0.8,
    patterns: [
      `${I_AM} (actually|really|finally|seriously|definitely|for real) (going to|gonna|goin to|about to) (do it|go through with it) !(to|for|with|on|at)`,
      '(this time|for real this time) (im|i am|ill|i will) (actually|really)? (going to|gonna)? (do it|go through with it)',
      `${INTENT}? (do it|go through with it) (this time|for real this time|for real)`,
      '(want|wanna|need|ready|going) to (finally)? go through with it',
      '(the idea|the thought|the thought of it|dying|death|the idea of dying|the thought of dying) (doesnt|does not|dont|no longer|doesn t) (scare|scares|frighten|frightens) me (anymore|any more|now)?',
    ],
  },

  // --- plan (C-SSRS 5) ----------------------------------------------------------------------
  {
    id: 'plan.decided',
    kind: 'plan',
    reason: 'decided, with a plan',
    patterns: [
      '(ive|i have|i) (decided|made up my mind|made the decision|chosen|chose) to (kill myself|end (it|it all|my life|things)|die|take my (own)? life|commit suicide|go through with it|do it)',
      '(i have|ive got|i got|i made|ive made|i have made|got|have) (a|my)? plan (to|for) (kill|end|die|suicide)',
      '(planned|planning|worked out|figured out) (how|when|where) (i|im going to|ill) (do it|die|kill myself|end it)',
      '(i know|knowing) (how|exactly how) (and|n) (when|where) (im going to|ill|i will)? (do it|die|end it)?',
      '(planning|planned|plan) (my|out my) (suicide|death|exit)',
      '(have been|ive been|been|i have been) planning (this|it|my suicide|my death|to die|to kill myself|for (weeks|months|a while))',
      '(i have|ive got|i got|have) a (date|day) (and|n)? a (plan|method|place)',
    ],
  },
  {
    id: 'plan.have_plan',
    kind: 'plan',
    reason: 'a plan (after suicidal talk)',
    needs: 'suicide',
    weight: 0.8,
    patterns: [
      '(i have|ive got|i got|i made|ive made|i have made|i ve got) (a|my) plan',
      '(ive|i have|i) (decided|made up my mind) !(on|to (buy|go|move|take|get|start|quit|study|leave|stay|try|sell|rent|apply)|what|which|between|whether|if|where to|about)',
      '(it|everything) is (all)? planned (out)?',
      '(already)? (have|got) (it|everything) (all)? planned (out)?',
      '(my|the) plan (is)? (in place|ready|set)',
      'my date is (coming|set|close|soon)',
      '(have|got) everything (ready|prepared|in place|sorted)',
      '(picked|chose|chosen|set|picked out) (a|the) (date|day|spot|place|time)',
      '(ive|i have|i) (made|reached) my decision',
      '(ive|i have|i) decided (thats|that s|that is|its|it s) (the day|the night|when)',
    ],
  },

  // --- preparation (C-SSRS 6) ---------------------------------------------------------------
  {
    id: 'plan.not_coming_back',
    kind: 'plan',
    reason: 'going somewhere and not coming back (with despair)',
    needs: 'distress',
    lookalikes: ['moving'],
    weight: 0.8,
    patterns: [
      '(drive|driving|walk|walking|go|going|head|heading|swim|swimming) ~8 (and)? (im|i m|i am)? (not|never) (coming|come|going to come|gonna come) back',
      '(i know|ive figured out|i have figured out|ive worked out) exactly (how|what im doing|what i m doing|what i am doing)',
    ],
  },
  {
    id: 'prep.note',
    kind: 'preparation',
    reason: 'goodbye or suicide note',
    patterns: [
      '(wrote|writing|written|drafted|drafting|left|leaving|leave|finished|typed|recorded|recording) (a|my|the|some)? (suicide|last) (note|notes|letter|letters|message|messages|video|post)',
      'suicide (note|letter) (is )?(done|ready|written)',
      '(wrote|written|writing|drafted|left) (about|like|around|over)? (<num>|a few|some|several|a couple of|a couple|all (the|my)) suicide (notes|letters|messages|videos)',
    ],
  },
  {
    // A goodbye letter has an everyday reading when the writer is leaving a job (triage@31).
    id: 'prep.farewell_letter',
    kind: 'preparation',
    reason: 'goodbye or farewell letter',
    lookalikes: ['life_change'],
    patterns: [
      '(wrote|writing|written|drafted|drafting|left|leaving|leave|finished|typed|recorded|recording) (a|my|the|some)? (goodbye|farewell) (note|notes|letter|letters|message|messages|video|post)',
      'goodbye (note|letter) (is )?(done|ready|written)',
      '(wrote|written|writing|drafted|left) (about|like|around|over)? (<num>|a few|some|several|a couple of|a couple|all (the|my)) (good bye|goodbye|farewell) (notes|letters|messages|videos)',
      '(wrote|written|writing|drafted|left) (a|my|the|some)? good bye (note|notes|letter|letters)',
    ],
  },
  {
    id: 'prep.giving_away',
    kind: 'preparation',
    reason: 'giving possessions away',
    lookalikes: ['moving'],
    needs: 'distress',
    weight: 0.8,
    patterns: [
      '(giving|gave|given|give) away (all|most)? (of)? my (stuff|things|belongings|possessions|cat|dog|pets|clothes|games|books|money|savings|plants|valuables|favorite things)',
      '(giving|gave|given) (all|most) (of)? my (stuff|things|belongings|possessions) (away|to)',
      '(giving|gave|given|give) my (cat|dog|pets|bird|guitar|games|console|plants|books|bike|car|jewellery|jewelry|savings) to (my|our|the)? (neighbour|neighbor|sister|brother|mum|mom|mother|dad|father|cousin|friend|best friend|mate|roommate|flatmate|niece|nephew|grandma|nan|aunt|uncle)',
      '(who|someone) (should|will|can) (have|get|take) my (stuff|things|cat|dog|pets|belongings)',
      '(make sure|making sure) (my|the) (cat|dog|pets|kids) (will be|are|is) (taken care of|looked after|ok)',
    ],
  },
  {
    id: 'prep.affairs',
    kind: 'preparation',
    reason: 'settling affairs',
    needs: 'distress',
    weight: 0.75,
    patterns: [
      `(wrote|writing|made|making|updated|updating|finished) (my|a) (will|testament) ${NOT_EVERYDAY_WILL}`,
      '(settling|settled|sorting out|sorted out|putting|put|getting) (my)? (affairs|things in order|finances in order|affairs in order)',
      '(cancelled|canceled|cancelling) (my)? (subscriptions|plans|appointments) (because|since) (i|there)',
      '(tying|tied|tie) up (all)? (the|my)? loose ends',
    ],
  },
  {
    id: 'prep.affairs_context',
    kind: 'preparation',
    reason: 'closing accounts (after suicidal talk)',
    needs: 'suicide',
    weight: 0.6,
    patterns: ['(deleted|deleting|delete) (all)? (my)? (accounts|social media|socials|instagram)'],
  },
  {
    id: 'prep.acquired',
    kind: 'preparation',
    reason: 'acquired means',
    lookalikes: ['outdoor_gear', 'sport_shooting', 'care_dosing'],
    needs: 'distress',
    weight: 0.85,
    patterns: [
      '(bought|buying|purchased|ordered|got myself) (a|the|some|enough|extra)? (rope|pills|sleeping pills|razor blades|blades|charcoal|poison|helium|noose)',
      'got me (a|my) (rope|noose) (finally|today|yesterday|at last)?',
      '(have|got|ive got|i have) (enough|all the) (pills|meds|tablets|rope)',
    ],
  },
  {
    // A gun is no camping or hiking gear and no medicine: only shooting for sport or a toy sets it
    // aside ("Got me my revolver finally and heading up a remote hiking trail" was read as gear).
    id: 'prep.acquired_firearm',
    kind: 'preparation',
    reason: 'acquired a gun',
    lookalikes: ['sport_shooting'],
    needs: 'distress',
    weight: 0.85,
    patterns: [
      '(bought|buying|purchased|ordered|got myself) (a|the|some)? (gun|pistol|firearm|revolver|shotgun|handgun)',
      'got me (a|my) (gun|pistol|firearm|revolver|shotgun|handgun) (finally|today|yesterday|at last)?',
    ],
  },
  {
    // Said outright, these need no distress before them to count (unlike "giving my stuff away").
    id: 'prep.unambiguous',
    kind: 'preparation',
    reason: 'preparing for after death, said outright',
    lookalikes: ['moving'],
    weight: 0.85,
    patterns: [
      '(giving|gave|given|give) away (all)? (of)? my (stuff|things|belongings|possessions|favorite things) ~3 (wont|will not|won t|not gonna|not going to) (be)? (need|needing) (them|it|any of it|any of them|anything) (anymore|any more)? !(in|at|for|when|where|until|till|after|once|there|here|since|now|because|bc|cause|cuz|while|on)',
      '(goodbye|farewell) (letter|letters|note|notes) ~3 (for when|for after|after|once) (im|i am|i m) (gone|dead)',
      '(my|the) method (is|s) (ready|set|prepared|sorted|all set|in place)',
    ],
  },
  {
    id: 'prep.means_at_hand',
    kind: 'preparation',
    reason: 'has the means at hand (with distress)',
    needs: 'distress',
    lookalikes: ['outdoor_gear', 'sport_shooting', 'care_dosing'],
    weight: 0.8,
    patterns: [
      '(i have|ive got|i got|have|got|bought|buying|picked up|grabbed|ordered) (the|a) (rope|noose|gun|pills|tablets|razor blades|blades) (in|under|hidden|ready|stashed|in my|last week|today|yesterday|last night|this (morning|afternoon|evening|week))',
      '(the|my) (rope|noose|gun|pills|stash) (is|are|has been|have been|been) (in|under|hidden|ready|sitting)',
      '(got|get|getting|gotten) (my)? hands on (a|the|my|some|my (dads|dad s|fathers|moms|mom s|brothers|grandpas|grandads|uncles|roommates))? (gun|pistol|rifle|shotgun|rope|pills|tablets|sleeping pills|painkillers|blade|blades|razor|razor blades)',
      '(i have|ive got|i ve got|i got|got|have) (the|a|my) (rope|gun|pills|blade|blades|razor|tablets|noose) and (the|a|my|some) (rope|gun|pills|blade|blades|razor|tablets|bottle) (ready|hidden|stashed|sorted|set|here|with me)',
      '(hid|hiding|hidden|stashed|stashing) (the|my|some|a few|all (the|my)) (pills|meds|tablets|sleeping pills|painkillers) (in|under|behind|where|so)',
      '(bought|got|picked up) (the|all the) (stuff|things) (i|that i) (need|needed) !(for|to)',
      '(keeping|saving|hoarding|stashing|saved|kept) (them|my pills|my meds|my tablets|the pills|the meds) for (something|a reason|the right (time|moment|day)|when (im|i m|i am) ready|the end)',
      '(ive been|i have been|been) (practising|practicing|rehearsing) !(for|the|my|a|piano|guitar|driving|with|on|at|lines|every)',
      '(said|saying|say) (my)? (goodbyes|goodbye) ~6 (real goodbye|without them knowing|last one|last ones|the last)',
      '(a|the) real goodbye',
    ],
  },
  {
    id: 'prep.stockpile',
    kind: 'preparation',
    reason: 'stockpiling pills',
    patterns: [
      '(saving up|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed) (my|the|up|some)? (pills|meds|tablets|sleeping pills|painkillers)',
      '(saving|saved|hiding|hid) (my|up my) (pills|meds|tablets) (for|so|until)',
    ],
  },
  {
    id: 'prep.rehome',
    kind: 'preparation',
    reason: 'finding new homes for pets',
    needs: 'distress',
    lookalikes: ['moving'],
    weight: 0.75,
    patterns: [
      '(rehome|rehoming|re home|find a new home for|finding a new home for|finding homes for) (my|our) (pets|cat|dog|cats|dogs|animals)',
    ],
  },
  {
    id: 'prep.noose',
    kind: 'preparation',
    reason: 'preparing means',
    patterns: [
      '(tied|tying|made|making|set up|setting up|hung|hanging up) (a|the|my)? noose',
      '(into|in|as) a noose',
      '(the|my|a) noose (is)? (ready|up|tied)',
    ],
  },
  {
    id: 'prep.goodbye',
    kind: 'preparation',
    reason: 'saying goodbye',
    needs: 'distress',
    near: true,
    weight: 0.8,
    patterns: [
      `this is (my)? (goodbye|last message|final message|last post|final post) ${NOT_EVERYDAY_LAST}`,
      '(goodbye|bye|farewell) (forever|cruel world|for good|for the last time)',
      '(by the time|when) (you|anyone|someone|they|u) (read|reads|see|sees|find|finds) this (im|i am|ill|i will|i ll)? (be)? (gone|dead|not)',
      '(please)? forgive me (for what|for this|for leaving)',
    ],
  },
  {
    id: 'prep.if_found',
    kind: 'preparation',
    reason: 'a note for whoever finds it',
    near: true,
    weight: 0.85,
    patterns: [
      '(if|when) (anyone|someone|somebody) (finds|reads|sees) this ~3 (im sorry|i m sorry|sorry|i love|tell|please)',
      '(tell|let) (my|her|him|them|mum|mom|dad|mam|nan|gran) ~3 (it wasnt|it was not|it isnt|it is not) (her|his|their|your|anyones) fault !(we|that|i|for|the|about|when|if|they|he|she)',
      '(posted|sent|wrote|recorded) my (goodbye|goodbyes) !(to (the|my|our) (old|house|flat|team|job|school|colleagues))',
    ],
  },
  {
    id: 'prep.goodbye_gone',
    kind: 'preparation',
    reason: 'a goodbye message',
    near: true,
    patterns: [
      '(by the time|when) (you|anyone|someone|they|u) (read|reads|see|sees|find|finds) this ~2 (gone|dead|not (be)? (here|alive|around))',
    ],
  },
  {
    id: 'prep.goodbye_context',
    kind: 'preparation',
    reason: 'saying goodbye (after suicidal talk)',
    needs: 'suicide',
    near: true,
    weight: 0.75,
    patterns: [
      '(goodbye|bye|farewell) (world|everyone|all)',
      'this is the end',
      '(said|saying|say|sent) my (last|final)? goodbyes',
      '(i love you all|love you all|thank you for everything) ~2 (goodbye|bye|forgive me|im sorry|sorry)',
      '(my|the) (last|final) (night|day|meal|sunset|goodbye|words) !(of|at|in|before|on|for)',
      '(wrote|written|writing|finished|left|drafted|got) (my|the|a) (note|notes|letter|letters)',
      '(i have|ive got|i got|got|have) (what i need|everything i need|all i need) !(for|to)',
    ],
  },

  {
    id: 'prep.wont_need',
    kind: 'preparation',
    reason: "won't be needing things where they are going",
    patterns: [
      '(wont|will not|won t|not gonna|not going to|dont|do not) (be)? (need|needing) (it|them|this|that|these|those|any of it|any of this|any of them|my stuff|my things|anything) (where im going|where i am going|after (tonight|tomorrow|this week|im gone))',
      '(wont|will not|won t|not gonna|not going to) (be)? (need|needing) (it|them|any of it|any of this|any of them|my stuff|my things|anything) (anymore|any more|much longer) !(because|since|cause|cuz|bc)',
    ],
    needs: 'distress',
    lookalikes: ['moving'],
    weight: 0.8,
  },
  {
    // Giving one's things away and saying why in the same breath needs no distress before it.
    id: 'prep.giving_away_wont_need',
    kind: 'preparation',
    reason: "giving things away, won't need them",
    lookalikes: ['moving'],
    weight: 0.8,
    patterns: [
      '(giving|gave|give|given) (all|most)? (of)? my (stuff|things|belongings|possessions) (away)? ~6 (wont|will not|won t|not gonna|not going to) (be)? (need|needing) (it|them|any of it|any of them)',
    ],
  },
  {
    id: 'prep.wont_need_gone',
    kind: 'preparation',
    reason: "won't be needing things where they are going",
    patterns: [
      '(wont|will not|won t|not gonna|not going to) (be)? (need|needing) ~3 where (im|i am|i m) going',
      '(cancelled|canceled|cancelling|canceling) ~6 (wont|will not|won t|not gonna|not going to) (be)? (need|needing) (it|them|any of it|any of them|anything) !(because|since|cause|cuz|bc|until|till|for|while|after|when)',
    ],
    lookalikes: ['moving'],
  },
  {
    id: 'prep.after_gone',
    kind: 'preparation',
    reason: 'arranging things for after death',
    lookalikes: ['moving'],
    patterns: [
      '(letter|letters|note|notes|will|money|savings|passwords|instructions|debts|bills|stuff|things|funeral) ~6 (for when|after|once|when) (im|i am|i m) (gone|dead|no longer here|not here anymore|not around anymore)',
      '(so|that) (nobody|no one|noone|they|my family|my parents|my kids|my mom|my dad) ~6 (after|once|when) (im|i am|i m) (gone|dead)',
    ],
    weight: 0.8,
  },
  {
    id: 'prep.letters_family',
    kind: 'preparation',
    reason: 'writing letters to family (with distress)',
    needs: 'distress',
    weight: 0.75,
    patterns: [
      '(writing|wrote|written|started writing|finished writing|leaving|left) (letters|a letter|notes|a note|messages) (to|for) (each of)? (my|everyone|all my|the people i love|everyone i love) ~3 !(thank)',
      '(want|wanted|need|needed) (them|you|her|him|everyone|someone|somebody|my family|my mom|my dad) to know (it|this) (wasnt|isnt|was not|is not|wasn t|isn t) (their|your|his|her|anyones|anyone s) fault',
    ],
  },
  {
    id: 'prep.settling',
    kind: 'preparation',
    reason: 'settling affairs (with distress)',
    needs: 'distress',
    lookalikes: ['moving'],
    weight: 0.75,
    patterns: [
      '(tying|tied|tie) up (all|some|a few|any|the last)? (the|my)? loose ends',
      '(cancelled|canceled|cancelling|canceling|ended|ending) (my)? (lease|phone plan|phone contract|gym membership|memberships|subscriptions|all my subscriptions)',
      '(paid|paying|pay) off (all)? (of)? my (debts|debt|bills|loans|credit card)',
      `(updated|updating|changed|changing|finalized|finalised) (my)? (will|life insurance|beneficiaries|beneficiary) ${NOT_EVERYDAY_WILL}`,
      '(sorted|sorting|wrote down|writing down|left|leaving) (all)? (my|the) passwords (for|so)',
    ],
  },
  {
    id: 'prep.loose_ends_going',
    kind: 'preparation',
    reason: 'settling affairs before going',
    patterns: [
      'loose ends (before|so) (i|im) (go|leave|die|check out|am gone|gone)',
      '(settle|settling|sort out|sorting out|finish|finishing) (everything|my affairs|things) before (i|im) (go|die|check out|am gone|gone) !(to|on|for|abroad|away|back|home|out)',
    ],
  },
  {
    id: 'prep.pet_care',
    kind: 'preparation',
    reason: 'asking someone to look after a pet for good',
    needs: 'distress',
    weight: 0.75,
    patterns: [
      '(take care of|look after|feed|love) my (cat|dog|cats|dogs|pets|bunny|rabbit|hamster|bird|fish) (for me)? (forever|for good|from now on|when im gone|after im gone|ok|okay|please|for me)',
      '(promise|swear) (me)? (you will|youll|you ll|u will|ull) (take care of|look after) my (cat|dog|cats|dogs|pets|kids|mom)',
    ],
  },
  {
    id: 'prep.last_message',
    kind: 'preparation',
    reason: 'a last message',
    near: true,
    weight: 0.8,
    patterns: [
      `this (is|will be|ll be) (my)? (last|final) (message|msg|text|post|words|goodbye) ${NOT_EVERYDAY_LAST} !(from|this)`,
      '(last|final) (message|msg|text|post) (from me)? (ever|for good|forever)',
    ],
  },

  // --- attempts (C-SSRS 6) ------------------------------------------------------------------
  {
    id: 'attempt.tried',
    kind: 'attempt',
    reason: 'a suicide attempt',
    patterns: [
      `(tried|attempted|tryed|tried again) to (kill|end|off|unalive|hang|drown|shoot|poison) ${ME}`,
      `(tried|attempted|tryed|tried again) (ending|killing|offing|hanging|drowning) ${ME}`,
      '(tried|attempted|tryed|tried again) to (kms|commit|die|od|overdose|bleed out|jump)',
      `(tried|trying) to (swallow|take|down) ${LOTS} ${PILLS}`,
      `(tried|trying) to (swallow|take|down) ${COUNTED} ${PILLS} ${NOT_REGIMEN}`,
      '(failed|first|second|third|2nd|3rd|last|latest|recent|previous|another|multiple|several|<num>) (suicide)? (attempt|attempts) !(at|to|of)',
      '(i|ive|i have) (attempted|tried it) (again|last night|yesterday|this week|today|earlier|before)',
      '(tried|attempted|tryed) to (end|take) my (own)? life',
      '(tried|attempted|tryed) (suicide|to commit suicide|to end it all)',
      'suicide attempt',
      '(survived|woke up after|recovering from|hospitalized after|in hospital after|in the hospital after) (my|an|the) (suicide attempt|overdose|od)',
      '(i|ive|i have|i had) (overdosed|od d|oded|taken an overdose|took an overdose)',
      `(i|ive) (hung|hanged) ${ME}`,
      `(almost|nearly) (killed|hanged|hung|shot|drowned|overdosed|poisoned) ${ME}`,
      '(almost|nearly) (pulled the trigger|jumped off|took my (own)? life|ended my life)',
    ],
  },
  {
    id: 'attempt.recent',
    kind: 'attempt',
    reason: 'a recent suicide attempt',
    patterns: [
      '(tried|attempted|tryed|tried again) to end it !(with|between|for|early|there|here|on)',
      '(since|after|before|from) my (last|latest|recent|first|second|third|most recent|suicide)? attempt !(at|to|of|on)',
      '(i|ive|i have) attempted !(to|the|a|an|it|this|that|my|some|every|his|her|their|our|your|one|many|several|both|each|all|any|these|those|what|how|hard|again later)',
    ],
  },
  {
    id: 'attempt.context',
    kind: 'attempt',
    reason: 'an attempt (after suicidal talk)',
    needs: 'suicide',
    patterns: ['(my|last|recent|second|third|failed) attempt', '(tried|attempted) (it|again)'],
  },
  {
    id: 'attempt.now',
    kind: 'attempt_now',
    reason: 'an attempt happening now',
    lookalikes: ['accident', 'recreational', 'pain_relief', 'as_prescribed'],
    patterns: [
      `(i|ive|i have|just|already|i just|i already) (took|taken|swallowed|downed|had) ${LOTS} ${PILLS}`,
      `(i|ive|i have|just|already|i just|i already) (took|taken|swallowed|downed) ${COUNTED} ${PILLS} ${NOT_REGIMEN}`,
      `(i|ive|i just|just|already) (took|swallowed|taken) (all|every one of) (my|the) (pills|tablets|sleeping pills|painkillers)`,
      '(rope|noose|belt) (is)? (around|round|on) my neck',
      '(gun|pistol) (is)? (to my head|in my mouth)',
      '(slit|slashed) my (wrists|wrist|throat)',
      '(drank|swallowed|drinking|ate|took) (some|a bottle of|a cup of|a glass of)? (bleach|poison|antifreeze|rat poison|pesticide|drain cleaner|weed killer|windshield (wiper)? fluid)',
      '(took|swallowed|taken) (every|all the|all my) (medication|medications|meds|pills|pill) (i have|i had|with my name|in the house|in the cabinet|i could find)',
      '(i|ive|i have|just|i just) (took|swallowed|taken|downed|drank) (a|an)? (huge|large|massive|whole|entire|shit|big)? (amount|load|lot|bunch|handful|shitload|ton|bottle|pack|box) of',
      // An amount by weight, taken over a fight or regretted at once: "took 500mg of my
      // tramadol because of a family fight", "took 400mg of them and now i regret it".
      '(took|swallowed|taken|downed) <dose> ~6 (due to|because of|cause of|bc of|cuz of|over|after) (a|the|my|our|another)? (huge|big|bad|massive|horrible)? (family)? (fight|argument|row|breakup|break up)',
      '(took|swallowed|taken|downed) <dose> ~4 (and|but)? (now)? (i)? (regret|regretting|instantly regret|immediately regret|already regret) (it|this|that|taking)',
    ],
  },
  {
    id: 'attempt.now_context',
    kind: 'attempt_now',
    reason: 'an attempt happening now (after distress)',
    needs: 'distress',
    lookalikes: ['sightseeing', 'sport_heights'],
    patterns: [
      '(standing|sitting|im standing|im sitting|i am standing|i am on|im on|im at|i am at) (on|at)? (the|a) (edge|ledge|bridge|roof|rooftop|tracks|railway|train tracks|cliff|balcony railing|top of the building)',
      '(gun|pistol) (is)? (in my hand|loaded)',
    ],
  },
  {
    id: 'attempt.now_pills',
    kind: 'attempt_now',
    reason: 'took pills (with distress)',
    needs: 'distress',
    lookalikes: ['care_dosing', 'recreational', 'pain_relief'],
    weight: 0.8,
    patterns: [
      '(just)? (took|swallowed|drank|popped|downed) (some|a few|a couple of)? (pills|tablets|meds) (and|hoping|so|to)',
      '(hoping|hope) (it|this) (will|does|is|works|do) (do the trick|the end|work|kill me)',
      `(sleep|sleeping) it off ~3 (hoping|hope) (this|it) (is|will be) the end`,
      // An amount by weight said after distress ("took 500mg of tramadol"): a dose is named
      // when someone has taken more than they should.
      `(took|swallowed|popped|downed|taken) <dose> (of)? (my|the|her|his)? ${PILLS}`,
    ],
  },
  {
    id: 'attempt.now_suicidal',
    kind: 'attempt_now',
    reason: 'an attempt happening now (after suicidal talk)',
    needs: 'suicide',
    // "took something for this migraine, waiting for it to kick in": medicine as meant.
    lookalikes: ['care_dosing'],
    patterns: [
      '(its|it is|it s) (already)? (done|too late|happening)',
      '(doing it|about to do it|going to do it|gonna do it) (now|right now|rn|tonight)',
      '(started|starting) (to feel|feeling) (sleepy|dizzy|numb|weird) (from|after) (the|my) (pills|meds)',
      '(already)? (took|swallowed|taken) them all',
      '(need|want) (this|it) to work',
      '(just)? waiting (now|to die|for it to (work|kick in))',
    ],
  },

  {
    id: 'attempt.now_took',
    kind: 'attempt_now',
    reason: 'took pills or everything a short while ago (with distress)',
    needs: 'distress',
    lookalikes: ['care_dosing', 'recreational'],
    weight: 0.85,
    patterns: [
      '(i|i just|just|ive|i have|already)? (took|taken|swallowed|tkn|tk) (the|my|all the|some|those|these)? (pills|tablets|meds|cachets) (about|like|maybe|around)? (<num>|an|a|half an|one|two|twenty|thirty|forty|fifteen|ten) (minutes|mins|min|hour|hours|hrs|hr)? ago',
      '(i|ive|i have|just) (took|taken|swallowed) everything !(off|out|from|with|to|in|back|apart|home|personally|seriously|i|into|on)',
      '(took|taken|swallowed|mixed) (the|my|some)? (pills|tablets|meds|xanax|sleeping pills) (with|and) (vodka|alcohol|wine|booze|whiskey|beer|drink)',
    ],
  },
  {
    id: 'medical.now',
    kind: 'medical',
    reason: 'a medical emergency now',
    lookalikes: ['panic'],
    patterns: [
      '(heart|chest) ~8 (took|taken|did|done|had|drank) (way)? too (much|many)',
      '(heart|heartbeat|pulse) (wont|won t|will not|cant|can t) (slow down|stop racing|calm down)',
      '(i|and i)? (keep|keeps) (passing out|blacking out)',
      '(breathing|breath) (feels|is|has gone|getting) (so|really|very)? (slow|shallow)',
      '(blood|bleeding) (is)? (soaking|pouring|gushing|everywhere|through everything|wont stop)',
    ],
  },
  {
    id: 'attempt.now_place_now',
    kind: 'attempt_now',
    reason: 'at a height or on the tracks right now',
    lookalikes: ['sightseeing', 'sport_heights'],
    patterns: [
      `${I_AM} (on|at|standing on|sitting on) (the|a|this) (bridge|ledge|roof|rooftop|edge|railing|tracks|cliff|cliffs|train line) (right now|now|rn) ~8 (want|wanted|someone|somebody|to know|goodbye|bye|sorry|scared|cold|cant|done)`,
    ],
  },
  {
    id: 'attempt.now_car',
    kind: 'attempt_now',
    reason: 'in a car with the engine running in a garage',
    patterns: [
      '(in|inside) (the|my|a) (car|truck|van) ~4 (engine|motor) (running|on) ~3 garage !(to (warm|heat|charge|cool)|warming|while|so (it|the)|because)',
      '(garage) (door)? ~4 (engine|motor|car) (running|on)',
    ],
  },
  {
    id: 'attempt.now_place',
    kind: 'attempt_now',
    reason: 'at a height now (with distress)',
    needs: 'distress',
    lookalikes: ['sightseeing', 'sport_heights'],
    patterns: [
      '(up here|out here|standing here|sitting here) on (the|this|a) (ledge|bridge|roof|rooftop|edge|railing|cliff)',
      `(im|i am|i m|standing|sitting) (on|at) (the|this|a) (ledge|railing|edge of the (roof|bridge|building|cliff)) (now|right now|rn)?`,
    ],
  },
  {
    id: 'attempt.now_overdose_signs',
    kind: 'overdose',
    reason: 'took something and is losing consciousness',
    lookalikes: ['panic'],
    patterns: [
      '(mixed|mixing) ~8 (cant|can t|cannot|struggling to|hard to|barely) (stay awake|keep my eyes open|breathe|feel my (hands|legs|face|body))',
      '(took|taken|swallowed|downed|popped) (everything|all|too many|too much|way too many|way too much|so many|a bunch|a lot|a handful|handfuls|loads|a ton|the whole|all of them|all of it) ~8 (cant|can t|cannot|struggling to|hard to|barely) (stay awake|keep my eyes open|breathe|feel my (hands|legs|face|body))',
      '(took|taken|swallowed|popped|downed) (too many|way too many|too much|way too much) ~6 (heart|chest|breathe|breathing|throwing up|vomiting|shaking|dizzy|stay awake|see straight|passing out|pass out)',
      '(cant|can t|cannot) (stay awake|keep my eyes open) ~6 (after|since) (i)? (took|taking|mixed|mixing|swallowed|the pills|the meds)',
    ],
  },
  {
    id: 'attempt.now_bleeding',
    kind: 'medical',
    reason: 'bleeding that will not stop',
    lookalikes: ['accident'],
    patterns: [
      '(it|this|the cut|my (arm|wrist|wrists|leg|thigh)) (wont|won t|will not|doesnt|does not|isnt|is not) (stop|stopping) bleeding',
      'bleeding ~4 (so|really|very)? (dizzy|lightheaded|light headed|faint|pale|cold)',
    ],
  },

  // --- timelines ----------------------------------------------------------------------------
  {
    id: 'time.near',
    kind: 'timeline',
    reason: 'a near time',
    near: true,
    patterns: [
      '(tonight|tonite|2nite|2night|to night|tn)',
      '(right now|rn|right away|today|this (evening|afternoon|morning|weekend|week|friday|saturday|sunday|monday))',
      'tomorrow (night|morning)?',
      '(in|within) (a|an|one|two|a few|a couple|the next|<num>) (hour|hours|hrs|minutes|mins|min)',
      '(when|after|once) (everyone|everybody|they|my parents|my wife|my husband|the kids|my roommate|my family|mom|dad) (is|are|goes|go|falls|fall|leave|leaves|gets|get) (asleep|to sleep|to bed|out|home|away)?',
      '(before|by) (morning|sunrise|midnight|the weekend|friday|saturday|sunday|dawn)',
      'on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
      // an hour, not an age or a score ("debt free at 60")
      'at (midnight|<hour> am|<hour> pm|<hour>)',
      '(later|soon) (today|tonight)',
    ],
  },
  {
    id: 'time.later',
    kind: 'timeline',
    reason: 'a time',
    patterns: [
      'next (week|month|year|summer|winter|spring|fall|semester)',
      'on my birthday',
      '(after|before) (the|my) (exams|exam|funeral|wedding|holidays|christmas|graduation|birthday|semester|trip)',
      '(by|at) the end of (the|this) (month|year|semester|summer|term|school year)',
      '(once|when|after) (my|the)? (exams|finals|semester|term|school year|funeral|wedding|holidays|trial) (are|is)? (done|over|finished)',
      '(in|within) (a|two|a few|a couple|<num>) (weeks|months)',
      '(new year|new years|christmas|thanksgiving)',
      'soon',
    ],
  },

  // --- distress (context for means questions and emoji) -------------------------------------
  {
    id: 'distress.hopeless',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(hopeless|hopelessness|worthless|useless|pointless|empty inside|numb inside|no hope|lost all hope|no future|no way out|trapped|unbearable|agony|in so much pain|cant cope|can t cope|falling apart|broken inside)',
      `(cant|can t|cannot|can not|couldnt) (take|do|handle|bear|stand) (it|this|this life|life|anything) (anymore|any more|any longer|much longer)`,
      `(cant|can t|cannot) (go on|keep going|keep doing this|live like this|carry on)`,
      '(nothing|life) (matters|is pointless|means anything) (anymore)?',
      '(im|i am) (a)? (burden|failure|mistake|waste of space|waste of oxygen|disappointment)',
      '(everyone|everybody) (hates|would hate|is better|left) me',
      '(no one|nobody|noone) (cares|would care|loves me|would miss me|would notice|understands)',
      '(hate|hating) (myself|my life|being alive|existing)',
      '(giving|gave|given) up on (life|everything|myself|living)',
      '(i|ive|im) (just)? (give|gave|given|giving) up',
      '(im|i am|i m) (so|just|honestly)? done',
      '(im|i am|i m) (so)? (exhausted|tired|sick) (of|with) (everything|life|it all|living|this|trying|fighting|being me)',
      '(im|i am) (such)? a burden',
      '(lost|losing) (my (job|home|house|wife|husband|partner|kids|children|mom|dad|mother|father|best friend|everything|apartment)|everything)',
      '(got|been|was|just got) (fired|laid off|dumped|kicked out|evicted|expelled|rejected)',
      '(laid off|broke up with me|left me|cheated on me|divorce|divorcing|bankrupt|foreclosure|homeless|failed (my|all my|the) (exams|exam|classes|class))',
      '(so|really|very|completely|totally|all) alone',
      '(what|whats) the point',
      '(ruined|destroyed|wrecked) my (life|future)',
      '(bullied|harassed) (every day|at school|online|again)',
      '(miserable|desperate|in despair|devastated)',
      '(cant|can t|cannot) live like this',
      'end of the line',
      '(tired|exhausted|sick|worn out) of (fighting|trying|struggling|pretending|hurting|everything|it all|the pain|being alive|this life) !(to|with|for|over|about|against|on|in|at)',
      '(have|got|ive got|there is|theres) nothing left (to live for|for me|in me|to give)?',
      '(cant|can t|cannot) do this (anymore|any more|any longer)',
      '(no one|nobody|noone) (would|will) even (notice|care|miss me)',
      '(everyone|everybody|they|my family) (would|will|d) (all)? be better off !(with|if i (stay|stayed|get|got))',
      '(im|i am|i m) (really|so|honestly|just)? not (ok|okay|doing (ok|okay|well|good)) !(with|about|at)',
      '(really|so|badly|seriously) struggling',
      '(nothing|no one|nobody|noone) (keeping|to keep|left to keep) me (here|going|alive)',
      '(tired|exhausted|sick) of (all of it|all this|everything|it all) !(to|with|for|over|about)',
      '(feel|feeling|felt) like a (ghost|burden|failure|waste)',
      '(failed|fail) at (that|this|everything) (too|as well)',
      '(scared|afraid) of myself',
      '(dont|do not|don t|cant) trust myself',
      '(still|i) (dont|don t|do not) want to be (here|alive)',
      '(running out of|no more|out of) reasons (not to|to (live|stay|keep going))',
      '(im|i am|i m) (so)? (tired|exhausted|done|broken) (and|of) (everything|fighting|trying|this)',
      '(i|ive|i have) (made|found) (my)? peace with (it|this|my decision)',
      '(just)? (wanted|want|needed) (someone|somebody|anyone|one person) to know',
      '(dont|don t|do not) know why (im|i am|i m) (texting|typing|writing|telling|posting|saying) (this|you|anyone|it)',
      'maybe this was a mistake',
      '(im|i m|i am)? sorry (for everything|everyone|for being a burden|for all of this)',
    ],
  },

  // --- self-harm ----------------------------------------------------------------------------
  {
    id: 'self_harm.act',
    kind: 'self_harm',
    reason: 'self-injury',
    lookalikes: ['accident', 'grooming'],
    patterns: [
      `(cut|cutting|cuts|cutted|burn|burning|burned|burnt|hurt|hurting|harm|harming|hit|hitting|punch|punching|scratch|scratching|bite|biting|carve|carving|carved|bruise|bruising|punish|punishing) ${ME}`,
      '(cut|cutting|slicing|scratching|burning|carving) (my|into my) (arms|arm|wrists|wrist|legs|leg|thighs|thigh|skin|stomach|hips|hip|body)',
      '(blade|razor|razors|blades|lighter|scissors) (to|on|into|against) my (skin|arm|arms|wrist|wrists|thigh|thighs|leg|legs)',
      '(fresh|bleeding) (cuts|wounds|burns)',
      '(scratch|scratching|scratched|pick|picking|picked|bite|biting|hit|hitting|punch|punching) (at)? (myself|my (arms|arm|skin|legs|leg|wrists|wrist|face|thighs|thigh|hands|hand|stomach|body|chest|neck)) (until|till|til|untill) (they|it|i|my skin) (bleed|bleeds|bled|bruise|bruises|bruised)',
      '(hide|hiding|cover|covering) (my|the) (cuts|scars|marks|burns|wounds)',
      '(cuts|marks|burns) on my (arms|arm|wrists|wrist|legs|leg|thighs|thigh|stomach|hips|body)',
      'selfharm*',
    ],
  },
  {
    id: 'self_harm.named',
    kind: 'self_harm',
    reason: 'self-harm named',
    who: 'any',
    patterns: [
      'self (harm|harming|harmed|harms|injury|injuring|injure|injured|mutilation|mutilate|mutilating)',
      '(sh|s h) (urges|urge|again|relapse|scars|wounds|cuts|free|clean)',
      '(relapsed|relapse|relapsing) (on|with|into)? (self harm|sh|cutting|burning)',
      'cutting (again|tonight|every day|every night)',
      '(started|start|began) cutting',
    ],
  },
  {
    id: 'self_harm.urge',
    kind: 'self_harm',
    reason: 'urge to self-harm',
    patterns: [
      `${WANT} (to)? (cut !(back|down|costs|carbs|calories|sugar|ties|class|classes|school|corners|loose|out|in|the|my hair|my nails|my losses|him|her|them|it|off|through|someone|people|a deal|up|my bangs|bangs|hair|dairy|gluten|meat|alcohol|caffeine)|self harm|sh|hurt ${ME}|burn ${ME}|harm ${ME}|cut ${ME}|bleed)`,
      '(urge|urges|craving|cravings|impulse|impulses) (to)? (cut|self harm|sh|hurt myself|burn myself|harm myself)',
    ],
  },
  {
    id: 'self_harm.medical',
    kind: 'self_harm_medical',
    reason: 'self-injury with medical danger',
    lookalikes: ['accident'],
    patterns: [
      '(need|needs|needed|might need|probably need|should get|should i get|i think i need) (stitches|stiches|stitch)',
      '(cut|cuts|cutting|went) too deep',
      '(cut|went|gone) deeper than (i meant|i meant to|i wanted|i wanted to|usual|ever|before|normal)',
      '(cut|cuts) (really|so|very) deep (this time|tonight|and)',
      '(deep|gaping) (cut|cuts|wound|wounds|gash)',
      '(see|seeing|i can see) (bone|the bone|tendon|the fat layer)',
      '(cuts|cut|wounds|burns|wound) (got|are|is|have got|look|looks|getting) infected',
    ],
  },

  // --- harm to others -----------------------------------------------------------------------
  {
    id: 'others.intent',
    kind: 'harm_intent',
    reason: 'intent to hurt someone',
    patterns: [
      `(want|wanna|going|gonna|plan|planning|about|ready|decided) to (kill|hurt|stab|shoot|attack|strangle|beat up|murder|poison|run over|choke|smother) (him|her|them|someone|somebody|people|everyone|everybody|${PERSON}|that (guy|girl|bitch|bastard|man|woman|kid)|my (ex|boss|stepdad|stepmom|neighbor|neighbour))`,
      // "I'll kill you if you spoil the finale": a trivial condition makes it banter.
      `(ill|i will|${I_AM} (going to|gonna)) (kill|hurt|stab|shoot|murder|strangle|beat) (him|her|them|you|${PERSON}|someone|everyone) !(if (you|u|he|she|they) (spoil|spoils|eat|eats|forget|forgets|finish|finishes|drink|drinks|borrow|borrows|wear|wears|are late|is late|dont (text|call|reply)))`,
      '(bring|bringing|take|taking|brought) (a|my|the|dads|my dads)? (gun|guns|weapon|weapons) to (school|work|class|the office|church)',
      '(bring|bringing|take|taking|brought) (a|my)? (knife|knives) to school',
      'shoot up (the|my|a)? (school|office|place|mall|church|party|class)',
      `(kill|murder|stab|shoot) (him|her|them|${PERSON}) (tonight|tomorrow|today|when)`,
    ],
  },
  {
    id: 'others.intent_more',
    kind: 'harm_intent',
    reason: 'intent to hurt someone',
    patterns: [
      `(going|gonna|goin) (round|over|to go round|to go over) (there|to his|to hers|to theirs) to (smash|beat|hurt|kill|stab|batter|sort)`,
      `(${I_AM} (going to|gonna)|ill|i will) (smash (his|her|their) (face|head)|beat the (shit|hell|crap) out of|torch|burn down|set fire to|make (him|her|them) pay !(for (the|a|my|our|their|it|dinner|lunch|drinks|pizza)|back|rent|half|their share|up)|hurt (the|that))`,
      `(${I_AM} (going to|gonna)|ill|i will|when ~4) (bring|bringing) (a|my)? (knife|gun|bat|weapon)`,
      '(hes|shes|he is|she is|they are|theyre) not (walking|getting) away (with it)? this time',
      `${I_AM} (bringing|taking) (a|my) (knife|gun|weapon|bat) !(to (cut|slice|the (picnic|party|bbq|camping|kitchen))|for (the|cutting|camping|the kitchen))`,
      '(going to|gonna) (torch|burn down|set fire to|smash up) (his|her|their|my exs|my ex s|my ex)',
      '(and|to) make (him|her|them) pay !(for (the|a|my|our|their|it|dinner|lunch|drinks|pizza)|back|rent|half|their share|up)',
      `(scared|afraid|terrified) (ill|i will|i ll|i might|i could) (actually)? (do it|hurt (him|her|them))`,
      `(urges|urge|thoughts) to (hurt|kill|stab|strangle) ${PERSON} ~8 (scared|afraid|actually do it)`,
    ],
  },
  {
    id: 'others.thoughts',
    kind: 'harm_thoughts',
    reason: 'thoughts of hurting someone',
    patterns: [
      `(thoughts|thought|urges|urge|fantasies|fantasize|fantasizing|thinking|images|intrusive thoughts) (of|about|to) (hurting|harming|killing|stabbing|hitting|strangling|drowning|shaking|smothering|hurt|harm|kill) (someone|somebody|people|others|him|her|them|my baby|my child|my kid|my son|my daughter|my wife|my husband|${PERSON}|a stranger|strangers)`,
      '(scared|afraid|terrified) (that|i) (might|will|could) (hurt|harm|kill) (someone|my baby|my child|my kid|him|her|them|my son|my daughter)',
      '(want|wanna) to (hurt|punch|hit) (someone|somebody|people|everyone)',
      `(make|making) (him|her|them|${PERSON}) pay (for this|for what)`,
    ],
  },

  // --- abuse --------------------------------------------------------------------------------
  {
    id: 'abuse.violence',
    kind: 'abuse',
    lookalikes: ['play_and_sport', 'protecting'],
    reason: 'being abused',
    patterns: [
      `(he|she|they|${PERSON}|my (bf|gf|stepdad|stepfather|stepmom|stepmother|mum|mom|dad|ex|uncle|carer|caregiver|coach|pastor|priest|landlord)) (hits|hit|beats|beat|chokes|choked|strangles|strangled|kicks|kicked|slaps|slapped|punches|punched|shoves|shoved|rapes|raped|molests|molested|touches|touched|forces|forced|locks|locked|threatens|threatened|hurts|abuses|abused|grabbed|grabs|beats up|beat up|throws things at|threw things at|spits on|drags|dragged|bruised|strangle|choke) me !(up|with|deeply|so much|emotionally|heart|back to|on the (shoulder|arm|back|hand))`,
      '(threatens|threatened|threatening|threaten) to (kill|hurt|beat|hit|stab|shoot) me',
      '(threatens|threatened|threatening|threaten) to take (the|my) (kids|children|baby)',
      '(afraid|scared|terrified|frightened) (to go|of going|to be|to get|of being) (home|back home|at home|alone with (him|her|them))',
      '(not|dont feel|don t feel|never feel) safe (at home|in my (home|house)|with (him|her|them|my (husband|wife|partner|boyfriend|girlfriend|dad|mom|stepdad|parents)))',
      '(domestic|family|intimate partner) (violence|abuse)',
      '(sexually|physically|emotionally|verbally)? (abused|abusing|abuses|molested|raped|assaulted|groomed|grooming|molesting) me',
      '(is|was|being|so|gets|getting) (abusive|violent) (to|towards|with)? me',
      `(${PERSON}|he|she) (is|s|was|has been|can be|gets) (abusive|violent)`,
      '(wont|doesnt|does not|won t|never lets) (let)? me (see my friends|see my family|have money|have my own money|talk to anyone|leave the house|leave (him|her)|eat)',
      '(controls|takes all|took all|keeps|took away) my (money|paycheck|passport|documents|id)',
      '(tracks|monitors|reads) my (location|phone|messages) (all the time|constantly|everywhere|every day)',
      '(makes|made|forces|forced|pressures|pressured) me (to)? (do|have|send) (sex|sexual things|things i dont want|nudes|pics|pictures)',
      '(threatening|threatens|threatened) to (share|post|leak|send|spread) (my)? (nudes|pics|photos|pictures|videos)',
      '(bruises|marks) (he|she|they) (left|gave me)',
      '(he|she) (said|says) (he|she) (will|would|ll) (kill|hurt) me',
    ],
  },
  {
    id: 'abuse.more',
    kind: 'abuse',
    lookalikes: ['play_and_sport', 'protecting'],
    reason: 'being abused, threatened or exploited',
    patterns: [
      `(he|she|${PERSON}|my (uncle|stepdad|stepfather|coach|teacher|brother|cousin|tutor|mums boyfriend|moms boyfriend)) (touches|touched|keeps touching|grabs|feels) me (when|at night|and|down there|where|every|inappropriately|in)`,
      '(asking|asked|asks|keeps asking|wants) me for (pics|photos|pictures) !(of (the|my|our|his|her|their|your|us)|from)',
      '(asking|asked|asks|keeps asking|wants) (me)? for (nudes|naked pics|naked pictures|naked photos)',
      '(send|post|share|show|leak) (the)? (ones|pics|photos|nudes|pictures) ~6 (if i (dont|don t|do not|wont)|unless i)',
      '(makes|made|forces|forced) me (to)? do (stuff|things) (i dont|i don t|i do not|that i dont) (want|like)',
      '(our|a) (special time|little secret)',
      `(he|she|${PERSON}|my (uncle|stepdad|stepfather|coach|teacher|brother|cousin|tutor|mums boyfriend|moms boyfriend|mom s boyfriend|mum s boyfriend)) (comes|came|keeps coming) (into|in) my (room|bed) (at night|when|and)`,
      '(if i tell|if i told) (anyone|anybody|someone|my (mom|mum|dad|parents|teacher)) ~6 (hurt|hit|beat|send|post|kicked)',
      `(punched|kicked|slapped|choked|strangled|smacked|shoved|burned|burnt) me (in the|last night|again|so hard|until|yesterday|today|with)`,
      '(throwing|threw|throws) (stuff|things|plates|a plate|a pan|bottles) at (me|my (mum|mom|mother))',
      '(havent|haven t|have not) (fed|been feeding) me',
      '(he|she|they) (said|says|threatened) (hes|shes|he is|she is|he was|she was|theyre|they are)? (going to|gonna) (kill|hurt|beat) (me|my (little|baby)? (sister|brother|mum|mom))',
      '(she|he|they) (will|ll|would) hit me (again)?',
    ],
  },
  {
    id: 'abuse.now',
    kind: 'abuse_now',
    reason: 'abuse happening now',
    patterns: [
      '(hes|shes|theyre|he is|she is|they are) (hitting|beating|choking|hurting|attacking|strangling|coming (for|after) me|trying to (get in|break in|break the door)|breaking (down)? the door|banging on the door)',
      '(hiding|hid|locked myself) from (him|her|them)',
      '(hiding|hid|locked myself) in (the|my) (bathroom|closet|room) (from|because|so) (he|she|him|her|they)',
      '(he|she) (grabbed|pulled|is holding|is waving|pointed) a (knife|gun|weapon)',
      '(he|she|they) (just)? (hit|beat|choked|strangled|attacked|stabbed) me (again)? (just now|right now|tonight|minutes ago|a minute ago)',
      '(banging|pounding|hammering|kicking) on (the|my) ~2 door',
      '(break|breaking|kick|kicking) (the|my) door (down|in)',
    ],
  },

  {
    id: 'abuse.hit_with',
    kind: 'abuse',
    reason: 'being hit with an object',
    patterns: [
      `(he|she|they|${PERSON}|my (bf|gf|stepdad|stepfather|stepmom|stepmother|mum|mom|dad|uncle|aunt|carer|coach|teacher)) (hits|hit|beats|beat|whips|whipped|smacks|smacked|hitting|beating) me with (a|the|his|her|their|my)? (belt|stick|cord|cable|wire|hanger|shoe|slipper|spoon|wooden spoon|fist|fists|bat|ruler|whip|paddle|whatever|pan|bottle|plate|phone|remote|chair|lamp)`,
    ],
  },
  {
    id: 'abuse.grooming',
    kind: 'abuse',
    reason: 'secrecy demanded by an adult (grooming sign)',
    patterns: [
      `(he|she|${PERSON}|my (coach|teacher|tutor|uncle|stepdad|stepfather|pastor|priest|neighbor|neighbour|babysitter|mom s boyfriend|moms boyfriend)) (says|said|tells me|told me|keeps saying) ~3 (our (little)? secret|not to tell (anyone|anybody|my (parents|mom|dad|mum)))`,
      '(he|she|they) (says|said|tells me|told me) (i|we) (cant|can t|cannot|shouldnt|mustnt|must not) tell (anyone|anybody|my (parents|mom|dad|mum)) (about us|about what we do|what happens|what he does|what she does)',
      '(asks|asked|keeps asking|wants|wanted) me (to)? (send|for) (him|her)? (nudes|naked pics|naked pictures|pics of my body|photos of my body)',
      'my (coach|teacher|tutor|uncle|stepdad|stepfather|pastor|priest|neighbor|neighbour|babysitter|moms boyfriend|mom s boyfriend) ~2 (asks|asked|keeps asking|is asking|wants|wanted|pressures|pressuring|keeps pressuring) me (to)? (send|for) (him|her)? (pictures|pics|photos|selfies) !(of (the|my|our|your|his|her) (homework|project|work|assignment|essay|notes|worksheet|team|class|drawing|drawings|art|dog|cat|garden|car))',
    ],
  },

  // --- psychosis ----------------------------------------------------------------------------
  {
    id: 'psychosis.voices',
    kind: 'psychosis',
    reason: 'hearing voices',
    patterns: [
      '(hear|hearing|heard) (voices|things that arent there|people talking when no one is there)',
      '(the)? voices (are)? (in my head|telling me|tell me|told me|keep telling me|say|saying|wont stop|talk to me|talking to me|comment on|whisper)',
      'voices (that)? (no one|nobody|noone) else (can)? (hear|hears)',
      '(the)? voices (got|get|are getting|getting|keep getting|have gotten|ve gotten) (louder|worse|meaner)',
      '(seeing|see|saw) (things|people|shadows|figures|faces) (that)? (arent|are not|aren t|werent|nobody else|no one else)',
    ],
  },
  {
    id: 'psychosis.command',
    kind: 'command_hallucination',
    reason: 'voices telling the writer to hurt or kill',
    patterns: [
      '(the voices|voices|the voice|a voice|demons|the devil|satan) (is|are)? (telling|tell|told|tells|commanding|command|ordering|order|want|wants|keep telling|keeps telling) me (to)? (kill|hurt|harm|cut|jump|die|end|stab|attack|do bad things|burn)',
      '(god|something) (is)? (telling|told|tells|commanding|commands) me to (kill|hurt|harm|jump|die|stab|attack)',
      '(the voices|voices|the voice|a voice) (say|says|said|are saying|keep saying|tell me|are telling me|told me) (that)? (i|im) (should|need to|have to|must|gotta|got to|am supposed to) ~2 (jump|hurt|kill|harm|cut|die|stop (taking|eating)|stab|starve|burn)',
    ],
  },
  {
    id: 'psychosis.persecution',
    kind: 'psychosis',
    reason: 'persecutory or delusional beliefs',
    patterns: [
      '(they|theyre|the government|the cia|the fbi|the police|my neighbours|my neighbors|someone|people|everyone|my family|the doctors|aliens) (are|is)? (watching|following|tracking|spying on|monitoring|controlling|poisoning|reading|after|plotting against|out to get|hacking|recording) (me|my (mind|thoughts|brain|food|phone)) !(like|lol|haha|on (instagram|insta|ig|twitter|tiktok|x|social media|spotify|twitch|youtube|here))',
      '(implant|implants|chip|chips|microchip|camera|cameras|tracker|trackers|device|transmitter|bug) (in|inside|into) my (head|brain|teeth|body|skin|tooth|ear|food)',
      '(putting|inserting|planting) thoughts (into|in) my (head|mind|brain)',
      // "you're reading my mind" is an idiom; reading someone's thoughts is not.
      '(controlling|stealing|broadcasting) my (thoughts|mind)',
      'reading my thoughts',
      '(tv|television|radio|the news|songs|ads|billboards|the internet) (is|are)? (talking|sending (me)? (messages|signals)|speaking|sending coded messages) (to|about) me',
      'secret (messages|signals|codes) (for|to|meant for) me',
      '(replaced|replaced by) (an)? (impostor|imposter|impostors|clone|clones|robot|robots)',
      '(my)? (food|water|meds) (is|are|has been) (being)? poisoned',
    ],
  },
  {
    id: 'psychosis.risk',
    kind: 'psychosis_risk',
    reason: 'acting on delusional fears',
    patterns: [
      '(have to|must|need to|going to) (protect|defend) myself (from|against) (them|him|her|the government|my neighbors|my neighbours)',
      '(bought|got|carrying|carry|keep) a (knife|weapon|gun) (to protect myself|for protection|because they)',
      '(stopped|quit|stop|throwing away|threw away) (taking)? (my)? (meds|medication|antipsychotics|pills) (because|since) (they|it|the)',
    ],
  },

  // --- mania --------------------------------------------------------------------------------
  {
    id: 'mania.sleep',
    kind: 'mania_sleep',
    reason: 'going without sleep',
    patterns: [
      '(havent|have not|haven t|didnt|did not|not|barely) (slept|sleep|been sleeping|gone to bed) (in|for) (days|<num> days|two days|three days|four days|five days|a week|<num> nights|ages)',
      '(dont|do not|don t) (need|feel the need) (to)? sleep',
      'no need (for|to) sleep',
      '(only|barely) (slept|sleeping|sleep) (<num>|one|two|three) (hours|hour|hrs) (in|for|over) (days|<num> days|a week|the last few days)',
      'up for (<num>|two|three|four|five) (days|nights) (straight)?',
      'sleep is (a waste|for the weak|overrated)',
    ],
  },
  {
    id: 'mania.sign',
    kind: 'mania_sign',
    reason: 'grandiosity or racing thoughts',
    patterns: [
      '(im|i am|i m|feel|feeling) (like)? (invincible|unstoppable|a genius|the chosen one|god|a god|on top of the world|limitless|superhuman|destined for greatness|the messiah|untouchable)',
      'god (chose|has chosen|picked|sent) me',
      '(i have|ive got|i ve got|i got) (special|super|magic) (powers|abilities)',
      '(figured out|solved|cracked|understand) (the universe|everything|the meaning of life|the code|the secret)',
      '(billion|million) dollar (idea|ideas|plan)',
      '(my)? thoughts (are)? (racing|going (so|really)? fast|wont stop|won t slow down|jumping everywhere)',
      '(talking|talk|talked) (so|really|too)? fast (that)? (people|nobody|no one|everyone)',
      '(so much|tons of|endless|unlimited|crazy) energy',
      '(started|starting) (<num>|three|four|five|ten|so many) (projects|businesses|companies|books)',
    ],
  },
  {
    id: 'mania.risk',
    kind: 'mania_risk',
    reason: 'risky spending or plans',
    patterns: [
      '(spent|spend|spending|blew|blown|maxed out|max out|maxing out|emptied|emptying) (all|all of)? (my|our)? (savings|credit cards|credit card|rent money|life savings|paycheck|inheritance|retirement|college fund)',
      '(quit|quitting|quitted) my job (to|and) (start|become|move|travel|follow)',
      '(invested|investing|put) (all|everything|my savings|all my money) (in|into) (crypto|bitcoin|stocks|a startup|a business|lottery)',
      '(driving|drove) (at|over) <num> (mph|kmh|km h|kph)',
      '(driving|drove) like a maniac',
      '(sleeping|slept|hooking up|hooked up) with (strangers|multiple people|random people|so many people)',
      '(bought|booked|buying) (a|two|three)? (car|cars|house|boat|plane tickets|plane ticket|flight) (on a whim|today|this morning|without telling)',
    ],
  },

  // --- eating disorders ---------------------------------------------------------------------
  {
    id: 'eating.restriction',
    kind: 'eating_disorder',
    reason: 'restriction or body-weight preoccupation',
    patterns: [
      '(counting|count|track|tracking) (every)? (calorie|calories|cals|bite)',
      '(skip|skipping|skipped) (meals|breakfast and lunch|every meal|all my meals|eating)',
      '(afraid|scared|terrified) (of|to) (eat|eating|gain|gaining|getting fat|food|weight gain)',
      '(pro ana|proana|pro mia|promia|thinspo|thinspiration|meanspo|bonespo|ana coach|edtwt)',
      '(feel|felt|feeling) (so)? (guilty|disgusting|gross) (after|for|about) eating',
      '(binge|binged|binging|bingeing) !(watch*|read*|drink*|drank|listen*|play*|the|on netflix|series|show|shows)',
      '(hate|disgusted by|disgusting|cant stand) (my body|how i look|my weight|my thighs|my stomach|my fat)',
      '(need|have|has|must) to (lose|drop) (weight|<num> (pounds|lbs|kg|kilos)) (before|by|fast)',
      '(ate|eat|eating) (only|just) (an apple|one meal|a salad|<num> (calories|cals)|water)',
      '(fasting|fasted) (for)? (<num>|two|three|four|five) days',
      '(weigh|weighing) myself (every day|several times|<num> times)',
      'eating disorder',
      '(anorexi*|bulimi*|orthorexi*)',
    ],
  },
  {
    id: 'eating.severe',
    kind: 'eating_disorder_severe',
    reason: 'purging or severe restriction',
    patterns: [
      `(make|made|making|forcing|force|forced) ${ME} (throw up|sick|vomit|puke|purge)`,
      // A meal after "throw up after": after a rollercoaster, a party or a ferry it is not purging.
      '(throw|throwing|threw) up (after|straight after|right after) (every|each)? (meal|meals|eating|i eat|i ate|dinner|dinners|lunch|lunches|breakfast|food|snack|snacks)',
      '(throw|throwing|threw) up (every time i eat|what i eat|everything i eat)',
      '(purge|purged|purging|purges)',
      '(taking|took|take|abusing|use|using) (laxatives|diuretics|diet pills) (to lose|so i|after (eating|meals|i eat|every meal)|every day|to get rid)',
      '(havent|haven t|have not|didnt|did not|not) (eaten|eat|ate) (anything)? (in|for) (days|<num> days|a week|two days|three days|four days)',
      '(under|below|less than|only) <num> (cal|cals|calories|kcal) (a|per|each) day',
      '(eat|eating|ate) (nothing|barely anything) (for|in) (days|a week)',
      '(exercise|exercising|run|running|working out) (until|till) (i|im) (faint|pass out|collapse|throw up)',
      '(fainted|fainting|passed out|blacked out) (from|because of|because) (not eating|hunger|starving|i didnt eat)',
      `(starve|starving|starved) ${ME}`,
    ],
  },

  // --- substance use ------------------------------------------------------------------------
  {
    id: 'substance.use',
    kind: 'substance',
    reason: 'harmful substance use',
    patterns: [
      '(cant|can t|cannot) stop (drinking|using|smoking|taking pills|doing drugs)',
      '(relapsed|relapsing) (on|with)? (alcohol|drinking|drugs|heroin|meth|pills|opioids|coke)?',
      '(using|drinking|smoking) again',
      '(withdrawal|withdrawals|withdrawing|detoxing|dope sick|dopesick|the shakes|dts|delirium tremens)',
      '(drink|drinking|drank) (every day|every night|all day|a bottle|a fifth|a whole bottle|until i black out|to cope|to forget|to numb|to sleep|alone every|in the morning|before work)',
      '(blacked out|blackout|black out) (again|every|drunk)',
      '(addicted|addiction) to (alcohol|pills|opioids|heroin|meth|coke|cocaine|xanax|painkillers|benzos|fentanyl|drugs)',
      '(using|use|shooting|snorting|smoking|injecting) (heroin|meth|fentanyl|crack|cocaine|coke|opioids|oxy|dope|ice)',
      '(mixed|mixing|mix) (xanax|benzos|pills|opioids|painkillers|sleeping pills) (and|with) (alcohol|booze|drinking|vodka|wine|beer)',
      '(binge|binged|bingeing|binging) (drinking|drank|drink)',
      '(need|needed) a (drink|hit|fix) (to|just to) (function|get through|start|sleep|stop shaking)',
      '(im|i am|been|getting|got) (high|drunk|wasted|stoned|smashed) (every day|all the time|again|every night)',
      '(sober|clean) (for)? (<num>|two|three) (days|weeks) and (relapsed|used|drank)',
    ],
  },

  // --- medical emergencies ------------------------------------------------------------------
  {
    id: 'medical.overdose',
    kind: 'overdose',
    reason: 'overdose now',
    who: 'any',
    lookalikes: ['as_prescribed'],
    patterns: [
      `(took|taken|swallowed|downed|had|ate|popped) ${LOTS} ${PILLS}`,
      `(took|taken|swallowed|downed|popped) ${COUNTED} ${PILLS} ${NOT_REGIMEN}`,
      '(took|taken|swallowed) (all|every one of) (my|the) (pills|tablets|sleeping pills|painkillers)',
      '(i|ive|i just|just|i think i) (overdosed|od d|oded|odd|took an overdose)',
      '(overdosing|od ing|oding) (right now|rn|now)',
      `(overdid it|overdone it|went overboard|went too far|overdid) (on|with) (my|the|his|her|those|these)? ${PILLS}`,
      // a double dose counts with alcohol or symptoms beside it; alone it is a question for a
      // pharmacist
      `(took|taken|had|swallowed) (double|triple|twice|three times|four times) (my|the|his|her)? (usual|normal|prescribed|daily)? (dose|dosage|amount of (my|his|her|the)? ${PILLS}) ~8 (passing out|pass out|fainting|dizzy|cant breathe|can t breathe|throwing up|vomiting|shaking|heart racing|heart is racing|chest|confused|cant stay awake|can t stay awake|beers|beer|alcohol|vodka|wine|drinks|drinking|whisky|booze)`,
      '(drank|swallowed|ingested|took|drinking) (bleach|poison|antifreeze|rat poison|pesticide|drain cleaner|weed killer)',
    ],
  },
  {
    id: 'medical.symptoms',
    kind: 'medical',
    reason: 'medical emergency now',
    who: 'any',
    lookalikes: ['panic'],
    patterns: [
      '(chest pain|chest pains|crushing chest|heart attack|having a stroke)',
      '(cant|can t|cannot|struggling to|hard to) breathe',
      '(not|isnt|is not|stopped|isn t) breathing',
      // Someone else not waking up; a bare "not waking up" is also the passive wish
      // ("wouldn't mind not waking up"), which is C-SSRS 1, not an emergency.
      '(isnt|is not|hes not|shes not|theyre not|s not|are not|re not|arent|aren t|wont|won t) waking up',
      '(unconscious|unresponsive|wont wake up|won t wake up|passed out and|blue lips|lips are blue|turning blue|foaming at the mouth|seizure|seizing|convulsing)',
      '(cant|can t|cannot) wake (him|her|them|my (mom|dad|friend|brother|sister|son|daughter|partner|husband|wife)) up',
      '(bleeding|blood) (wont|won t|will not|doesnt|does not|isnt) stop',
      '(cant|can t|cannot) stop (the)? bleeding',
      '(losing|lost) (a lot of|so much)? blood',
      'bleeding (a lot|heavily|badly|everywhere|out)',
      // triage@30: breathing that is failing, blood brought up, a collapse after something taken, a
      // spiked drink
      '(barely|hardly) (breathing|responsive)',
      `${THEY} (is|s|was|seems|looks)? (barely|hardly) conscious`,
      '(vomiting|throwing up|puking|coughing up|spitting up|threw up|puked|coughed up) (up)? (blood|blood clots)',
      'blood in (my|the) (vomit|puke|sick)',
      '(collapsed|keeled over|went limp) (after|from) ~4 (pills|meds|drinking|drugs|taking|mixing|lines|coke|something|xanax|benzos|oxys|vodka|whisky|wine)',
      '(drink|drinks) (was|were|got|has been|had been|must have been) spiked',
      '(spiked|drugged) (my|her|his|their) drink',
      '(i think|pretty sure|im sure) (i|she|he) (was|got|ve been|has been|s been) (drugged|roofied)',
    ],
  },

  // --- someone else -------------------------------------------------------------------------
  {
    id: 'other.worry',
    kind: 'third_party_worry',
    reason: 'worried about someone',
    patterns: [
      `(worried|worry|scared|concerned|afraid|freaking out|terrified) (about|for) ${PERSON}`,
      `${PERSON} (has been|is|seems|seemed|s been|s) (really|so|very)? (depressed|withdrawn|not (himself|herself|themselves)|isolating|not eating|struggling|not ok|not okay)`,
      `${PERSON} (has been|seems|seemed|s been) (really|so|very)? (down|distant|off)`,
      `how (can|do|should|could) i help (${PERSON}|him|her|them|a friend|someone who)`,
    ],
  },
  {
    id: 'other.warning',
    kind: 'third_party_warning',
    reason: 'someone else shows warning signs',
    patterns: [
      `${THEY} (keeps|kept|has been|is|s been|been|was)? (talking|talks|talked|saying|says|said|posting|posts|posted|joking|jokes|joked|writing|wrote|texting|texted|mentioning|mentioned) (about|that)? ~2 (dying|death|suicide|killing (himself|herself|themselves)|wanting to die|not being here|being better off dead|disappearing|ending it|ending (his|her|their) life|not wanting to live|kms)`,
      `${THEY} (wants|want|wanted|wanna|wishes|wish) to (die|be dead|kill ${THEMSELF}|end (it|it all|${THEMSELF})|not be here|not wake up|not exist)`,
      `${THEY} (wants|want|wanted|wanna|wishes|wish) to (just)? (disappear|vanish) ${NOT_A_TRIP}`,
      `${THEY} (doesnt|does not|dont|don t) want to (live|be alive|be here) (anymore)?`,
      `${THEY} (is|s|are|seems|seem|sounds|has been) (suicidal|self harming|cutting)`,
      `${THEY} (self harms|cuts (himself|herself|themselves)|has been cutting|started cutting|is hurting (himself|herself|themselves)|burns (himself|herself))`,
      `(threatening|threatened|threatens|keeps threatening) (to)? (kill|hurt|end) ${THEMSELF}`,
      `(kill|end) ${THEMSELF}`,
      '(hurting|harming|cutting) (himself|herself|themselves|themself)',
    ],
  },
  {
    id: 'other.plan',
    kind: 'third_party_plan',
    reason: 'someone else shows a plan or preparation',
    patterns: [
      `(sent|texted|posted|wrote|left|messaged) (me|us|everyone)? (a|his|her|their|this)? (goodbye|farewell|suicide|weird goodbye) (message|text|note|letter|post|video|messages|texts)`,
      `${THEY} (tried|attempted|tried again) to (kill|end|hang|drown|poison) ${THEMSELF}`,
      `${THEY} (tried|attempted) (suicide|to commit suicide)`,
      `${THEY} (is|s|are) (planning|going) to (kill|end|hang) ${THEMSELF}`,
      // A plan said bare ("she has a plan and she's picked a day"); a plan *to* or *for*
      // something is everyday ("has a plan for the weekend", "a plan to redo the kitchen")
      // unless it names dying.
      `${THEY} (has|made|have|got|s got|has got|has made) a plan !(to|for|with|about|on|at|in|b4|before|this|next|that|where|when|so|but|though|b)`,
      `${THEY} (has|made|have|got|s got|has got|has made) a plan (to|for) (kill|killing|end|ending|die|dying|hurt|hurting|hang|hanging|do it|doing it|go through|going through|how to|when to|suicide)`,
      '(texted|messaged|called|told|sent) (me|us|everyone|the group chat) ~4 (this is goodbye|saying goodbye|to say goodbye|a goodbye|goodbye forever)',
    ],
  },
  {
    // Things given away or bought have everyday reasons said beside them ("because he's moving",
    // "for his climbing course"); the other signs of a plan do not.
    id: 'other.plan_things',
    kind: 'third_party_plan',
    reason: 'someone else gives things away or gets a means',
    scopes: ['negated', 'hypothetical', 'quoted', 'past', 'figurative', 'everyday'],
    lookalikes: ['moving', 'life_change', 'outdoor_gear', 'sport_shooting', 'hanging_things'],
    patterns: [
      `${THEY} (gave|giving|is giving|has been giving|gives) (away)? (all)? (his|her|their) (stuff|things|belongings|possessions|pets|games|clothes|cat|dog)`,
      // Not "a date": "has a date tonight with a guy from hinge" is no plan.
      // A plan is `other.plan`'s: it is no thing bought.
      `${THEY} (has|have|s got|bought|got|is buying|has been buying|ordered|is saving|has been saving) (a)? (gun|rope|noose|pills)`,
    ],
  },
  {
    id: 'other.plan_more',
    kind: 'third_party_plan',
    reason: 'someone else shows a plan or preparation',
    patterns: [
      `${THEY} (keeps|kept|has been|is|s been)? (saying|says|said) (that)? (nobody|no one|noone) (would|will) (miss|notice) (him|her|them)`,
      `${THEY} (has been|s been|is|keeps|kept)? (giving|gave) away (his|her|their) (stuff|things|tools|clothes|guitar|games|belongings|jewellery|jewelry)`,
      '(posted|sent|texted|wrote) ~3 (goodbye|farewell) ~8 (not (answering|picking up|replying)|deleted it|offline|wont answer)',
      '(texted|messaged|wrote|sent) me ~2 (goodbye|thanks for everything|thank you for everything)',
      '(found|saw) a (note|letter) (in|on) (his|her|their) (room|desk|bed|phone) (saying|that said|about) (sorry|goodbye)',
      '(put|putting|sorted|sorting) (his|her|their) (affairs|things) (in order|out)',
    ],
  },
  {
    // A goodbye and then silence is preparation (`high`, bench/triage/LABELLING.md), not an
    // attempt known to be under way.
    id: 'other.goodbye_unreachable',
    kind: 'third_party_plan',
    reason: "someone else said goodbye and can't be reached",
    patterns: [
      '(goodbye|bye forever|farewell|sorry for everything|thanks for everything|thank you for everything|love you all|take care of (mum|mom|dad|the kids|my cat|my dog|yourself for me)) ~8 (wont|isnt|is not|not|doesnt|stopped|cant get (him|her|them) to) (pick up|picking up|answer|answering|reply|replying|respond|responding)',
      '(goodbye|bye forever|farewell|sorry for everything|thanks for everything|thank you for everything|love you all) ~8 (turned|switched) (his|her|their) (phone|location) off',
      '(goodbye|bye forever|farewell|sorry for everything|thanks for everything|thank you for everything|love you all) ~8 (phone|calls) (is|s|are|keeps)? (off|going (straight)? to voicemail)',
    ],
  },
  {
    id: 'other.now',
    kind: 'third_party_now',
    reason: "someone else's attempt or overdose now",
    lookalikes: ['as_prescribed'],
    patterns: [
      `${THEY} (took|swallowed|has taken|just took) ${LOTS} ${PILLS}`,
      `${THEY} (took|swallowed|has taken|just took) ${COUNTED} ${PILLS} ${NOT_REGIMEN}`,
      `${THEY} (overdosed|od d|oded|is overdosing|took an overdose|has overdosed|drank bleach|swallowed bleach)`,
      `${THEY} (odd|od ed|overdosed again)`,
      `${THEY} (is|s|are) (on|at|standing on) (the|a) (bridge|roof|ledge|edge|tracks|railing)`,
      `${THEY} (is|s|isnt|is not|isn t|are|arent|was) (unconscious|unresponsive|not breathing|passed out|bleeding badly|not waking up|turning blue)`,
      `(cant|can t|cannot) wake (him|her|them|${PERSON}) up`,
      `${THEY} (just)? (cut|slit) (his|her|their) (wrists|wrist|throat)`,
      `${THEY} (is|s) (doing it|trying to kill ${THEMSELF}) (now|right now)`,
      `${THEY} (hung|hanged|is hanging) ${THEMSELF}`,
      '(hes|shes|theyre|he s|she s) (on|at|standing on|sitting on|up on) (the|a) (bridge|roof|ledge|edge|tracks|railing|rooftop)',
      '(texted|messaged|called|told|sent) (me|us) ~6 (on|at) (the|a) (bridge|roof|ledge|tracks|railing|rooftop) ~6 (goodbye|last message|sorry|love you)',
    ],
  },
  // --- Crisis breadth (issue 3): oblique means and lethality questions, preparation described
  // sideways, farewell notes. Oblique cues need distress; two vouch for each other.
  {
    id: 'distress.breadth',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(so)? (tired|sick) of being (everyones|everybodys|a|the) (burden|problem|mess)',
      '(crying|cried|been crying) (since|all|for) (noon|morning|hours|days|the whole day|all day|all night)',
      '(so|just|honestly)? (fcking|fucking|fkn|effing) done',
      '(cant|can t) keep pretending (im|i am|i m) (ok|okay|fine)',
      '(idk|i dont know|i don t know|dunno) why (im|i m|i am) (even)? (typing|writing|posting|telling (u|you|anyone))',
      '(im|i m|i am) (so)? tired of existing',
      '(nobody|no one|noone) (has|will have) to (clean up|deal with) my (mess|stuff|shit)',
    ],
  },
  {
    id: 'lethality.breadth',
    kind: 'lethality_seeking',
    reason: 'asking whether a way of dying hurts or is quick (after distress)',
    needs: 'distress',
    lookalikes: ['info_seeking'],
    patterns: [
      '(would|will|does|is) it (hurt|be quick|be painful|quick|painful) (or|or would it|or will it|or is it|or does it) (be)? (quick|fast|hurt|painless)',
      '(quickest|fastest|easiest|simplest) way to (go|leave|not wake up) (without|and not) (feeling|feel|noticing|it hurting)',
      'how long (does|would|will) it take (to work|to kick in|before it works) if (you|u|i|someone) (take|took|swallow|swallowed) (everything|all of it|the whole|all the|all my)',
    ],
  },
  {
    id: 'means.breadth',
    kind: 'means_seeking',
    reason: 'asking about heights or access (after distress)',
    lookalikes: ['sightseeing', 'sport_heights'],
    patterns: [
      'how (high|tall) (is|are)? the (parking garage|car park|overpass|bridge|building|tower|roof) (on|at|by|near|in)',
      '(which|what) (part|side|section|bit) of the ~3 (bridge|overpass|roof|building|car park|parking garage|cliff) ~3 (no|without a|doesnt have a|has no) (fence|fences|barrier|barriers|railing|net|nets)',
    ],
  },
  {
    id: 'method.platform',
    kind: 'method',
    reason: 'a method in mind',
    lookalikes: ['accident'],
    patterns: [
      '(how easy|so easy|easy) (it would be)? to (just)? (step off|jump off|fall off|step in front of) (the|a) (platform|ledge|edge|roof|bridge|train)',
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
      '(put|left|wrote down) (all)? my (passwords|bank passwords|pins|bank details|logins) (in|on|for) ~3 (envelope|note|paper|desk|mum|mom|dad|sister|brother)',
      '(cancelled|canceled|closed) (my|the) (phone contract|phone plan|lease|gym membership|accounts|subscriptions)',
      '(everything s|everythings|everything is) in order (so|for when|before)',
      '(scheduled|schedule|set up) (the|an|a) (email|emails|message|messages|post) (for|to go out)',
      '(it ll|itll|it will) (all)? be over before (anyone|anybody|they) (notices|notice|finds out|find out|realizes)',
      '(picked|chose|decided) who gets my',
      '(wrote|left) a note for (each|all|every one) of (them|you)',
      '(if|when) (anyone|someone|somebody) finds this',
      'the (cats|cat s|dogs|dog s) food is',
      'thank (u|you) (all|guys|everyone) for putting up (w|with) me',
      '(already)? told (my|her|him) ~3 (she|he|they) can (keep|have) my',
    ],
  },
  {
    id: 'plan.the_night',
    kind: 'plan',
    reason: 'the night is named (with distress or another sign)',
    needs: 'distress',
    near: true,
    lookalikes: ['life_change'],
    patterns: ['(tonights|tonight s|tonight is|today is|todays|today s) the (night|day) !(of|for)'],
  },
  {
    id: 'attempt.now_swallowed',
    kind: 'attempt_now',
    reason: 'took everything just now (with distress)',
    needs: 'distress',
    lookalikes: ['care_dosing'],
    patterns: [
      '(already|just) (swallowed|took|taken|downed) (them all|all of them|all of it|everything|the whole (bottle|box|pack|packet|strip))',
    ],
  },
  {
    id: 'intent.breadth',
    kind: 'intent',
    reason: 'intent to act, said plainly',
    patterns: [
      '(no one|nobody|noone) (can|could|will|is gonna|is going to) talk me out of (it|this)',
      '(im|i m|i am) (finna|fixing to|gonna|going to) end it (all)? (tn|tonight|tonite|today)',
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
      '(thank u|thank you|thanks) (all|guys|everyone|everybody)? for (everything|putting up)',
      // Thanking the helper for the talks, and wishing them well, after distress.
      '(thank u|thank you|thanks|cheers) (for|4) (listening|listening to me|being there|being here|all the (chats|talks|nights|help)|all these (nights|chats|talks|months)|always being there)',
      'take care of (urselves|yourselves|urself|yourself|each other|mum|mom|my)',
      'look after (urselves|yourselves|urself|yourself|each other)',
      '(this is|this s|thats) the last (thing|post|message|time) (ill|i ll|i will|im gonna|i m going to) (post|write|say|send)',
    ],
  },
  {
    id: 'prep.acquired_denied',
    kind: 'preparation',
    reason: 'acquired means, and not for the everyday use',
    patterns: [
      '(bought|got|picked up|ordered) (the|a|some)? (rope|pills|poison|gun) ~5 (its|it s|and its|and it s|and) not for (camping|climbing|the garden|a project|work|the boat)',
    ],
  },
  {
    // Calm after a decision is a warning sign, not relief: it counts with distress or another sign.
    id: 'intent.calm_after_decision',
    kind: 'intent',
    reason: 'calm since deciding (with distress)',
    needs: 'distress',
    patterns: [
      '(feel|feeling|felt|im|i m|i am) (weirdly|strangely|oddly|so|really|kind of|kinda|actually)? (calm|peaceful|at peace) (about it|since (then|i decided|i picked|i chose)|now that (i ve|ive|i have) decided)',
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
      '(its|it s|and its|and it s|but its|but it s) not for (camping|climbing|the garden|a project|work|the boat|the dog|moving)',
    ],
  },
  // --- Crisis breadth, third pass: farewell-note markers, cover stories, concealment, scouting
  // a place, "on purpose", "for when I'm not around".
  {
    id: 'distress.breadth_more',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(exhausted|tired|sick) of being alive',
      '(alone|lonely) since ~3 (passed|died|left|went)',
      '(dont|don t|do not) see the (use|point) in (waiting|going on|carrying on|staying)',
      '(cant|can t) keep fighting',
      '(since|after) the funeral',
      '(nothing|no one|nobody) left for me here',
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
      '(if|when) (ur|you re|youre|you are|u r|anyone is|someone is) reading this',
      '(it wasnt|it wasn t|it was not|its not|it s not|none of this is|none of this was) (ur|your|anyones|anyone s) fault',
      '(for when|once|after) (im|i m|i am) not (around|here) (anymore|any more)',
      // A message left for loved ones: "tell my mum I love her".
      '(tell|let) (my|me) (mum|mom|mam|ma|dad|da|sister|brother|kids|wife|husband|nan|gran|family|girl|boy) ~2 (i love (her|him|them|u|you)|i m sorry|im sorry|i loved (her|him|them))',
    ],
  },
  {
    id: 'prep.concealment',
    kind: 'preparation',
    reason: 'making sure nobody finds out or comes (with distress or another sign)',
    needs: 'distress',
    weight: 0.8,
    patterns: [
      '(nobody|no one|noone) (will|would|is going to|s gonna) (think to look|look|find me|know|come looking) (there|for me)?',
      '(wanted|want) no loose (threads|ends)',
    ],
  },
  {
    id: 'prep.oblique_more',
    kind: 'preparation',
    reason: 'settling affairs (with distress or another sign)',
    needs: 'distress',
    lookalikes: ['moving'],
    weight: 0.8,
    patterns: [
      '(returned|gave back) (everything|all the stuff|all the things) (i|id|i d) (ever)? borrowed',
      '(my|the) (pension|savings|insurance|house|flat) (goes|go|will go) to (my)? (niece|nephew|daughter|son|sister|brother|kids)',
      '(changed|updated|signed) the (paperwork|beneficiary|insurance)',
      '(booked|got|rented) a (motel|hotel) room ~8 (pills|meds|tablets)',
      '(recorded|made|filmed) (a|some)? (video|videos|message|messages) for (each of)? my (kids|children|son|daughter|family)',
      '(getting|get|got|take|taking) ~4 (gun|revolver|pistol|rifle|shotgun) (out of|from) (the)? (attic|safe|cabinet|closet|basement)',
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
      '(sunday|monday|tuesday|wednesday|thursday|friday|saturday|tomorrow|tonight) (is it|it ends|it all ends|is the day)',
      '(im|i m|i am) following (him|her|them) !(on|to|home|around|out)',
    ],
  },
  {
    id: 'means.scouting',
    kind: 'means_seeking',
    reason: 'looking for a place (after distress)',
    lookalikes: ['sightseeing'],
    patterns: [
      '(looking for|found|find) (a|the) (quiet)? (spot|place) ~5 (where)? (nobody|no one|noone) (goes|would find|comes|will find)',
      '(would|will|is) a fall from (my|the|a) ~2 (balcony|roof|window|bridge|building) (be)? enough',
    ],
  },
  {
    id: 'attempt.now_on_purpose',
    kind: 'attempt_now',
    reason: 'took too many on purpose',
    patterns: [
      `(took|swallowed|taken|had) (way|far)? (too many|all|a lot) ~3 ${PILLS} ~3 on purpose`,
    ],
  },
  {
    id: 'intent.end_things',
    kind: 'intent',
    reason: 'intent to act, said plainly',
    patterns: [
      '(end|ending) things (properly|for real|for good|for good this time) !(with|between)',
    ],
  },
  // --- Crisis breadth, fourth pass (tuned on fresh batch C): warning signs said sideways.
  {
    id: 'intent.no_longer_a_bother',
    kind: 'intent',
    reason: 'says they will not be a bother much longer (with distress)',
    needs: 'distress',
    patterns: [
      '(wont|won t|will not|im not gonna|i m not going to) (be)? (bothering|bother|burdening|be a burden to|be a problem for) (anyone|you|u|you all|anybody|everyone) (after|past|much longer|anymore|any more|for long)',
      '(you|u|yall|you all|they) (wont|won t) have to (worry about|deal with|put up with) me (anymore|any more|much longer|after)',
    ],
  },
  {
    id: 'intent.ready_to_go',
    kind: 'intent',
    reason: 'ready to go (with distress)',
    needs: 'distress',
    patterns: [
      '(im|i m|i am) (ready|prepared) to go !(to|out|home|back|for|with|on|in|at|shopping|again|now|over|through|there|and)',
    ],
  },
  {
    id: 'intent.stopped_meds',
    kind: 'intent',
    reason: 'stopped needed medication on purpose (with distress)',
    needs: 'distress',
    patterns: [
      '(stopped|quit|stop) taking my ~3 (meds|pills|medication|insulin|heart pills|heart meds|blood pressure pills) ~3 on purpose',
    ],
  },
  {
    id: 'plan.nobody_around',
    kind: 'plan',
    reason: 'a time when nobody will be around to stop it (with distress)',
    needs: 'distress',
    patterns: [
      '(nobody|no one|noone) (around|home|here|there) to (walk in on me|stop me|find me|interrupt)',
    ],
  },
  {
    id: 'lethality.knows_which',
    kind: 'lethality_seeking',
    reason: 'knows which means would work (with distress)',
    needs: 'distress',
    lookalikes: ['care_dosing'],
    patterns: [
      '(i)? (know|knew) (exactly)? (which|what) (meds|pills|drugs|medication|medications) (would|could|will) (do it|work|be enough|do the job)',
    ],
  },
  {
    id: 'method.calling',
    kind: 'method',
    reason: 'a place or means that keeps pulling (with distress)',
    needs: 'distress',
    lookalikes: ['sightseeing'],
    patterns: [
      '(the)? (tracks|rails|bridge|river|sea|cliff|train line) ~3 (keep)? (calling|call) (me|my name)',
    ],
  },
  {
    id: 'distress.said_more',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(sorry|apologies) for being (such)? a (burden|problem|mess|pain)',
      '(cant|can t|cannot) (keep|go on) living like this',
      'tired of carrying (this|it|all this|everything)',
      'no (family|friends|one) (here|left)',
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
      '(he|she|they|u|you) can (have|keep) (all)? my (skins|stuff|things|account|games|clothes)',
      '(wont|won t|will not) be (playing|online|on here|around|here) (anymore|any more)',
      '(wrote down|left a list of|made a list of) who (should|to|needs to) (be)? (call|called|contact|contacted|tell|told)',
      'cleaned my (service)? (pistol|gun|revolver)',
    ],
  },
  // --- Wordings of real posts (the kinds the C-SSRS Reddit CSV showed the rules missing) -----
  {
    id: 'method.by_means',
    kind: 'method',
    reason: 'a way of dying named for it',
    patterns: [
      `(kill|killing|end|ending|take|taking|off|offing) (${ME}|my life|my own life|it all) (by|with|through|via|using) (overdosing|an overdose|overdose|od|oding|pills|hanging|jumping|a gun|my gun|gun|shooting|drowning|cutting|slitting|the train|a train|poison)`,
      'suicide (by|via) (cop|train|overdose|hanging|jumping|gun|drowning|pills)',
    ],
  },
  {
    id: 'attempt.aborted_context',
    kind: 'attempt',
    reason: 'started to act and stopped (after suicidal talk)',
    needs: 'suicide',
    patterns: [
      '(backed out|chickened out|bailed|pulled back|stopped myself) (at the)? (last minute|last second|last moment)',
      '(while|when|as) (i was|im|i am) (going through with it|doing it)',
    ],
  },
  {
    id: 'intent.try_again',
    kind: 'intent',
    reason: 'wanting to try again (after suicidal talk)',
    needs: 'suicide',
    patterns: [
      '(want|wanna|going|gonna|will|ill|plan|planning|need|have) (to)? try (it)? again !(later|tomorrow|next|with|at|for|on)',
    ],
  },
  {
    id: 'intent.so_i_can',
    kind: 'intent',
    reason: 'acting so as to be able to kill oneself',
    patterns: [
      `(so|so that|just so) (i|i can|i could) (finally)? (kill ${ME}|end my life|end it all|commit suicide|off ${ME}|unalive ${ME})`,
    ],
  },
  {
    id: 'plan.act_with_time',
    kind: 'plan',
    reason: 'a means and a time',
    lookalikes: ['sport_heights'],
    patterns: [
      `(jump|jumping|jumpin) (off|from) ~3 ${HEIGHTS} (tmr|tmrw|tomorrow|tonight|tonite|2nite|today|this weekend|in the morning|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))`,
    ],
  },
];

export const EN: Lexicon = { lang: 'en', rules };
