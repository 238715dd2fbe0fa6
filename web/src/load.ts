/** Loading one thing for a page: the value, or an error in words, and a way to load it again. */
import { useCallback, useEffect, useState } from 'react';

export type Loaded<T> =
  { status: 'loading' } | { status: 'loaded'; value: T } | { status: 'failed'; message: string };

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what `load` depends on
  const stableLoad = useCallback(load, deps);
  useEffect(() => {
    let cancelled = false;
    stableLoad().then(
      (value) => !cancelled && setState({ status: 'loaded', value }),
      (error: unknown) =>
        !cancelled && setState({ status: 'failed', message: (error as Error).message }),
    );
    return () => {
      cancelled = true;
    };
  }, [stableLoad, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { state, reload, set: (value: T) => setState({ status: 'loaded', value }) };
}
