/**
 * Shared by the specs: where the server is (set by global-setup), the admin account, signing in
 * through the API (the session cookie lands in the page's context), and the person's side of a
 * conversation, spoken to the gateway the way any OpenAI client would.
 */
import { expect, test as base, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';

export const ADMIN = {
  username: 'amara.okafor',
  displayName: 'Dr Amara Okafor',
  password: 'a calm harbour at dusk 42',
};

export function serverUrl(): string {
  const url = process.env.TANDEM_E2E_URL;
  if (!url)
    throw new Error(
      'TANDEM_E2E_URL is not set: run through `npx playwright test` (global-setup starts the server)',
    );
  return url;
}

export function setupToken(): string {
  const token = process.env.TANDEM_E2E_SETUP_TOKEN;
  if (!token)
    throw new Error('TANDEM_E2E_SETUP_TOKEN is not set: global-setup did not see the setup link');
  return token;
}

export const test = base.extend({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from it
  baseURL: async ({}, use) => use(serverUrl()),
});
export { expect };

/** Creates the admin through the API unless the setup spec (or an earlier run) already did. */
export async function ensureAdmin(): Promise<void> {
  const state = (await (await fetch(`${serverUrl()}/api/auth/state`)).json()) as {
    setupRequired: boolean;
  };
  if (!state.setupRequired) return;
  const response = await fetch(`${serverUrl()}/api/auth/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: setupToken(), ...ADMIN }),
  });
  if (response.status !== 201)
    throw new Error(`setup failed: ${response.status} ${await response.text()}`);
}

/** Signs the page's browser context in; returns the CSRF token for API calls made beside it. */
export async function signIn(page: Page): Promise<string> {
  await ensureAdmin();
  const response = await page.request.post('/api/auth/login', {
    data: { username: ADMIN.username, password: ADMIN.password },
  });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

/** Resolves every unresolved escalation through the API, for a queue that shows only a test's own. */
export async function resolveAll(page: Page, csrfToken: string): Promise<void> {
  const list = await page.request.get('/api/escalations?status=open,claimed');
  const { data } = (await list.json()) as { data: Array<{ id: string }> };
  for (const escalation of data) {
    const resolved = await page.request.post(`/api/escalations/${escalation.id}/resolve`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { resolution: 'closed by the end-to-end tests' },
    });
    expect(resolved.status(), await resolved.text()).toBe(200);
  }
}

export interface ChatMessage {
  role: 'user' | 'assistant';
  content: string;
}

export interface GatewayReply {
  conversationId: string;
  content: string;
  action: string;
  escalationId: string | null;
}

/** One turn of the person: POST /v1/chat/completions with the whole conversation so far. */
export async function personSays(
  conversationId: string,
  messages: ChatMessage[],
): Promise<GatewayReply> {
  const response = await fetch(`${serverUrl()}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tandem-conversation-id': conversationId },
    body: JSON.stringify({ model: 'tandem', messages }),
  });
  const body = (await response.json()) as {
    choices: Array<{ message: { content: string } }>;
    tandem: { action: string; escalation_id?: string | null; conversation_id: string };
  };
  expect(response.status, JSON.stringify(body)).toBe(200);
  return {
    conversationId: body.tandem.conversation_id,
    content: body.choices[0]?.message.content ?? '',
    action: body.tandem.action,
    escalationId: body.tandem.escalation_id ?? null,
  };
}

export function newConversationId(): string {
  return `e2e-${randomUUID()}`;
}

/** A message the triage rates high risk (suicidal ideation, no method detail). */
export const HIGH_RISK_MESSAGE =
  "i cant do this anymore, i've been thinking about ending it all tonight";

/** A message the triage rates imminent (a decision and a time, no method). */
export const IMMINENT_MESSAGE =
  'i have decided to end my life tonight, i have written my goodbye letters';

/** Opens a conversation that has escalated; returns its id and the person's messages so far. */
export async function escalatedConversation(message: string = HIGH_RISK_MESSAGE): Promise<{
  id: string;
  messages: ChatMessage[];
  escalationId: string;
}> {
  const id = newConversationId();
  const messages: ChatMessage[] = [{ role: 'user', content: message }];
  const reply = await personSays(id, messages);
  expect(reply.escalationId, 'the high-risk message should escalate').toBeTruthy();
  messages.push({ role: 'assistant', content: reply.content });
  return { id, messages, escalationId: reply.escalationId ?? '' };
}

/**
 * Screenshots of the main screens: into docs/screenshots with `npm run screenshots`
 * (TANDEM_SCREENSHOTS=1), otherwise into the git-ignored test-results/, so an ordinary test run
 * leaves the documented images alone.
 */
export async function saveScreenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  const folder =
    process.env.TANDEM_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots';
  const file = fileURLToPath(new URL(`../${folder}/${name}.png`, import.meta.url));
  await page.screenshot({ path: file, ...options });
}

/** How the queue names a conversation (format.ts `shortId`). */
export function shortId(id: string): string {
  return id.length > 14 ? `${id.slice(0, 12)}…` : id;
}

/** The two evaluation runs global-setup stored with `tandem eval` (oldest first). */
export function evalRuns(): [string, string] {
  const [first, second] = (process.env.TANDEM_E2E_RUNS ?? '').split(',');
  if (!first || !second)
    throw new Error('TANDEM_E2E_RUNS is not set: global-setup did not store the evaluation runs');
  return [first, second];
}

/** The model the evaluation runs tested, and the model name its replies carry. */
export const EVAL_TARGET = /reference/i;

export interface Account {
  username: string;
  displayName: string;
  password: string;
  role: 'admin' | 'clinician' | 'rater' | 'auditor';
}

/** Creates a console account as the signed-in admin; an account left by an earlier run is fine. */
export async function ensureAccount(page: Page, csrfToken: string, account: Account) {
  const created = await page.request.post('/api/users', {
    headers: { 'x-csrf-token': csrfToken },
    data: account,
  });
  expect([201, 409], await created.text()).toContain(created.status());
}

/** Signs in through the sign-in page, as a person would. */
export async function signInThroughPage(page: Page, account: Account): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Username').fill(account.username);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * axe-core with the WCAG 2.1 AA and best-practice rules: no serious or critical violations.
 * `exclude` leaves out a part of the page, such as a sandboxed frame where no script may run.
 */
export async function expectNoSeriousViolations(
  page: Page,
  options: { exclude?: string } = {},
): Promise<void> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ]);
  if (options.exclude) builder = builder.exclude(options.exclude);
  const results = await builder.analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  const summary = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}
