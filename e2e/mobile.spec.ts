/** (d) A phone-width screen (390 px): the pages fit without scrolling sideways. */
import {
  ADMIN,
  escalatedConversation,
  evalRuns,
  expect,
  saveScreenshot,
  signIn,
  test,
} from './fixtures';

test.use({ viewport: { width: 390, height: 844 } });

async function expectNoHorizontalScroll(page: import('@playwright/test').Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(
    widths.scroll,
    `page is ${widths.scroll}px wide in a ${widths.client}px window`,
  ).toBeLessThanOrEqual(widths.client);
}

test('the queue at 390 px has no horizontal scroll', async ({ page }) => {
  await signIn(page);
  await escalatedConversation();
  await page.goto('/');
  const card = page
    .getByRole('list', { name: 'Open and claimed escalations' })
    .getByRole('listitem')
    .first();
  await expect(card).toBeVisible();
  await expect(card.getByRole('link', { name: 'Open conversation' })).toBeInViewport();
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, 'queue-mobile');
});

test('a conversation at 390 px has no horizontal scroll', async ({ page }) => {
  await signIn(page);
  const conversation = await escalatedConversation();
  await page.goto(`/conversations/${conversation.id}`);
  await expect(page.getByRole('list', { name: 'Transcript, oldest first' })).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test('a rating item and a run report at 390 px have no horizontal scroll', async ({ page }) => {
  const [, runId] = evalRuns();
  const csrfToken = await signIn(page);
  // Admins may rate too: the admin rates the second run, which the rating spec leaves alone.
  const assigned = await page.request.put(`/api/rating/runs/${runId}/raters`, {
    headers: { 'x-csrf-token': csrfToken },
    data: { raters: [ADMIN.username] },
  });
  expect(assigned.status(), await assigned.text()).toBe(200);
  await page.goto(`/rating/${runId}`);
  await expect(page.getByRole('heading', { level: 1, name: /^Item 1 of \d+$/ })).toBeVisible();
  await expectNoHorizontalScroll(page);

  await page.goto(`/runs/${runId}`);
  await expect(page.getByRole('heading', { name: 'HAAS-e summary' })).toBeVisible();
  await expectNoHorizontalScroll(page);
});
