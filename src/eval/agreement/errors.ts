import { TandemError } from '../../core/index.js';

/**
 * Why a statistic has no value: `too-little-data` when there are not enough units or raters to
 * compute it at all, `undefined` when there are enough but the formula divides by zero (e.g. every
 * rating is the same category, so chance agreement is already perfect).
 */
export type NoValueReason = 'too-little-data' | 'undefined';

/** `INPUT_INVALID` naming what is missing; `details.reason` tells the two cases apart. */
export function tooLittleData(statistic: string, missing: string): TandemError {
  return new TandemError('INPUT_INVALID', `${statistic} needs ${missing}.`, {
    details: { statistic, reason: 'too-little-data' satisfies NoValueReason },
  });
}

export function undefinedStatistic(statistic: string, why: string): TandemError {
  return new TandemError('INPUT_INVALID', `${statistic} is undefined: ${why}.`, {
    details: { statistic, reason: 'undefined' satisfies NoValueReason },
  });
}

export function invalidValue(statistic: string, problem: string): TandemError {
  return new TandemError('INPUT_INVALID', `${statistic}: ${problem}.`, {
    details: { statistic },
  });
}

export function requireFinite(statistic: string, value: number, where: string): number {
  if (!Number.isFinite(value))
    throw invalidValue(statistic, `${where} is not a finite number (${value})`);
  return value;
}
