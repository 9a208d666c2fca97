import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { formatMoney } from '../../src/shared/money-format';
import { APP_ORIGIN, openApp, recordScriptDownloads, waitForMapIdle } from './driver';
import {
  cameraAtRest,
  enterPresentationButton,
  exitPresentationButton,
  expectChapter,
  press,
  presentation,
  presentationScreenshot,
  shownFigures,
  waitForColumns,
  waitForPresentation,
} from './present-driver';
import { expectedChapterFigures, expectedClusterOutputs, expectedResult, tour } from './present-expected';

const TOUR = tour();
const LAST = TOUR.chapters.length - 1;

/** Strings the three.js core writes into every build of it (as test/gates/bundle-budget.mjs). */
const THREE_MARKERS = ['__THREE__', 'Multiple instances of Three.js'];
const containsThree = (paths: Iterable<string>) =>
  [...paths].filter((path) => {
    const code = readFileSync(`dist${path.replace(/^\//, '/')}`, 'utf8');
    return THREE_MARKERS.some((marker) => code.includes(marker));
  });

/**
 * Jumps to chapter `index` (0-based) with the number keys, as a presenter would. Home first: a digit
 * typed just after another one would join it ("1" then "2" is chapter 12).
 */
async function jumpTo(page: Page, index: number): Promise<void> {
  await press(page, 'Home');
  const n = String(index + 1);
  for (const digit of n) await press(page, digit);
  await expectChapter(page, TOUR.chapters[index]!.id);
}

test('keyboard through every chapter and back; each chapter reaches its camera target; Esc leaves', async ({ page }) => {
  test.setTimeout(240_000);
  const session = await openApp(page);
  await waitForMapIdle(page);
  await enterPresentationButton(page).click();
  await waitForPresentation(page);
  expect(new URL(page.url()).searchParams.get('mode')).toBe('present');
  // Paused, so the auto-advance clock cannot move on while a slow software renderer is still flying.
  await press(page, 'p');
  await expect(presentation(page)).toHaveAttribute('data-paused', 'true');

  const forward = ['ArrowRight', 'PageDown', ' '];
  for (const [i, chapter] of TOUR.chapters.entries()) {
    await expectChapter(page, chapter.id);
    const camera = await cameraAtRest(page, chapter.id);
    expect(camera.center[0], `${chapter.id} longitude`).toBeCloseTo(chapter.camera.center[0], 3);
    expect(camera.center[1], `${chapter.id} latitude`).toBeCloseTo(chapter.camera.center[1], 3);
    expect(camera.zoom, `${chapter.id} zoom`).toBeCloseTo(chapter.camera.zoom, 2);
    expect(camera.pitch, `${chapter.id} pitch`).toBeCloseTo(chapter.camera.pitch, 1);
    expect(camera.bearing, `${chapter.id} bearing`).toBeCloseTo(chapter.camera.bearing, 1);
    if (i < LAST) await press(page, forward[i % forward.length]!);
  }
  // At the end, "next" stays on the last chapter.
  await press(page, 'ArrowRight');
  await expectChapter(page, TOUR.chapters[LAST]!.id);

  const back = ['ArrowLeft', 'PageUp'];
  for (let i = LAST; i > 0; i--) {
    await press(page, back[i % back.length]!);
    await expectChapter(page, TOUR.chapters[i - 1]!.id);
  }
  await cameraAtRest(page, TOUR.chapters[0]!.id);

  await press(page, 'Escape');
  await expect(page.locator('[data-mode="explore"]')).toBeVisible();
  await expect(presentation(page)).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('mode')).toBeNull();
  expect(session.errors).toEqual([]);
  expect(session.foreignRequests).toEqual([]);
});

