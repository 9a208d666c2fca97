/**
 * 3D columns, one per site, whose height follows the site's simulated output: a MapLibre custom
 * layer drawn with three.js into the map's own WebGL context.
 *
 * three.js is large, so this module is only ever loaded with `import()` from presentation code; the
 * explore mode never downloads it (checked by the bundle gate and the browser tests).
 *
 * Columns keep a constant size on screen (in pixels, not metres): a 40 km column that reads well over
 * the whole county would fill the screen at a single park, and the tour zooms between the two.
 */
import {
  AmbientLight,
  Color,
  CylinderGeometry,
  DirectionalLight,
  InstancedMesh,
  Matrix4,
  MeshLambertMaterial,
  PerspectiveCamera,
  Scene,
  Vector3,
  WebGLRenderer,
} from 'three';
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';

export interface ColumnSite {
  id: string;
  /** Where the column stands: the site's centroid. */
  lngLat: [number, number];
  /** The site's colour on the map (its first lead cluster). */
  color: string;
}

export interface ColumnsOptions {
  /** Height on screen of the tallest column, as a share of the map's height. */
  maxHeightShare?: number;
  /** Radius on screen of a column, px (the highlighted one is drawn 1.35 × wider). */
  radiusPx?: number;
  /** Duration of the rise between two sets of values, ms (0: jump, for reduced motion). */
  animationMs?: number;
}

export const COLUMNS_LAYER_ID = 'present-columns';
/** Columns that are not highlighted are mixed this much towards grey so the highlighted one stands out. */
const DIM_MIX = 0.55;
const DIM_COLOR = new Color('#5b6673');
const easeOutCubic = (t: number) => 1 - (1 - t) ** 3;

/**
 * MapLibre's earth radius, m. The projection is repeated here (same formulas as its MercatorCoordinate)
 * so that this chunk imports nothing but types from the map library and does not reshape its chunks.
 */
const EARTH_RADIUS = 6_371_008.8;
const EARTH_CIRCUMFERENCE = 2 * Math.PI * EARTH_RADIUS;

