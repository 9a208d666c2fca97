/**
 * Size caps for the zip archives planners import (KMZ, zipped Shapefile, XLSX — an XLSX is a zip too).
 * A small archive can inflate to gigabytes (a "zip bomb", or just a damaged file); the browser would
 * then fail with engine text such as "Invalid string length" or freeze. Two guards:
 * 1. before anything is inflated, the sizes the archive declares in its central directory are added
 *    up and compared with the cap (`zipDirectory`);
 * 2. while inflating, the bytes actually produced are counted and reading stops at the cap
 *    (`readZipEntry`), for archives whose declared sizes lie.
 */
import type JSZip from 'jszip';

/** Most an archive may expand to, all entries together. The county's site files are a few MB. */
export const MAX_EXPANDED_BYTES = 100 * 1024 * 1024;

export interface ZipEntryInfo {
  name: string;
  /** Declared uncompressed size; Infinity for ZIP64 entries (not used by the tools in question). */
  size: number;
}

/** Little-endian readers over a byte array. */
const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;

/**
 * The entries an archive declares in its central directory, or null if it has none (not a zip).
 * Reads only the directory at the end of the file; inflates nothing.
 * @example zipDirectory(bytes)?.reduce((sum, e) => sum + e.size, 0)
 */
export function zipDirectory(bytes: Uint8Array): ZipEntryInfo[] | null {
  // End of central directory: 22 bytes plus a comment of up to 65,535 bytes, at the end of the file.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (u32(bytes, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  if (count === 0xffff || at === 0xffffffff) return [{ name: '(zip64)', size: Number.POSITIVE_INFINITY }];
  const entries: ZipEntryInfo[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null;
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extra = u16(bytes, at + 30);
    const comment = u16(bytes, at + 32);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, size: size === 0xffffffff ? Number.POSITIVE_INFINITY : size });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** The total the directory declares, for the cap check before inflating. */
export function declaredSize(entries: readonly ZipEntryInfo[]): number {
  return entries.reduce((sum, e) => sum + e.size, 0);
}

/** What is left of the cap for one archive; shared by every entry read from it. */
export interface InflateBudget {
  left: number;
}

export const newBudget = (max = MAX_EXPANDED_BYTES): InflateBudget => ({ left: max });

interface StreamHelper {
  on(event: 'data', f: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'end', f: () => void): StreamHelper;
  on(event: 'error', f: (e: Error) => void): StreamHelper;
  pause(): StreamHelper;
  resume(): StreamHelper;
}

/**
 * Inflates one entry, counting the bytes against the budget; 'too-large' as soon as it is spent
 * (the stream is paused and dropped, so no more is inflated).
 */
export function readZipEntry(entry: JSZip.JSZipObject, budget: InflateBudget, keep = true): Promise<Uint8Array | 'too-large'> {
  return new Promise((resolve, reject) => {
    // JSZip's chunked reader; not in its type definitions but part of its public object since 3.0.
    const stream = (entry as unknown as { internalStream(type: 'uint8array'): StreamHelper }).internalStream('uint8array');
    const chunks: Uint8Array[] = [];
    let length = 0;
    let done = false;
    stream
      .on('data', (chunk) => {
        if (done) return;
        budget.left -= chunk.length;
        if (budget.left < 0) {
          done = true;
          stream.pause();
          chunks.length = 0;
          resolve('too-large');
          return;
        }
        if (keep) {
          chunks.push(chunk);
          length += chunk.length;
        }
      })
      .on('error', (error) => {
        if (!done) reject(error);
        done = true;
      })
      .on('end', () => {
        if (done) return;
        done = true;
        const out = new Uint8Array(length);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

/**
 * Whether an archive stays within the cap: the declared sizes first, then every entry inflated and
 * counted (the output dropped). For readers that unzip by themselves (XLSX), so that they only ever
 * see an archive known to be within the cap. 'not-zip' when it cannot be read as a zip.
 */
export async function checkZipExpansion(bytes: Uint8Array, max = MAX_EXPANDED_BYTES): Promise<'ok' | 'too-large' | 'not-zip'> {
  const directory = zipDirectory(bytes);
  if (!directory) return 'not-zip';
  if (declaredSize(directory) > max) return 'too-large';
  const { default: JSZip } = await import('jszip');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return 'not-zip';
  }
  const budget = newBudget(max);
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    try {
      if ((await readZipEntry(entry, budget, false)) === 'too-large') return 'too-large';
    } catch {
      return 'not-zip';
    }
  }
  return 'ok';
}
