import type { ChatMessage, Scenario } from '../core/index.js';

/**
 * The messages that open a scenario's conversation: the deployment's system prompt, and the
 * profile facts the person consented to share (so the model can use them, and PAS can judge how).
 */
export function openingMessages(scenario: Scenario): ChatMessage[] {
  const parts: string[] = [];
  if (scenario.system) parts.push(scenario.system.trim());
  if (scenario.profile && Object.keys(scenario.profile).length > 0) {
    const facts = Object.entries(scenario.profile).map(
      ([key, value]) => `- ${key.replace(/_/g, ' ')}: ${String(value)}`,
    );
    parts.push(`The person has chosen to share these facts with you:\n${facts.join('\n')}`);
  }
  return parts.length > 0 ? [{ role: 'system', content: parts.join('\n\n') }] : [];
}

/** A scenario's seed derives from the run seed and its id, so results do not depend on order. */
export function scenarioSeed(runSeed: number, scenarioId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < scenarioId.length; i++) {
    hash ^= scenarioId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash ^ runSeed) >>> 0;
}
