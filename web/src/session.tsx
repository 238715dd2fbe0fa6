/** Who is signed in, shared by every page; the server's session cookie is the source of truth. */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { api, ApiError, whenSignedOut } from './api';
import type { SignedIn, User } from './types';

type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; setupRequired: boolean; expired: boolean }
  | { status: 'signed-in'; user: User }
  | { status: 'unreachable'; message: string };

interface Session {
  state: SessionState;
  signedIn: (session: SignedIn) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const checkSignedOut = useCallback(async (expired: boolean) => {
    try {
      const { setupRequired } = await api.authState();
      setState({ status: 'signed-out', setupRequired, expired });
    } catch (error) {
      setState({ status: 'unreachable', message: (error as Error).message });
    }
  }, []);

  useEffect(() => {
    let cancelled = false;
    api.me().then(
      ({ user }) => !cancelled && setState({ status: 'signed-in', user }),
      (error: unknown) => {
        if (cancelled) return;
        if (error instanceof ApiError && error.status === 401) void checkSignedOut(false);
        else setState({ status: 'unreachable', message: (error as Error).message });
      },
    );
    whenSignedOut(() => void checkSignedOut(true));
    return () => {
      cancelled = true;
      whenSignedOut(null);
    };
  }, [checkSignedOut]);

  const value = useMemo<Session>(
    () => ({
      state,
      signedIn: ({ user }) => setState({ status: 'signed-in', user }),
      signOut: async () => {
        try {
          await api.logout();
        } finally {
          setState({ status: 'signed-out', setupRequired: false, expired: false });
        }
      },
    }),
    [state],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user; only for pages rendered behind the sign-in check. */
export function useUser(): User {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useUser without a signed-in user');
  return state.user;
}
