/**
 * Presentation-mode helpers for browser tests: what a presenter does (keys, clicks) and sees
 * (chapter, camera, figures), read from the page's DOM only.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { waitForMapIdle } from './driver';

export const presentation = (page: Page): Locator => page.getByTestId('presentation');
export const enterPresentationButton = (page: Page): Locator => page.getByTestId('enter-presentation');
export const exitPresentationButton = (page: Page): Locator => page.getByTestId('exit-presentation');

/** Waits until the tour is on screen over an idle map. */
export async function waitForPresentation(page: Page): Promise<void> {
  await expect(presentation(page)).toBeVisible({ timeout: 30_000 });
  await waitForMapIdle(page);
}

/** Presses a key as a presentation clicker or the keyboard would send it. */
export async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
}

export async function expectChapter(page: Page, id: string): Promise<void> {
  await expect(presentation(page)).toHaveAttribute('data-chapter-id', id);
}

export interface CameraAtRest {
  center: [number, number];
  zoom: number;
  pitch: number;
  bearing: number;
}

/** Waits until the camera has come to rest on chapter `id`'s view, and returns where it rests. */
export async function cameraAtRest(page: Page, id: string): Promise<CameraAtRest> {
  const stage = presentation(page);
  await expect(stage).toHaveAttribute('data-camera-for', id, { timeout: 30_000 });
  const read = async (name: string) => {
    const value = await stage.getAttribute(`data-camera-${name}`);
    if (value === null) throw new Error(`data-camera-${name} missing`);
    return value;
  };
  const [lng, lat] = (await read('center')).split(',').map(Number) as [number, number];
  return {
    center: [lng, lat],
    zoom: Number(await read('zoom')),
    pitch: Number(await read('pitch')),
    bearing: Number(await read('bearing')),
  };
}

export interface ShownFigure {
  id: string;
  value: number;
  text: string;
}

/** The figures of the current chapter, once the simulator's result is in. */
export async function shownFigures(page: Page): Promise<ShownFigure[]> {
  const figures = page.getByTestId('present-figures').locator('[data-figure-id]');
  await expect(figures.first()).toHaveAttribute('data-value', /.+/);
  const out: ShownFigure[] = [];
  for (const figure of await figures.all()) {
    out.push({
      id: (await figure.getAttribute('data-figure-id')) ?? '',
      value: Number(await figure.getAttribute('data-value')),
      text: ((await figure.locator('.present-figure__value').first().textContent()) ?? '').trim(),
    });
  }
  return out;
}

/** Waits until the three.js columns layer has been loaded and added to the map. */
export async function waitForColumns(page: Page): Promise<void> {
  await expect(presentation(page)).toHaveAttribute('data-columns', 'ready', { timeout: 30_000 });
}

export async function presentationScreenshot(page: Page, name: string): Promise<void> {
  await waitForMapIdle(page);
  await page.screenshot({ path: `test/output/${name}.png` });
}
