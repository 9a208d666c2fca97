import type { BuiltinData } from '../data/builtin-data';

/** Presentation mode overlay (tour, controls, 3D). Rendered over the full-screen map. */
export function PresentationMode(_props: { data: BuiltinData }) {
  return null;
}
