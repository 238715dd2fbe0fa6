import { isTandemError, type TandemError } from '../../src/core/index.js';

/** The typed error `promise` rejects with; fails the test if it resolves or throws anything else. */
export async function failure(promise: Promise<unknown>): Promise<TandemError> {
  try {
    await promise;
  } catch (error) {
    if (isTandemError(error)) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}
