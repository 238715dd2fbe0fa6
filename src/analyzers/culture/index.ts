/** Cultural sensitivity (CSI): stigma, stereotypes, respect for context, local resources, language. */
export { stigma } from './stigma.js';
export { stereotype } from './stereotype.js';
export { dismissesCulture } from './dismisses-culture.js';
export { respectsCulture } from './respects-culture.js';
export { localeResources } from './locale-resources.js';
export { mismatchedResources } from './mismatched-resources.js';
export { languageMatch } from './language-match.js';
