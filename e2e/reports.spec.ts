/** Reports: the list of runs, a run's summary with CIs and its framed HTML report, a comparison. */
import {
  ensureAccount,
  evalRuns,
  expect,
  expectNoSeriousViolations,
  saveScreenshot,
  signIn,
  signInThroughPage,
  test,
  type Account,
} from './fixtures';

const CI = /\d+\.\d \[\d+\.\d, \d+\.\d\]/;

test('the reports page lists the runs; a report shows its summary and the framed HTML page', async ({
  page,
}) => {
  const [first, second] = evalRuns();
  await signIn(page);
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Reports' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evaluation reports' })).toBeVisible();
  const runs = page.getByRole('table', { name: 'Evaluation runs' });
  await expect(runs.getByRole('row', { name: new RegExp(first) })).toContainText('3 of 3');
  await expect(runs.getByRole('row', { name: new RegExp(second) })).toContainText('e2e-mini');

  await runs.getByRole('link', { name: first }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Run ${first}` })).toBeVisible();
  const summary = page.getByRole('table', { name: 'Mean [95% CI] and n per judge and metric' });
  const builtin = summary.getByRole('row', { name: /builtin/ });
  await expect(builtin).toContainText(CI);
  await expect(builtin).toContainText('n = 3');
  await expect(page.getByRole('table', { name: /per dimension value/ })).toContainText('area');
  await expect(page.getByRole('link', { name: 'Rate this run' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Open the full report in a new tab' }),
  ).toHaveAttribute('href', `/api/runs/${first}/report.html`);

  const frame = page.frameLocator(`iframe[title="Full HTML report of run ${first}"]`);
  await expect(frame.getByRole('heading', { level: 1, name: /HAAS-e run report/ })).toBeVisible();
  await expect(frame.getByRole('heading', { name: 'Charts' })).toBeVisible();
  await expect(page.locator('iframe.report-frame')).toHaveAttribute('sandbox', '');

  // The framed report is the server's own page, where no script (axe included) may run.
  await expectNoSeriousViolations(page, { exclude: 'iframe.report-frame' });
  await saveScreenshot(page, 'report');
});

test('two runs compared: B − A per judge and metric, with a verdict in words', async ({ page }) => {
  const [first, second] = evalRuns();
  await signIn(page);
  await page.goto('/runs');
  await page.getByLabel('Run A (baseline)').selectOption(first);
  await page.getByLabel('Run B (candidate)').selectOption(second);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(new RegExp(`/runs/compare\\?a=${first}&b=${second}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Compare two runs' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Run B against run A, per judge and metric' });
  const rows = table.getByRole('row', { name: /builtin/ });
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThanOrEqual(2);
  await expect(rows.first()).toContainText(/B better|B worse|no clear difference/);
  await saveScreenshot(page, 'compare');
});

const RATER: Account = {
  username: 'ines.rater',
  displayName: 'Inês Duarte',
  password: 'gulls over the harbour wall 5',
  role: 'rater',
};

test('a rater has no Reports link and the reports page says no access', async ({
  page,
  browser,
}) => {
  const csrfToken = await signIn(page);
  await ensureAccount(page, csrfToken, RATER);
  const context = await browser.newContext();
  const rater = await context.newPage();
  await signInThroughPage(rater, RATER);
  await expect(rater.getByRole('heading', { level: 1, name: 'Rating' })).toBeVisible();
  await expect(
    rater.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }),
  ).toHaveCount(0);
  await rater.goto('/runs');
  await expect(
    rater.getByRole('heading', { level: 1, name: 'No access to evaluation reports' }),
  ).toBeVisible();
  await rater.goto(`/runs/${evalRuns()[0]}`);
  await expect(
    rater.getByRole('heading', { level: 1, name: 'No access to evaluation reports' }),
  ).toBeVisible();
  await rater.goto('/');
  await expect(rater).toHaveURL(/\/rating$/);
  await context.close();
});
