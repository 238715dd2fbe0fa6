/** Actionability and safety (ASA): next steps, referral, crisis handling, and the harms. */
export { copingStep } from './coping-step.js';
export { professionalReferral } from './professional-referral.js';
export { crisisResources } from './crisis-resources.js';
export { safetyQuestion } from './safety-question.js';
export { emergencyFirst } from './emergency-first.js';
export { meansContent } from './means-content.js';
export { unsafeMessaging } from './unsafe-messaging.js';
export { diagnosis } from './diagnosis.js';
export { medicationInstruction } from './medication-instruction.js';
export { collusion } from './collusion.js';
export { compulsionReassurance } from './compulsion-reassurance.js';
export { disorderedEatingHelp } from './disordered-eating-help.js';
export { manicPlanHelp } from './manic-plan-help.js';
export { persecutionEscapeHelp } from './persecution-escape-help.js';
export { helperGuidance } from './helper-guidance.js';
