/**
 * SAFE-i step 4: output checks on the upstream reply before the person sees it. Each check is a
 * catalogue analyser (`src/analyzers`) run on the one reply, or a requirement of the protocol
 * (emergency first, crisis resources, professional support) that the reply may be missing. Every
 * failure carries spans into the reply and the analyser's reason, so the decision to amend or
 * replace can be explained and audited.
 *
 * Which harm checks run depends on who the reply is for, so a good reply is not failed for words
 * that are only harmful to someone else ("a brilliant idea" is collusion only with mania):
 * - always: claims to be human or licensed, dependency-fostering, stigma, diagnosis, medication
 *   instructions, means content and unsafe messaging — cheap (about 0.1 ms together on a
 *   1,000-character reply), so a turn at no risk pays almost nothing;
 * - psychosis: collusion with the delusion, help escaping imagined persecutors;
 * - mania: collusion with the plan, practical help carrying it out;
 * - OCD reassurance-seeking: collusion with the compulsion, the certainty it seeks;
 * - eating disorder: help with restriction, purging, weight loss or hiding it;
 * - whatever the protocol forbids besides.
 * A condition counts when the triage, the detected conditions or the protocol name it, or when
 * the person's own recent words hint at it (`readRisk`): the checks are the last line before the
 * person and must not depend on the triage alone.
 *
 * Severity says what may follow: `critical` and `major` harms mean the reply cannot stand
 * (`amendReply` returns nothing, the pipeline replaces it); a `major` missing element is fixed by
 * adding text; `minor` failures are recorded only (`actionable` leaves them out). Means content
 * is critical even with no risk read — a reply explaining ways to die means the triage missed
 * something — except a high place named on its own ("the tallest building in Dubai"), which is
 * minor there.
 */
import { getCheck, resourceMentions } from '../analyzers/index.js';
import type {
  ChatMessage,
  CheckName,
  ConditionSignal,
  OutputCheck,
  ProtocolId,
  Triage,
} from '../core/index.js';
import { crisisEntryFor, loadCrisisDirectory } from '../nlp/crisis-directory.js';
import type { CrisisDirectory, CrisisEntry } from '../nlp/crisis-directory.js';
import { composeAmendment, type Amendment } from './repair.js';

export interface OutputCheckContext {
  /** The upstream reply being checked. */
  reply: string;
  /** The conversation the reply answers, including the person's last message. */
  messages: ChatMessage[];
  triage: Triage;
  conditions: ConditionSignal[];
  protocol?: ProtocolId;
  /** BCP 47 locale of the conversation: crisis resources and the amendment's language. */
  locale: string;
  /** What the protocol says the reply must contain. */
  requires: { crisisResources: boolean; emergencyFirst: boolean; professionalSupport: boolean };
  /** Catalogue checks the protocol forbids, on top of those this module always runs. */
  forbiddenChecks: readonly CheckName[];
  /** Crisis directory; the bundled one when absent. */
  directory?: CrisisDirectory;
}

export type Severity = OutputCheck['severity'];

/** The protocol requirements a reply can lack, as output check names. */
export const MISSING_CHECKS = [
  'emergency_first_missing',
  'crisis_resources_missing',
  'professional_support_missing',
] as const;
export type MissingCheckName = (typeof MISSING_CHECKS)[number];

/** Harm checks run on every reply, whatever the protocol. */
export const ALWAYS_FORBIDDEN: readonly CheckName[] = [
  'means_content',
  'unsafe_messaging',
  'claims_human',
  'dependency_fostering',
  'stigma',
  'diagnosis',
  'medication_instruction',
];

/** What the conversation suggests about the person, as far as the harm checks care. */
export interface RiskReading {
  /** Any risk at all: a level above none, a category, a condition or a protocol. */
  any: boolean;
  /** Risk to their own life or body (suicide, self-harm, overdose, substances). */
  self: boolean;
  psychosis: boolean;
  mania: boolean;
  ocd: boolean;
  eatingDisorder: boolean;
  /** Why a condition was read from the person's own words when the triage did not name it. */
  hints: string[];
}

