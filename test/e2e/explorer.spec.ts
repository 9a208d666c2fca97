import { expect, test, type Page } from '@playwright/test';
import { openApp, screenshot, waitForMapIdle } from './driver';

/** Waits until the charts show a result for the current inputs (not an older one being replaced). */
async function waitForFreshResults(page: Page): Promise<void> {
  await expect(page.getByTestId('charts')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('headline-investment')).not.toBeEmpty();
}

async function openAssumptions(page: Page): Promise<void> {
  await page.getByRole('tab', { name: /情景假设|Assumptions/ }).click();
  await expect(page.getByTestId('scenario-panel')).toBeVisible();
}

/** Sets a range input the way a keyboard user does: focus, then Home/End/arrows. */
async function setSlider(page: Page, id: string, key: 'Home' | 'End' | 'ArrowLeft' | 'ArrowRight', times = 1): Promise<void> {
  const slider = page.locator(`#param-${id}`);
  await slider.focus();
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

const headline = (page: Page, id: string) => page.getByTestId(`headline-${id}`).locator('.headline__value');

test('moving a slider changes the headline figures and the charts; reset restores them', async ({ page }) => {
  const session = await openApp(page);
  await waitForMapIdle(page);
  await waitForFreshResults(page);
  const before = await headline(page, 'investment').textContent();
  const version = Number(await page.getByTestId('charts').getAttribute('data-results-version'));

  await openAssumptions(page);
  await setSlider(page, 'resumedByMayPct', 'Home');
  await expect(page.getByTestId('param-value-resumedByMayPct')).toContainText('0');
  await expect(headline(page, 'investment')).not.toHaveText(before ?? '');
  await expect
    .poll(async () => Number(await page.getByTestId('charts').getAttribute('data-results-version')))
    .toBeGreaterThan(version);
  await waitForFreshResults(page);
  await screenshot(page, 'explorer-changed');

  await page.getByTestId('scenario-reset').click();
  await waitForFreshResults(page);
  await expect(headline(page, 'investment')).toHaveText(before ?? '');
  expect(session.errors).toEqual([]);
  expect(session.foreignRequests).toEqual([]);
});

test('a preset changes the figures and Monte Carlo reports a probability', async ({ page }) => {
  await openApp(page);
  await waitForFreshResults(page);
  await expect(page.getByTestId('headline-probability')).toContainText('%');
  const onPlan = await headline(page, 'growth').textContent();
  await openAssumptions(page);
  await page.locator('[data-preset="conservative"]').click();
  await waitForFreshResults(page);
  await expect(headline(page, 'growth')).not.toHaveText(onPlan ?? '');
});

test('the month slider moves the month shown on the map and the charts', async ({ page }) => {
  await openApp(page, '/?month=2017-03');
  await waitForMapIdle(page);
  await expect(page.getByTestId('month-label')).toHaveText('2017-03');
  const slider = page.locator('#month-slider');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('month-label')).toHaveText('2017-04');
  await expect(page).toHaveURL(/month=2017-04/);
});

test('every chart has a text summary for screen readers', async ({ page }) => {
  await openApp(page);
  await waitForFreshResults(page);
  const summaries = page.locator('[data-testid^="chart-"][data-testid$="-summary"]');
  expect(await summaries.count()).toBeGreaterThanOrEqual(4);
  for (const text of await summaries.allTextContents()) expect(text.trim().length).toBeGreaterThan(20);
});
