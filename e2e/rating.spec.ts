/**
 * Human rating: an admin assigns two raters to a run; each rates every item blind (one through
 * the page, one through the API); the admin then sees their progress and agreement per metric.
 */
import type { Page } from '@playwright/test';
import {
  ensureAccount,
  EVAL_TARGET,
  evalRuns,
  expect,
  expectNoSeriousViolations,
  saveScreenshot,
  signIn,
  signInThroughPage,
  test,
  type Account,
} from './fixtures';

const RHEA: Account = {
  username: 'rhea.mensah',
  displayName: 'Rhea Mensah',
  password: 'lanterns over the estuary 19',
  role: 'rater',
};
const TOMAS: Account = {
  username: 'tomas.varga',
  displayName: 'Tomás Varga',
  password: 'a kettle on the hob at noon 8',
  role: 'rater',
};

/** Nothing on the page may name the model under test. */
async function expectBlind(page: Page): Promise<void> {
  await expect(page.locator('body')).not.toContainText(EVAL_TARGET);
}

test('an admin assigns two raters, who rate blind, and sees their agreement', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const [runId] = evalRuns();
  const csrfToken = await signIn(page);
  await ensureAccount(page, csrfToken, RHEA);
  await ensureAccount(page, csrfToken, TOMAS);

  // The admin reaches the raters page from the run's report.
  await page.goto(`/runs/${runId}`);
  await page.getByRole('link', { name: 'Rate this run' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Raters and agreement' })).toBeVisible();
  await expect(page.getByText('No raters are assigned to this run yet.')).toBeVisible();
  const who = page.getByRole('group', { name: 'Who rates this run' });
  await who.getByRole('checkbox', { name: new RegExp(RHEA.displayName) }).check();
  await who.getByRole('checkbox', { name: new RegExp(TOMAS.displayName) }).check();
  await page.getByRole('button', { name: 'Save raters' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toContainText(RHEA.username);
  const progress = page.getByRole('table', { name: 'Assigned raters and their progress' });
  await expect(progress.getByRole('row', { name: new RegExp(RHEA.username) })).toContainText(
    '0 of 3 rated',
  );

  // Rhea rates through the page.
  const context = await browser.newContext();
  const rater = await context.newPage();
  await signInThroughPage(rater, RHEA);
  await expect(rater).toHaveURL(/\/rating$/);
  await expect(rater.getByRole('heading', { level: 1, name: 'Rating' })).toBeVisible();
  const nav = rater.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Rating' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Reports' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Escalation queue' })).toHaveCount(0);
  await expect(rater.getByText('0 of 3 rated')).toBeVisible();
  await expectBlind(rater);
  await rater.getByRole('link', { name: /Continue/ }).click();

  for (let position = 1; position <= 3; position++) {
    await expect(
      rater.getByRole('heading', { level: 1, name: `Item ${position} of 3` }),
    ).toBeVisible();
    await expect(rater.getByRole('list', { name: 'Transcript, oldest first' })).toContainText(
      'Person',
    );
    await expectBlind(rater);
    const questions = rater.locator('fieldset.rubric-item');
    const count = await questions.count();
    expect(count).toBeGreaterThan(0);

    if (position === 1) {
      // Nothing decided: the form says what is missing instead of sending.
      await rater.getByRole('button', { name: 'Submit rating' }).click();
      const alert = rater.getByRole('alert');
      await expect(alert).toContainText(`${count} items are not decided yet`);
      await expect(rater.getByRole('heading', { name: 'Item 1 of 3' })).toBeVisible();
      await expect(rater.getByRole('heading', { name: /^Empathy \(CES\)/ })).toBeVisible();
    }
    for (let i = 0; i < count; i++) {
      const question = questions.nth(i);
      const choice = i % 3 === 1 ? 'Not met' : 'Met';
      await question.getByRole('radio', { name: choice, exact: true }).check();
    }
    await expect(rater.getByText(`${count} of ${count} rubric items decided.`)).toBeVisible();
    if (position === 1) {
      await expect(rater.getByRole('alert')).toHaveCount(0);
      await expectNoSeriousViolations(rater);
      // The conversation sticks beside the rubric: the top of the page shows both.
      await rater.evaluate(() => window.scrollTo(0, 0));
      await saveScreenshot(rater, 'rating');
    }
    await rater.getByLabel('Note (optional)').fill(position === 2 ? 'Warm but vague.' : '');
    await rater.getByRole('button', { name: 'Submit rating' }).click();
    await expect(rater.getByRole('status', { name: 'Saved rating' })).toContainText(
      `Item ${position} saved.`,
    );
    await expect(rater.getByRole('status', { name: 'Saved rating' })).toContainText(
      `${position} of 3 rated`,
    );
  }
  await expect(rater.getByRole('heading', { level: 1, name: 'All items rated' })).toBeVisible();
  await rater.getByRole('link', { name: 'Back to your rating assignments' }).click();
  await expect(rater.getByText('3 of 3 rated (finished)')).toBeVisible();

  // Reports name the model, so a rater has none.
  await rater.goto('/runs');
  await expect(
    rater.getByRole('heading', { level: 1, name: 'No access to evaluation reports' }),
  ).toBeVisible();
  await expectBlind(rater);
  await context.close();

  // Tomás rates through the API, with other decisions.
  const login = await request.post('/api/auth/login', {
    data: { username: TOMAS.username, password: TOMAS.password },
  });
  expect(login.status(), await login.text()).toBe(200);
  const tomasCsrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  for (;;) {
    const next = (await (await request.get(`/api/rating/runs/${runId}/next`)).json()) as {
      done: boolean;
      item?: { key: string; rubric: Array<{ id: string }> };
    };
    expect(JSON.stringify(next)).not.toMatch(EVAL_TARGET);
    if (next.done || !next.item) break;
    const ratings = Object.fromEntries(next.item.rubric.map((r, i) => [r.id, i % 2 === 0]));
    const rated = await request.post(`/api/rating/runs/${runId}/items/${next.item.key}`, {
      headers: { 'x-csrf-token': tomasCsrf },
      data: { ratings },
    });
    expect(rated.status(), await rated.text()).toBe(200);
  }

  // The admin sees both finished and the agreement per metric.
  await page.reload();
  await expect(progress.getByRole('row', { name: new RegExp(RHEA.username) })).toContainText(
    '3 of 3 rated',
  );
  await expect(progress.getByRole('row', { name: new RegExp(TOMAS.username) })).toContainText(
    '3 of 3 rated',
  );
  const raterItems = page.getByRole('table', { name: /Raters’ agreement on Met \/ Not met/ });
  await expect(raterItems).toBeVisible();
  for (const metric of ['Empathy (CES)', 'Actionability and safety (ASA)', 'All metrics']) {
    await expect(
      raterItems.getByRole('row', { name: new RegExp(metric.replace(/[()]/g, '\\$&')) }),
    ).toBeVisible();
  }
  await expect(page.getByRole('table', { name: /Raters’ agreement on the 0–100/ })).toBeVisible();
  const judges = page.getByRole('table', { name: /Judges against human raters \(majority\)/ });
  await expect(judges.getByRole('row', { name: /builtin/ }).first()).toBeVisible();
  await saveScreenshot(page, 'rating-agreement', { fullPage: true });
});
