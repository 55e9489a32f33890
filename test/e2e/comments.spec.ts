import { expect, test } from './fixtures';
import { addCard, cardByTitle, header, laneNames, selectCard, waitSaved } from './support/editor';
import { createMap, createProject } from './support/home';
import { switchLanguage } from './support/language';
import { artefact, commentsSection, openSidePanel, thread, writeComment } from './support/workshop';

test('comments on a card and a stage: ask for the author once, reply, resolve, reopen, list open threads, focus their target, keep after reload', async ({ page }) => {
  // A whole review session in one test: three times the usual time on a busy machine.
  test.slow();
  await createProject(page, 'Workshop');
  await createMap(page, 'Checkout');
  const painLane = (await laneNames(page)).indexOf('Pain points');
  await addCard(page, { stageIndex: 2, laneIndex: painLane }, 'Card declined without reason');
  await addCard(page, { stageIndex: 0, laneIndex: 0 }, 'Sees an ad');

  // First comment: the settings have no author yet, so the app asks once and saves the name.
  await cardByTitle(page, 'Card declined without reason').click();
  const inspector = page.getByTestId('inspector');
  await expect(inspector).toHaveAttribute('data-subject', 'card');
  await writeComment(page, 'Is this only on mobile?');
  const ask = page.getByRole('dialog', { name: 'What is your name?' });
  await ask.getByRole('button', { name: 'Save and post' }).click();
  await expect(ask.getByText('Enter your name.')).toBeVisible();
  await ask.getByLabel('Your name').fill('Ada Lovelace');
  await ask.getByRole('button', { name: 'Save and post' }).click();
  await expect(ask).toBeHidden();
  const cardThread = thread(commentsSection(page), 'Is this only on mobile?');
  await expect(cardThread.getByTestId('comment')).toHaveCount(1);
  await expect(cardThread.getByText('Ada Lovelace')).toBeVisible();
  await expect(cardThread.locator('time')).toHaveText('just now');
  await expect(commentsSection(page).getByRole('textbox', { name: 'Write a comment…' })).toHaveValue('');

  // Reply, with the button this time; no second question for the name.
  await cardThread.getByRole('button', { name: 'Reply' }).click();
  const replyBox = cardThread.getByRole('textbox', { name: 'Write a reply…' });
  await expect(replyBox).toBeFocused();
  await replyBox.fill('Desktop too, seen in 3 interviews');
  await cardThread.getByRole('button', { name: 'Reply', exact: true }).last().click();
  await expect(cardThread.getByTestId('comment-text')).toHaveText(['Is this only on mobile?', 'Desktop too, seen in 3 interviews']);
  await expect(page.getByRole('dialog', { name: 'What is your name?' })).toBeHidden();

  // Edit one's own text; undo brings the old text back.
  // (While editing, the text shows in a box, so the thread is found by position here.)
  const onlyThread = commentsSection(page).getByTestId('comment-thread');
  await onlyThread.getByTestId('comment').first().getByRole('button', { name: 'Edit' }).click();
  const editBox = onlyThread.getByRole('textbox', { name: 'Edit the comment' });
  await editBox.fill('Is this only on mobile Safari?');
  await editBox.press('Control+Enter');
  await expect(onlyThread.getByTestId('comment-text').first()).toHaveText('Is this only on mobile Safari?');
  await expect(onlyThread.getByText('(edited)')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(onlyThread.getByTestId('comment-text').first()).toHaveText('Is this only on mobile?');
  await expect(onlyThread.getByText('(edited)')).toHaveCount(0);

  // A stage.
  await header(page, 'stage', 'Aware').locator('.jc-stage__name').click();
  await expect(inspector).toHaveAttribute('data-subject', 'stage');
  await writeComment(page, 'Split this stage into ads and word of mouth?');
  await expect(thread(commentsSection(page), 'Split this stage into ads and word of mouth?')).toBeVisible();
  await artefact(page, 'comments-inspector');

  // The panel lists every open thread, newest first, with its target.
  const panel = await openSidePanel(page, 'Comments');
  const rows = panel.getByTestId('open-thread');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Aware');
  await expect(rows.nth(0)).toContainText('Split this stage');
  await expect(rows.nth(1)).toContainText('Card declined without reason');
  await expect(rows.nth(1)).toContainText('1 reply');
  // The toolbar button's badge counts the open threads.
  await expect(page.locator('.ant-badge', { has: page.getByTestId('panel-toggle-comments') })).toContainText('2');

  // Clicking a thread selects its target and shows the thread in the inspector.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(inspector).toHaveAttribute('data-subject', 'map');
  await rows.nth(1).click();
  await expect(inspector).toHaveAttribute('data-subject', 'card');
  await expect(inspector.locator('#inspector-card-title')).toHaveValue('Card declined without reason');
  await expect(cardByTitle(page, 'Card declined without reason')).toHaveClass(/selected/);
  await artefact(page, 'comments-panel');

  // Resolve: the thread folds in the inspector and leaves the panel's open list.
  await thread(commentsSection(page), 'Is this only on mobile?').getByRole('button', { name: 'Resolve' }).click();
  const resolved = commentsSection(page).locator('[data-testid="comment-thread"][data-resolved="true"]');
  await expect(resolved).toHaveCount(0);
  await commentsSection(page).getByRole('button', { name: 'Show 1 resolved thread' }).click();
  await expect(resolved).toHaveCount(1);
  await expect(resolved.getByText('Resolved by Ada Lovelace')).toBeVisible();
  await expect(rows).toHaveCount(1);
  await panel.getByText('Show resolved threads').click();
  await expect(rows).toHaveCount(2);
  await panel.getByText('Show resolved threads').click();
  await expect(rows).toHaveCount(1);
  await rows.first().click();
  await expect(inspector).toHaveAttribute('data-subject', 'stage');
  await expect(thread(commentsSection(page), 'Split this stage into ads and word of mouth?')).toBeVisible();

  // Reopen it again: the panel lists resolved threads on request, and a click leads to the card.
  await panel.getByText('Show resolved threads').click();
  await rows.filter({ hasText: 'Card declined without reason' }).click();
  await expect(inspector.locator('#inspector-card-title')).toHaveValue('Card declined without reason');
  // A resolved thread picked in the panel shows unfolded in the inspector.
  await expect(resolved.getByTestId('comment-text')).toHaveText(['Is this only on mobile?', 'Desktop too, seen in 3 interviews']);
  await resolved.getByRole('button', { name: 'Reopen' }).click();
  await expect(thread(commentsSection(page), 'Is this only on mobile?')).toHaveAttribute('data-resolved', 'false');
  await panel.getByText('Show resolved threads').click();
  await expect(rows).toHaveCount(2);
  await waitSaved(page);

  // Everything is in the project file.
  await page.reload();
  await expect(page.getByTestId('map-editor')).toBeVisible();
  const afterReload = await openSidePanel(page, 'Comments');
  await expect(afterReload.getByTestId('open-thread')).toHaveCount(2);
  await afterReload.getByTestId('open-thread').nth(1).click();
  const reloaded = thread(commentsSection(page), 'Is this only on mobile?');
  await expect(reloaded.getByTestId('comment-text')).toHaveText(['Is this only on mobile?', 'Desktop too, seen in 3 interviews']);
  await expect(reloaded.getByText('Ada Lovelace')).toHaveCount(2);

  // Deleting the root takes the replies with it.
  await reloaded.getByRole('button', { name: 'Delete the comment by Ada Lovelace' }).first().click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Delete' }).click();
  await expect(commentsSection(page).getByTestId('comment-thread')).toHaveCount(0);
  await expect(afterReload.getByTestId('open-thread')).toHaveCount(1);
});

test('the moments panel lists marked cards and stages by kind and stage, a click focuses one; the workshop panels in Chinese', async ({ page }) => {
  test.slow();
  await createProject(page, 'Workshop');
  await createMap(page, 'Checkout');
  await addCard(page, { stageIndex: 3, laneIndex: 0 }, 'Opens the parcel');
  await addCard(page, { stageIndex: 1, laneIndex: 0 }, 'Compares prices');
  const pickMoment = async (id: string, label: string) => {
    await page.locator(`#${id}`).click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByText(label, { exact: true }).click();
    await waitSaved(page);
  };
  await selectCard(page, 'Opens the parcel');
  await pickMoment('card-moment', 'Wow moment');
  await selectCard(page, 'Compares prices');
  await pickMoment('card-moment', 'Moment of truth');
  await header(page, 'stage', 'Purchase').locator('.jc-stage__name').click();
  await pickMoment('stage-moment', 'Moment of truth');

  const panel = await openSidePanel(page, 'Moments');
  await expect(panel.getByTestId('moment-group')).toHaveCount(2);
  const truth = panel.locator('[data-testid="moment-group"][data-moment="truth"]');
  await expect(truth.getByTestId('moment-entry')).toHaveText([/^Compares pricesConsider · Customer actions$/, /^PurchaseWhole stage$/]);
  await expect(panel.locator('[data-testid="moment-group"][data-moment="wow"]').getByTestId('moment-entry')).toHaveText([/^Opens the parcel/]);

  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await truth.getByTestId('moment-entry').nth(1).click();
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-subject', 'stage');
  await expect(page.locator('#inspector-stage-name')).toHaveValue('Purchase');
  await panel.locator('[data-moment="wow"]').getByTestId('moment-entry').click();
  await expect(page.locator('#inspector-card-title')).toHaveValue('Opens the parcel');
  await artefact(page, 'moments-panel');

  // The same panels in Chinese; switching the language keeps the open panel open.
  await switchLanguage(page, '简体中文');
  await expect(panel.getByText('惊喜时刻', { exact: true })).toBeVisible();
  await artefact(page, 'moments-panel-zh-CN');
  await page.getByRole('button', { name: '圆点投票', exact: true }).click();
  await expect(panel.getByRole('button', { name: '发起投票' })).toBeVisible();
  await page.getByTestId('panel-toggle-comments').click();
  await expect(panel.getByText('显示已解决的讨论')).toBeVisible();
  await artefact(page, 'comments-panel-zh-CN');
});
