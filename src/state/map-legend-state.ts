import { signal } from '@preact/signals';
import { NOTHING_DRAWN, type DrawnOnMap } from '../map/legend-model';

/** What the map draws now (written by src/map/legend-sync.ts after each settled frame). */
export const drawnOnMap = signal<DrawnOnMap>(NOTHING_DRAWN);
