/**
 * What the signed-in account may do in the console, as the server said at sign-in (its own
 * ROLE_PERMISSIONS, `src/core/accounts.ts`), so the page does not offer what the server would
 * refuse. The server decides on every request; this only shapes the page.
 */
import type { RolePermissions, User } from './types';

export type { RolePermissions };

export function may(user: User, permission: keyof RolePermissions): boolean {
  return user.permissions?.[permission] ?? false;
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
