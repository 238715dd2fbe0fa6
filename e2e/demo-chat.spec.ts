/** The demo chat: every decision beside the reply, nothing stored, nobody paged. */
import {
  expect,
  expectNoSeriousViolations,
  HIGH_RISK_MESSAGE,
  saveScreenshot,
  serverUrl,
  signIn,
  test,
} from './fixtures';

test('a tester sees each turn’s decisions, and nothing reaches the queue', async ({ page }) => {
  const csrf = await signIn(page);
  const before = await page.request.get(`${serverUrl()}/api/escalations?status=open,claimed`);
  const openBefore = ((await before.json()) as { data: unknown[] }).data.length;

  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Demo chat' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Demo chat' })).toBeVisible();
  await expect(page.getByText('nothing is stored and nobody is paged')).toBeVisible();

  await page.getByLabel('Message').fill(HIGH_RISK_MESSAGE);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const chat = page.getByRole('list', { name: 'Demo conversation, oldest first' });
  await expect(chat.locator('.message--assistant')).toHaveCount(1);
  const decision = chat.locator('details.decision').first();
  await expect(decision).toContainText('would escalate to a person');
  await expect(decision).toContainText(/Cues that counted/);
  await expect(decision).toContainText(/Policy/);
  await expect(decision).toContainText(/Output checks/);
  await expect(chat.locator('mark.cue').first()).toBeVisible();

  // A second turn carries the conversation; the page keeps both decisions.
  await page.getByLabel('Message').fill('no one would even notice if i was gone');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(chat.locator('.message--assistant')).toHaveCount(2);
  await expect(chat.locator('details.decision')).toHaveCount(2);
  await expectNoSeriousViolations(page);
  await saveScreenshot(page, 'demo-chat', { fullPage: true });

  const after = await page.request.get(`${serverUrl()}/api/escalations?status=open,claimed`);
  expect(((await after.json()) as { data: unknown[] }).data.length).toBe(openBefore);
  expect(csrf).not.toBe('');

  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByText('No messages yet.')).toBeVisible();
});
