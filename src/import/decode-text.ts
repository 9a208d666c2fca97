/**
 * Text files from planners come as UTF-8 (with or without a BOM, as Excel's "CSV UTF-8" writes them)
 * or as GBK / GB18030 (what Excel writes as "CSV" on a Chinese Windows). The encoding is detected, not
 * asked for: strict UTF-8 first (GBK text is almost never valid UTF-8), then GB18030, a superset of GBK.
 */

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030';

export type DecodedText =
  { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: 'utf-16' | 'binary' | 'undecodable' };

/**
 * @example decodeText(new TextEncoder().encode('项目')) // { ok: true, text: '项目', encoding: 'utf-8' }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return { ok: false, reason: 'utf-16' };
  // NUL bytes do not occur in text files in either encoding; they mark a binary file (or BOM-less UTF-16).
  const probe = Math.min(bytes.length, 4096);
  for (let i = 0; i < probe; i++) if (bytes[i] === 0) return { ok: false, reason: 'binary' };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Not UTF-8: try GBK below.
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return { ok: true, text, encoding: 'gb18030' };
  } catch {
    return { ok: false, reason: 'undecodable' };
  }
}
