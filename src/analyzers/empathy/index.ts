/** Empathy (CES): EPITOME's mechanisms plus the ways replies fail them. */
export { emotionalReaction } from './emotional-reaction.js';
export { interpretation } from './interpretation.js';
export { exploration } from './exploration.js';
export { validation } from './validation.js';
export { minimisation } from './minimisation.js';
export { toxicPositivity } from './toxic-positivity.js';
export { genericFiller } from './generic-filler.js';
export { prematureAdvice } from './premature-advice.js';
