/**
 * (b) The whole loop: a person's message escalates, the escalation appears in the open queue
 * live, a clinician claims it, takes over, replies; the person's next call gets the reply
 * (`tandem.action === 'human'`); the clinician resolves the escalation.
 */
import {
  escalatedConversation,
  expect,
  HIGH_RISK_MESSAGE,
  newConversationId,
  personSays,
  IMMINENT_MESSAGE,
  resolveAll,
  saveScreenshot,
  shortId,
  signIn,
  test,
  type ChatMessage,
} from './fixtures';

test('an escalation arrives live, is claimed, taken over, answered and resolved', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Escalation queue' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();

  // The person writes after the page has loaded: only the event stream can show it.
  const id = newConversationId();
  const messages: ChatMessage[] = [{ role: 'user', content: HIGH_RISK_MESSAGE }];
  const first = await personSays(id, messages);
  expect(first.escalationId).toBeTruthy();
  messages.push({ role: 'assistant', content: first.content });

  const card = page.getByRole('listitem').filter({ hasText: `Conversation ${shortId(id)}` });
  await expect(card).toBeVisible();
  await expect(card).toContainText(/(High|Imminent) risk/);
  await expect(card).toContainText('Open, not yet claimed');
  await expect(card).toContainText(/Response due|Overdue/);

  await card.getByRole('button', { name: 'Claim' }).click();
  await expect(card).toContainText('Claimed by you');
  await expect(card.getByRole('button', { name: 'Claim' })).toHaveCount(0);

  await card.getByRole('link', { name: 'Open conversation' }).click();
  await expect(page).toHaveURL(new RegExp(`/conversations/${id}$`));
  await expect(page.getByRole('heading', { level: 1, name: /^Conversation / })).toBeVisible();
  const transcript = page.getByRole('list', { name: 'Transcript, oldest first' });
  await expect(transcript).toContainText('Person');
  await expect(transcript).toContainText(HIGH_RISK_MESSAGE);
  await expect(transcript).toContainText('AI assistant');
  // The triage cues are marked in the person's own words, and the turn's decision is one click away.
  const cues = transcript.locator('mark.cue');
  await expect(cues.first()).toBeVisible();
  expect(HIGH_RISK_MESSAGE).toContain((await cues.first().textContent()) ?? '\u0000');
  await expect(transcript).toContainText('Triage cues in this message');
  const decision = transcript.locator('details.decision').first();
  await expect(decision).toContainText(/Gateway decision: high risk .*escalated/);
  await decision.locator('summary').click();
  await expect(decision).toContainText(/Policy.*escalate to a person/);
  await expect(decision).toContainText(/Output checks\s*\d+ ran/);

  await page.getByRole('button', { name: 'Take over' }).click();
  await expect(page.getByText('You are answering.')).toBeVisible();
  const reply =
    'I am Amara, one of the clinicians here. I am really glad you wrote. Are you somewhere safe right now?';
  await page.getByLabel('Reply to the person').fill(reply);
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(transcript).toContainText(reply);
  await expect(transcript).toContainText('waiting for the person’s next message');
  await saveScreenshot(page, 'conversation', { fullPage: true });

  // The person's next turn is answered by the clinician, not the AI.
  messages.push({ role: 'user', content: 'i am at home. i dont know what to do' });
  const next = await personSays(id, messages);
  expect(next.action).toBe('human');
  expect(next.content).toContain(reply);
  await expect(transcript).toContainText('delivered', { timeout: 15_000 });

  const resolver = page.getByRole('region', { name: 'Escalations' });
  await resolver
    .getByLabel('Add a note')
    .fill('Called the crisis team; they will phone her at 21:00.');
  await resolver.getByRole('button', { name: 'Save note' }).click();
  await expect(resolver.getByRole('region', { name: 'Notes on this escalation' })).toContainText(
    'Called the crisis team',
  );
  await resolver
    .getByLabel('Outcome')
    .fill('Spoke with the person; safety plan agreed, crisis team follow-up tonight.');
  await resolver.getByRole('button', { name: 'Resolve escalation' }).click();
  await expect(resolver).toContainText('No open escalations for this conversation.');

  // A second message, then the hand-back with a note for the AI: the hand-back waits until the
  // person's next message has carried what the clinician wrote.
  const followUp = 'I will stay in touch with you tonight. Your sister Mia knows you might call.';
  await page.getByLabel('Reply to the person').fill(followUp);
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(transcript).toContainText(followUp);
  await page.getByRole('button', { name: 'Hand back to the AI…' }).click();
  await expect(page.getByText(/not reached the person yet: the hand-back waits/)).toBeVisible();
  const note = 'Safety plan agreed; she will call her sister Mia tonight. Crisis team follows up.';
  await page.getByLabel('Note for the AI (optional)').fill(note);
  await page.getByRole('button', { name: 'Hand back', exact: true }).click();
  await expect(page.getByText('Handing back to the AI.')).toBeVisible();

  messages.push({ role: 'assistant', content: next.content }, { role: 'user', content: 'ok' });
  const carried = await personSays(id, messages);
  expect(carried.action).toBe('human');
  expect(carried.content).toContain(followUp);
  await expect(page.getByText('The AI assistant is answering')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(note)).toBeVisible();

  await page.getByRole('link', { name: '← Escalation queue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Escalation queue' })).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: `Conversation ${shortId}` }),
  ).toHaveCount(0);
});

