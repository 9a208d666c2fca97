import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { PDFNumber } from 'pdf-lib';
import { PDFDocument, PDFName, PDFRawStream, PDFDict } from 'pdf-lib';
import { PNG } from 'pngjs';
import { openApp, waitForMapIdle } from './driver';

/** Chooses a format in the scenarios panel, exports, and returns the downloaded bytes. */
async function exportMap(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId('export-map-format').selectOption(format);
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByTestId('export-map').click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** Page size in points and the pixel size of every image on the first page. */
async function readPdf(bytes: Buffer) {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const page = pdf.getPage(0);
  const images: { width: number; height: number }[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFRawStream ? object.dict : object instanceof PDFDict ? object : null;
    if (dict?.get(PDFName.of('Subtype')) === PDFName.of('Image')) {
      images.push({
        width: (dict.get(PDFName.of('Width')) as PDFNumber).asNumber(),
        height: (dict.get(PDFName.of('Height')) as PDFNumber).asNumber(),
      });
    }
  }
  return { pages: pdf.getPageCount(), size: page.getSize(), images, title: pdf.getTitle() ?? '' };
}

test('the map exports as PNG at 2× and 3× and as PDF at A4 and A3 landscape, map part at 300 dpi', async ({ page }) => {
  test.setTimeout(400_000);
  await openApp(page);
  await waitForMapIdle(page);
  await page.getByRole('tab', { name: '情景管理' }).click();

  for (const [format, scale] of [
    ['png-2x', 2],
    ['png-3x', 3],
  ] as const) {
    const { name, bytes } = await exportMap(page, format);
    expect(name).toMatch(/\.png$/);
    const png = PNG.sync.read(bytes);
    // An A4-landscape sheet of 1123 × 794 CSS px at the chosen scale.
    expect([png.width, png.height]).toEqual([1123 * scale, 794 * scale]);
  }

  const a4 = await readPdf((await exportMap(page, 'pdf-a4')).bytes);
  expect(a4.pages).toBe(1);
  expect(a4.size.width).toBeCloseTo((297 / 25.4) * 72, 1);
  expect(a4.size.height).toBeCloseTo((210 / 25.4) * 72, 1);
  expect(a4.images).toHaveLength(1);
  // The sheet image (map included) covers the page at 300 pixels per inch or more.
  expect(a4.images[0]!.width / (297 / 25.4)).toBeGreaterThanOrEqual(300);
  expect(a4.images[0]!.height / (210 / 25.4)).toBeGreaterThanOrEqual(300);
  // The document's title is in the interface language, Chinese included.
  expect(a4.title).toContain('通化县');

  const a3 = await readPdf((await exportMap(page, 'pdf-a3')).bytes);
  expect(a3.size.width).toBeCloseTo((420 / 25.4) * 72, 1);
  expect(a3.size.height).toBeCloseTo((297 / 25.4) * 72, 1);
  expect(a3.images[0]!.width / (420 / 25.4)).toBeGreaterThanOrEqual(300);
});
