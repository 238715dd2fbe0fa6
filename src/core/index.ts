export * from './domain.js';
export * from './suite.js';
export * from './provider.js';
export * from './evaluation.js';
export * from './errors.js';
export * from './checks.js';
export * from './triage.js';
export * from './guard.js';
