import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { PageHeading } from '../components/PageHeading';
import { navigate } from '../router';
import { useSession } from '../session';

/** Where to go after signing in: the page that asked for it, if it is one of ours. */
function nextPath(): string {
  const next = new URLSearchParams(window.location.search).get('next') ?? '/';
  return next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

function loginMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'invalid_credentials')
      return 'That username and password do not match an account.';
    return error.message;
  }
  return 'Signing in failed. Try again.';
}

export function LoginPage({
  setupRequired,
  expired,
}: {
  setupRequired: boolean;
  expired: boolean;
}) {
  const { signedIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      signedIn(await api.login({ username: username.trim(), password }));
      navigate(nextPath(), { replace: true });
    } catch (e) {
      setError(loginMessage(e));
      setBusy(false);
    }
  };

  return (
    <main id="main" className="auth">
      <div className="auth__panel">
        <p className="auth__brand">
          <span aria-hidden="true" className="brand__mark" /> Tandem console
        </p>
        <PageHeading title="Sign in" />
        {expired && <p className="notice">Your session ended. Sign in again to continue.</p>}
        {setupRequired && (
          <p className="notice">
            No administrator account exists yet. Open the setup link that <code>tandem serve</code>{' '}
            printed when it started.
          </p>
        )}
        <form onSubmit={submit} className="form" noValidate>
          <div className="field">
            <label htmlFor="login-username">Username</label>
            <input
              id="login-username"
              name="username"
              autoComplete="username"
              required
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="login-password">Password</label>
            <input
              id="login-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <ErrorNote message={error} />
          <button
            type="submit"
            className="button button--primary"
            disabled={busy || !username || !password}
          >
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
    </main>
  );
}
