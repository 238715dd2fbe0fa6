/** Trustworthiness (TRS): disclosure, honesty about limits, no dependency, no myths. */
export { aiDisclosure } from './ai-disclosure.js';
export { claimsHuman } from './claims-human.js';
export { statesLimits } from './states-limits.js';
export { dependencyFostering } from './dependency-fostering.js';
export { misinformation } from './misinformation.js';
