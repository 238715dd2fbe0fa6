import { useState } from 'react';
import { homePath, may } from '../permissions';
import { Link, navigate, usePath } from '../router';
import { useSession, useUser } from '../session';

export function Header() {
  const user = useUser();
  const { signOut } = useSession();
  const [busy, setBusy] = useState(false);
  const path = usePath();
  const current = (prefix: string, exact = false) =>
    (exact ? path === prefix : path === prefix || path.startsWith(`${prefix}/`))
      ? ('page' as const)
      : undefined;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href={homePath(user)} className="brand">
          <span aria-hidden="true" className="brand__mark" />
          Tandem <span className="brand__sub">console</span>
        </Link>
        <nav aria-label="Main" className="site-nav">
          {may(user, 'readConsole') && (
            <Link href="/" aria-current={current('/', true) ?? current('/conversations')}>
              Escalation queue
            </Link>
          )}
          {may(user, 'readConsole') && (
            <Link href="/drafts" aria-current={current('/drafts')}>
              Drafts
            </Link>
          )}
          {may(user, 'writeConsole') && (
            <Link href="/demo-chat" aria-current={current('/demo-chat')}>
              Demo chat
            </Link>
          )}
          {may(user, 'readReports') && (
            <Link href="/runs" aria-current={current('/runs')}>
              Reports
            </Link>
          )}
          {may(user, 'rate') && (
            <Link href="/rating" aria-current={current('/rating')}>
              Rating
            </Link>
          )}
        </nav>
        <div className="site-user">
          <span className="site-user__name">
            {user.displayName}
            <span className="site-user__role"> ({user.role})</span>
          </span>
          <button
            type="button"
            className="button button--quiet"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              try {
                await signOut();
              } finally {
                setBusy(false);
                navigate('/login', { replace: true });
              }
            }}
          >
            Sign out
          </button>
        </div>
      </div>
    </header>
  );
}
