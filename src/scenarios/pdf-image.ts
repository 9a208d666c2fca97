/**
 * A one-page PDF holding one JPEG image that fills the page. The print sheet is drawn, text
 * included, on a canvas with the system fonts, so Chinese renders without embedding a font; the PDF
 * only wraps that image. That needs four objects and an xref table — a few hundred bytes of code,
 * against about 170 kB (gzip) for pdf-lib or jsPDF plus a CJK font subset of several MB.
 */

const encoder = new TextEncoder();

/** A PDF text string in UTF-16BE hex, so a Chinese title survives in the document info. */
function pdfText(value: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < value.length; i++) hex += value.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

export interface PdfImagePage {
  jpeg: Uint8Array;
  /** Image size in pixels. */
  widthPx: number;
  heightPx: number;
  /** Page size in PDF points (1/72 inch), e.g. A4 landscape 841.89 × 595.28. */
  widthPt: number;
  heightPt: number;
  title: string;
}

/**
 * Builds the PDF bytes.
 * @example pdfWithImage({ jpeg, widthPx: 3508, heightPx: 2480, widthPt: 841.89, heightPt: 595.28, title: '通化县' })
 */
export function pdfWithImage(page: PdfImagePage): Uint8Array {
  const w = page.widthPt.toFixed(2);
  const h = page.heightPt.toFixed(2);
  const content = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (chunk: string | Uint8Array) => {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    parts.push(bytes);
    length += bytes.length;
  };
  const object = (n: number, body: string) => {
    offsets[n] = length;
    push(`${n} 0 obj\n${body}\nendobj\n`);
  };
  // The binary comment line tells transfer tools the file is binary.
  push('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  object(
    3,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>`,
  );
  offsets[4] = length;
  push(
    `4 0 obj\n<< /Type /XObject /Subtype /Image /Width ${page.widthPx} /Height ${page.heightPx} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.length} >>\nstream\n`,
  );
  push(page.jpeg);
  push('\nendstream\nendobj\n');
  object(5, `<< /Length ${encoder.encode(content).length} >>\nstream\n${content}\nendstream`);
  object(6, `<< /Title ${pdfText(page.title)} /Producer (tonghua-parks) >>`);
  const xref = length;
  push(`xref\n0 7\n0000000000 65535 f \n`);
  for (let n = 1; n <= 6; n++) push(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size 7 /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