test.describe('with reduced motion (the camera jumps)', () => {
  test.use({ reducedMotion: 'reduce' });

  test('Home, End, number keys, blank and pause', async ({ page }) => {
    await openApp(page, '/?mode=present');
    await waitForPresentation(page);
    await press(page, 'End');
    await expectChapter(page, TOUR.chapters[LAST]!.id);
    await press(page, 'Home');
    await expectChapter(page, TOUR.chapters[0]!.id);
    await jumpTo(page, 4);
    await jumpTo(page, LAST);
    await cameraAtRest(page, TOUR.chapters[LAST]!.id);

    await press(page, 'b');
    await expect(page.getByTestId('present-blank')).toBeVisible();
    await press(page, 'B');
    await expect(page.getByTestId('present-blank')).toHaveCount(0);
    await press(page, 'P');
    await expect(presentation(page)).toHaveAttribute('data-paused', 'true');
    await press(page, 'p');
    await expect(presentation(page)).toHaveAttribute('data-paused', 'false');

    await exitPresentationButton(page).click();
    await expect(page.locator('[data-mode="explore"]')).toBeVisible();
  });

  test('the figures shown equal the simulator’s for the scenario in use (expected mode)', async ({ page }) => {
    await openApp(page, '/?mode=present');
    await waitForPresentation(page);
    await expect(page.getByTestId('present-scenario')).toHaveText('按计划情景 · 期望值');
    const onPlan = expectedResult('on-plan');
    for (const [index, chapter] of TOUR.chapters.entries()) {
      if (chapter.kind !== 'site' && chapter.kind !== 'overview') continue;
      await jumpTo(page, index);
      const shown = await shownFigures(page);
      const expected = expectedChapterFigures(chapter.id, onPlan);
      expect(shown.map((f) => f.id)).toEqual(expected.map((f) => f.id));
      for (const [i, figure] of expected.entries()) {
        expect(shown[i]!.value, `${chapter.id} ${figure.id}`).toBeCloseTo(figure.value, 6);
        if (figure.unit === 'money-wan') expect(shown[i]!.text).toBe(formatMoney(figure.value, 'zh-CN'));
      }
    }
    const clustersIndex = TOUR.chapters.findIndex((c) => c.kind === 'clusters');
    await jumpTo(page, clustersIndex);
    for (const [clusterId, output] of expectedClusterOutputs(onPlan)) {
      const shown = Number(await page.locator(`[data-cluster-id="${clusterId}"]`).getAttribute('data-value'));
      expect(shown, clusterId).toBeCloseTo(output, 6);
    }
  });

  test('the figures follow the scenario chosen in the explorer', async ({ page }) => {
    await openApp(page);
    await waitForMapIdle(page);
    await page.getByRole('tab', { name: /假设|Assumptions/ }).click();
    await page.locator('button[data-preset="conservative"]').click();
    await enterPresentationButton(page).click();
    await waitForPresentation(page);
    await expect(page.getByTestId('present-scenario')).toHaveText('保守情景 · 期望值');
    const conservative = expectedResult('conservative');
    const siteIndex = TOUR.chapters.findIndex((c) => c.kind === 'site');
    await jumpTo(page, siteIndex);
    const shown = await shownFigures(page);
    const expected = expectedChapterFigures(TOUR.chapters[siteIndex]!.id, conservative);
    const onPlan = expectedChapterFigures(TOUR.chapters[siteIndex]!.id, expectedResult('on-plan'));
    for (const [i, figure] of expected.entries()) expect(shown[i]!.value, figure.id).toBeCloseTo(figure.value, 6);
    // The presets differ on this chapter, so the comparison above could tell them apart.
    expect(expected.map((f) => f.value)).not.toEqual(onPlan.map((f) => f.value));
  });

  test('three.js is not downloaded in explore mode, and is in presentation mode', async ({ page }) => {
    const downloaded = recordScriptDownloads(page);
    await openApp(page);
    await waitForMapIdle(page);
    expect(downloaded.size).toBeGreaterThan(0);
    expect(containsThree(downloaded)).toEqual([]);
    await enterPresentationButton(page).click();
    await waitForPresentation(page);
    await waitForColumns(page);
    expect(containsThree(downloaded)).toHaveLength(1);
  });

  test('English and both languages side by side', async ({ page }) => {
    await openApp(page, '/?mode=present');
    await waitForPresentation(page);
    const first = TOUR.chapters[0]!;
    await expect(page.getByTestId('present-source')).toHaveText(`来源：${first.source['zh-CN'] ?? first.source['en']}`);
    await page.getByTestId('present-lang-en').click();
    await expect(page.locator('.present-title')).toHaveText([first.title['en']!]);
    await expect(page.getByTestId('present-source')).toHaveText(`Source: ${first.source['en']}`);
    await press(page, 'l');
    await expect(presentation(page)).toHaveAttribute('data-show-lang', 'both');
    await expect(page.locator('.present-title')).toHaveText([first.title['zh-CN']!, first.title['en']!]);
    await expect(page.locator('.present-source > span')).toHaveText([
      `来源：${first.source['zh-CN'] ?? first.source['en']}`,
      `Source: ${first.source['en']}`,
    ]);
  });

  test('full screen refused (an iframe without allow="fullscreen"): the F11 notice shows', async ({ page }) => {
    await page.setContent(`<iframe src="${APP_ORIGIN}/" title="app" style="width:1200px;height:800px"></iframe>`);
    const app = page.frameLocator('iframe');
    await app.getByTestId('enter-presentation').click();
    await expect(app.getByTestId('presentation')).toBeVisible();
    await expect(app.getByTestId('fullscreen-notice')).toContainText('F11');
  });

  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
  ] as const) {
    test(`screenshots of every chapter at ${width}×${height}`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height });
      await openApp(page, '/?mode=present');
      await waitForPresentation(page);
      await waitForColumns(page);
      await press(page, 'p');
      for (const [index, chapter] of TOUR.chapters.entries()) {
        await jumpTo(page, index);
        await cameraAtRest(page, chapter.id);
        if (chapter.kind !== 'clusters' && chapter.kind !== 'opportunities') await shownFigures(page);
        await presentationScreenshot(page, `present-${width}x${height}-${String(index + 1).padStart(2, '0')}-${chapter.id}`);
      }
      await press(page, 'l');
      await press(page, 'l');
      await jumpTo(page, 1);
      await cameraAtRest(page, TOUR.chapters[1]!.id);
      await shownFigures(page);
      await presentationScreenshot(page, `present-${width}x${height}-both-languages`);
    });
  }
});

test.describe('offline at the venue', () => {
  test.use({ serviceWorkers: 'allow', reducedMotion: 'reduce' });

  test('after one load the app works with the network off, reload included', async ({ page, context }) => {
    await openApp(page);
    await waitForMapIdle(page);
    // The service worker is active once it has precached the whole build.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!registration.active) throw new Error('no active service worker');
    });

    await context.setOffline(true);
    // The network really is off: a URL the service worker does not hold fails.
    expect(
      await page.evaluate(() =>
        fetch(`./not-cached-${Date.now()}.json`).then(
          () => 'reached',
          () => 'failed',
        ),
      ),
    ).toBe('failed');
    await page.reload();
    await waitForMapIdle(page);
    await enterPresentationButton(page).click();
    await waitForPresentation(page);
    await waitForColumns(page);
    expect((await shownFigures(page)).length).toBeGreaterThan(0);
    await page.goto('/?mode=present&lang=en');
    await waitForPresentation(page);
    await expect(page.locator('.present-title')).toHaveText([TOUR.chapters[0]!.title['en']!]);
  });
});
