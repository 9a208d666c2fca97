/** DOM access of the project register specs (see driver.ts for the rest of the app). */
import { expect, type Page } from '@playwright/test';

export const registerTab = (page: Page) => page.locator('#tab-register');
export const registerGrid = (page: Page) => page.getByTestId('register-grid');
export const registerSearch = (page: Page) => page.getByTestId('register-search');
export const registerSummary = (page: Page) => page.getByTestId('register-summary');
export const projectPanel = (page: Page) => page.getByTestId('project-panel');
/** Data rows currently in the DOM (the grid is virtualised), in display order. */
export const gridRows = (page: Page) => registerGrid(page).locator('[role="rowgroup"] + [role="rowgroup"] > [role="row"]');

export async function openRegister(page: Page): Promise<void> {
  await registerTab(page).click();
  await expect(registerGrid(page)).toBeVisible();
}

/** Texts of one column (by 0-based index) of the rendered rows, ordered by their row index. */
export async function columnTexts(page: Page, column: number): Promise<string[]> {
  return registerGrid(page).evaluate((grid, c) => {
    const rows = [...grid.querySelectorAll<HTMLElement>('[role="rowgroup"]:last-child > [role="row"]')];
    rows.sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')));
    return rows.map((row) => row.querySelectorAll<HTMLElement>('[role="gridcell"]')[c]?.textContent ?? '');
  }, column);
}

/** The `data-cell` ("row-column") of the focused grid cell, or null. */
export const focusedCell = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null);
