import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp, selectSiteByKeyboard, sitePanel, waitForMapIdle } from './driver';

interface ModeUnderTest {
  name: string;
  path: string;
  /** Brings the page into the state to check, after it opened at `path`. */
  setup: (page: Page) => Promise<void>;
  /** A large DOM (the register's grid and panel): axe alone can take half a minute on a busy machine. */
  slow?: boolean;
  /**
   * For a mode still being built: the element that shows the mode is there after `setup`. While it is
   * absent the case is skipped with `reason`, and it starts running by itself once the mode lands.
   */
  pending?: { selector: string; reason: string };
}

const mapIdle = (page: Page) => waitForMapIdle(page);

/** Every mode and state of the app; one line per new one. */
const MODES: ModeUnderTest[] = [
  { name: 'explore', path: '/', setup: mapIdle },
  { name: 'explore in English', path: '/?lang=en', setup: mapIdle },
  {
    name: 'site panel open',
    path: '/',
    setup: async (page) => {
      await mapIdle(page);
      await selectSiteByKeyboard(page, 'graphite-park');
      await expect(sitePanel(page)).toBeVisible();
      await mapIdle(page);
    },
  },
  {
    name: 'scenario panel',
    path: '/',
    setup: async (page) => {
      await mapIdle(page);
      await page.locator('#tab-assumptions').click();
      await expect(page.getByTestId('scenario-panel')).toBeVisible();
    },
  },
  {
    name: 'scenarios tab (save, compare, share)',
    path: '/',
    setup: async (page) => {
      await mapIdle(page);
      await page.locator('#tab-scenarios').click();
      await expect(page.locator('#tabpanel-scenarios')).toBeVisible();
    },
  },
  {
    name: 'project register with a project open',
    path: '/',
    slow: true,
    setup: async (page) => {
      await mapIdle(page);
      await page.locator('#tab-register').click();
      await expect(page.getByTestId('register-grid')).toBeVisible();
      await page.getByTestId('register-grid').locator('[role="row"][aria-rowindex="2"]').click();
      await expect(page.getByTestId('project-panel')).toBeVisible();
    },
  },
  {
    name: 'project register, milestone view in English',
    path: '/?lang=en',
    setup: async (page) => {
      await mapIdle(page);
      await page.locator('#tab-register').click();
      await page.getByTestId('register-view-milestones').click();
      await expect(page.getByTestId('register-milestones')).toBeVisible();
    },
  },
  {
    name: 'presentation',
    path: '/?mode=present',
    setup: async (page) => {
      await expect(page.locator('[data-mode="present"]')).toBeVisible();
      await mapIdle(page);
    },
  },
  {
    name: 'embed',
    path: '/?mode=embed',
    setup: async (page) => {
      await expect(page.locator('[data-mode="embed"]')).toBeVisible();
      await mapIdle(page);
    },
  },
];

for (const mode of MODES) {
  test(`${mode.name}: no serious or critical axe violations`, async ({ page }) => {
    if (mode.slow) test.slow();
    await openApp(page, mode.path);
    await mode.setup(page);
    if (mode.pending) test.skip((await page.locator(mode.pending.selector).count()) === 0, mode.pending.reason);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const blocking = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(blocking).toEqual([]);
  });
}
