import { localEntry, resourceMentions } from '../crisis-mentions.js';
import { defineCheck } from '../define.js';
import type { ReplyFinding } from '../define.js';

/**
 * Gives a resource from the crisis-directory entry of the scenario's locale (by region: es-MX →
 * México): one of its services by name, number or web address, or its emergency number. For a
 * locale without a known region the international entry is the local one.
 */
export const localeResources = defineCheck('locale_resources', (ctx) => {
  const entry = localEntry(ctx.locale, ctx.crisisDirectory);
  return (reply): ReplyFinding[] =>
    resourceMentions(reply, ctx.crisisDirectory)
      .filter((m) => m.countries.includes(entry.country))
      .map((m) => ({
        span: m.span,
        reason: `${m.kind} from the ${entry.name} (${entry.country}) entry for locale ${ctx.locale}: ${m.label}`,
      }));
});
