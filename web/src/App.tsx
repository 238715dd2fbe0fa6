import { Header } from './components/Header';
import { PageHeading } from './components/PageHeading';
import { ComparePage } from './pages/ComparePage';
import { ConversationPage } from './pages/ConversationPage';
import { DemoChatPage } from './pages/DemoChatPage';
import { DraftsPage } from './pages/DraftsPage';
import { LoginPage } from './pages/LoginPage';
import { QueuePage } from './pages/QueuePage';
import { RatersPage } from './pages/RatersPage';
import { RatingItemPage } from './pages/RatingItemPage';
import { RatingPage } from './pages/RatingPage';
import { RunPage } from './pages/RunPage';
import { RunsPage } from './pages/RunsPage';
import { SetupPage } from './pages/SetupPage';
import { homePath, may, type RolePermissions } from './permissions';
import { Link, matchRoute, Redirect, usePath, type Route } from './router';
import { useSession } from './session';
import type { User } from './types';

/** What each signed-in page needs; the server refuses the same, this only explains it. */
const NEEDS: Record<
  Exclude<Route['page'], 'setup' | 'login' | 'not-found'>,
  { permission: keyof RolePermissions; what: string }
> = {
  queue: { permission: 'readConsole', what: 'the escalation console' },
  conversation: { permission: 'readConsole', what: 'the escalation console' },
  rating: { permission: 'rate', what: 'rating' },
  'rating-item': { permission: 'rate', what: 'rating' },
  raters: { permission: 'manageRating', what: 'assigning raters' },
  runs: { permission: 'readReports', what: 'evaluation reports' },
  run: { permission: 'readReports', what: 'evaluation reports' },
  compare: { permission: 'readReports', what: 'evaluation reports' },
  // It calls the deployment's model: the roles that work the console.
  'demo-chat': { permission: 'writeConsole', what: 'the demo chat' },
  drafts: { permission: 'readConsole', what: 'the drafts to review' },
};

export function App() {
  const { state } = useSession();
  const path = usePath();
  const route = matchRoute(path);

  if (state.status === 'loading') {
    return (
      <main id="main" className="auth" aria-busy="true">
        <p>Loading the Tandem console…</p>
      </main>
    );
  }
  if (state.status === 'unreachable') {
    return (
      <main id="main" className="auth">
        <div className="auth__panel">
          <PageHeading title="Cannot reach the Tandem server" />
          <p>{state.message}</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => window.location.reload()}
          >
            Try again
          </button>
        </div>
      </main>
    );
  }
  if (state.status === 'signed-out') {
    if (route.page === 'setup') return <SetupPage setupRequired={state.setupRequired} />;
    if (route.page !== 'login') {
      const next = window.location.pathname + window.location.search;
      return <Redirect to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} />;
    }
    return <LoginPage setupRequired={state.setupRequired} expired={state.expired} />;
  }
  const { user } = state;
  if (route.page === 'login' || route.page === 'setup') return <Redirect to={homePath(user)} />;
  // Raters start at their rating assignments; the queue stays closed to them.
  if (path === '/' && homePath(user) !== '/') return <Redirect to={homePath(user)} />;

  return (
    <>
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <Header />
      {route.page === 'not-found' ? (
        <main id="main" className="page">
          <PageHeading title="Page not found" />
          <p>
            <Link href={homePath(user)}>Go to the start page</Link>
          </p>
        </main>
      ) : !may(user, NEEDS[route.page].permission) ? (
        <NoAccess user={user} what={NEEDS[route.page].what} />
      ) : (
        <Page route={route} />
      )}
    </>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'queue':
      return <QueuePage />;
    case 'conversation':
      return <ConversationPage key={route.id} id={route.id} />;
    case 'rating':
      return <RatingPage />;
    case 'rating-item':
      return <RatingItemPage key={route.runId} runId={route.runId} />;
    case 'raters':
      return <RatersPage key={route.runId} runId={route.runId} />;
    case 'runs':
      return <RunsPage />;
    case 'run':
      return <RunPage key={route.id} id={route.id} />;
    case 'compare':
      return <ComparePage />;
    case 'demo-chat':
      return <DemoChatPage />;
    case 'drafts':
      return <DraftsPage />;
    default:
      return null;
  }
}

function NoAccess({ user, what }: { user: User; what: string }) {
  return (
    <main id="main" className="page">
      <PageHeading title={`No access to ${what}`} />
      <p>
        Your account’s role ({user.role}) does not include {what}. Ask an administrator if you need
        it.
      </p>
      {homePath(user) !== '/' && (
        <p>
          <Link href={homePath(user)}>Go to your rating assignments</Link>
        </p>
      )}
    </main>
  );
}
