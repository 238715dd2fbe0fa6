/** Co-created drafts: a held reply is edited and approved in the console, reaches the person, and the export contains it. */
import { execFileSync } from 'node:child_process';
import {
  expect,
  expectNoSeriousViolations,
  newConversationId,
  saveScreenshot,
  serverUrl,
  signIn,
  test,
} from './fixtures';

async function institutionalTurn(
  conversationId: string,
  messages: Array<{ role: string; content: string }>,
) {
  const response = await fetch(`${serverUrl()}/v1/chat/completions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-tandem-conversation-id': conversationId,
      'x-tandem-area': 'institutional',
    },
    body: JSON.stringify({ model: 'tandem', messages }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as {
    choices: Array<{ message: { content: string } }>;
    tandem: { action: string };
  };
  return { content: body.choices[0]?.message.content ?? '', action: body.tandem.action };
}

test('a held draft is edited and approved, reaches the person, and is exported as a preference pair', async ({
  page,
}) => {
  await signIn(page);
  const id = newConversationId();
  const first = 'work keeps me up at night and i dread every morning';
  const held = await institutionalTurn(id, [{ role: 'user', content: first }]);
  expect(held.action).toBe('human');
  expect(held.content).toMatch(/reads every reply/);

  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Drafts' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Drafts to review' })).toBeVisible();
  const card = page.getByRole('article').filter({ hasText: first });
  await expect(card).toBeVisible();
  await expect(card).toContainText('HAAS-e findings on the draft');
  await expectNoSeriousViolations(page);
  await saveScreenshot(page, 'drafts', { fullPage: true });

  const edit =
    'Dreading every morning sounds exhausting. I am Amara from the care team: what is the first thing that happens when you wake up?';
  await card.getByLabel(/Reply to send/).fill(edit);
  await card.getByRole('button', { name: 'Send my edit' }).click();
  await expect(page.getByRole('article').filter({ hasText: first })).toHaveCount(0);

  const next = await institutionalTurn(id, [
    { role: 'user', content: first },
    { role: 'assistant', content: held.content },
    { role: 'user', content: 'the alarm, then my stomach drops' },
  ]);
  expect(next.content).toBe(edit);

  const dir = process.env['TANDEM_E2E_DIR'];
  expect(dir, 'the e2e setup exposes its directory').toBeTruthy();
  const exported = execFileSync(
    process.execPath,
    ['bin/tandem.js', '--db', `${dir}/tandem.db`, 'export', 'preferences'],
    {
      encoding: 'utf8',
    },
  );
  const pairs = exported
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { conversation_id: string; chosen: string; kind: string });
  expect(pairs).toContainEqual(
    expect.objectContaining({ conversation_id: id, chosen: edit, kind: 'edited' }),
  );
});