test('the queue puts the most urgent first and the page works from the keyboard', async ({
  page,
}) => {
  await signIn(page);
  await escalatedConversation();
  await page.goto('/');
  const cards = page
    .getByRole('list', { name: 'Open and claimed escalations' })
    .getByRole('listitem');
  await expect(cards.first()).toBeVisible();
  const levels = await cards.locator('.level').allInnerTexts();
  const rank = (text: string) =>
    ['No risk', 'Low risk', 'Moderate risk', 'High risk', 'Imminent risk'].indexOf(text.trim());
  const ranks = levels.map(rank);
  expect(ranks).toEqual([...ranks].sort((a, b) => b - a));

  // Tab reaches the skip link first, then the controls, each with a visible focus ring.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(
    () => getComputedStyle(document.activeElement as Element).outlineStyle,
  );
  expect(outline).not.toBe('none');
});

test('overdue responses are said in words, and imminent risk comes first', async ({ page }) => {
  const csrfToken = await signIn(page);
  await resolveAll(page, csrfToken);
  const high = await escalatedConversation();
  const imminent = await escalatedConversation(IMMINENT_MESSAGE);
  const claimed = await escalatedConversation();
  const claim = await page.request.post(`/api/escalations/${claimed.escalationId}/claim`, {
    headers: { 'x-csrf-token': csrfToken },
    data: {},
  });
  expect(claim.status(), await claim.text()).toBe(200);

  // Eight minutes on: the imminent one (due in 5) is late, the high ones (due in 15) are not.
  await page.clock.install({ time: new Date(Date.now() + 8 * 60_000) });
  await page.goto('/');
  const cards = page
    .getByRole('list', { name: 'Open and claimed escalations' })
    .getByRole('listitem');
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(0)).toContainText(`Conversation ${shortId(imminent.id)}`);
  await expect(cards.nth(0)).toContainText('Imminent risk');
  await expect(cards.nth(0)).toContainText(/Overdue by \d+ min/);
  for (const i of [1, 2]) {
    await expect(cards.nth(i)).toContainText('High risk');
    await expect(cards.nth(i)).toContainText(/Response due in \d+ min/);
    await expect(cards.nth(i)).not.toContainText('Overdue');
  }
  await expect(page.getByText(/2 open, 1 claimed, 1 overdue/)).toBeVisible();
  await expect(cards.filter({ hasText: `Conversation ${shortId(claimed.id)}` })).toContainText(
    'Claimed by you',
  );
  await expect(cards.filter({ hasText: `Conversation ${shortId(high.id)}` })).toContainText(
    'Open, not yet claimed',
  );
  await saveScreenshot(page, 'queue', { fullPage: true });
});
