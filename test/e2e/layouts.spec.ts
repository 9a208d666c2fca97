import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, waitForMapIdle } from './driver';

const inViewport = async (page: Page, locator: Locator) => {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  if (!box) return false;
  return box.y >= 0 && box.y + box.height <= viewport.height && box.x >= 0 && box.x + box.width <= viewport.width;
};

test('at 768×1024 a moving assumption slider and the headline figures are on screen together', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await openApp(page);
  await waitForMapIdle(page);
  await page.getByRole('tab', { name: '情景假设' }).click();
  const slider = page.locator('.param input[type="range"]').first();
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const figure = page.getByTestId('headline-growth');
  expect(await inViewport(page, slider)).toBe(true);
  expect(await inViewport(page, figure)).toBe(true);
  // Not hidden under something else either.
  const box = (await figure.boundingBox())!;
  expect(
    await page.evaluate(
      ([x, y]) => !!document.elementFromPoint(x!, y!)?.closest('.headline'),
      [box.x + box.width / 2, box.y + box.height / 2],
    ),
  ).toBe(true);
  await page.screenshot({ path: 'test/output/layout-768-assumptions.png' });
});

for (const [width, height] of [
  [480, 320],
  [800, 450],
] as const) {
  test(`embed at ${width}×${height}: no scale bar, attribution or control covers the site panel`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openApp(page, '/?mode=embed&site=graphite-park');
    await waitForMapIdle(page);
    const panel = (await page.locator('.embed-panel').boundingBox())!;
    const chrome = await page.locator('.maplibregl-ctrl').evaluateAll((els) =>
      els
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.width > 0)
        .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
    );
    expect(chrome.length).toBeGreaterThanOrEqual(3);
    for (const c of chrome) {
      const overlaps =
        c.x < panel.x + panel.width && panel.x < c.x + c.width && c.y < panel.y + panel.height && panel.y < c.y + c.height;
      expect(overlaps, JSON.stringify(c)).toBe(false);
    }
    await page.screenshot({ path: `test/output/embed-panel-${width}x${height}.png` });
  });
}
