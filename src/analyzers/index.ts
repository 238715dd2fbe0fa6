/**
 * Response analysers: deterministic checks of assistant replies, used by the builtin judge of
 * HAAS-e and by SAFE-i's output checks. Findings are spans into one reply with a reason; nothing
 * here rewrites text.
 */
export type { CheckContext, CheckFinding, CheckImplementation, CheckResult } from './types.js';
export { getCheck, isCheckName, listChecks, runCheck } from './registry.js';
export { identifyLanguage, IDENTIFIABLE_LANGUAGES } from './text/language-id.js';
export type { LanguageGuess } from './text/language-id.js';
export { culturalTermsIn } from './culture/respects-culture.js';
export { resourceMentions } from './crisis-mentions.js';
export type { ResourceKind, ResourceMention } from './crisis-mentions.js';
export { rateMechanisms } from './empathy/mechanisms.js';
