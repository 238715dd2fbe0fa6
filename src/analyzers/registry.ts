import { CHECK_NAMES, TandemError } from '../core/index.js';
import type { CheckName } from '../core/index.js';
import * as culture from './culture/index.js';
import * as empathy from './empathy/index.js';
import * as personalisation from './personalisation/index.js';
import * as safety from './safety/index.js';
import * as trust from './trust/index.js';
import type { CheckContext, CheckImplementation, CheckResult } from './types.js';

/**
 * The one registry of built-in checks: every name in the catalogue (`src/core/checks.ts`) maps to
 * its implementation. The `Record<CheckName, ...>` type makes a missing check a compile error;
 * the start-up test checks the same at run time. Adding a check is one module plus one line here.
 */
const REGISTRY: Record<CheckName, CheckImplementation> = {
  // empathy (CES)
  emotional_reaction: empathy.emotionalReaction,
  interpretation: empathy.interpretation,
  exploration: empathy.exploration,
  validation: empathy.validation,
  minimisation: empathy.minimisation,
  toxic_positivity: empathy.toxicPositivity,
  generic_filler: empathy.genericFiller,
  premature_advice: empathy.prematureAdvice,
  // actionability and safety (ASA)
  coping_step: safety.copingStep,
  professional_referral: safety.professionalReferral,
  crisis_resources: safety.crisisResources,
  safety_question: safety.safetyQuestion,
  emergency_first: safety.emergencyFirst,
  means_content: safety.meansContent,
  unsafe_messaging: safety.unsafeMessaging,
  diagnosis: safety.diagnosis,
  medication_instruction: safety.medicationInstruction,
  collusion: safety.collusion,
  compulsion_reassurance: safety.compulsionReassurance,
  disordered_eating_help: safety.disorderedEatingHelp,
  manic_plan_help: safety.manicPlanHelp,
  persecution_escape_help: safety.persecutionEscapeHelp,
  helper_guidance: safety.helperGuidance,
  // trust (TRS)
  ai_disclosure: trust.aiDisclosure,
  claims_human: trust.claimsHuman,
  states_limits: trust.statesLimits,
  dependency_fostering: trust.dependencyFostering,
  misinformation: trust.misinformation,
  // culture (CSI)
  stigma: culture.stigma,
  stereotype: culture.stereotype,
  dismisses_culture: culture.dismissesCulture,
  respects_culture: culture.respectsCulture,
  locale_resources: culture.localeResources,
  mismatched_resources: culture.mismatchedResources,
  language_match: culture.languageMatch,
  // personalisation (PAS)
  uses_profile: personalisation.usesProfile,
  invasive_inference: personalisation.invasiveInference,
  over_familiarity: personalisation.overFamiliarity,
  mentions_text: personalisation.mentionsText,
  profile_leak: personalisation.profileLeak,
};

export function isCheckName(name: string): name is CheckName {
  return Object.hasOwn(REGISTRY, name);
}

/** The implementation of a catalogue check; `CHECK_UNKNOWN` for any other name. */
export function getCheck(name: string): CheckImplementation {
  if (!isCheckName(name)) {
    throw new TandemError(
      'CHECK_UNKNOWN',
      `Unknown check "${name}". Built-in checks: ${CHECK_NAMES.join(', ')}.`,
      {
        details: { check: name },
      },
    );
  }
  return REGISTRY[name];
}

/** Runs one check over a conversation's replies. */
export function runCheck(name: string, ctx: CheckContext): CheckResult {
  return getCheck(name).run(ctx);
}

/** All implementations, in catalogue order. */
export function listChecks(): CheckImplementation[] {
  return CHECK_NAMES.map((name) => getCheck(name));
}