/** Web-mercator x, y in 0–1 (y grows southwards), as MapLibre's MercatorCoordinate.fromLngLat. */
export function toMercator([lng, lat]: readonly [number, number]): { x: number; y: number } {
  const y = (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
  return { x: (180 + lng) / 360, y };
}

/** Mercator units per metre at a latitude, as MercatorCoordinate.meterInMercatorCoordinateUnits. */
export const mercatorUnitsPerMetre = (lat: number) => 1 / EARTH_CIRCUMFERENCE / Math.cos((lat * Math.PI) / 180);

/**
 * A CustomLayerInterface: `onAdd` builds the three.js scene, `render` draws it and asks for another
 * frame only while the columns are still rising, `onRemove` frees every GPU resource it created.
 * @example const layer = new ColumnsLayer(sites); map.addLayer(layer); layer.setValues(new Map([['graphite-park', 21000]]), 'graphite-park');
 */
export class ColumnsLayer implements CustomLayerInterface {
  readonly id = COLUMNS_LAYER_ID;
  readonly type = 'custom' as const;
  readonly renderingMode = '3d' as const;

  private map: MapLibreMap | null = null;
  private renderer: WebGLRenderer | null = null;
  private geometry: CylinderGeometry | null = null;
  private material: MeshLambertMaterial | null = null;
  private mesh: InstancedMesh | null = null;
  private readonly scene = new Scene();
  private readonly camera = new PerspectiveCamera();
  private readonly origin: { x: number; y: number };
  /** Metres of the local frame to mercator units at the origin's latitude. */
  private readonly unit: number;
  /** Column positions in the local frame (x east, z south, metres from the origin). */
  private readonly offsets: { x: number; z: number }[];
  private readonly options: Required<ColumnsOptions>;

  /** Heights as shares 0–1 of the tallest: where the animation started, where it goes. */
  private from: Float64Array;
  private to: Float64Array;
  private animationStart = 0;
  private highlighted: string | null = null;
  private readonly scratch = new Matrix4();

  constructor(
    private readonly sites: readonly ColumnSite[],
    options: ColumnsOptions = {},
  ) {
    this.options = { maxHeightShare: 0.3, radiusPx: 16, animationMs: 1600, ...options };
    const lngs = sites.map((s) => s.lngLat[0]);
    const lats = sites.map((s) => s.lngLat[1]);
    const centre: [number, number] = [(Math.min(...lngs) + Math.max(...lngs)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
    this.origin = toMercator(centre);
    this.unit = mercatorUnitsPerMetre(centre[1]);
    this.offsets = sites.map((s) => {
      const m = toMercator(s.lngLat);
      return { x: (m.x - this.origin.x) / this.unit, z: (m.y - this.origin.y) / this.unit };
    });
    this.from = new Float64Array(sites.length);
    this.to = new Float64Array(sites.length);
  }

  /** True while the columns are still moving towards their targets. */
  get animating(): boolean {
    return performance.now() - this.animationStart < this.options.animationMs;
  }

  /**
   * New heights (any unit; scaled so the largest value is the tallest column) and the site to
   * highlight. The columns rise from where they are now.
   */
  setValues(values: ReadonlyMap<string, number>, highlighted: string | null): void {
    const max = Math.max(0, ...this.sites.map((s) => values.get(s.id) ?? 0));
    const now = performance.now();
    this.from = this.currentShares(now);
    this.to = Float64Array.from(this.sites, (s) => (max > 0 ? Math.max(0, values.get(s.id) ?? 0) / max : 0));
    this.animationStart = now;
    this.highlighted = highlighted;
    this.applyColors();
    this.map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext | WebGLRenderingContext): void {
    this.map = map;
    this.renderer = new WebGLRenderer({ canvas: map.getCanvas(), context: gl, antialias: true });
    // MapLibre owns the frame: three.js draws into it without clearing what the map drew.
    this.renderer.autoClear = false;

    // A unit cylinder standing on the ground (y from 0 to 1), scaled per instance.
    this.geometry = new CylinderGeometry(1, 1, 1, 32);
    this.geometry.translate(0, 0.5, 0);
    this.material = new MeshLambertMaterial({ color: 0xffffff });
    this.mesh = new InstancedMesh(this.geometry, this.material, this.sites.length);
    // Positions change every frame while zooming, so the bounding sphere three.js caches would cull wrongly.
    this.mesh.frustumCulled = false;
    this.scene.add(this.mesh);
    this.scene.add(new AmbientLight(0xffffff, 1.6));
    const sun = new DirectionalLight(0xffffff, 1.8);
    sun.position.set(-0.6, 1, -0.4);
    this.scene.add(sun);
    this.applyColors();
  }

  render(_gl: WebGL2RenderingContext | WebGLRenderingContext, args: CustomRenderMethodInput): void {
    const map = this.map;
    const renderer = this.renderer;
    const mesh = this.mesh;
    if (!map || !renderer || !mesh) return;
    const now = performance.now();
    const shares = this.currentShares(now);
    // Constant screen size: MapLibre's world is 512 × 2^zoom px wide, one local metre is `unit` of it.
    const metresPerPx = 1 / (512 * 2 ** map.getZoom() * this.unit);
    const maxHeight = map.getCanvas().clientHeight * this.options.maxHeightShare * metresPerPx;
    const radius = this.options.radiusPx * metresPerPx;
    this.sites.forEach((site, i) => {
      const offset = this.offsets[i]!;
      const r = site.id === this.highlighted ? radius * 1.35 : radius;
      // A column never disappears entirely, so a site with no output yet still shows where it is.
      const h = Math.max(maxHeight * 0.015, maxHeight * (shares[i] ?? 0));
      this.scratch.makeScale(r, h, r).setPosition(offset.x, 0, offset.z);
      mesh.setMatrixAt(i, this.scratch);
    });
    mesh.instanceMatrix.needsUpdate = true;

    const localToMercator = new Matrix4()
      .makeTranslation(this.origin.x, this.origin.y, 0)
      .scale(new Vector3(this.unit, -this.unit, this.unit))
      .multiply(new Matrix4().makeRotationX(Math.PI / 2));
    this.camera.projectionMatrix = new Matrix4().fromArray(args.defaultProjectionData.mainMatrix).multiply(localToMercator);
    renderer.resetState();
    renderer.render(this.scene, this.camera);
    // Repaint only while rising; a still map costs nothing.
    if (now - this.animationStart < this.options.animationMs) map.triggerRepaint();
  }

  onRemove(): void {
    this.mesh?.dispose();
    this.geometry?.dispose();
    this.material?.dispose();
    this.renderer?.dispose();
    this.scene.clear();
    this.mesh = null;
    this.geometry = null;
    this.material = null;
    this.renderer = null;
    this.map = null;
  }

  private currentShares(now: number): Float64Array {
    const duration = this.options.animationMs;
    const t = duration <= 0 ? 1 : Math.min(1, Math.max(0, (now - this.animationStart) / duration));
    const k = easeOutCubic(t);
    return this.to.map((to, i) => (this.from[i] ?? 0) + (to - (this.from[i] ?? 0)) * k);
  }

  private applyColors(): void {
    const mesh = this.mesh;
    if (!mesh) return;
    const color = new Color();
    this.sites.forEach((site, i) => {
      color.set(site.color);
      if (this.highlighted !== null && site.id !== this.highlighted) color.lerp(DIM_COLOR, DIM_MIX);
      mesh.setColorAt(i, color);
    });
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  }
}
