/** Personalisation (PAS): using what was shared, not inferring what was not, and tone. */
export { usesProfile } from './uses-profile.js';
export { invasiveInference } from './invasive-inference.js';
export { overFamiliarity } from './over-familiarity.js';
export { mentionsText } from './mentions-text.js';
export { profileLeak } from './profile-leak.js';
