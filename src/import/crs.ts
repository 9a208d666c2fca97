/** Coordinate reference systems of imported sites; CGCS2000 coincides with WGS-84 at map scale. */
export const CRS_OPTIONS = ['wgs84', 'gcj02', 'bd09'] as const;
export type Crs = (typeof CRS_OPTIONS)[number];
