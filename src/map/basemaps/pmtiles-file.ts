/**
 * Checks a PMTiles archive before it becomes the basemap: a PMTiles v3 archive, vector (MVT) or
 * raster (PNG, JPEG, WebP) tiles, bounds that overlap the county, and (for a file the planner picks)
 * a size under the deployment's cap. Anything else is refused with a reason the panel translates.
 */
import { FileSource, PMTiles, TileType, type Header, type Source } from 'pmtiles';

export type PmtilesProblem = 'not-pmtiles' | 'unsupported-type' | 'outside-county' | 'too-large';

export class PmtilesRejected extends Error {
  override name = 'PmtilesRejected';
  constructor(
    readonly problem: PmtilesProblem,
    readonly detail: Record<string, string | number> = {},
  ) {
    super(problem);
  }
}

/** The county's extent (public county facts; see INITIAL_BOUNDS in create-map.ts): west, south, east, north. */
export const COUNTY_BOUNDS = [125.283, 41.317, 126.417, 42.26] as const;

export type PmtilesKind = 'vector' | 'raster';

const KINDS: Partial<Record<TileType, PmtilesKind>> = {
  [TileType.Mvt]: 'vector',
  [TileType.Png]: 'raster',
  [TileType.Jpeg]: 'raster',
  [TileType.Webp]: 'raster',
};

/**
 * The kind of basemap a header describes, or the reason it cannot be one.
 * @example classifyHeader({ tileType: 1, minLon: 125, minLat: 41, maxLon: 127, maxLat: 43, … }) // 'vector'
 */
export function classifyHeader(header: Pick<Header, 'tileType' | 'minLon' | 'minLat' | 'maxLon' | 'maxLat'>): PmtilesKind {
  const kind = KINDS[header.tileType];
  if (!kind) throw new PmtilesRejected('unsupported-type', { type: TileType[header.tileType] ?? String(header.tileType) });
  const [west, south, east, north] = COUNTY_BOUNDS;
  const overlaps = header.minLon < east && header.maxLon > west && header.minLat < north && header.maxLat > south;
  if (!overlaps)
    throw new PmtilesRejected('outside-county', {
      bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat].map((v) => v.toFixed(2)).join(', '),
    });
  return kind;
}

/** A source that always has the same key, so a reloaded file replaces the previous one in the protocol. */
class NamedFileSource implements Source {
  private readonly inner: FileSource;
  constructor(
    file: File,
    private readonly key: string,
  ) {
    this.inner = new FileSource(file);
  }
  getKey(): string {
    return this.key;
  }
  getBytes(offset: number, length: number) {
    return this.inner.getBytes(offset, length);
  }
}

export interface OpenedArchive {
  archive: PMTiles;
  kind: PmtilesKind;
  header: Header;
}

/**
 * Opens and checks an archive (a picked or stored file, or a same-origin URL).
 * @example const { kind } = await openPmtiles(file, { maxBytes: 512 * 2 ** 20 })
 */
export async function openPmtiles(
  input: Blob | string,
  options: { maxBytes?: number; key?: string } = {},
): Promise<OpenedArchive> {
  if (typeof input !== 'string' && options.maxBytes !== undefined && input.size > options.maxBytes)
    throw new PmtilesRejected('too-large', {
      size: Math.ceil(input.size / 2 ** 20),
      max: Math.floor(options.maxBytes / 2 ** 20),
    });
  const archive =
    typeof input === 'string'
      ? new PMTiles(input)
      : new PMTiles(
          new NamedFileSource(
            input instanceof File ? input : new File([input], 'basemap.pmtiles'),
            options.key ?? 'local-basemap',
          ),
        );
  let header: Header;
  try {
    header = await archive.getHeader();
  } catch {
    // Wrong magic number, a truncated file, a spec version past 3, a directory that does not decode.
    throw new PmtilesRejected('not-pmtiles');
  }
  if (header.specVersion !== 3) throw new PmtilesRejected('not-pmtiles');
  return { archive, kind: classifyHeader(header), header };
}
