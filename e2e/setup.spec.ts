/** (a) First start: the setup link creates the admin; sign out; sign in again. */
import { ADMIN, expect, saveScreenshot, serverUrl, setupToken, test } from './fixtures';

test('the setup link creates the admin, who can sign out and sign in again', async ({ page }) => {
  const state = (await (await fetch(`${serverUrl()}/api/auth/state`)).json()) as {
    setupRequired: boolean;
  };
  test.skip(
    !state.setupRequired,
    'the admin already exists (this server was set up by an earlier spec)',
  );

  await page.goto(`/setup#token=${encodeURIComponent(setupToken())}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Create the administrator account' }),
  ).toBeVisible();
  // The token came from the link: no field asks for it.
  await expect(page.getByLabel('Setup token')).toHaveCount(0);
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Display name').fill(ADMIN.displayName);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Repeat the password').fill(`${ADMIN.password}x`);
  await expect(page.getByText('The two passwords differ.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create account and sign in' })).toBeDisabled();
  await page.getByLabel('Repeat the password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Create account and sign in' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Escalation queue' })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  // The spent token is not left in the address bar or history.
  expect(new URL(page.url()).hash).toBe('');
  await expect(page.getByRole('banner')).toContainText(ADMIN.displayName);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  // Signed out means signed out: the queue sends you back to sign in.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

  await page.getByLabel('Username').fill(ADMIN.username);
  await saveScreenshot(page, 'login');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('do not match');

  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Escalation queue' })).toBeVisible();
});

test('a spent or wrong setup token is refused with a message', async ({ page }) => {
  await page.goto('/setup#token=not-a-real-token');
  // After setup the page says so; before it, the server refuses the token.
  const done = page.getByRole('heading', { level: 1, name: 'Setup is complete' });
  const form = page.getByRole('heading', { level: 1, name: 'Create the administrator account' });
  await expect(done.or(form)).toBeVisible();
  if (await form.isVisible()) {
    await page.getByLabel('Username').fill('someone');
    await page.getByLabel('Display name').fill('Someone');
    await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await page.getByLabel('Repeat the password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create account and sign in' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
  }
});