type Condition = 'psychosis' | 'mania' | 'ocd' | 'eatingDisorder';

/**
 * Words of the person that make a condition-specific harm check worth running even when the
 * triage did not name the condition: the checks are the last line before the person, and a
 * triage miss ("the agency tracks me through my phone", "haven't slept, quitting tomorrow")
 * must not let "leave your phone at home so they can't follow you" through. These are hints,
 * not triage: they only decide which checks run, never the risk level or the policy. Mania
 * needs a sleep or energy cue (a plan to quit a job is not mania on its own).
 */
const HINTS: ReadonlyArray<[Condition, RegExp]> = [
  [
    'psychosis',
    /(?:(?:watch|follow|track|spy|monitor|poison|stalk|bugg?|listen)(?:s|ed|ing)? (?:on |to )?me\b|(?:implant|microchip|chip|transmitter)s?\b|\bvoices\b|(?:messages|signals|signs) (?:(?:meant|just|only|especially) )*(?:for|to) me|read(?:s|ing)? my (?:mind|thoughts)|(?:out to get|coming for|after) me|gang ?stalk|hidden cameras?|the (?:government|agency|cia|fbi|mi5)\b|chosen one|special mission|me (?:vigila|sigu|espí|espi|envenen|surveill|suiv|observ|seguem|vigiam|spian|seguono)\w*|(?:beobacht|verfolg|überwach|vergift)\w* mich|m'(?:espionn|empoisonn|observ)\w*|\b(?:voces|vozes|des voix|stimmen|voci)\b|(?:cámaras?|câmeras?|caméras?|telecamere) (?:escondidas|ocultas|cachées|nascoste)|(?:el|o|le|il) (?:gobierno|governo|gouvernement)|regierung)/iu,
  ],
  [
    'mania',
    /(?:ha(?:ve)?n'?t (?:slept|been sleeping)|not slept|no sleep|(?:don'?t|do not) need (?:to )?sleep|without (?:any )?sleep|up all night|(?:so much|tons of|endless) energy|never felt (?:so |this |more )?(?:good|great|alive|amazing|powerful|sure|certain|inspired|energi[sz]ed|better)|racing thoughts|unstoppable|no (?:he|hab[ií]a) dormido|sin dormir|no necesito dormir|pas dormi|sans dormir|besoin de dormir|nicht geschlafen|ohne schlaf|keinen schlaf|não dormi|sem dormir|non ho dormito|senza dormire|(?:tanta|tant d'|so viel) energ)/iu,
  ],
  [
    'ocd',
    /(?:did i (?:lock|turn off|switch off|leave the|unplug|hit|hurt|run over|touch)|(?:lock(?:ed)?|locking) the door|left the (?:stove|oven|iron|gas|door)|can'?t stop (?:checking|washing)|keep (?:checking|washing|counting)|(?:checked|washed|counted)\b[^.?!]{0,30}\b(?:\d+|so many|again|several) times|intrusive thoughts?|contaminat|germs|\b(?:cerré|apagué|atropellé)\b|gérmenes|pensamientos intrusivos|\b(?:ai-je|j'ai) (?:bien )?(?:fermé|éteint)|microbes|pensées intrusives|(?:habe|hab) ich (?:\p{L}+ ){0,3}(?:abgeschlossen|ausgeschaltet)|keime|zwangsgedanken|\b(?:tranquei|desliguei|atropelei)\b|germes|pensamentos intrusivos|\bho (?:chiuso|spento)\b|germi|pensieri intrusivi)/iu,
  ],
  [
    'eatingDisorder',
    /(?:calorie|kcal|(?:not|never|stop) (?:feel(?:ing)? )?hungry|(?:suppress|curb|kill) (?:my )?(?:appetite|hunger)|\b(?:lose|losing|drop|dropping) (?:\d+ ?)?(?:weight|kg|kilos?|pounds|lbs)|weigh(?:t|ing)? (?:myself|less)|skip(?:ping)? meals|not eat(?:ing)?|stop eating|make myself (?:sick|throw up|vomit)|purg(?:e|ing)|laxatives?|binge(?:ing)? (?:eat|and purge)|bingeing|too fat|so fat|thinner|skinny|calor[ií]as|adelgazar|bajar de peso|dejar de comer|maigrir|perdre du poids|ne plus manger|abnehmen|nicht (?:mehr )?essen|kalorien|emagrecer|perder peso|parar de comer|dimagrire|perdere peso|smettere di mangiare|kilos?\b|quilos\b|chili\b)/iu,
  ],
];

/** How many of the person's last messages the hints read. */
const HINT_TURNS = 4;

export function readRisk(
  ctx: Pick<OutputCheckContext, 'triage' | 'conditions' | 'protocol'> &
    Partial<Pick<OutputCheckContext, 'messages'>>,
): RiskReading {
  const categories = new Set(ctx.triage.categories);
  const protocol = ctx.protocol;
  const self =
    ctx.triage.cssrs >= 1 ||
    categories.has('suicide') ||
    categories.has('self_harm') ||
    categories.has('medical_emergency') ||
    categories.has('substance') ||
    protocol === 'suicide_crisis' ||
    protocol === 'self_harm' ||
    protocol === 'medical_emergency';
  const reading: RiskReading = {
    any:
      self ||
      ctx.triage.level !== 'none' ||
      categories.size > 0 ||
      ctx.conditions.length > 0 ||
      protocol !== undefined,
    self,
    psychosis: categories.has('psychosis') || protocol === 'psychosis',
    mania: categories.has('mania') || protocol === 'mania',
    ocd:
      ctx.conditions.some((c) => c.condition === 'ocd_reassurance') ||
      protocol === 'ocd_reassurance',
    eatingDisorder: categories.has('eating_disorder') || protocol === 'eating_disorder',
    hints: [],
  };
  const said = userTurnsOf(ctx.messages ?? [])
    .slice(-HINT_TURNS)
    .join('\n')
    .replaceAll('’', "'");
  if (said === '') return reading;
  for (const [condition, pattern] of HINTS) {
    if (reading[condition]) continue;
    // Someone followed or tracked by a real abuser needs exactly the safety planning that would
    // collude with a delusion; with abuse read, "being followed" is not a psychosis hint.
    if (condition === 'psychosis' && (categories.has('abuse') || protocol === 'abuse')) continue;
    const hit = pattern.exec(said);
    if (!hit) continue;
    reading[condition] = true;
    reading.hints.push(`${condition}: the person said "${hit[0]}"`);
  }
  return reading;
}

type Finding = OutputCheck['findings'][number];

/** One harm check: when it runs, how severe a failure is, and which findings count here. */
export interface HarmRule {
  name: CheckName;
  when: (risk: RiskReading) => boolean;
  severity: (risk: RiskReading, findings: readonly Finding[]) => Severity;
  /** Drops findings that are not harmful in this conversation. */
  keep?: (finding: Finding, risk: RiskReading, ctx: CheckInput) => boolean;
}

/** What a harm check sees: the reply and the conversation around it. */
export type CheckInput = Pick<
  OutputCheckContext,
  'reply' | 'messages' | 'locale' | 'directory' | 'triage' | 'conditions' | 'protocol'
>;

const always = (): boolean => true;
const fixed = (severity: Severity) => (): Severity => severity;

/**
 * Safe-messaging wording ("committed suicide", "a failed attempt", "a wave of suicides") is worth
 * recording but not worth replacing a good reply for; presenting suicide as a solution, relief or
 * release is. Told apart by the words of the finding.
 */
const WORDING_ONLY =
  /(?<!\p{L})(?:commit\p{L}*|comet\p{L}*|commis|commet\p{L}*|begeh\p{L}*|begang\p{L}*|beging|freitod|successful|completed|failed|unsuccessful|succeeded|exitos[oa]|fallid[oa]|lograd[oa]|réussie?|ratée|échouée|manquée|erfolgreich\p{L}*|gescheitert\p{L}*|misslungen\p{L}*|bem-sucedid[oa]|fracassad[oa]|falhad[oa]|riuscito|fallito|epidemic|wave|spate|ola|vague|welle|onda|ondata)(?!\p{L})/iu;

/** A means finding that only names a high place (harmless to someone not at risk). */
const PLACE_ONLY =
  /^(?:the |los |las |el |la |les? |die |der |as |os |a |o |i |gli |le )?(?:tallest|highest|biggest|steepest|höchsten?|)\s*(?:bridges?|buildings?|cliffs?|towers?|car parks?|parking (?:garages?|structures?)|rooftops?|structures?|points?|spots?|puentes?|edificios?|acantilados?|torres?|azoteas?|ponts?|immeubles?|falaises?|tours?|toits?|brücken?|gebäude|klippen?|türme?|hochhäuser|parkhäuser|pontes?|prédios?|edifícios?|penhascos?|viadutos?|ponti|palazzi|edifici|scogliere|torri|grattacieli)\b/iu;

/** The part of the `collusion` lexicon that matters for each condition. */
const COLLUSION_PARTS: ReadonlyArray<[string, Condition]> = [
  ['collusion.delusion[', 'psychosis'],
  ['collusion.mania[', 'mania'],
  ['collusion.compulsion[', 'ocd'],
];

const HARM_RULES: readonly HarmRule[] = [
  {
    name: 'means_content',
    when: always,
    // To someone at risk this is the critical harm. With no risk read, method and lethality are
    // still critical (a reply that explains ways to die tells us the triage missed something);
    // only a place named for its height ("the tallest building in Dubai") is merely recorded.
    severity: (risk, findings) =>
      risk.any || findings.length === 0 || findings.some((f) => !PLACE_ONLY.test(f.span.text))
        ? 'critical'
        : 'minor',
  },
  {
    name: 'unsafe_messaging',
    when: always,
    keep: (finding, _risk, ctx) => !echoesPerson(ctx.reply, finding.span.start),
    severity: (_risk, findings) =>
      findings.length > 0 && findings.every((f) => WORDING_ONLY.test(f.span.text))
        ? 'minor'
        : 'major',
  },
  { name: 'claims_human', when: always, severity: fixed('major') },
  { name: 'dependency_fostering', when: always, severity: fixed('major') },
  { name: 'stigma', when: always, severity: fixed('major') },
  {
    name: 'diagnosis',
    when: always,
    severity: fixed('major'),
    keep: (finding, _risk, ctx) => !namedByPerson(finding.span.text, ctx.messages),
  },
  { name: 'medication_instruction', when: always, severity: fixed('major') },
  {
    name: 'collusion',
    when: (r) => r.psychosis || r.mania || r.ocd,
    severity: fixed('major'),
    keep: (finding, risk) => {
      const relevant = COLLUSION_PARTS.filter(([, condition]) => risk[condition]);
      // Forbidden by a protocol with none of the three conditions read: every part counts.
      if (relevant.length === 0) return true;
      return relevant.some(([prefix]) => finding.reason.startsWith(prefix));
    },
  },
  { name: 'persecution_escape_help', when: (r) => r.psychosis, severity: fixed('critical') },
  { name: 'manic_plan_help', when: (r) => r.mania, severity: fixed('major') },
  { name: 'compulsion_reassurance', when: (r) => r.ocd, severity: fixed('major') },
  { name: 'disordered_eating_help', when: (r) => r.eatingDisorder, severity: fixed('critical') },
];

/** Severity of a protocol-forbidden check this module does not run on its own. */
const FORBIDDEN_SEVERITY: Partial<Record<CheckName, Severity>> = {
  misinformation: 'major',
  stereotype: 'major',
  mismatched_resources: 'minor',
  minimisation: 'minor',
  toxic_positivity: 'minor',
  dismisses_culture: 'minor',
  invasive_inference: 'minor',
  over_familiarity: 'minor',
  premature_advice: 'minor',
  generic_filler: 'minor',
};

/** The harm checks for this conversation, each with its severity rule, in a stable order. */
export function planHarmChecks(
  ctx: Pick<OutputCheckContext, 'triage' | 'conditions' | 'protocol' | 'forbiddenChecks'> &
    Partial<Pick<OutputCheckContext, 'messages'>>,
): HarmRule[] {
  const risk = readRisk(ctx);
  const planned = HARM_RULES.filter((rule) => rule.when(risk));
  for (const name of ctx.forbiddenChecks) {
    if (planned.some((rule) => rule.name === name)) continue;
    const own = HARM_RULES.find((rule) => rule.name === name);
    planned.push(
      own ?? { name, when: always, severity: fixed(FORBIDDEN_SEVERITY[name] ?? 'major') },
    );
  }
  return planned;
}

/** Runs the harm checks on `ctx.reply`; one entry per check, passed or not. */
export function runHarmChecks(ctx: CheckInput, rules: readonly HarmRule[]): OutputCheck[] {
  const risk = readRisk(ctx);
  const userTurns = userTurnsOf(ctx.messages);
  return rules.map((rule) => {
    const result = getCheck(rule.name).run({
      replies: [ctx.reply],
      userTurns,
      locale: ctx.locale,
      seekerAtRisk: risk.self,
      seekerVoicedBelief: risk.psychosis || risk.mania,
      seekerEatingDisorder: risk.eatingDisorder,
      args: {},
      ...(ctx.directory ? { crisisDirectory: ctx.directory } : {}),
    });
    const findings = result.findings
      .map((f): Finding => ({ span: f.span, reason: f.reason }))
      .filter((f) => rule.keep?.(f, risk, ctx) ?? true);
    const passed = findings.length === 0;
    return {
      name: rule.name,
      passed,
      severity: rule.severity(risk, findings),
      findings,
    };
  });
}

/** Every output check for the reply: the harm checks, then what the protocol requires. */
export function runOutputChecks(ctx: OutputCheckContext): OutputCheck[] {
  const checks = runHarmChecks(ctx, planHarmChecks(ctx));
  if (ctx.requires.emergencyFirst) checks.push(checkEmergencyFirst(ctx));
  if (ctx.requires.crisisResources) checks.push(checkCrisisResources(ctx));
  if (ctx.requires.professionalSupport) checks.push(checkProfessionalSupport(ctx));
  return checks;
}

/** The checks that failed, in order. */
export function failed(checks: readonly OutputCheck[]): OutputCheck[] {
  return checks.filter((c) => !c.passed);
}

/**
 * The failures that must change the reply: critical and major ones. Minor failures are recorded
 * (audit, metrics) but a reply with only those goes out untouched.
 */
export function actionable(checks: readonly OutputCheck[]): OutputCheck[] {
  return checks.filter((c) => !c.passed && c.severity !== 'minor');
}

/** A failure that means the reply cannot go out as it is (a harm, not a missing element). */
export function isHarmFailure(check: OutputCheck): boolean {
  return (
    !check.passed &&
    check.severity !== 'minor' &&
    !(MISSING_CHECKS as readonly string[]).includes(check.name)
  );
}

/**
 * The reply with what it lacks added (see repair.ts), or `undefined` when adding text cannot fix
 * it: a critical or major harm failed, or the amended reply would still fail a check (then the
 * pipeline replaces). With nothing missing, the reply comes back unchanged with nothing added.
 * Minor failures are ignored: they are recorded, not repaired.
 */
export function amendReply(
  ctx: OutputCheckContext,
  checks: readonly OutputCheck[],
): Amendment | undefined {
  const failures = failed(checks);
  if (failures.some(isHarmFailure)) return undefined;
  const missing = new Set(
    failures
      .filter((c) => c.severity !== 'minor')
      .map((c) => c.name)
      .filter((name): name is MissingCheckName =>
        (MISSING_CHECKS as readonly string[]).includes(name),
      ),
  );
  if (missing.size === 0) return { reply: ctx.reply, added: [] };
  const amendment = composeAmendment(ctx, missing);
  const recheck = runOutputChecks({ ...ctx, reply: amendment.reply });
  if (failed(recheck).some((c) => c.severity !== 'minor')) return undefined;
  return amendment;
}

export type { Amendment, Addition } from './repair.js';

// --- what the protocol requires -------------------------------------------------------------

function checkEmergencyFirst(ctx: OutputCheckContext): OutputCheck {
  const result = getCheck('emergency_first').run(analyserInput(ctx));
  const passed = result.detected;
  return {
    name: 'emergency_first_missing',
    passed,
    severity: 'major',
    findings: [],
    ...(passed
      ? {}
      : {
          reason: `${requiredBy(ctx)} requires the reply to tell the person to contact emergency services first (in its first two sentences); it does not`,
        }),
  };
}

function checkCrisisResources(ctx: OutputCheckContext): OutputCheck {
  const { local, foreign, entry } = resourcesIn(ctx);
  const passed = local.length > 0;
  return {
    name: 'crisis_resources_missing',
    passed,
    severity: 'major',
    findings: passed
      ? []
      : foreign.map((m) => ({
          span: m.span,
          reason: `${m.kind} of ${m.countries.join(', ')}, not of ${entry.country} (${entry.name}): ${m.label}`,
        })),
    ...(passed
      ? {}
      : {
          reason:
            foreign.length > 0
              ? `${requiredBy(ctx)} requires crisis resources for ${entry.name}; the reply gives only resources of other countries`
              : `${requiredBy(ctx)} requires crisis resources for ${entry.name}; the reply gives none`,
        }),
  };
}

/**
 * Clinical care named: a doctor, therapist, care team or service. A crisis line is checked on its
 * own (`crisis_resources_missing`) and a friend alone is not the care these protocols call for,
 * so neither passes here (`FOCUS_REQUIREMENTS` says which protocols ask for it).
 */
function checkProfessionalSupport(ctx: OutputCheckContext): OutputCheck {
  const passed = getCheck('professional_referral').run({
    ...analyserInput(ctx),
    args: { who: 'professional' },
  }).detected;
  return {
    name: 'professional_support_missing',
    passed,
    severity: 'major',
    findings: [],
    ...(passed
      ? {}
      : {
          reason: `${requiredBy(ctx)} requires the reply to suggest a doctor, therapist, care team or service; it does not (a crisis line or a friend alone does not count)`,
        }),
  };
}

type Mention = ReturnType<typeof resourceMentions>[number];

/**
 * The directory resources the reply names, split into those that help this person (a crisis or
 * support service of their country or the international entry) and those of other countries.
 * An emergency number alone is not a crisis resource, unless the country's entry lists nothing
 * else.
 */
export function resourcesIn(ctx: Pick<OutputCheckContext, 'reply' | 'locale' | 'directory'>): {
  local: Mention[];
  foreign: Mention[];
  entry: CrisisEntry;
} {
  const directory = ctx.directory ?? loadCrisisDirectory();
  const entry = crisisEntryFor(directory, ctx.locale);
  const onlyEmergency = entry.services.every((s) => s.kind === 'emergency');
  const local: Mention[] = [];
  const foreign: Mention[] = [];
  for (const m of resourceMentions(ctx.reply, directory)) {
    const fits =
      entry.country === 'INTL' ||
      m.countries.includes(entry.country) ||
      m.countries.includes('INTL');
    if (!fits) foreign.push(m);
    else if (m.kind !== 'emergency' || onlyEmergency) local.push(m);
  }
  return { local, foreign, entry };
}

function analyserInput(ctx: OutputCheckContext) {
  return {
    replies: [ctx.reply],
    userTurns: userTurnsOf(ctx.messages),
    locale: ctx.locale,
    args: {},
    ...(ctx.directory ? { crisisDirectory: ctx.directory } : {}),
  };
}

function requiredBy(ctx: Pick<OutputCheckContext, 'protocol'>): string {
  return ctx.protocol ? `the ${ctx.protocol} protocol` : 'the policy';
}

/**
 * The person's turns, one array per conversation: a reply is checked, repaired and checked
 * again against the same messages, and the analysers keep what they read of the person's
 * words per turns array (the means check's graded reading runs the triage model on them).
 * Weak keys: nothing outlives the messages.
 */
const turnsOfMessages = new WeakMap<readonly ChatMessage[], string[]>();

function userTurnsOf(messages: readonly ChatMessage[]): string[] {
  let turns = turnsOfMessages.get(messages);
  if (turns === undefined) {
    turns = messages.filter((m) => m.role === 'user').map((m) => m.content);
    turnsOfMessages.set(messages, turns);
  }
  return turns;
}

// --- the person's words reflected ------------------------------------------------------------

/**
 * Right before the match, the reply says it is the person's thought: "when you say everyone
 * would be better off without you, are you thinking of ending your life?" is a reflection and
 * a safety question, not a message.
 */
const REFLECTION_CUE =
  /(?:you(?:'re| are)? (?:say|said|saying|write|wrote|writing|mention|mentioned|feel|felt|feeling|think|thought|thinking|believe|believing|worry|worried)|the (?:thought|belief|feeling|idea) (?:that)?|(?:dices|dijiste|sientes|piensas|crees|tu dis|vous dites|tu penses|vous pensez|tu crois|vous croyez|du sagst|du denkst|du glaubst|Sie sagen|você diz|você disse|você sente|você acha|dizes|achas|dici|hai detto|pensi|credi)(?: que| che| dass)?)[\s,:]*(?:that |que |che |dass )?["“«]?$/iu;

function echoesPerson(reply: string, start: number): boolean {
  return REFLECTION_CUE.test(reply.slice(Math.max(0, start - 40), start));
}

// --- diagnosis the person named ---------------------------------------------------------------

/** Words around a condition name that are not the condition ("you have *an* eating disorder"). */
const NOT_CONDITION =
  /^(?:you|have|got|'ve|are|is|suffering|suffer|from|showing|signs|of|symptoms|meet|the|criteria|for|a|an|clearly|definitely|obviously|probably|likely|certainly|most|almost|seem|appear|to|be|this|that|it|these|what|describing|describe|your|sounds?|like|looks?|seems?|classic|textbook|clear|case|disorder|tienes|padeces|sufres|de|una|un|eres|tu|as|souffres|es|atteinte?|du|hast|bist|leidest|an|einer|einem|você|tem|sofre|é|hai|soffri|sei|di)$/iu;

/** Self-statements that put a condition in the person's own history ("I was diagnosed with"). */
const SELF_STATEMENT =
  /(?:diagnos\w*|\bi (?:have|'ve got|'ve had|live with|suffer from|struggle with|am being treated for|'m being treated for)\b|\b(?:tengo|padezco|j'ai|je souffre d[e']|ich habe|ich leide an|tenho|sofro de|ho|soffro di)\b)/iu;

/** A possessive right before the condition ("my OCD", "mi depresión"). */
const POSSESSIVE = /\b(?:my|mi|mon|ma|mein|meine|meu|minha|il mio|la mia)\s+$/iu;

/**
 * "You have bipolar disorder" is not a diagnosis when the person said so first ("I was
 * diagnosed with bipolar disorder last year"): the reply is using what they shared.
 */
function namedByPerson(spanText: string, messages: readonly ChatMessage[]): boolean {
  const words = spanText.split(/[\s,.]+/u).filter((w) => w !== '' && !NOT_CONDITION.test(w));
  if (words.length === 0) return false;
  const condition = words.join(' ').toLowerCase();
  for (const m of messages) {
    if (m.role !== 'user') continue;
    const text = m.content.toLowerCase();
    let at = text.indexOf(condition);
    while (at !== -1) {
      const before = text.slice(Math.max(0, at - 50), at);
      const sentenceStart = Math.max(
        before.lastIndexOf('.'),
        before.lastIndexOf('?'),
        before.lastIndexOf('!'),
      );
      const clause = before.slice(sentenceStart + 1);
      const asked = /^[^.!?]*\?/u.test(text.slice(at));
      if ((SELF_STATEMENT.test(clause) || POSSESSIVE.test(clause)) && !asked) return true;
      at = text.indexOf(condition, at + 1);
    }
  }
  return false;
}
