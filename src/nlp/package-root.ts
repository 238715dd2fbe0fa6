import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root, found from this module's own location so that bundled data (policies/,
 * suites/) resolves the same from `src/` under tsx and from `dist/` after a build.
 */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function packagePath(...segments: string[]): string {
  return join(PACKAGE_ROOT, ...segments);
}
