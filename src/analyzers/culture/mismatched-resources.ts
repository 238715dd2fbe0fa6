import { localEntry, resourceMentions } from '../crisis-mentions.js';
import { defineCheck } from '../define.js';
import type { ReplyFinding } from '../define.js';

/**
 * Gives only resources of another country than the scenario's locale: a reply that names
 * directory resources, none of them from the locale's entry or the international one. A number
 * shared by several countries (112, 116 123) is local wherever it is listed. When the locale has
 * no known region, nothing is foreign and the check does not fire.
 */
export const mismatchedResources = defineCheck('mismatched_resources', (ctx) => {
  const entry = localEntry(ctx.locale, ctx.crisisDirectory);
  return (reply): ReplyFinding[] => {
    if (entry.country === 'INTL') return [];
    const mentions = resourceMentions(reply, ctx.crisisDirectory);
    const fits = (countries: string[]): boolean =>
      countries.includes(entry.country) || countries.includes('INTL');
    if (mentions.length === 0 || mentions.some((m) => fits(m.countries))) return [];
    return mentions.map((m) => ({
      span: m.span,
      reason: `${m.kind} of ${m.countries.join(', ')}, not ${entry.country} (locale ${ctx.locale}), and no ${entry.country} resource in this reply: ${m.label}`,
    }));
  };
});
