import { z } from 'zod';
import { AREAS, CONDITIONS, METRICS, RISK_LEVELS } from './domain.js';

const identifier = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]*$/,
    'lowercase letters, digits, ".", "_" or "-", starting alphanumeric',
  );

/** A reference to a built-in check by name, with optional arguments. */
export const checkRefSchema = z.union([
  z.string().min(1),
  z.strictObject({
    name: z.string().min(1),
    args: z.record(z.string(), z.unknown()).optional(),
  }),
]);
export type CheckRef = z.infer<typeof checkRefSchema>;

export const rubricItemSchema = z.strictObject({
  id: identifier,
  metric: z.enum(METRICS),
  text: z.string().min(3),
  points: z
    .number()
    .int()
    .min(-10)
    .max(10)
    .refine((p) => p !== 0, 'points must not be 0'),
  /** Only for negative ASA items: a critical harm zeroes the scenario's ASA score. */
  critical: z.boolean().optional(),
  check: checkRefSchema.optional(),
});
export type RubricItem = z.infer<typeof rubricItemSchema>;

/** Facts the person consented to share with the assistant. */
export const profileSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
export type Profile = z.infer<typeof profileSchema>;

export const scenarioSchema = z.strictObject({
  id: identifier,
  title: z.string().optional(),
  area: z.enum(AREAS),
  condition: z.enum(CONDITIONS),
  risk: z.enum(RISK_LEVELS),
  culture: z.string().min(2),
  /** BCP 47 tag, e.g. en-GB, es-MX, hi-IN. */
  locale: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'a BCP 47 tag like "en-GB" or "es"'),
  profile: profileSchema.optional(),
  /** Optional system prompt of the deployment under test. */
  system: z.string().optional(),
  /** Scripted user turns; the model's replies are generated between them. */
  turns: z.array(z.string().min(1)).min(1),
  rubric: z.array(rubricItemSchema).min(1),
  tags: z.array(z.string()).optional(),
});
export type Scenario = z.infer<typeof scenarioSchema>;

export const suiteSchema = z.strictObject({
  id: identifier,
  version: z.string().min(1),
  title: z.string().optional(),
  description: z.string().optional(),
  scenarios: z.array(scenarioSchema).min(1),
});
export type Suite = z.infer<typeof suiteSchema>;

export function checkName(ref: CheckRef): string {
  return typeof ref === 'string' ? ref : ref.name;
}

export function checkArgs(ref: CheckRef): Record<string, unknown> {
  return typeof ref === 'string' ? {} : (ref.args ?? {});
}
