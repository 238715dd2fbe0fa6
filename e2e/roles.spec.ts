/** The page offers only what the signed-in role may do: an auditor reads, never acts. */
import { escalatedConversation, expect, signIn, test } from './fixtures';

const AUDITOR = {
  username: 'sam.auditor',
  displayName: 'Sam Whitfield',
  password: 'ledger by the quiet river 7',
};

test('an auditor sees the queue and conversations without Claim, Take over or Resolve', async ({
  page,
  browser,
}) => {
  const csrfToken = await signIn(page);
  const created = await page.request.post('/api/users', {
    headers: { 'x-csrf-token': csrfToken },
    data: { ...AUDITOR, role: 'auditor' },
  });
  // 409 when an earlier run against the same server already made the account.
  expect([201, 409], await created.text()).toContain(created.status());
  const conversation = await escalatedConversation();

  const context = await browser.newContext();
  const auditorPage = await context.newPage();
  await auditorPage.goto('/login');
  await auditorPage.getByLabel('Username').fill(AUDITOR.username);
  await auditorPage.getByLabel('Password').fill(AUDITOR.password);
  await auditorPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(
    auditorPage.getByRole('heading', { level: 1, name: 'Escalation queue' }),
  ).toBeVisible();
  await expect(auditorPage.getByRole('banner')).toContainText('(auditor)');

  const cards = auditorPage
    .getByRole('list', { name: 'Open and claimed escalations' })
    .getByRole('listitem');
  await expect(cards.first()).toBeVisible();
  await expect(auditorPage.getByRole('button', { name: 'Claim' })).toHaveCount(0);

  await auditorPage.goto(`/conversations/${conversation.id}`);
  await expect(auditorPage.getByRole('heading', { name: 'Read only' })).toBeVisible();
  await expect(auditorPage.getByRole('button', { name: 'Take over' })).toHaveCount(0);
  await expect(auditorPage.getByRole('button', { name: 'Resolve escalation' })).toHaveCount(0);
  await context.close();
});
