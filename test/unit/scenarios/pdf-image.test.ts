import { describe, expect, it } from 'vitest';
import type { PDFNumber } from 'pdf-lib';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { pdfWithImage } from '../../../src/scenarios/pdf-image';

// The smallest valid baseline JPEG is not needed: the PDF reader checks structure, not pixels.
const FAKE_JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);

describe('pdfWithImage', () => {
  it('writes one page of the given size holding the image, readable by a PDF library', async () => {
    const bytes = pdfWithImage({
      jpeg: FAKE_JPEG,
      widthPx: 3508,
      heightPx: 2480,
      widthPt: 841.89,
      heightPt: 595.28,
      title: '通化县 · 保守情景',
    });
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 841.89, height: 595.28 });
    expect(pdf.getTitle()).toBe('通化县 · 保守情景');
    const images = pdf.context
      .enumerateIndirectObjects()
      .map(([, o]) => o)
      .filter((o): o is PDFRawStream => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
    expect(images).toHaveLength(1);
    expect((images[0]!.dict.get(PDFName.of('Width')) as PDFNumber).asNumber()).toBe(3508);
    expect([...images[0]!.contents]).toEqual([...FAKE_JPEG]);
  });
});
