/**
 * People who use the clinician console. Roles decide what the server lets them do: `admin`
 * manages accounts and works the console, `clinician` works the console (answers escalations,
 * takes conversations over), `auditor` reads without changing anything, `rater` rates evaluation
 * transcripts and never sees live conversations.
 */
import { TandemError } from './errors.js';

export const ACCOUNT_ROLES = ['admin', 'clinician', 'rater', 'auditor'] as const;
/** A console account's role (not a message's `Role`). */
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export interface ConsoleUser {
  id: string;
  username: string;
  displayName: string;
  role: AccountRole;
  createdAt: string;
  disabled: boolean;
}

/** Accounts seeded by `tandem serve --demo` carry this prefix, so every screen can tell. */
export const DEMO_USERNAME_PREFIX = 'demo-';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

/** Lower-case letters, digits, `.`, `_`, `-`; starts with a letter or digit. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export type AccountProblem =
  'username_taken' | 'user_not_found' | 'last_admin' | 'setup_done' | 'setup_token_invalid';

/** An account rule was broken; `problem` says which (the HTTP layer turns it into `code`). */
export class AccountError extends TandemError {
  constructor(
    readonly problem: AccountProblem,
    message: string,
  ) {
    super('INPUT_INVALID', message, { details: { problem } });
    this.name = 'AccountError';
  }
}

export function isAccountError(error: unknown, problem?: AccountProblem): error is AccountError {
  return error instanceof AccountError && (problem === undefined || error.problem === problem);
}

/** What each role may do in the console API; the server checks this on every request. */
export interface RolePermissions {
  /** Escalations and live conversations. */
  readConsole: boolean;
  writeConsole: boolean;
  manageUsers: boolean;
  /** Rate evaluation transcripts, blinded (assigned runs only). */
  rate: boolean;
  /** Assign raters to runs and see their agreement. */
  manageRating: boolean;
  /** Evaluation reports, which name the model under test (so never for raters, who rate blind). */
  readReports: boolean;
}

export type Permission = keyof RolePermissions;

export const ROLE_PERMISSIONS: Readonly<Record<AccountRole, Readonly<RolePermissions>>> = {
  admin: {
    readConsole: true,
    writeConsole: true,
    manageUsers: true,
    rate: true,
    manageRating: true,
    readReports: true,
  },
  clinician: {
    readConsole: true,
    writeConsole: true,
    manageUsers: false,
    rate: false,
    manageRating: false,
    readReports: true,
  },
  auditor: {
    readConsole: true,
    writeConsole: false,
    manageUsers: false,
    rate: false,
    manageRating: false,
    readReports: true,
  },
  rater: {
    readConsole: false,
    writeConsole: false,
    manageUsers: false,
    rate: true,
    manageRating: false,
    readReports: false,
  },
};

/** What a refusal of each permission says the role may not do. */
export const PERMISSION_WHAT: Readonly<Record<Permission, string>> = {
  readConsole: 'use the clinician console',
  writeConsole: 'change anything in the console (read only)',
  manageUsers: 'manage accounts',
  rate: 'rate evaluation transcripts',
  manageRating: 'assign raters',
  readReports: 'read evaluation reports',
};
