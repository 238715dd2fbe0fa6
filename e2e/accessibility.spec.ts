/** (c) axe-core on the login, queue and conversation pages: no serious or critical violations. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { escalatedConversation, expect, signIn, test } from './fixtures';

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  const summary = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

test('the sign-in page', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('the escalation queue', async ({ page }) => {
  await signIn(page);
  await escalatedConversation();
  await page.goto('/');
  await expect(
    page.getByRole('list', { name: 'Open and claimed escalations' }).getByRole('listitem').first(),
  ).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('a conversation', async ({ page }) => {
  await signIn(page);
  const conversation = await escalatedConversation();
  await page.goto(`/conversations/${conversation.id}`);
  await expect(page.getByRole('list', { name: 'Transcript, oldest first' })).toBeVisible();
  await page.getByRole('button', { name: 'Take over' }).click();
  await expect(page.getByLabel('Reply to the person')).toBeVisible();
  await expectNoSeriousViolations(page);
});
