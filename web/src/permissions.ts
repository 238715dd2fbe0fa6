/**
 * What a role may do in the console, mirroring the server's ROLE_PERMISSIONS
 * (src/core/accounts.ts) so the page does not offer what the server would refuse. The server
 * decides; this only shapes the page.
 */
import type { AccountRole, User } from './types';

export interface RolePermissions {
  /** The escalation queue and conversations. */
  readConsole: boolean;
  /** Claim, take over, reply, resolve. */
  writeConsole: boolean;
  manageUsers: boolean;
  /** Rate the runs assigned to them, blind. */
  rate: boolean;
  /** Assign raters and see their agreement. */
  manageRating: boolean;
  /** Evaluation reports, which name the model under test. */
  readReports: boolean;
}

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

export function may(user: User, permission: keyof RolePermissions): boolean {
  return ROLE_PERMISSIONS[user.role]?.[permission] ?? false;
}

/** Admins and clinicians claim, take over, reply and resolve; auditors only read. */
export function canAct(user: User): boolean {
  return may(user, 'writeConsole');
}

/** Raters rate elsewhere and do not see the escalation console. */
export function canRead(user: User): boolean {
  return may(user, 'readConsole');
}

/** Where a user starts: the queue for those who read it, rating assignments for raters. */
export function homePath(user: User): string {
  return !canRead(user) && may(user, 'rate') ? '/rating' : '/';
}
