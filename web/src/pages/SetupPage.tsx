import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { PageHeading } from '../components/PageHeading';
import { navigate } from '../router';
import { useSession } from '../session';

/** The one-time token from the link `tandem serve` prints: `/setup#token=…`. */
function tokenFromHash(): string {
  return new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token') ?? '';
}

export function SetupPage({ setupRequired }: { setupRequired: boolean }) {
  const { signedIn } = useSession();
  const [token, setToken] = useState(tokenFromHash);
  const [tokenFromLink] = useState(() => tokenFromHash() !== '');
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<{ message: string; param: string | null } | null>(null);
  const [busy, setBusy] = useState(false);

  const mismatch = confirm !== '' && confirm !== password;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (mismatch) return;
    setBusy(true);
    setError(null);
    try {
      const session = await api.setup({
        token: token.trim(),
        username: username.trim(),
        displayName: displayName.trim(),
        password,
      });
      // The token is spent: keep it out of the address bar and history.
      window.history.replaceState(null, '', '/setup');
      signedIn(session);
      navigate('/', { replace: true });
    } catch (e) {
      setError(
        e instanceof ApiError
          ? { message: e.message, param: e.param }
          : { message: 'Setting up failed. Try again.', param: null },
      );
      setBusy(false);
    }
  };

  if (!setupRequired) {
    return (
      <main id="main" className="auth">
        <div className="auth__panel">
          <PageHeading title="Setup is complete" />
          <p>An administrator account already exists. Sign in with your account.</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => navigate('/login', { replace: true })}
          >
            Go to sign in
          </button>
        </div>
      </main>
    );
  }

  const describedBy = (param: string) => (error?.param === param ? 'setup-error' : undefined);

  return (
    <main id="main" className="auth">
      <div className="auth__panel">
        <p className="auth__brand">
          <span aria-hidden="true" className="brand__mark" /> Tandem console
        </p>
        <PageHeading title="Create the administrator account" />
        <p>This account manages the console. You can add clinicians after signing in.</p>
        <form onSubmit={submit} className="form" noValidate>
          {!tokenFromLink && (
            <div className="field">
              <label htmlFor="setup-token">Setup token</label>
              <p className="hint" id="setup-token-hint">
                From the setup link <code>tandem serve</code> printed: the part after{' '}
                <code>#token=</code>.
              </p>
              <input
                id="setup-token"
                name="token"
                autoComplete="off"
                required
                aria-describedby={['setup-token-hint', describedBy('token')]
                  .filter(Boolean)
                  .join(' ')}
                value={token}
                onChange={(e) => setToken(e.target.value)}
              />
            </div>
          )}
          <div className="field">
            <label htmlFor="setup-username">Username</label>
            <input
              id="setup-username"
              name="username"
              autoComplete="username"
              required
              aria-describedby={describedBy('username')}
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="setup-display-name">Display name</label>
            <p className="hint" id="setup-display-name-hint">
              Shown to colleagues, e.g. “Dr Amara Okafor”.
            </p>
            <input
              id="setup-display-name"
              name="displayName"
              autoComplete="name"
              required
              aria-describedby={['setup-display-name-hint', describedBy('displayName')]
                .filter(Boolean)
                .join(' ')}
              value={displayName}
              onChange={(e) => setDisplayName(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="setup-password">Password</label>
            <input
              id="setup-password"
              name="password"
              type="password"
              autoComplete="new-password"
              required
              aria-describedby={describedBy('password')}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="setup-confirm">Repeat the password</label>
            <input
              id="setup-confirm"
              name="confirm"
              type="password"
              autoComplete="new-password"
              required
              aria-invalid={mismatch}
              aria-describedby={mismatch ? 'setup-confirm-error' : undefined}
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
            />
            {mismatch && (
              <p className="field-error" id="setup-confirm-error">
                The two passwords differ.
              </p>
            )}
          </div>
          <ErrorNote message={error?.message ?? null} id="setup-error" />
          <button
            type="submit"
            className="button button--primary"
            disabled={
              busy || !token || !username || !displayName || !password || confirm !== password
            }
          >
            {busy ? 'Creating…' : 'Create account and sign in'}
          </button>
        </form>
      </div>
    </main>
  );
}
