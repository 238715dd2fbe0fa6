import { InvalidArgumentError } from 'commander';

/** Exit statuses, documented in docs/cli.md. */
export const EXIT = {
  ok: 0,
  gateFailed: 1,
  usage: 2,
  incomplete: 3,
  interrupted: 130,
} as const;

export function integerOption(flag: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(
        `${flag} expects an integer from ${min} to ${max}, got "${value}"`,
      );
    }
    return n;
  };
}

/** Accepts repeated flags and comma-separated lists alike. */
export function listOption(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  ];
}
